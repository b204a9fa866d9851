// The predefined tables. Each is opaque: Is finds its data by name in the
// native Unicode tables (see letter.go). They all live in one global array,
// so defining them allocates nothing.
package unicode

var tables = [...]RangeTable{
	{name: "C"},
	{name: "Cc"},
	{name: "Cf"},
	{name: "Co"},
	{name: "Cs"},
	{name: "L"},
	{name: "Ll"},
	{name: "Lm"},
	{name: "Lo"},
	{name: "Lt"},
	{name: "Lu"},
	{name: "M"},
	{name: "Mc"},
	{name: "Me"},
	{name: "Mn"},
	{name: "N"},
	{name: "Nd"},
	{name: "Nl"},
	{name: "No"},
	{name: "P"},
	{name: "Pc"},
	{name: "Pd"},
	{name: "Pe"},
	{name: "Pf"},
	{name: "Pi"},
	{name: "Po"},
	{name: "Ps"},
	{name: "S"},
	{name: "Sc"},
	{name: "Sk"},
	{name: "Sm"},
	{name: "So"},
	{name: "Z"},
	{name: "Zl"},
	{name: "Zp"},
	{name: "Zs"},
	{name: "Adlam"},
	{name: "Ahom"},
	{name: "Anatolian_Hieroglyphs"},
	{name: "Arabic"},
	{name: "Armenian"},
	{name: "Avestan"},
	{name: "Balinese"},
	{name: "Bamum"},
	{name: "Bassa_Vah"},
	{name: "Batak"},
	{name: "Bengali"},
	{name: "Bhaiksuki"},
	{name: "Bopomofo"},
	{name: "Brahmi"},
	{name: "Braille"},
	{name: "Buginese"},
	{name: "Buhid"},
	{name: "Canadian_Aboriginal"},
	{name: "Carian"},
	{name: "Caucasian_Albanian"},
	{name: "Chakma"},
	{name: "Cham"},
	{name: "Cherokee"},
	{name: "Chorasmian"},
	{name: "Common"},
	{name: "Coptic"},
	{name: "Cuneiform"},
	{name: "Cypriot"},
	{name: "Cypro_Minoan"},
	{name: "Cyrillic"},
	{name: "Deseret"},
	{name: "Devanagari"},
	{name: "Dives_Akuru"},
	{name: "Dogra"},
	{name: "Duployan"},
	{name: "Egyptian_Hieroglyphs"},
	{name: "Elbasan"},
	{name: "Elymaic"},
	{name: "Ethiopic"},
	{name: "Georgian"},
	{name: "Glagolitic"},
	{name: "Gothic"},
	{name: "Grantha"},
	{name: "Greek"},
	{name: "Gujarati"},
	{name: "Gunjala_Gondi"},
	{name: "Gurmukhi"},
	{name: "Han"},
	{name: "Hangul"},
	{name: "Hanifi_Rohingya"},
	{name: "Hanunoo"},
	{name: "Hatran"},
	{name: "Hebrew"},
	{name: "Hiragana"},
	{name: "Imperial_Aramaic"},
	{name: "Inherited"},
	{name: "Inscriptional_Pahlavi"},
	{name: "Inscriptional_Parthian"},
	{name: "Javanese"},
	{name: "Kaithi"},
	{name: "Kannada"},
	{name: "Katakana"},
	{name: "Kawi"},
	{name: "Kayah_Li"},
	{name: "Kharoshthi"},
	{name: "Khitan_Small_Script"},
	{name: "Khmer"},
	{name: "Khojki"},
	{name: "Khudawadi"},
	{name: "Lao"},
	{name: "Latin"},
	{name: "Lepcha"},
	{name: "Limbu"},
	{name: "Linear_A"},
	{name: "Linear_B"},
	{name: "Lisu"},
	{name: "Lycian"},
	{name: "Lydian"},
	{name: "Mahajani"},
	{name: "Makasar"},
	{name: "Malayalam"},
	{name: "Mandaic"},
	{name: "Manichaean"},
	{name: "Marchen"},
	{name: "Masaram_Gondi"},
	{name: "Medefaidrin"},
	{name: "Meetei_Mayek"},
	{name: "Mende_Kikakui"},
	{name: "Meroitic_Cursive"},
	{name: "Meroitic_Hieroglyphs"},
	{name: "Miao"},
	{name: "Modi"},
	{name: "Mongolian"},
	{name: "Mro"},
	{name: "Multani"},
	{name: "Myanmar"},
	{name: "Nabataean"},
	{name: "Nag_Mundari"},
	{name: "Nandinagari"},
	{name: "New_Tai_Lue"},
	{name: "Newa"},
	{name: "Nko"},
	{name: "Nushu"},
	{name: "Nyiakeng_Puachue_Hmong"},
	{name: "Ogham"},
	{name: "Ol_Chiki"},
	{name: "Old_Hungarian"},
	{name: "Old_Italic"},
	{name: "Old_North_Arabian"},
	{name: "Old_Permic"},
	{name: "Old_Persian"},
	{name: "Old_Sogdian"},
	{name: "Old_South_Arabian"},
	{name: "Old_Turkic"},
	{name: "Old_Uyghur"},
	{name: "Oriya"},
	{name: "Osage"},
	{name: "Osmanya"},
	{name: "Pahawh_Hmong"},
	{name: "Palmyrene"},
	{name: "Pau_Cin_Hau"},
	{name: "Phags_Pa"},
	{name: "Phoenician"},
	{name: "Psalter_Pahlavi"},
	{name: "Rejang"},
	{name: "Runic"},
	{name: "Samaritan"},
	{name: "Saurashtra"},
	{name: "Sharada"},
	{name: "Shavian"},
	{name: "Siddham"},
	{name: "SignWriting"},
	{name: "Sinhala"},
	{name: "Sogdian"},
	{name: "Sora_Sompeng"},
	{name: "Soyombo"},
	{name: "Sundanese"},
	{name: "Syloti_Nagri"},
	{name: "Syriac"},
	{name: "Tagalog"},
	{name: "Tagbanwa"},
	{name: "Tai_Le"},
	{name: "Tai_Tham"},
	{name: "Tai_Viet"},
	{name: "Takri"},
	{name: "Tamil"},
	{name: "Tangsa"},
	{name: "Tangut"},
	{name: "Telugu"},
	{name: "Thaana"},
	{name: "Thai"},
	{name: "Tibetan"},
	{name: "Tifinagh"},
	{name: "Tirhuta"},
	{name: "Toto"},
	{name: "Ugaritic"},
	{name: "Vai"},
	{name: "Vithkuqi"},
	{name: "Wancho"},
	{name: "Warang_Citi"},
	{name: "Yezidi"},
	{name: "Yi"},
	{name: "Zanabazar_Square"},
	{name: "White_Space"},
}

