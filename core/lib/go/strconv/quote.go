package strconv

func quoteWith(s string, quote byte, ascii, graphic bool) string
func quoteRuneWith(r rune, quote byte, ascii, graphic bool) string
func unquote(s string) (string, bool)
func unquoteChar(s string, quote byte) (rune, bool, string, bool)
func quotedPrefix(s string) (string, bool)

// Quote returns s as a double-quoted Go string literal, with Go escapes for
// control characters and non-printable runes (IsPrint) and \x for invalid
// UTF-8 bytes.
func Quote(s string) string { return quoteWith(s, '"', false, false) }

// QuoteToASCII is Quote with every non-ASCII rune escaped.
func QuoteToASCII(s string) string { return quoteWith(s, '"', true, false) }

// QuoteToGraphic is Quote that keeps the runes IsGraphic accepts.
func QuoteToGraphic(s string) string { return quoteWith(s, '"', false, true) }

// QuoteRune returns r as a single-quoted Go character literal.
func QuoteRune(r rune) string { return quoteRuneWith(r, '\'', false, false) }

func QuoteRuneToASCII(r rune) string { return quoteRuneWith(r, '\'', true, false) }

func QuoteRuneToGraphic(r rune) string { return quoteRuneWith(r, '\'', false, true) }

func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

func AppendQuoteToASCII(dst []byte, s string) []byte { return append(dst, QuoteToASCII(s)...) }

func AppendQuoteToGraphic(dst []byte, s string) []byte { return append(dst, QuoteToGraphic(s)...) }

func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte { return append(dst, QuoteRuneToASCII(r)...) }

func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

// CanBackquote reports whether s can be a raw string literal unchanged.
func CanBackquote(s string) bool

// IsPrint reports whether r is printable as Go defines it (letters, marks,
// numbers, punctuation, symbols and U+0020).
func IsPrint(r rune) bool

// IsGraphic is IsPrint plus the other space characters (Zs).
func IsGraphic(r rune) bool

// Unquote interprets s as a quoted Go string or character literal.
func Unquote(s string) (string, error) {
	if t, ok := unquote(s); ok {
		return t, nil
	}
	return "", ErrSyntax
}

// UnquoteChar decodes the first character or escape sequence of the
// literal body s quoted by quote.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	v, mb, t, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return v, mb, t, nil
}

// QuotedPrefix returns the quoted literal at the start of s.
func QuotedPrefix(s string) (string, error) {
	if t, ok := quotedPrefix(s); ok {
		return t, nil
	}
	return "", ErrSyntax
}