// Categories (Unicode general categories and their one-letter groups).
var (
	C  = &tables[0]
	Cc = &tables[1]
	Cf = &tables[2]
	Co = &tables[3]
	Cs = &tables[4]
	L  = &tables[5]
	Ll = &tables[6]
	Lm = &tables[7]
	Lo = &tables[8]
	Lt = &tables[9]
	Lu = &tables[10]
	M  = &tables[11]
	Mc = &tables[12]
	Me = &tables[13]
	Mn = &tables[14]
	N  = &tables[15]
	Nd = &tables[16]
	Nl = &tables[17]
	No = &tables[18]
	P  = &tables[19]
	Pc = &tables[20]
	Pd = &tables[21]
	Pe = &tables[22]
	Pf = &tables[23]
	Pi = &tables[24]
	Po = &tables[25]
	Ps = &tables[26]
	S  = &tables[27]
	Sc = &tables[28]
	Sk = &tables[29]
	Sm = &tables[30]
	So = &tables[31]
	Z  = &tables[32]
	Zl = &tables[33]
	Zp = &tables[34]
	Zs = &tables[35]

	Digit  = Nd
	Letter = L
	Lower  = Ll
	Mark   = M
	Number = N
	Other  = C
	Punct  = P
	Space  = Z
	Symbol = S
	Title  = Lt
	Upper  = Lu
)

// Scripts.
var (
	Adlam                  = &tables[36]
	Ahom                   = &tables[37]
	Anatolian_Hieroglyphs  = &tables[38]
	Arabic                 = &tables[39]
	Armenian               = &tables[40]
	Avestan                = &tables[41]
	Balinese               = &tables[42]
	Bamum                  = &tables[43]
	Bassa_Vah              = &tables[44]
	Batak                  = &tables[45]
	Bengali                = &tables[46]
	Bhaiksuki              = &tables[47]
	Bopomofo               = &tables[48]
	Brahmi                 = &tables[49]
	Braille                = &tables[50]
	Buginese               = &tables[51]
	Buhid                  = &tables[52]
	Canadian_Aboriginal    = &tables[53]
	Carian                 = &tables[54]
	Caucasian_Albanian     = &tables[55]
	Chakma                 = &tables[56]
	Cham                   = &tables[57]
	Cherokee               = &tables[58]
	Chorasmian             = &tables[59]
	Common                 = &tables[60]
	Coptic                 = &tables[61]
	Cuneiform              = &tables[62]
	Cypriot                = &tables[63]
	Cypro_Minoan           = &tables[64]
	Cyrillic               = &tables[65]
	Deseret                = &tables[66]
	Devanagari             = &tables[67]
	Dives_Akuru            = &tables[68]
	Dogra                  = &tables[69]
	Duployan               = &tables[70]
	Egyptian_Hieroglyphs   = &tables[71]
	Elbasan                = &tables[72]
	Elymaic                = &tables[73]
	Ethiopic               = &tables[74]
	Georgian               = &tables[75]
	Glagolitic             = &tables[76]
	Gothic                 = &tables[77]
	Grantha                = &tables[78]
	Greek                  = &tables[79]
	Gujarati               = &tables[80]
	Gunjala_Gondi          = &tables[81]
	Gurmukhi               = &tables[82]
	Han                    = &tables[83]
	Hangul                 = &tables[84]
	Hanifi_Rohingya        = &tables[85]
	Hanunoo                = &tables[86]
	Hatran                 = &tables[87]
	Hebrew                 = &tables[88]
	Hiragana               = &tables[89]
	Imperial_Aramaic       = &tables[90]
	Inherited              = &tables[91]
	Inscriptional_Pahlavi  = &tables[92]
	Inscriptional_Parthian = &tables[93]
	Javanese               = &tables[94]
	Kaithi                 = &tables[95]
	Kannada                = &tables[96]
	Katakana               = &tables[97]
	Kawi                   = &tables[98]
	Kayah_Li               = &tables[99]
	Kharoshthi             = &tables[100]
	Khitan_Small_Script    = &tables[101]
	Khmer                  = &tables[102]
	Khojki                 = &tables[103]
	Khudawadi              = &tables[104]
	Lao                    = &tables[105]
	Latin                  = &tables[106]
	Lepcha                 = &tables[107]
	Limbu                  = &tables[108]
	Linear_A               = &tables[109]
	Linear_B               = &tables[110]
	Lisu                   = &tables[111]
	Lycian                 = &tables[112]
	Lydian                 = &tables[113]
	Mahajani               = &tables[114]
	Makasar                = &tables[115]
	Malayalam              = &tables[116]
	Mandaic                = &tables[117]
	Manichaean             = &tables[118]
	Marchen                = &tables[119]
	Masaram_Gondi          = &tables[120]
	Medefaidrin            = &tables[121]
	Meetei_Mayek           = &tables[122]
	Mende_Kikakui          = &tables[123]
	Meroitic_Cursive       = &tables[124]
	Meroitic_Hieroglyphs   = &tables[125]
	Miao                   = &tables[126]
	Modi                   = &tables[127]
	Mongolian              = &tables[128]
	Mro                    = &tables[129]
	Multani                = &tables[130]
	Myanmar                = &tables[131]
	Nabataean              = &tables[132]
	Nag_Mundari            = &tables[133]
	Nandinagari            = &tables[134]
	New_Tai_Lue            = &tables[135]
	Newa                   = &tables[136]
	Nko                    = &tables[137]
	Nushu                  = &tables[138]
	Nyiakeng_Puachue_Hmong = &tables[139]
	Ogham                  = &tables[140]
	Ol_Chiki               = &tables[141]
	Old_Hungarian          = &tables[142]
	Old_Italic             = &tables[143]
	Old_North_Arabian      = &tables[144]
	Old_Permic             = &tables[145]
	Old_Persian            = &tables[146]
	Old_Sogdian            = &tables[147]
	Old_South_Arabian      = &tables[148]
	Old_Turkic             = &tables[149]
	Old_Uyghur             = &tables[150]
	Oriya                  = &tables[151]
	Osage                  = &tables[152]
	Osmanya                = &tables[153]
	Pahawh_Hmong           = &tables[154]
	Palmyrene              = &tables[155]
	Pau_Cin_Hau            = &tables[156]
	Phags_Pa               = &tables[157]
	Phoenician             = &tables[158]
	Psalter_Pahlavi        = &tables[159]
	Rejang                 = &tables[160]
	Runic                  = &tables[161]
	Samaritan              = &tables[162]
	Saurashtra             = &tables[163]
	Sharada                = &tables[164]
	Shavian                = &tables[165]
	Siddham                = &tables[166]
	SignWriting            = &tables[167]
	Sinhala                = &tables[168]
	Sogdian                = &tables[169]
	Sora_Sompeng           = &tables[170]
	Soyombo                = &tables[171]
	Sundanese              = &tables[172]
	Syloti_Nagri           = &tables[173]
	Syriac                 = &tables[174]
	Tagalog                = &tables[175]
	Tagbanwa               = &tables[176]
	Tai_Le                 = &tables[177]
	Tai_Tham               = &tables[178]
	Tai_Viet               = &tables[179]
	Takri                  = &tables[180]
	Tamil                  = &tables[181]
	Tangsa                 = &tables[182]
	Tangut                 = &tables[183]
	Telugu                 = &tables[184]
	Thaana                 = &tables[185]
	Thai                   = &tables[186]
	Tibetan                = &tables[187]
	Tifinagh               = &tables[188]
	Tirhuta                = &tables[189]
	Toto                   = &tables[190]
	Ugaritic               = &tables[191]
	Vai                    = &tables[192]
	Vithkuqi               = &tables[193]
	Wancho                 = &tables[194]
	Warang_Citi            = &tables[195]
	Yezidi                 = &tables[196]
	Yi                     = &tables[197]
	Zanabazar_Square       = &tables[198]
)

// White_Space is the one property table provided.
var White_Space = &tables[199]

// Categories maps category names ("Lu", "L", ...) to their tables.
var Categories = map[string]*RangeTable{
	"C":  C,
	"Cc": Cc,
	"Cf": Cf,
	"Co": Co,
	"Cs": Cs,
	"L":  L,
	"Ll": Ll,
	"Lm": Lm,
	"Lo": Lo,
	"Lt": Lt,
	"Lu": Lu,
	"M":  M,
	"Mc": Mc,
	"Me": Me,
	"Mn": Mn,
	"N":  N,
	"Nd": Nd,
	"Nl": Nl,
	"No": No,
	"P":  P,
	"Pc": Pc,
	"Pd": Pd,
	"Pe": Pe,
	"Pf": Pf,
	"Pi": Pi,
	"Po": Po,
	"Ps": Ps,
	"S":  S,
	"Sc": Sc,
	"Sk": Sk,
	"Sm": Sm,
	"So": So,
	"Z":  Z,
	"Zl": Zl,
	"Zp": Zp,
	"Zs": Zs,
}

// Scripts maps script names to their tables.
var Scripts = map[string]*RangeTable{
	"Adlam":                  Adlam,
	"Ahom":                   Ahom,
	"Anatolian_Hieroglyphs":  Anatolian_Hieroglyphs,
	"Arabic":                 Arabic,
	"Armenian":               Armenian,
	"Avestan":                Avestan,
	"Balinese":               Balinese,
	"Bamum":                  Bamum,
	"Bassa_Vah":              Bassa_Vah,
	"Batak":                  Batak,
	"Bengali":                Bengali,
	"Bhaiksuki":              Bhaiksuki,
	"Bopomofo":               Bopomofo,
	"Brahmi":                 Brahmi,
	"Braille":                Braille,
	"Buginese":               Buginese,
	"Buhid":                  Buhid,
	"Canadian_Aboriginal":    Canadian_Aboriginal,
	"Carian":                 Carian,
	"Caucasian_Albanian":     Caucasian_Albanian,
	"Chakma":                 Chakma,
	"Cham":                   Cham,
	"Cherokee":               Cherokee,
	"Chorasmian":             Chorasmian,
	"Common":                 Common,
	"Coptic":                 Coptic,
	"Cuneiform":              Cuneiform,
	"Cypriot":                Cypriot,
	"Cypro_Minoan":           Cypro_Minoan,
	"Cyrillic":               Cyrillic,
	"Deseret":                Deseret,
	"Devanagari":             Devanagari,
	"Dives_Akuru":            Dives_Akuru,
	"Dogra":                  Dogra,
	"Duployan":               Duployan,
	"Egyptian_Hieroglyphs":   Egyptian_Hieroglyphs,
	"Elbasan":                Elbasan,
	"Elymaic":                Elymaic,
	"Ethiopic":               Ethiopic,
	"Georgian":               Georgian,
	"Glagolitic":             Glagolitic,
	"Gothic":                 Gothic,
	"Grantha":                Grantha,
	"Greek":                  Greek,
	"Gujarati":               Gujarati,
	"Gunjala_Gondi":          Gunjala_Gondi,
	"Gurmukhi":               Gurmukhi,
	"Han":                    Han,
	"Hangul":                 Hangul,
	"Hanifi_Rohingya":        Hanifi_Rohingya,
	"Hanunoo":                Hanunoo,
	"Hatran":                 Hatran,
	"Hebrew":                 Hebrew,
	"Hiragana":               Hiragana,
	"Imperial_Aramaic":       Imperial_Aramaic,
	"Inherited":              Inherited,
	"Inscriptional_Pahlavi":  Inscriptional_Pahlavi,
	"Inscriptional_Parthian": Inscriptional_Parthian,
	"Javanese":               Javanese,
	"Kaithi":                 Kaithi,
	"Kannada":                Kannada,
	"Katakana":               Katakana,
	"Kawi":                   Kawi,
	"Kayah_Li":               Kayah_Li,
	"Kharoshthi":             Kharoshthi,
	"Khitan_Small_Script":    Khitan_Small_Script,
	"Khmer":                  Khmer,
	"Khojki":                 Khojki,
	"Khudawadi":              Khudawadi,
	"Lao":                    Lao,
	"Latin":                  Latin,
	"Lepcha":                 Lepcha,
	"Limbu":                  Limbu,
	"Linear_A":               Linear_A,
	"Linear_B":               Linear_B,
	"Lisu":                   Lisu,
	"Lycian":                 Lycian,
	"Lydian":                 Lydian,
	"Mahajani":               Mahajani,
	"Makasar":                Makasar,
	"Malayalam":              Malayalam,
	"Mandaic":                Mandaic,
	"Manichaean":             Manichaean,
	"Marchen":                Marchen,
	"Masaram_Gondi":          Masaram_Gondi,
	"Medefaidrin":            Medefaidrin,
	"Meetei_Mayek":           Meetei_Mayek,
	"Mende_Kikakui":          Mende_Kikakui,
	"Meroitic_Cursive":       Meroitic_Cursive,
	"Meroitic_Hieroglyphs":   Meroitic_Hieroglyphs,
	"Miao":                   Miao,
	"Modi":                   Modi,
	"Mongolian":              Mongolian,
	"Mro":                    Mro,
	"Multani":                Multani,
	"Myanmar":                Myanmar,
	"Nabataean":              Nabataean,
	"Nag_Mundari":            Nag_Mundari,
	"Nandinagari":            Nandinagari,
	"New_Tai_Lue":            New_Tai_Lue,
	"Newa":                   Newa,
	"Nko":                    Nko,
	"Nushu":                  Nushu,
	"Nyiakeng_Puachue_Hmong": Nyiakeng_Puachue_Hmong,
	"Ogham":                  Ogham,
	"Ol_Chiki":               Ol_Chiki,
	"Old_Hungarian":          Old_Hungarian,
	"Old_Italic":             Old_Italic,
	"Old_North_Arabian":      Old_North_Arabian,
	"Old_Permic":             Old_Permic,
	"Old_Persian":            Old_Persian,
	"Old_Sogdian":            Old_Sogdian,
	"Old_South_Arabian":      Old_South_Arabian,
	"Old_Turkic":             Old_Turkic,
	"Old_Uyghur":             Old_Uyghur,
	"Oriya":                  Oriya,
	"Osage":                  Osage,
	"Osmanya":                Osmanya,
	"Pahawh_Hmong":           Pahawh_Hmong,
	"Palmyrene":              Palmyrene,
	"Pau_Cin_Hau":            Pau_Cin_Hau,
	"Phags_Pa":               Phags_Pa,
	"Phoenician":             Phoenician,
	"Psalter_Pahlavi":        Psalter_Pahlavi,
	"Rejang":                 Rejang,
	"Runic":                  Runic,
	"Samaritan":              Samaritan,
	"Saurashtra":             Saurashtra,
	"Sharada":                Sharada,
	"Shavian":                Shavian,
	"Siddham":                Siddham,
	"SignWriting":            SignWriting,
	"Sinhala":                Sinhala,
	"Sogdian":                Sogdian,
	"Sora_Sompeng":           Sora_Sompeng,
	"Soyombo":                Soyombo,
	"Sundanese":              Sundanese,
	"Syloti_Nagri":           Syloti_Nagri,
	"Syriac":                 Syriac,
	"Tagalog":                Tagalog,
	"Tagbanwa":               Tagbanwa,
	"Tai_Le":                 Tai_Le,
	"Tai_Tham":               Tai_Tham,
	"Tai_Viet":               Tai_Viet,
	"Takri":                  Takri,
	"Tamil":                  Tamil,
	"Tangsa":                 Tangsa,
	"Tangut":                 Tangut,
	"Telugu":                 Telugu,
	"Thaana":                 Thaana,
	"Thai":                   Thai,
	"Tibetan":                Tibetan,
	"Tifinagh":               Tifinagh,
	"Tirhuta":                Tirhuta,
	"Toto":                   Toto,
	"Ugaritic":               Ugaritic,
	"Vai":                    Vai,
	"Vithkuqi":               Vithkuqi,
	"Wancho":                 Wancho,
	"Warang_Citi":            Warang_Citi,
	"Yezidi":                 Yezidi,
	"Yi":                     Yi,
	"Zanabazar_Square":       Zanabazar_Square,
}

// Properties maps property names to their tables (only White_Space here).
var Properties = map[string]*RangeTable{
	"White_Space": White_Space,
}

// GraphicRanges and PrintRanges are the tables behind IsGraphic and
// IsPrint (IsPrint also accepts U+0020 only among spaces).
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

var PrintRanges = []*RangeTable{L, M, N, P, S}
