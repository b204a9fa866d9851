// fmt printer: outputs must equal real Go 1.23's fmt.
//
// The test builds Go values in memory by hand (RTypes, strings, slices,
// structs, fake maps and fake methods behind a fake ValueAccess), each under
// a name, and runs a table of (format, operand names, expected output). The
// expected outputs come from running the same cases with Go: the Go program
// is in the comment at the end of this file (the values there, by the same
// names, are what the builders below construct). A few cases whose output
// contains addresses are checked separately at the end.
#include "core/lib/fmt_printer.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <deque>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace {

using gs::lib::ValueAccess;
using gs::rt::GoIface;
using gs::rt::GoPtr;
using gs::rt::GoSlice;
using gs::rt::GoString;
using gs::rt::RKind;
using gs::rt::RType;

// A value under construction: its type and bytes.
struct TV {
  const RType* t = nullptr;
  std::vector<uint8_t> b;
};

// Owns everything the values point to, and plays the VM for the printer.
class World : public ValueAccess {
 public:
  using MethodFn = std::function<bool(GoPtr data, std::string* out, std::string* panicText)>;

  // --- memory ---
  uint8_t* alloc(size_t n) {
    blocks_.emplace_back((n + 7) / 8 + 1, 0);
    return reinterpret_cast<uint8_t*>(blocks_.back().data());
  }
  GoPtr store(const std::vector<uint8_t>& bytes) {
    uint8_t* p = alloc(bytes.size());
    if (!bytes.empty()) std::memcpy(p, bytes.data(), bytes.size());
    return gs::rt::fromHost(p);
  }

  // --- types ---
  RType* newType(RKind k, const std::string& name, int64_t size, int64_t align) {
    types_.emplace_back();
    RType* t = &types_.back();
    t->kind = k;
    t->name = name;
    t->size = size;
    t->align = align;
    t->id = static_cast<int32_t>(types_.size());
    if (k == RKind::Pointer || k == RKind::Map || k == RKind::Chan || k == RKind::Func || k == RKind::UnsafePointer)
      t->flags |= gs::rt::kPointerShaped;
    return t;
  }
  const RType* basic(const std::string& name) {
    auto it = basics_.find(name);
    if (it != basics_.end()) return it->second;
    static const std::map<std::string, std::pair<RKind, int>> kinds = {
        {"bool", {RKind::Bool, 1}},         {"int", {RKind::Int, 8}},         {"int8", {RKind::Int8, 1}},
        {"int16", {RKind::Int16, 2}},       {"int32", {RKind::Int32, 4}},     {"int64", {RKind::Int64, 8}},
        {"uint", {RKind::Uint, 8}},         {"uint8", {RKind::Uint8, 1}},     {"uint16", {RKind::Uint16, 2}},
        {"uint32", {RKind::Uint32, 4}},     {"uint64", {RKind::Uint64, 8}},   {"uintptr", {RKind::Uintptr, 8}},
        {"float32", {RKind::Float32, 4}},   {"float64", {RKind::Float64, 8}}, {"complex64", {RKind::Complex64, 8}},
        {"complex128", {RKind::Complex128, 16}}, {"string", {RKind::String, 16}},
    };
    auto k = kinds.at(name);
    RType* t = newType(k.first, name, k.second, k.first == RKind::String || k.first == RKind::Complex128 ? 8 : k.second);
    if (k.first == RKind::Complex64) t->align = 4;
    basics_[name] = t;
    return t;
  }
  // A defined type "main.Name" with the representation of `under`.
  RType* named(const std::string& name, const RType* under) {
    RType* t = newType(under->kind, "main." + name, under->size, under->align);
    t->flags = under->flags | gs::rt::kNamed;
    t->pkgPath = "main";
    t->elem = under->elem;
    t->key = under->key;
    t->len = under->len;
    t->fields = under->fields;
    return t;
  }
  const RType* sliceOf(const RType* e) {
    RType* t = newType(RKind::Slice, "[]" + e->name, 24, 8);
    t->elem = e;
    return t;
  }
  const RType* arrayOf(const RType* e, int64_t n) {
    RType* t = newType(RKind::Array, "[" + std::to_string(n) + "]" + e->name, n * e->size, e->align);
    t->elem = e;
    t->len = n;
    return t;
  }
  const RType* ptrTo(const RType* e) {
    auto it = ptrs_.find(e);
    if (it != ptrs_.end()) return it->second;
    RType* t = newType(RKind::Pointer, "*" + e->name, 8, 8);
    t->elem = e;
    ptrs_[e] = t;
    return t;
  }
  const RType* mapOf(const RType* k, const RType* v) {
    RType* t = newType(RKind::Map, "map[" + k->name + "]" + v->name, 8, 8);
    t->key = k;
    t->elem = v;
    return t;
  }
  const RType* iface(const std::string& name) {
    auto it = basics_.find(name);
    if (it != basics_.end()) return it->second;
    RType* t = newType(RKind::Interface, name, 16, 8);
    basics_[name] = t;
    return t;
  }
  const RType* funcType(const std::string& name) { return newType(RKind::Func, name, 8, 8); }
  const RType* chanOf(const RType* e) {
    RType* t = newType(RKind::Chan, "chan " + e->name, 8, 8);
    t->elem = e;
    return t;
  }
  struct FieldSpec {
    std::string name;
    const RType* type;
    bool embedded = false;
  };
  // A struct type; name "" gives Go's literal name "struct { A int; B string }".
  RType* structOf(const std::string& name, const std::vector<FieldSpec>& fields) {
    std::string lit = "struct {";
    int64_t off = 0, align = 1;
    std::vector<gs::rt::RField> fs;
    for (size_t i = 0; i < fields.size(); i++) {
      const FieldSpec& f = fields[i];
      off = (off + f.type->align - 1) / f.type->align * f.type->align;
      gs::rt::RField rf;
      rf.name = f.name;
      rf.type = f.type;
      rf.offset = off;
      rf.embedded = f.embedded;
      rf.exported = f.name[0] >= 'A' && f.name[0] <= 'Z';
      fs.push_back(rf);
      off += f.type->size;
      align = std::max(align, f.type->align);
      lit += (i ? "; " : " ") + f.name + " " + f.type->name;
    }
    lit += fields.empty() ? "}" : " }";
    int64_t size = (off + align - 1) / align * align;
    RType* t = newType(RKind::Struct, name.empty() ? lit : "main." + name, size, align);
    if (!name.empty()) {
      t->flags |= gs::rt::kNamed;
      t->pkgPath = "main";
    }
    t->fields = fs;
    return t;
  }
  // Adds a func() string method to t's method set (kept sorted by name).
  void addMethod(RType* t, const std::string& name, MethodFn fn) {
    if (stringFunc_ == nullptr) {
      RType* f = newType(RKind::Func, "func() string", 8, 8);
      f->out.push_back(basic("string"));
      stringFunc_ = f;
    }
    gs::rt::RMethod m;
    m.name = name;
    m.mtype = stringFunc_;
    m.func = static_cast<int32_t>(funcs_.size());
    funcs_.push_back(std::move(fn));
    auto it = std::lower_bound(t->methods.begin(), t->methods.end(), name,
                               [](const gs::rt::RMethod& a, const std::string& n) { return a.name < n; });
    t->methods.insert(it, m);
  }

  // --- values ---
  TV zero(const RType* t) { return TV{t, std::vector<uint8_t>(static_cast<size_t>(t->size), 0)}; }
  template <class T> TV scalar(const std::string& type, T v) {
    TV r = zero(basic(type));
    std::memcpy(r.b.data(), &v, sizeof v);
    return r;
  }
  template <class T> TV scalarOf(const RType* t, T v) {
    TV r = zero(t);
    std::memcpy(r.b.data(), &v, sizeof v);
    return r;
  }
  TV str(const std::string& s) { return strOf(basic("string"), s); }
  TV strOf(const RType* t, const std::string& s) {
    GoString g{store(std::vector<uint8_t>(s.begin(), s.end())), static_cast<int64_t>(s.size())};
    return scalarOf(t, g);
  }
  TV slice(const RType* t, const std::vector<TV>& elems) {
    std::vector<uint8_t> backing;
    for (const TV& e : elems) backing.insert(backing.end(), e.b.begin(), e.b.end());
    GoSlice s{store(backing), static_cast<int64_t>(elems.size()), static_cast<int64_t>(elems.size())};
    return scalarOf(t, s);
  }
  TV array(const RType* t, const std::vector<TV>& elems) {
    TV r = zero(t);
    for (size_t i = 0; i < elems.size(); i++)
      std::memcpy(r.b.data() + i * static_cast<size_t>(t->elem->size), elems[i].b.data(), elems[i].b.size());
    return r;
  }
  TV structv(const RType* t, const std::vector<TV>& fields) {
    TV r = zero(t);
    for (size_t i = 0; i < fields.size(); i++)
      std::memcpy(r.b.data() + t->fields[i].offset, fields[i].b.data(), fields[i].b.size());
    return r;
  }
  TV ptr(const TV& target) { return scalarOf(ptrTo(target.t), store(target.b)); }
  TV mapv(const RType* t, const std::vector<std::pair<TV, TV>>& entries) {
    maps_.emplace_back();
    FakeMap& m = maps_.back();
    for (const auto& [k, v] : entries)
      m.entries.emplace_back(gs::rt::toHost(store(k.b)), gs::rt::toHost(store(v.b)));
    return scalarOf(t, gs::rt::fromHost(&m));
  }
  // An interface value of interface type it holding v (v.t == nullptr: nil).
  TV ifaceVal(const RType* it, const TV& v) {
    GoIface i{0, 0};
    if (v.t != nullptr) {
      i.type = gs::rt::fromHost(v.t);
      i.data = v.t->has(gs::rt::kPointerShaped) ? gs::rt::load<GoPtr>(v.b.data()) : store(v.b);
    }
    return scalarOf(it, i);
  }
  GoIface box(const TV& v) {
    if (v.t == nullptr) return GoIface{0, 0};
    return gs::rt::load<GoIface>(ifaceVal(iface("interface {}"), v).b.data());
  }

  // --- ValueAccess ---
  bool callStringMethod(const RType*, GoPtr data, const gs::rt::RMethod* m, std::string* out,
                        std::string* panicText) override {
    return funcs_.at(static_cast<size_t>(m->func))(data, out, panicText);
  }
  void mapEntries(GoPtr map, std::vector<std::pair<const uint8_t*, const uint8_t*>>* out) override {
    const FakeMap* m = reinterpret_cast<const FakeMap*>(gs::rt::toHost(map));
    // Reverse insertion order, so that sorting is really exercised.
    for (auto it = m->entries.rbegin(); it != m->entries.rend(); ++it) out->push_back(*it);
  }
  int64_t mapLen(GoPtr map) override {
    if (map == 0) return 0;
    return static_cast<int64_t>(reinterpret_cast<const FakeMap*>(gs::rt::toHost(map))->entries.size());
  }

 private:
  struct FakeMap {
    std::vector<std::pair<const uint8_t*, const uint8_t*>> entries;
  };
  std::deque<std::vector<uint64_t>> blocks_;
  std::deque<RType> types_;
  std::deque<FakeMap> maps_;
  std::map<std::string, const RType*> basics_;
  std::map<const RType*, const RType*> ptrs_;
  std::vector<MethodFn> funcs_;
  const RType* stringFunc_ = nullptr;
};

int64_t loadInt(GoPtr p) { return gs::rt::load<int64_t>(gs::rt::toHost(p)); }
std::string loadStr(GoPtr p) { return std::string(gs::rt::load<GoString>(gs::rt::toHost(p)).view()); }
const char* kNilDeref = "runtime error: invalid memory address or nil pointer dereference";

// The Go program's types and values, by name.
class Values {
 public:
  World w;
  const RType *tInt, *tString, *tAny, *tError, *tPoint, *tNamed, *tStringy, *tErr, *tPtrStr, *tGoStr, *tBoth,
      *tPanicky;

  Values() {
    tInt = w.basic("int");
    tString = w.basic("string");
    tAny = w.iface("interface {}");
    tError = w.iface("error");
    tPoint = w.structOf("Point", {{"X", tInt}, {"Y", tInt}});
    RType* named = w.structOf("Named", {{"Name", tString},
                                        {"Tags", w.sliceOf(tString)},
                                        {"Inner", w.ptrTo(tPoint)},
                                        {"M", w.mapOf(tString, tInt)}});
    tNamed = named;
    // Stringy: a value String method, so *Stringy has it too (and
    // dereferences, panicking on nil).
    RType* stringy = w.structOf("Stringy", {{"v", tInt}});
    tStringy = stringy;
    auto stringyText = [](int64_t v) { return "Stringy<" + std::to_string(v) + ">"; };
    w.addMethod(stringy, "String", [=](GoPtr d, std::string* out, std::string*) {
      *out = stringyText(loadInt(d));
      return true;
    });
    w.addMethod(const_cast<RType*>(w.ptrTo(stringy)), "String", [=](GoPtr d, std::string* out, std::string* pt) {
      if (d == 0) {
        *pt = kNilDeref;
        return false;
      }
      *out = stringyText(loadInt(d));
      return true;
    });
    // PtrStr: a pointer String method that never dereferences.
    RType* ptrStr = w.structOf("PtrStr", {{"n", tInt}});
    tPtrStr = ptrStr;
    w.addMethod(const_cast<RType*>(w.ptrTo(ptrStr)), "String", [](GoPtr, std::string* out, std::string*) {
      *out = "ptr";
      return true;
    });
    // Err: a pointer Error method.
    RType* err = w.structOf("Err", {{"msg", tString}});
    tErr = err;
    w.addMethod(const_cast<RType*>(w.ptrTo(err)), "Error", [](GoPtr d, std::string* out, std::string* pt) {
      if (d == 0) {
        *pt = kNilDeref;
        return false;
      }
      *out = "err:" + loadStr(d);
      return true;
    });
    RType* goStr = w.structOf("GoStr", {{"n", tInt}});
    tGoStr = goStr;
    w.addMethod(goStr, "GoString", [](GoPtr, std::string* out, std::string*) {
      *out = "GoStr!";
      return true;
    });
    w.addMethod(goStr, "String", [](GoPtr, std::string* out, std::string*) {
      *out = "gostr";
      return true;
    });
    RType* both = w.structOf("Both", {});
    tBoth = both;
    w.addMethod(both, "String", [](GoPtr, std::string* out, std::string*) {
      *out = "S";
      return true;
    });
    w.addMethod(both, "Error", [](GoPtr, std::string* out, std::string*) {
      *out = "E";
      return true;
    });
    RType* panicky = w.structOf("Panicky", {});
    tPanicky = panicky;
    w.addMethod(panicky, "String", [](GoPtr, std::string*, std::string* pt) {
      *pt = "boom";
      return false;
    });
  }

  TV I(int64_t v) { return w.scalar("int", v); }
  TV F(double v) { return w.scalar("float64", v); }
  TV S(const std::string& s) { return w.str(s); }
  TV point(int64_t x, int64_t y) { return w.structv(tPoint, {I(x), I(y)}); }
  TV stringy(int64_t v) { return w.structv(tStringy, {I(v)}); }
  TV errPtr(const std::string& msg) { return w.ptr(w.structv(tErr, {S(msg)})); }
  TV strMap(const std::vector<std::pair<std::string, int64_t>>& kv) {
    std::vector<std::pair<TV, TV>> e;
    for (auto& [k, v] : kv) e.push_back({S(k), I(v)});
    return w.mapv(w.mapOf(tString, tInt), e);
  }
  TV strings(const std::vector<std::string>& ss) {
    std::vector<TV> e;
    for (auto& s : ss) e.push_back(S(s));
    return w.slice(w.sliceOf(tString), e);
  }
  TV ints(const std::vector<int64_t>& is) {
    std::vector<TV> e;
    for (auto v : is) e.push_back(I(v));
    return w.slice(w.sliceOf(tInt), e);
  }
  TV bytes(const std::string& s, const RType* t = nullptr) {
    std::vector<TV> e;
    for (unsigned char c : s) e.push_back(w.scalar("uint8", static_cast<uint8_t>(c)));
    return w.slice(t ? t : w.sliceOf(w.basic("uint8")), e);
  }
  TV nilOf(const RType* t) { return w.zero(t); }

  TV get(const std::string& name);
};

TV Values::get(const std::string& n) {
  const double one = 1.0;
  const RType* u8 = w.basic("uint8");
  if (n == "i0") return I(0);
  if (n == "i1") return I(1);
  if (n == "i2") return I(2);
  if (n == "i3") return I(3);
  if (n == "i5") return I(5);
  if (n == "i7") return I(7);
  if (n == "i8") return I(8);
  if (n == "i42") return I(42);
  if (n == "in42") return I(-42);
  if (n == "i255") return I(255);
  if (n == "in255") return I(-255);
  if (n == "i65") return I(65);
  if (n == "imax") return I(INT64_MAX);
  if (n == "imin") return I(INT64_MIN);
  if (n == "in1") return I(-1);
  if (n == "i1e6") return I(1000000);
  if (n == "i1e7") return I(10000000);
  if (n == "i8n5") return w.scalar("int8", static_cast<int8_t>(-5));
  if (n == "u64max") return w.scalar("uint64", UINT64_MAX);
  if (n == "u8") return w.scalar("uint8", static_cast<uint8_t>(200));
  if (n == "u16") return w.scalar("uint16", static_cast<uint16_t>(65535));
  if (n == "i32n7") return w.scalar("int32", static_cast<int32_t>(-7));
  if (n == "uptr") return w.scalar("uintptr", static_cast<uint64_t>(0xdead));
  if (n == "u0") return w.scalar("uint", static_cast<uint64_t>(0));
  if (n == "u5") return w.scalar("uint", static_cast<uint64_t>(5));
  if (n == "i64x") return w.scalar("int64", static_cast<int64_t>(0x1F600));
  if (n == "u32x") return w.scalar("uint32", static_cast<uint32_t>(0x41));
  if (n == "ra") return w.scalar("int32", static_cast<int32_t>('a'));
  if (n == "rx") return w.scalar("int32", static_cast<int32_t>('x'));
  if (n == "remoji") return w.scalar("int32", static_cast<int32_t>(0x1F600));
  if (n == "rneg") return w.scalar("int32", static_cast<int32_t>(-1));
  if (n == "rbig") return w.scalar("int64", static_cast<int64_t>(0x110000));
  if (n == "rsur") return w.scalar("int32", static_cast<int32_t>(0xD800));
  if (n == "rtab") return w.scalar("int32", static_cast<int32_t>('\t'));
  if (n == "rquote") return w.scalar("int32", static_cast<int32_t>('\''));
  if (n == "rnbsp") return w.scalar("int32", static_cast<int32_t>(0xA0));
  if (n == "ba") return w.scalar("uint8", static_cast<uint8_t>('a'));
  if (n == "f") return F(3.14159);
  if (n == "f1234") return F(1234.5678);
  if (n == "f1e21") return F(1e21);
  if (n == "f1e20") return F(1e20);
  if (n == "f1e6") return F(1e6);
  if (n == "f1em7") return F(1e-7);
  if (n == "f3") return F(3.0);
  if (n == "fthird") return F(one / 3);
  if (n == "f2675") return F(2.675);
  if (n == "f25") return F(2.5);
  if (n == "fm15") return F(-1.5);
  if (n == "f35") return F(3.5);
  if (n == "f0") return F(0.0);
  if (n == "fneg0") return F(std::copysign(0.0, -1.0));
  if (n == "finf") return F(HUGE_VAL);
  if (n == "fninf") return F(-HUGE_VAL);
  if (n == "fnan") return F(std::nan(""));
  if (n == "f1em5") return F(1e-5);
  if (n == "f1em4") return F(1e-4);
  if (n == "f123456789") return F(123456789.0);
  if (n == "f25em7") return F(2.5e-7);
  if (n == "f100") return F(100.0);
  if (n == "fpoint1") return F(0.1);
  if (n == "f1em6") return F(0.000001);
  if (n == "f12345") return F(12345.0);
  if (n == "f32_01") return w.scalar("float32", 0.1f);
  if (n == "f32third") return w.scalar("float32", 1.0f / 3);
  if (n == "f32big") return w.scalar("float32", 16777216.0f);
  if (n == "f32neg") return w.scalar("float32", -2.5f);
  if (n == "c12") return w.scalar("complex128", std::array<double, 2>{1, 2});
  if (n == "c64") return w.scalar("complex64", std::array<float, 2>{1.5f, -2.0f});
  if (n == "cnan") return w.scalar("complex128", std::array<double, 2>{std::nan(""), HUGE_VAL});
  if (n == "s_hello") return S("hello");
  if (n == "s_tab") return S("tab\there");
  if (n == "s_q") return S("q\"s");
  if (n == "s_go") return S("go");
  if (n == "s_golang") return S("golang");
  if (n == "s_hi") return S("hi");
  if (n == "s_str") return S("str");
  if (n == "s_empty") return S("");
  if (n == "s_utf") return S("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E");
  if (n == "s_bad") return S("\xFF");
  if (n == "s_bq") return S("a`b");
  if (n == "s_a") return S("a");
  if (n == "s_b") return S("b");
  if (n == "s_c") return S("c");
  if (n == "s_nl") return S("a\nb");
  if (n == "s_x") return S("x");
  if (n == "t") return w.scalar("bool", static_cast<uint8_t>(1));
  if (n == "fls") return w.scalar("bool", static_cast<uint8_t>(0));
  if (n == "bs_hi") return bytes("hi");
  if (n == "bs_nil") return nilOf(w.sliceOf(u8));
  if (n == "bs_01ab") return bytes("\x01\xAB");
  if (n == "bs_empty") {
    // A non-nil empty slice: its data pointer is not 0.
    TV s = w.zero(w.sliceOf(u8));
    GoSlice g{w.store({0}), 0, 0};
    std::memcpy(s.b.data(), &g, sizeof g);
    return s;
  }
  if (n == "nbytes") return bytes("hi", w.named("Bytes", w.sliceOf(u8)));
  if (n == "nilnbytes") return nilOf(w.named("Bytes", w.sliceOf(u8)));
  if (n == "arrbytes") {
    const RType* t = w.arrayOf(u8, 3);
    return w.array(t, {w.scalar("uint8", uint8_t(1)), w.scalar("uint8", uint8_t(2)), w.scalar("uint8", uint8_t(3))});
  }
  if (n == "p") return point(1, 2);
  if (n == "pp") return w.ptr(point(1, 2));
  if (n == "nilp") return nilOf(w.ptrTo(tPoint));
  if (n == "p0") return point(0, 0);
  if (n == "n") {
    return w.structv(tNamed, {S("n"), strings({"a", "b"}), nilOf(w.ptrTo(tPoint)), strMap({{"z", 1}, {"a", 2}})});
  }
  if (n == "pn") {
    return w.ptr(w.structv(tNamed, {S("n"), nilOf(w.sliceOf(tString)), nilOf(w.ptrTo(tPoint)),
                                    nilOf(w.mapOf(tString, tInt))}));
  }
  if (n == "m") return strMap({{"b", 2}, {"a", 1}, {"c", 3}});
  if (n == "mi") return w.mapv(w.mapOf(tInt, tString), {{I(3), S("c")}, {I(1), S("a")}, {I(2), S("b")}});
  if (n == "nilm") return nilOf(w.mapOf(tString, tInt));
  if (n == "emptym") return strMap({});
  if (n == "mf") {
    return w.mapv(w.mapOf(w.basic("float64"), tString), {{F(std::nan("")), S("nan")},
                                                          {F(-1), S("neg")},
                                                          {F(2), S("two")},
                                                          {F(HUGE_VAL), S("inf")},
                                                          {F(-HUGE_VAL), S("-inf")}});
  }
  if (n == "mb") {
    return w.mapv(w.mapOf(w.basic("bool"), tInt),
                  {{w.scalar("bool", uint8_t(1)), I(1)}, {w.scalar("bool", uint8_t(0)), I(0)}});
  }
  if (n == "mstruct")
    return w.mapv(w.mapOf(tPoint, tString), {{point(2, 1), S("b")}, {point(1, 2), S("a")}, {point(1, 1), S("c")}});
  if (n == "marr") {
    const RType* a2 = w.arrayOf(tInt, 2);
    return w.mapv(w.mapOf(a2, tInt), {{w.array(a2, {I(2), I(1)}), I(1)},
                                      {w.array(a2, {I(1), I(9)}), I(2)},
                                      {w.array(a2, {I(1), I(2)}), I(3)}});
  }
  if (n == "miface") {
    return w.mapv(w.mapOf(tAny, tInt), {{w.ifaceVal(tAny, TV{}), I(0)},
                                        {w.ifaceVal(tAny, I(3)), I(1)},
                                        {w.ifaceVal(tAny, I(1)), I(2)},
                                        {w.ifaceVal(tAny, I(2)), I(3)}});
  }
  if (n == "mpoint") return w.mapv(w.mapOf(tString, w.ptrTo(tPoint)), {{S("a"), nilOf(w.ptrTo(tPoint))}});
  if (n == "mstringy") return w.mapv(w.mapOf(tString, tStringy), {{S("x"), stringy(5)}, {S("a"), stringy(6)}});
  if (n == "mstringkey") return w.mapv(w.mapOf(tStringy, tInt), {{stringy(2), I(1)}, {stringy(1), I(2)}});
  if (n == "muint") {
    return w.mapv(w.mapOf(u8, w.basic("bool")), {{w.scalar("uint8", uint8_t(200)), w.scalar("bool", uint8_t(1))},
                                                 {w.scalar("uint8", uint8_t(3)), w.scalar("bool", uint8_t(0))}});
  }
  if (n == "mnested")
    return w.mapv(w.mapOf(tString, w.sliceOf(tInt)), {{S("b"), ints({2})}, {S("a"), ints({1, 1})}});
  if (n == "sl") return ints({1, 2, 3});
  if (n == "sl12") return ints({1, 2});
  if (n == "nils") return nilOf(w.sliceOf(tInt));
  if (n == "emps") {
    TV s = w.zero(w.sliceOf(tInt));
    GoSlice g{w.store({0}), 0, 0};
    std::memcpy(s.b.data(), &g, sizeof g);
    return s;
  }
  if (n == "arr3") return w.array(w.arrayOf(tString, 3), {S("a"), S("b"), S("c")});
  if (n == "nested") {
    const RType* si = w.sliceOf(tInt);
    return w.slice(w.sliceOf(si), {ints({1}), ints({2, 3})});
  }
  if (n == "strs") return strings({"a", "b"});
  if (n == "emptystrs") {
    TV s = w.zero(w.sliceOf(tString));
    GoSlice g{w.store({0}), 0, 0};
    std::memcpy(s.b.data(), &g, sizeof g);
    return s;
  }
  if (n == "slhex") return ints({10, 255});
  if (n == "ifaces")
    return w.slice(w.sliceOf(tAny), {w.ifaceVal(tAny, I(1)), w.ifaceVal(tAny, S("a")), w.ifaceVal(tAny, TV{})});
  if (n == "slfloat") return w.slice(w.sliceOf(w.basic("float64")), {F(1.5), F(2), F(1e7)});
  if (n == "slbool") {
    return w.slice(w.sliceOf(w.basic("bool")), {w.scalar("bool", uint8_t(1)), w.scalar("bool", uint8_t(0))});
  }
  if (n == "stringies") return w.slice(w.sliceOf(tStringy), {stringy(1), stringy(2)});
  if (n == "st7") return stringy(7);
  if (n == "pst8") return w.ptr(stringy(8));
  if (n == "nilst") return nilOf(w.ptrTo(tStringy));
  if (n == "ptrstr") return w.ptr(w.structv(tPtrStr, {I(1)}));
  if (n == "ptrstrv") return w.structv(tPtrStr, {I(1)});
  if (n == "nilptrstr") return nilOf(w.ptrTo(tPtrStr));
  if (n == "err") return errPtr("boom");
  if (n == "errv") return w.structv(tErr, {S("v")});
  if (n == "gostr") return w.structv(tGoStr, {I(1)});
  if (n == "gostrs") return w.slice(w.sliceOf(tGoStr), {w.structv(tGoStr, {I(1)})});
  if (n == "both") return w.zero(tBoth);
  if (n == "panicky") return w.zero(tPanicky);
  if (n == "panickys") return w.slice(w.sliceOf(tPanicky), {w.zero(tPanicky)});
  if (n == "mystr") return w.strOf(w.named("MyStr", tString), "raw");
  if (n == "mystrs") {
    const RType* ms = w.named("MyStr", tString);
    return w.slice(w.sliceOf(ms), {w.strOf(ms, "a")});
  }
  if (n == "unexp") return w.structv(w.structOf("unexp", {{"a", tInt}, {"b", tString}}), {I(1), S("x")});
  if (n == "wrap" || n == "wrapnil") {
    const RType* wrap = w.structOf("Wrap", {{"s", tStringy}, {"S", tStringy}, {"E", tError}, {"I", tAny}});
    if (n == "wrapnil") return w.zero(wrap);
    return w.structv(wrap, {stringy(1), stringy(2), w.ifaceVal(tError, errPtr("e")), w.ifaceVal(tAny, stringy(3))});
  }
  if (n == "es") return w.zero(w.structOf("", {}));
  if (n == "arr0") return w.zero(w.arrayOf(tInt, 0));
  if (n == "arr22") {
    const RType* a2 = w.arrayOf(tInt, 2);
    return w.zero(w.arrayOf(a2, 2));
  }
  if (n == "celsius") return w.scalarOf(w.named("Celsius", w.basic("float64")), 36.6);
  if (n == "anon") return w.structv(w.structOf("", {{"A", tInt}}), {I(5)});
  if (n == "emb") return w.structv(w.structOf("Outer", {{"Point", tPoint, true}, {"Z", tInt}}), {point(1, 2), I(3)});
  if (n == "fnil") return nilOf(w.funcType("func()"));
  if (n == "cnil") return nilOf(w.chanOf(tInt));
  if (n == "ptrfield") return w.zero(w.structOf("", {{"P", w.ptrTo(tPoint)}}));
  if (n == "pslice") return w.ptr(ints({1, 2}));
  if (n == "pmap") return w.ptr(strMap({{"a", 1}}));
  if (n == "parr") return w.ptr(w.array(w.arrayOf(tInt, 2), {I(1), I(2)}));
  if (n == "nilany") return TV{};
  if (n == "nilanyslice") return w.slice(w.sliceOf(tAny), {w.ifaceVal(tAny, TV{})});
  if (n == "nilerrslice") return w.slice(w.sliceOf(tError), {w.ifaceVal(tError, TV{})});
  if (n == "slstringptr") return w.slice(w.sliceOf(w.ptrTo(tStringy)), {nilOf(w.ptrTo(tStringy))});
  if (n == "sturct_stringyptr") return w.structv(w.structOf("", {{"S", w.ptrTo(tStringy)}}), {w.ptr(stringy(4))});
  if (n == "structwithiface") return w.structv(w.structOf("", {{"V", tAny}}), {w.ifaceVal(tAny, I(42))});
  if (n == "structwithnilerr") return w.zero(w.structOf("", {{"E", tError}}));
  if (n == "arr_u16") {
    const RType* t = w.arrayOf(w.basic("uint16"), 2);
    return w.array(t, {w.scalar("uint16", uint16_t(1)), w.scalar("uint16", uint16_t(2))});
  }
  if (n == "bool_arr") return w.array(w.arrayOf(w.basic("bool"), 1), {w.scalar("bool", uint8_t(1))});
  if (n == "unexpiface") return w.structv(w.structOf("", {{"i", tAny}}), {w.ifaceVal(tAny, stringy(3))});
  if (n == "unexpnilptr") return w.zero(w.structOf("", {{"s", w.ptrTo(tStringy)}}));
  if (n == "unexpmap") {
    const RType* mt = w.mapOf(tString, tStringy);
    return w.structv(w.structOf("", {{"m", mt}}), {w.mapv(mt, {{S("k"), stringy(5)}})});
  }
  if (n == "unexpslice") {
    const RType* st = w.sliceOf(tStringy);
    return w.structv(w.structOf("", {{"l", st}}), {w.slice(st, {stringy(6)})});
  }
  if (n == "mixedifaces") {
    return w.slice(w.sliceOf(tAny), {w.ifaceVal(tAny, stringy(1)), w.ifaceVal(tAny, w.ptr(stringy(2))),
                                     w.ifaceVal(tAny, errPtr("z"))});
  }
  if (n == "errs") return w.slice(w.sliceOf(tError), {w.ifaceVal(tError, errPtr("a"))});
  if (n == "points") return w.slice(w.sliceOf(tPoint), {point(1, 2), point(3, 4)});
  if (n == "pnamedslice") {
    const RType* strs = w.named("Strs", w.sliceOf(tString));
    return w.ptr(w.slice(strs, {S("q")}));
  }
  if (n == "gostrmap") return w.mapv(w.mapOf(tString, tGoStr), {{S("k"), w.structv(tGoStr, {I(1)})}});
  if (n == "f32") return w.scalar("float32", 1.5f);
  if (n == "c12v") return w.scalar("complex128", std::array<double, 2>{1, 2});
  if (n == "embnil") {
    const RType* t = w.structOf("EmbPtr", {{"Point", w.ptrTo(tPoint), true}, {"N", tInt}});
    return w.structv(t, {nilOf(w.ptrTo(tPoint)), I(7)});
  }
  ADD_FAILURE() << "no value named " << n;
  return TV{};
}

const char* const kPrintln = "\001LN";  // marker: Sprintln instead of Sprintf

struct Case {
  const char* format;  // nullptr: Sprint; kPrintln: Sprintln
  std::vector<const char*> args;
  const char* want;
};

const Case kCases[] = {
    {kPrintln, {"p", "pp", "n"}, "{1 2} &{1 2} {n [a b] <nil> map[a:2 z:1]}\n"},
    {kPrintln, {"m", "mi"}, "map[a:1 b:2 c:3] map[1:a 2:b 3:c]\n"},
    {kPrintln, {"sl", "arr3", "emptystrs", "nested"}, "[1 2 3] [a b c] [] [[1] [2 3]]\n"},
    {kPrintln, {"nilp", "nilm", "nils", "nilany", "nilany", "cnil"}, "<nil> map[] [] <nil> <nil> <nil>\n"},
    {kPrintln, {"err"}, "err:boom\n"},
    {kPrintln, {"f3", "f1e21", "f1e20", "fthird", "f32_01", "f100", "f1em5", "f1em4", "f123456789", "f25em7"}, "3 1e+21 1e+20 0.3333333333333333 0.1 100 1e-05 0.0001 1.23456789e+08 2.5e-07\n"},
    {kPrintln, {"finf", "fninf", "fnan", "f0", "fneg0"}, "+Inf -Inf NaN 0 -0\n"},
    {kPrintln, {"t", "ra", "ba", "s_str", "bs_hi", "celsius", "c12"}, "true 97 97 str [104 105] 36.6 (1+2i)\n"},
    {kPrintln, {"st7", "pst8", "stringies"}, "Stringy<7> Stringy<8> [Stringy<1> Stringy<2>]\n"},
    {kPrintln, {"unexp", "es", "arr0"}, "{1 x} {} []\n"},
    {kPrintln, {"i8n5", "u64max", "imax", "imin"}, "-5 18446744073709551615 9223372036854775807 -9223372036854775808\n"},
    {kPrintln, {"s_a", "s_b", "i1", "i2", "s_c"}, "a b 1 2 c\n"},
    {nullptr, {"s_a", "s_b", "i1", "i2", "s_c", "i3", "f35"}, "ab1 2c3 3.5"},
    {nullptr, {"i1", "i2"}, "1 2"},
    {nullptr, {"s_a", "nilany", "nilany", "i1"}, "a<nil> <nil> 1"},
    {nullptr, {}, ""},
    {kPrintln, {}, "\n"},
    {"%v | %+v | %#v", {"p", "p", "p"}, "{1 2} | {X:1 Y:2} | main.Point{X:1, Y:2}"},
    {"%v | %+v | %#v", {"pp", "pp", "pp"}, "&{1 2} | &{X:1 Y:2} | &main.Point{X:1, Y:2}"},
    {"%v|%+v|%#v", {"n", "n", "n"}, "{n [a b] <nil> map[a:2 z:1]}|{Name:n Tags:[a b] Inner:<nil> M:map[a:2 z:1]}|main.Named{Name:\"n\", Tags:[]string{\"a\", \"b\"}, Inner:(*main.Point)(nil), M:map[string]int{\"a\":2, \"z\":1}}"},
    {"%v | %#v", {"m", "m"}, "map[a:1 b:2 c:3] | map[string]int{\"a\":1, \"b\":2, \"c\":3}"},
    {"%v | %#v", {"sl12", "sl12"}, "[1 2] | []int{1, 2}"},
    {"%v | %#v | %#v", {"nils", "nils", "emps"}, "[] | []int(nil) | []int{}"},
    {"%v | %#v", {"nilm", "nilm"}, "map[] | map[string]int(nil)"},
    {"%v | %+v | %#v", {"nilp", "nilp", "nilp"}, "<nil> | <nil> | (*main.Point)(nil)"},
    {"%v | %#v", {"nilany", "nilany"}, "<nil> | <nil>"},
    {"%v | %#v", {"err", "err"}, "err:boom | &main.Err{msg:\"boom\"}"},
    {"%#v | %#v | %#v | %#v", {"s_q", "i42", "f3", "celsius"}, "\"q\\\"s\" | 42 | 3 | 36.6"},
    {"%#v | %#v", {"unexp", "ifaces"}, "main.unexp{a:1, b:\"x\"} | []interface {}{1, \"a\", interface {}(nil)}"},
    {"%T %T %T %T %T %T %T", {"p", "pp", "n", "m", "emps", "arr3", "err"}, "main.Point *main.Point main.Named map[string]int []int [3]string *main.Err"},
    {"%T %T %T %T %T %T %T", {"i1", "f35", "s_a", "ra", "ba", "nilany", "fnil"}, "int float64 string int32 uint8 <nil> func()"},
    {"%T %T %T", {"anon", "celsius", "c64"}, "struct { A int } main.Celsius complex64"},
    {"%q %q %q %q", {"s_hello", "s_tab", "rx", "strs"}, "\"hello\" \"tab\\there\" 'x' [\"a\" \"b\"]"},
    {"%x %X %x %x %#x %x", {"i255", "i255", "s_hi", "bs_01ab", "i255", "in255"}, "ff FF 6869 01ab 0xff -ff"},
    {"% x|%08b|%o|%#o|%c|%U", {"s_hi", "i5", "i8", "i8", "i65", "i64x"}, "68 69|00000101|10|010|A|U+1F600"},
    {"%e|%E|%g|%g|%g|%G", {"f1234", "f1234", "f1234", "f1e21", "f1em6", "f1em7"}, "1.234568e+03|1.234568E+03|1234.5678|1e+21|1e-06|1E-07"},
    {"[%08.3f] [%8.3f] [%-8.3f] [%.2f] [%f] [%.0f] [%6.2f]", {"f", "f", "f", "f2675", "fthird", "f25", "fm15"}, "[0003.142] [   3.142] [3.142   ] [2.67] [0.333333] [2] [ -1.50]"},
    {"[%-5d] [%5d] [%05d] [%+d] [%+d] [%x]", {"i42", "i42", "i42", "i42", "in42", "i42"}, "[42   ] [   42] [00042] [+42] [-42] [2a]"},
    {"[%-10s] [%10s] [%.2s] [%5.1s] [%-5t]", {"s_go", "s_go", "s_golang", "s_golang", "t"}, "[go        ] [        go] [go] [    g] [true ]"},
    {"[%*d] [%-*d] [%6.2v]", {"i5", "i1", "i5", "i1", "f"}, "[    1] [1    ] [   3.1]"},
    {"[%v] [%d] [%s]", {"bs_hi", "bs_hi", "bs_hi"}, "[[104 105]] [[104 105]] [hi]"},
    {"[%5v] [%-5v] [%05v]", {"sl12", "p", "i7"}, "[[    1     2]] [{1     2    }] [00007]"},
    {"[%t] [%p]", {"fls", "nilany"}, "[false] [%!p(<nil>)]"},
    {"%d", {"s_str"}, "%!d(string=str)"},
    {"%s", {"i42"}, "%!s(int=42)"},
    {"%d %d", {"i1"}, "1 %!d(MISSING)"},
    {"%d", {"i1", "i2"}, "1%!(EXTRA int=2)"},
    {"%!", {}, "%!!(MISSING)"},
    {"%z", {"i3"}, "%!z(int=3)"},
    {"%s", {"nilany"}, "%!s(<nil>)"},
    {"%d", {"nilany"}, "%!d(<nil>)"},
    {"%s|%v", {"nilp", "nilany"}, "%!s(*main.Point=<nil>)|<nil>"},
    {"G: %d|%", {"i5"}, "G: 5|%!(NOVERB)"},
    {"H: %s|", {"sl12"}, "H: [%!s(int=1) %!s(int=2)]|"},
    {"I: %d|", {"p"}, "I: {1 2}|"},
    {"J: %s|", {"p"}, "J: {%!s(int=1) %!s(int=2)}|"},
    {"K: %x|", {"f35"}, "K: 0x1.cp+01|"},
    {"L: %d|", {"t"}, "L: %!d(bool=true)|"},
    {"M: %.2d|", {"i7"}, "M: 07|"},
    {"N: %v %v|", {"es", "arr22"}, "N: {} [[0 0] [0 0]]|"},
    {"P: %[2]d %[1]d|", {"i1", "i2"}, "P: 2 1|"},
    {"%[3]d %[1]d %d", {"i1", "i2", "i3"}, "3 1 2"},
    {"%[5]d", {"i1"}, "%!d(BADINDEX)"},
    {"%[0]d", {"i1"}, "%!d(BADINDEX)"},
    {"%[x]d", {"i1"}, "%!d(BADINDEX)"},
    {"%[1]", {"i1"}, "%!(NOVERB)"},
    {"%[2]*[1]d", {"i42", "i5"}, "   42"},
    {"%-*d|", {"in42", "i5"}, "5                                         |"},
    {"%*d", {"s_a", "i5"}, "%!(BADWIDTH)5"},
    {"%.*d", {"in1", "i5"}, "%!(BADPREC)5"},
    {"%.*d", {"s_a", "i5"}, "%!(BADPREC)5"},
    {"%*d", {"i1e7", "i5"}, "%!(BADWIDTH)5"},
    {"%[1]*d", {"i5"}, "%!d(MISSING)"},
    {"%[2]d %d", {"i1", "i2", "i3"}, "2 3"},
    {"%d %d %[1]d %d", {"i1", "i2"}, "1 2 1 2"},
    {"%[3].2d", {"i1", "i2", "i3"}, "%!d(BADINDEX)"},
    {"%[3]2d", {"i1", "i2", "i3"}, "%!d(BADINDEX)"},
    {"%.[2]d", {"i1", "i2"}, "2"},
    {"%5", {}, "%!(NOVERB)"},
    {"%-", {"i1"}, "%!(NOVERB)%!(EXTRA int=1)"},
    {"%v %v", {"i1"}, "1 %!v(MISSING)"},
    {"%\303\244", {"i1"}, "%!\303\244(int=1)"},
    {"%!d", {"i1"}, "%!!(int=1)d"},
    {"100%%", {}, "100%"},
    {"%5%|%-5%", {}, "%|%"},
    {"%", {}, "%!(NOVERB)"},
    {"%w", {"err"}, "%!w(*main.Err=&{boom})"},
    {"%w", {"i1"}, "%!w(int=1)"},
    {"%#w", {"err"}, "%!w(*main.Err=&main.Err{msg:\"boom\"})"},
    {"%d %d %d %d %d %d", {"i8n5", "u64max", "u8", "u16", "i32n7", "uptr"}, "-5 18446744073709551615 200 65535 -7 57005"},
    {"%b %o %O %x %X %#b %#o %#O %#x %#X", {"i255", "i255", "i255", "i255", "i255", "i255", "i255", "i255", "i255", "i255"}, "11111111 377 0o377 ff FF 0b11111111 0377 0o0377 0xff 0XFF"},
    {"%b %o %O %x %X", {"in255", "in255", "in255", "in255", "in255"}, "-11111111 -377 -0o377 -ff -FF"},
    {"%x %X %#x", {"imin", "imin", "u64max"}, "-8000000000000000 -8000000000000000 0xffffffffffffffff"},
    {"[%8d] [%-8d] [%08d] [%+08d] [% 08d] [% d] [%+ d]", {"in42", "in42", "in42", "i42", "i42", "i42", "i42"}, "[     -42] [-42     ] [-0000042] [+0000042] [ 0000042] [ 42] [+42]"},
    {"[%.0d] [%5.0d] [%.3d] [%8.3d] [%08.3d] [%-8.3d]", {"i0", "i0", "i7", "in42", "i42", "i42"}, "[] [     ] [007] [    -042] [     042] [042     ]"},
    {"[%#08x] [%#8x] [%#-8x] [%#.4x] [%# x]", {"i255", "i255", "i255", "i255", "i255"}, "[0x000000ff] [    0xff] [0xff    ] [0x00ff] [ 0xff]"},
    {"%c|%c|%c|%c|%c|%5c|%-3c|", {"i65", "remoji", "rneg", "rbig", "rsur", "ra", "ra"}, "A|\360\237\230\200|\357\277\275|\357\277\275|\357\277\275|    a|a  |"},
    {"%q|%q|%q|%+q|%#q|%q|%q|%q|%q", {"ra", "remoji", "rtab", "remoji", "ra", "rquote", "rneg", "rbig", "rnbsp"}, "'a'|'\360\237\230\200'|'\\t'|'\\U0001f600'|'a'|'\\''|'\357\277\275'|'\357\277\275'|'\\u00a0'"},
    {"%U|%#U|%#U|%.8U|%10U|%-10U|%010U|%#U", {"i65", "remoji", "i0", "i65", "i65", "i65", "i65", "rtab"}, "U+0041|U+1F600 '\360\237\230\200'|U+0000|U+00000041|    U+0041|U+0041    |    U+0041|U+0009"},
    {"%v %d %x %c %q %U", {"ba", "ba", "ba", "ba", "ba", "ba"}, "97 97 61 a 'a' U+0061"},
    {"%#v %#v %#v %#v %#v", {"u8", "u0", "uptr", "i8n5", "ba"}, "0xc8 0x0 0xdead -5 0x61"},
    {"%t %v %s", {"t", "fls", "t"}, "true false %!s(bool=true)"},
    {"%s %x", {"u8", "u32x"}, "%!s(uint8=200) 41"},
    {"%v %g %f %.3g %e", {"f1e6", "f1e6", "f1e6", "f1234", "f0"}, "1e+06 1e+06 1000000.000000 1.23e+03 0.000000e+00"},
    {"%b %x %X %#x %.3x %.0x %#.0x", {"f35", "f35", "f35", "f35", "fthird", "f35", "f35"}, "7881299347898368p-51 0x1.cp+01 0X1.CP+01 0x1.c000p+01 0x1.555p-02 0x1p+02 0x1.p+02"},
    {"%F %.2F %e %.0e %#.0e %#.0f %#g %#.3g %#v", {"f", "f", "f", "f", "f", "f25", "f3", "f3", "f3"}, "3.141590 3.14 3.141590e+00 3e+00 3.e+00 2. 3.00000 3.00 3"},
    {"%#g %#g %#g %#.4g %#e %#x", {"f1e6", "f1em7", "f0", "f12345", "f3", "f3"}, "1.00000e+06 1.00000e-07 0.00000 1.234e+04 3.000000e+00 0x1.8000p+01"},
    {"[%10.3f] [%-10.3f] [%+10.3f] [%010.3f] [%+010.3f] [% 10.3f] [% .3f] [%+.3f]", {"f", "f", "f", "f", "fm15", "f", "f", "fm15"}, "[     3.142] [3.142     ] [    +3.142] [000003.142] [-00001.500] [     3.142] [ 3.142] [-1.500]"},
    {"[%v] [%5v] [%-5v] [%05v] [%+v] [% v] [%.2v]", {"finf", "finf", "fninf", "finf", "finf", "finf", "fnan"}, "[+Inf] [ +Inf] [-Inf ] [ +Inf] [+Inf] [ Inf] [NaN]"},
    {"[%v] [%5v] [%05v] [%+v] [% v] [%f] [%e]", {"fnan", "fnan", "fnan", "fnan", "fnan", "fnan", "fninf"}, "[NaN] [  NaN] [  NaN] [NaN] [ NaN] [NaN] [-Inf]"},
    {"%v %g %.3v %6.2v %.0f %.1f", {"f32third", "f32third", "f32third", "f32big", "f32neg", "f32_01"}, "0.33333334 0.33333334 0.333 1.7e+07 -2 0.1"},
    {"%v %v %.2f %+.1e %g", {"c12", "c64", "c12", "c64", "cnan"}, "(1+2i) (1.5-2i) (1.00+2.00i) (+1.5e+00-2.0e+00i) (NaN+Infi)"},
    {"[%8.2f] [%-12v] [%+v] [%010.2f]", {"c12", "c12", "c12", "c12"}, "[(    1.00   +2.00i)] [(1           +2          i)] [(1+2i)] [(0000001.00+000002.00i)]"},
    {"%v %v %v %v %v", {"fpoint1", "f1em5", "f1e20", "f1e21", "f123456789"}, "0.1 1e-05 1e+20 1e+21 1.23456789e+08"},
    {"%s %d %t", {"f35", "f35", "f35"}, "%!s(float64=3.5) %!d(float64=3.5) %!t(float64=3.5)"},
    {"%d %s", {"c12", "c12"}, "%!d(complex128=(1+2i)) %!s(complex128=(1+2i))"},
    {"%6.3v|%.3v|%10.4e", {"f1234", "f12345", "f1234"}, "1.23e+03|1.23e+04|1.2346e+03"},
    {"%.3e %.10f %.20g %.17g", {"fthird", "fthird", "fthird", "fpoint1"}, "3.333e-01 0.3333333333 0.33333333333333331483 0.10000000000000001"},
    {"%x %X %.2x % x %#x", {"fneg0", "f1e21", "fm15", "f35", "f0"}, "-0x0p+00 0X1.B1AE4D6E2EF5P+69 -0x1.80p+00  0x1.cp+01 0x0.0000p+00"},
    {"[%5s] [%-5s] [%05s] [%.1s] [%.0s] [%5.3s]", {"s_utf", "s_utf", "s_hi", "s_utf", "s_utf", "s_utf"}, "[  \346\227\245\346\234\254\350\252\236] [\346\227\245\346\234\254\350\252\236  ] [000hi] [\346\227\245] [] [  \346\227\245\346\234\254\350\252\236]"},
    {"%q %+q %#q %#q %#+q %q %+q", {"s_utf", "s_utf", "s_hello", "s_bq", "s_utf", "s_bad", "s_bad"}, "\"\346\227\245\346\234\254\350\252\236\" \"\\u65e5\\u672c\\u8a9e\" `hello` \"a`b\" `\346\227\245\346\234\254\350\252\236` \"\\xff\" \"\\xff\""},
    {"%x %X % x %#x %# x %# X %.1x %10x %-10x|", {"s_hello", "s_hello", "s_hello", "s_hello", "s_hello", "s_hello", "s_hello", "s_hi", "s_hi"}, "68656c6c6f 68656C6C6F 68 65 6c 6c 6f 0x68656c6c6f 0x68 0x65 0x6c 0x6c 0x6f 0X68 0X65 0X6C 0X6C 0X6F 68       6869 6869      |"},
    {"[%x] [%5x] [% x] [%#x] [%010x]", {"s_empty", "s_empty", "s_empty", "s_empty", "s_hi"}, "[] [     ] [] [] [0000006869]"},
    {"%s %v %q %x", {"s_nl", "s_nl", "s_nl", "s_nl"}, "a\nb a\nb \"a\\nb\" 610a62"},
    {"%c %d %t %e %U", {"s_a", "s_a", "s_a", "s_a", "s_a"}, "%!c(string=a) %!d(string=a) %!t(string=a) %!e(string=a) %!U(string=a)"},
    {"%s %v %d %q %x", {"mystr", "mystr", "mystr", "mystr", "mystr"}, "raw raw %!d(main.MyStr=raw) \"raw\" 726177"},
    {"%5q|%-8q|%.2q|%x", {"s_a", "s_hi", "s_hello", "mystrs"}, "  \"a\"|\"hi\"    |\"he\"|[61]"},
    {"%v %d %s %q %x %X % x %#x %# x", {"bs_01ab", "bs_01ab", "bs_hi", "bs_hi", "bs_01ab", "bs_01ab", "bs_01ab", "bs_01ab", "bs_01ab"}, "[1 171] [1 171] hi \"hi\" 01ab 01AB 01 ab 0x01ab 0x01 0xab"},
    {"%v %#v %s %x %q|", {"bs_nil", "bs_nil", "bs_nil", "bs_nil", "bs_nil"}, "[] []byte(nil)   \"\"|"},
    {"%v %#v %s|", {"bs_empty", "bs_empty", "bs_empty"}, "[] []byte{} |"},
    {"%#v %v %s %x %d %c %T", {"bs_hi", "nbytes", "nbytes", "nbytes", "nbytes", "nbytes", "nbytes"}, "[]byte{0x68, 0x69} [104 105] hi 6869 [104 105] [h i] main.Bytes"},
    {"%#v %#v %v %s %x", {"nbytes", "nilnbytes", "arrbytes", "arrbytes", "arrbytes"}, "main.Bytes{0x68, 0x69} main.Bytes(nil) [1 2 3] \001\002\003 010203"},
    {"%#v %T %5d %-4v|%05x", {"arrbytes", "arrbytes", "bs_hi", "bs_hi", "bs_hi"}, "[3]uint8{0x1, 0x2, 0x3} [3]uint8 [  104   105] [104  105 ]|06869"},
    {"%c %U", {"bs_hi", "bs_hi"}, "[h i] [U+0068 U+0069]"},
    {"%.1s %.1q %.1x", {"bs_hi", "bs_hi", "bs_hi"}, "h \"h\" 68"},
    {"%v %+v %#v", {"emb", "emb", "emb"}, "{{1 2} 3} {Point:{X:1 Y:2} Z:3} main.Outer{Point:main.Point{X:1, Y:2}, Z:3}"},
    {"%v %+v %#v", {"anon", "anon", "anon"}, "{5} {A:5} struct { A int }{A:5}"},
    {"%v %#v %v %#v", {"es", "es", "arr0", "arr0"}, "{} struct {}{} [] [0]int{}"},
    {"%d %x %s %q", {"p", "p", "p", "p"}, "{1 2} {1 2} {%!s(int=1) %!s(int=2)} {'\\x01' '\\x02'}"},
    {"%x %X %o %q %5d", {"sl", "slhex", "sl", "strs", "sl"}, "[1 2 3] [A FF] [1 2 3] [\"a\" \"b\"] [    1     2     3]"},
    {"%v %#v %+v", {"ptrfield", "ptrfield", "ptrfield"}, "{<nil>} struct { P *main.Point }{P:(*main.Point)(nil)} {P:<nil>}"},
    {"%v %v %v %#v %#v %#v", {"pslice", "pmap", "parr", "pslice", "pmap", "parr"}, "&[1 2] &map[a:1] &[1 2] &[]int{1, 2} &map[string]int{\"a\":1} &[2]int{1, 2}"},
    {"%v %#v %d", {"nested", "nested", "nested"}, "[[1] [2 3]] [][]int{[]int{1}, []int{2, 3}} [[1] [2 3]]"},
    {"%v %#v", {"arr22", "arr22"}, "[[0 0] [0 0]] [2][2]int{[2]int{0, 0}, [2]int{0, 0}}"},
    {"%v %#v %v %#v", {"strs", "strs", "emptystrs", "emptystrs"}, "[a b] []string{\"a\", \"b\"} [] []string{}"},
    {"%v %#v %.1f %e", {"slfloat", "slfloat", "slfloat", "slfloat"}, "[1.5 2 1e+07] []float64{1.5, 2, 1e+07} [1.5 2.0 10000000.0] [1.500000e+00 2.000000e+00 1.000000e+07]"},
    {"%v %#v %t %d", {"slbool", "slbool", "slbool", "slbool"}, "[true false] []bool{true, false} [true false] [%!d(bool=true) %!d(bool=false)]"},
    {"%v %#v %v %#v", {"nilanyslice", "nilanyslice", "nilerrslice", "nilerrslice"}, "[<nil>] []interface {}{interface {}(nil)} [<nil>] []error{error(nil)}"},
    {"%v %#v %s %d", {"ifaces", "ifaces", "ifaces", "ifaces"}, "[1 a <nil>] []interface {}{1, \"a\", interface {}(nil)} [%!s(int=1) a <nil>] [1 %!d(string=a) <nil>]"},
    {"%v %#v %+v", {"structwithiface", "structwithiface", "structwithiface"}, "{42} struct { V interface {} }{V:42} {V:42}"},
    {"%v %#v %+v", {"structwithnilerr", "structwithnilerr", "structwithnilerr"}, "{<nil>} struct { E error }{E:error(nil)} {E:<nil>}"},
    {"%v %#v %v", {"arr_u16", "arr_u16", "bool_arr"}, "[1 2] [2]uint16{0x1, 0x2} [true]"},
    {"%#v", {"pn"}, "&main.Named{Name:\"n\", Tags:[]string(nil), Inner:(*main.Point)(nil), M:map[string]int(nil)}"},
    {"%+v", {"pn"}, "&{Name:n Tags:[] Inner:<nil> M:map[]}"},
    {"%v", {"pn"}, "&{n [] <nil> map[]}"},
    {"%v|%#v|%+v", {"mi", "mi", "mi"}, "map[1:a 2:b 3:c]|map[int]string{1:\"a\", 2:\"b\", 3:\"c\"}|map[1:a 2:b 3:c]"},
    {"%v %#v", {"emptym", "emptym"}, "map[] map[string]int{}"},
    {"%v", {"mf"}, "map[NaN:nan -Inf:-inf -1:neg 2:two +Inf:inf]"},
    {"%#v", {"mf"}, "map[float64]string{NaN:\"nan\", -Inf:\"-inf\", -1:\"neg\", 2:\"two\", +Inf:\"inf\"}"},
    {"%v %#v", {"mb", "mb"}, "map[false:0 true:1] map[bool]int{false:0, true:1}"},
    {"%v %+v %#v", {"mstruct", "mstruct", "mstruct"}, "map[{1 1}:c {1 2}:a {2 1}:b] map[{X:1 Y:1}:c {X:1 Y:2}:a {X:2 Y:1}:b] map[main.Point]string{main.Point{X:1, Y:1}:\"c\", main.Point{X:1, Y:2}:\"a\", main.Point{X:2, Y:1}:\"b\"}"},
    {"%v %#v", {"marr", "marr"}, "map[[1 2]:3 [1 9]:2 [2 1]:1] map[[2]int]int{[2]int{1, 2}:3, [2]int{1, 9}:2, [2]int{2, 1}:1}"},
    {"%v %#v", {"miface", "miface"}, "map[<nil>:0 1:2 2:3 3:1] map[interface {}]int{interface {}(nil):0, 1:2, 2:3, 3:1}"},
    {"%v %#v", {"mpoint", "mpoint"}, "map[a:<nil>] map[string]*main.Point{\"a\":(*main.Point)(nil)}"},
    {"%v %#v %s %d", {"mstringy", "mstringy", "mstringy", "mstringy"}, "map[a:Stringy<6> x:Stringy<5>] map[string]main.Stringy{\"a\":main.Stringy{v:6}, \"x\":main.Stringy{v:5}} map[a:Stringy<6> x:Stringy<5>] map[%!d(string=a):{6} %!d(string=x):{5}]"},
    {"%v %#v", {"mstringkey", "mstringkey"}, "map[Stringy<1>:2 Stringy<2>:1] map[main.Stringy]int{main.Stringy{v:1}:2, main.Stringy{v:2}:1}"},
    {"%v %#v %x", {"muint", "muint", "muint"}, "map[3:false 200:true] map[uint8]bool{0x3:false, 0xc8:true} map[3:%!x(bool=false) c8:%!x(bool=true)]"},
    {"%v %#v", {"mnested", "mnested"}, "map[a:[1 1] b:[2]] map[string][]int{\"a\":[]int{1, 1}, \"b\":[]int{2}}"},
    {"%d %x %q %5v", {"m", "m", "m", "m"}, "map[%!d(string=a):1 %!d(string=b):2 %!d(string=c):3] map[61:1 62:2 63:3] map[\"a\":'\\x01' \"b\":'\\x02' \"c\":'\\x03'] map[    a:    1     b:    2     c:    3]"},
    {"%v %s %q %x %X %d %#v %+v", {"st7", "st7", "st7", "st7", "st7", "st7", "st7", "st7"}, "Stringy<7> Stringy<7> \"Stringy<7>\" 537472696e67793c373e 537472696E67793C373E {7} main.Stringy{v:7} Stringy<7>"},
    {"%v %s %d %#v", {"pst8", "pst8", "pst8", "pst8"}, "Stringy<8> Stringy<8> &{8} &main.Stringy{v:8}"},
    {"%v %s %#v %d", {"nilst", "nilst", "nilst", "nilst"}, "<nil> <nil> (*main.Stringy)(nil) 0"},
    {"[%10v] [%-10s] [%.3v] [%12q]", {"st7", "st7", "st7", "st7"}, "[Stringy<7>] [Stringy<7>] [Str] [\"Stringy<7>\"]"},
    {"%v %#v %+v %s", {"stringies", "stringies", "stringies", "stringies"}, "[Stringy<1> Stringy<2>] []main.Stringy{main.Stringy{v:1}, main.Stringy{v:2}} [Stringy<1> Stringy<2>] [Stringy<1> Stringy<2>]"},
    {"%v %v %v %+v", {"ptrstr", "ptrstrv", "nilptrstr", "ptrstrv"}, "ptr {1} ptr {n:1}"},
    {"%v %s %q %x %d %#v", {"err", "err", "err", "err", "err", "err"}, "err:boom err:boom \"err:boom\" 6572723a626f6f6d &{%!d(string=boom)} &main.Err{msg:\"boom\"}"},
    {"%v %+v %#v", {"errv", "errv", "errv"}, "{v} {msg:v} main.Err{msg:\"v\"}"},
    {"%v %#v %+v %s %#s", {"gostr", "gostr", "gostr", "gostr", "gostr"}, "gostr GoStr! gostr gostr gostr"},
    {"%v %#v", {"gostrs", "gostrs"}, "[gostr] []main.GoStr{GoStr!}"},
    {"%v %s %d", {"both", "both", "both"}, "E E {}"},
    {"%v|%s|%d|%#v|%10v|%x", {"panicky", "panicky", "panicky", "panicky", "panicky", "panicky"}, "%!v(PANIC=String method: boom)|%!s(PANIC=String method: boom)|{}|main.Panicky{}|%!v(PANIC=String method: boom)|%!x(PANIC=String method: boom)"},
    {"%v %#v", {"panickys", "panickys"}, "[%!v(PANIC=String method: boom)] []main.Panicky{main.Panicky{}}"},
    {"%v|%+v|%s", {"wrap", "wrap", "wrap"}, "{{1} Stringy<2> err:e Stringy<3>}|{s:{v:1} S:Stringy<2> E:err:e I:Stringy<3>}|{{%!s(int=1)} Stringy<2> err:e Stringy<3>}"},
    {"%v|%+v|%#v", {"wrapnil", "wrapnil", "wrapnil"}, "{{0} Stringy<0> <nil> <nil>}|{s:{v:0} S:Stringy<0> E:<nil> I:<nil>}|main.Wrap{s:main.Stringy{v:0}, S:main.Stringy{v:0}, E:error(nil), I:interface {}(nil)}"},
    {"%v %#v", {"slstringptr", "slstringptr"}, "[<nil>] []*main.Stringy{(*main.Stringy)(nil)}"},
    {"%v %+v", {"sturct_stringyptr", "sturct_stringyptr"}, "{Stringy<4>} {S:Stringy<4>}"},
    {"%d", {"st7", "i1", "s_a"}, "{7}%!(EXTRA int=1, string=a)"},
    {"%d %d", {"st7"}, "{7} %!d(MISSING)"},
    {"%s", {"st7", "err"}, "Stringy<7>%!(EXTRA *main.Err=err:boom)"},
    {kPrintln, {"st7", "err", "both", "gostr", "panicky", "ptrstr"}, "Stringy<7> err:boom E gostr %!v(PANIC=String method: boom) ptr\n"},
    {nullptr, {"st7", "err", "s_a", "i1"}, "Stringy<7> err:booma1"},
    {"%!", {"panicky"}, "{}"},
    {"%z", {"st7"}, "{%!z(int=7)}"},
    {"%z", {"pst8"}, "&{%!z(int=8)}"},
    {"%z", {"sl"}, "[%!z(int=1) %!z(int=2) %!z(int=3)]"},
    {"%z", {"m"}, "map[%!z(string=a):%!z(int=1) %!z(string=b):%!z(int=2) %!z(string=c):%!z(int=3)]"},
    {"%z", {"p"}, "{%!z(int=1) %!z(int=2)}"},
    {"%T|%10T|%-10T|%.3T", {"st7", "i1", "i1", "pst8"}, "main.Stringy|       int|int       |*ma"},
    {"%p", {"i1"}, "%!p(int=1)"},
    {"%p", {"nilp"}, "0x0"},
    {"%p", {"nils"}, "0x0"},
    {"%p", {"nilm"}, "0x0"},
    {"%p", {"fnil"}, "0x0"},
    {"%#p", {"nilp"}, "0"},
    {"%v %#v %d %x", {"fnil", "fnil", "nilp", "nilp"}, "<nil> (func())(nil) 0 0"},
    {"%s", {"fnil"}, "%!s(func()=<nil>)"},
    {"%v %#v", {"cnil", "cnil"}, "<nil> (chan int)(nil)"},
    {"%x %X %o %b %d", {"nilp", "cnil", "nilp", "nilp", "nilm"}, "0 0 0 0 map[]"},
    {nullptr, {"mystr", "i1", "mystr", "i2", "i3"}, "raw1raw2 3"},
    {"%v %+v %#v", {"unexpiface", "unexpiface", "unexpiface"}, "{{3}} {i:{v:3}} struct { i interface {} }{i:main.Stringy{v:3}}"},
    {"%v %#v", {"unexpnilptr", "unexpnilptr"}, "{<nil>} struct { s *main.Stringy }{s:(*main.Stringy)(nil)}"},
    {"%v %#v", {"unexpmap", "unexpmap"}, "{map[k:{5}]} struct { m map[string]main.Stringy }{m:map[string]main.Stringy{\"k\":main.Stringy{v:5}}}"},
    {"%v %s", {"unexpslice", "unexpslice"}, "{[{6}]} {[{%!s(int=6)}]}"},
    {"%v %s %#v", {"mixedifaces", "mixedifaces", "gostrmap"}, "[Stringy<1> Stringy<2> err:z] [Stringy<1> Stringy<2> err:z] map[string]main.GoStr{\"k\":GoStr!}"},
    {"%v %#v", {"errs", "gostrmap"}, "[err:a] map[string]main.GoStr{\"k\":GoStr!}"},
    {"%v %+v %#v %+d %6v %x", {"points", "points", "points", "points", "p", "points"}, "[{1 2} {3 4}] [{X:1 Y:2} {X:3 Y:4}] []main.Point{main.Point{X:1, Y:2}, main.Point{X:3, Y:4}} [{+1 +2} {+3 +4}] {     1      2} [{1 2} {3 4}]"},
    {"%v %#v %s", {"pnamedslice", "pnamedslice", "pnamedslice"}, "&[q] &main.Strs{\"q\"} &[q]"},
    {"%#v %#v %#v %#v %#v %#v %#v", {"mystr", "s_utf", "t", "c12v", "f32", "i8n5", "fnan"}, "\"raw\" \"\346\227\245\346\234\254\350\252\236\" true (1+2i) 1.5 -5 NaN"},
    {"%v %+v %#v", {"embnil", "embnil", "embnil"}, "{<nil> 7} {Point:<nil> N:7} main.EmbPtr{Point:(*main.Point)(nil), N:7}"},
    {"%6.2f|%-8.3v|%+.1e", {"f32", "f32", "f32"}, "  1.50|1.5     |+1.5e+00"},
    {"% d|%+d|% x|% X", {"sl", "sl", "slhex", "bs_01ab"}, "[ 1  2  3]|[+1 +2 +3]|[ a  ff]|01 AB"},
};

std::string hexAddr(GoPtr p) {
  char b[32];
  std::snprintf(b, sizeof b, "0x%llx", static_cast<unsigned long long>(p));
  return b;
}

TEST(FmtPrinter, CasesMatchGo) {
  int n = 0;
  for (const Case& c : kCases) {
    Values v;
    std::vector<TV> vals;
    for (const char* a : c.args) vals.push_back(v.get(a));
    std::vector<GoIface> args;
    for (const TV& t : vals) args.push_back(v.w.box(t));
    std::string got;
    std::string label;
    if (c.format == nullptr) {
      got = gs::lib::Sprint(&v.w, args.data(), args.size());
      label = "Sprint";
    } else if (c.format == kPrintln) {
      got = gs::lib::Sprintln(&v.w, args.data(), args.size());
      label = "Sprintln";
    } else {
      got = gs::lib::Sprintf(&v.w, c.format, args.data(), args.size());
      label = c.format;
    }
    for (const char* a : c.args) label += std::string(" ") + a;
    EXPECT_EQ(got, c.want) << label;
    n++;
  }
  EXPECT_GT(n, 200);
}

// Outputs with addresses in them: the expected text is built from the
// addresses the values really have.
TEST(FmtPrinter, Addresses) {
  Values v;
  TV pp = v.w.ptr(v.point(1, 2));
  GoPtr addr = gs::rt::load<GoPtr>(pp.b.data());
  std::vector<GoIface> args = {v.w.box(pp)};
  EXPECT_EQ(gs::lib::Sprintf(&v.w, "%p", args.data(), 1), hexAddr(addr));
  EXPECT_EQ(gs::lib::Sprintf(&v.w, "%#p", args.data(), 1), hexAddr(addr).substr(2));
  EXPECT_EQ(gs::lib::Sprintf(&v.w, "%x", args.data(), 1), "&{1 2}");  // depth 0: &{...} for every verb
  // Nested pointers print as addresses, in Go syntax under %#v.
  TV holder = v.w.structv(v.w.structOf("", {{"P", v.w.ptrTo(v.tPoint)}}), {pp});
  args = {v.w.box(holder)};
  EXPECT_EQ(gs::lib::Sprintf(&v.w, "%v", args.data(), 1), "{" + hexAddr(addr) + "}");
  EXPECT_EQ(gs::lib::Sprintf(&v.w, "%#v", args.data(), 1),
            "struct { P *main.Point }{P:(*main.Point)(" + hexAddr(addr) + ")}");
  TV sl = v.ints({1, 2});
  GoPtr data = gs::rt::load<GoSlice>(sl.b.data()).ptr;
  args = {v.w.box(sl)};
  EXPECT_EQ(gs::lib::Sprintf(&v.w, "%p", args.data(), 1), hexAddr(data));
  // The Wrap case of the Go table with %#v (its E field is an address).
  TV e = v.errPtr("e");
  const RType* wrap = v.w.structOf("Wrap", {{"s", v.tStringy}, {"S", v.tStringy}, {"E", v.tError}, {"I", v.tAny}});
  TV wv = v.w.structv(wrap, {v.stringy(1), v.stringy(2), v.w.ifaceVal(v.tError, e), v.w.ifaceVal(v.tAny, v.stringy(3))});
  args = {v.w.box(wv)};
  EXPECT_EQ(gs::lib::Sprintf(&v.w, "%#v", args.data(), 1),
            "main.Wrap{s:main.Stringy{v:1}, S:main.Stringy{v:2}, E:(*main.Err)(" +
                hexAddr(gs::rt::load<GoPtr>(e.b.data())) + "), I:main.Stringy{v:3}}");
}

// fmt.Errorf's mode: %w takes an error and reports which operands it wrapped.
TEST(FmtPrinter, ErrorfWrapping) {
  Values v;
  std::vector<GoIface> args = {v.w.box(v.errPtr("boom")), v.w.box(v.I(3)), v.w.box(v.errPtr("x"))};
  std::vector<int> wrapped;
  gs::lib::PrintfOptions opt;
  opt.wrapErrors = true;
  opt.wrapped = &wrapped;
  std::string out;
  gs::lib::appendPrintf(&out, &v.w, "ctx: %w, %d, %[3]w, %w", args.data(), args.size(), opt);
  // (Checked with Go: after %[3]w the next operand would be the 4th.)
  EXPECT_EQ(out, "ctx: err:boom, 3, err:x, %!w(MISSING)");
  EXPECT_EQ(wrapped, (std::vector<int>{0, 2}));
  // A non-error operand of %w is a bad verb even in Errorf.
  out.clear();
  wrapped.clear();
  gs::lib::appendPrintf(&out, &v.w, "%w", args.data() + 1, 1, opt);
  EXPECT_EQ(out, "%!w(int=3)");
}

// Many operands and long output, to see nothing is quadratic or unstable.
TEST(FmtPrinter, LargeSlice) {
  Values v;
  std::vector<int64_t> big(10000);
  for (size_t i = 0; i < big.size(); i++) big[i] = static_cast<int64_t>(i);
  std::vector<GoIface> args = {v.w.box(v.ints(big))};
  std::string s = gs::lib::Sprint(&v.w, args.data(), 1);
  EXPECT_EQ(s.substr(0, 8), "[0 1 2 3");
  EXPECT_EQ(s.substr(s.size() - 6), " 9999]");
}

}  // namespace

/* The Go program behind kCases (generated; its output, one hex-encoded
   result per case, gave the expected strings):

package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y int }

type Named struct {
	Name  string
	Tags  []string
	Inner *Point
	M     map[string]int
}

type Celsius float64

type Stringy struct{ v int }

func (s Stringy) String() string { return fmt.Sprintf("Stringy<%d>", s.v) }

type unexp struct {
	a int
	b string
}

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return "ptr" }

type Err struct{ msg string }

func (e *Err) Error() string { return "err:" + e.msg }

type GoStr struct{ n int }

func (g GoStr) GoString() string { return "GoStr!" }
func (g GoStr) String() string   { return "gostr" }

type Both struct{}

func (Both) String() string { return "S" }
func (Both) Error() string  { return "E" }

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type MyStr string

type Wrap struct {
	s Stringy
	S Stringy
	E error
	I interface{}
}

type Bytes []byte

type Strs []string

type EmbPtr struct {
	*Point
	N int
}

type Outer struct {
	Point
	Z int
}

var one = 1.0

func main() {
	cases := []struct {
		f string
		a []interface{}
	}{
		{"\x00LN", []interface{}{Point{1, 2}, &Point{1, 2}, Named{"n", []string{"a", "b"}, nil, map[string]int{"z": 1, "a": 2}}}},
		{"\x00LN", []interface{}{map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", 1: "a", 2: "b"}}},
		{"\x00LN", []interface{}{[]int{1, 2, 3}, [3]string{"a", "b", "c"}, []string{}, [][]int{{1}, {2, 3}}}},
		{"\x00LN", []interface{}{(*Point)(nil), map[string]int(nil), []int(nil), nil, nil, (chan int)(nil)}},
		{"\x00LN", []interface{}{error(&Err{"boom"})}},
		{"\x00LN", []interface{}{3.0, 1e21, 1e20, one / 3, float32(0.1), 100.0, 1e-5, 1e-4, 123456789.0, 2.5e-7}},
		{"\x00LN", []interface{}{math.Inf(1), math.Inf(-1), math.NaN(), 0.0, math.Copysign(0, -1)}},
		{"\x00LN", []interface{}{true, 'a', byte('a'), "str", []byte("hi"), Celsius(36.6), complex(1, 2)}},
		{"\x00LN", []interface{}{Stringy{7}, &Stringy{8}, []Stringy{{1}, {2}}}},
		{"\x00LN", []interface{}{unexp{1, "x"}, struct{}{}, [0]int{}}},
		{"\x00LN", []interface{}{int8(-5), uint64(math.MaxUint64), math.MaxInt64, math.MinInt64}},
		{"\x00LN", []interface{}{"a", "b", 1, 2, "c"}},
		{"\x00PRINT", []interface{}{"a", "b", 1, 2, "c", 3, 3.5}},
		{"\x00PRINT", []interface{}{1, 2}},
		{"\x00PRINT", []interface{}{"a", nil, nil, 1}},
		{"\x00PRINT", []interface{}{}},
		{"\x00LN", []interface{}{}},
		{"%v | %+v | %#v", []interface{}{Point{1, 2}, Point{1, 2}, Point{1, 2}}},
		{"%v | %+v | %#v", []interface{}{&Point{1, 2}, &Point{1, 2}, &Point{1, 2}}},
		{"%v|%+v|%#v", []interface{}{Named{"n", []string{"a", "b"}, nil, map[string]int{"z": 1, "a": 2}}, Named{"n", []string{"a", "b"}, nil, map[string]int{"z": 1, "a": 2}}, Named{"n", []string{"a", "b"}, nil, map[string]int{"z": 1, "a": 2}}}},
		{"%v | %#v", []interface{}{map[string]int{"b": 2, "a": 1, "c": 3}, map[string]int{"b": 2, "a": 1, "c": 3}}},
		{"%v | %#v", []interface{}{[]int{1, 2}, []int{1, 2}}},
		{"%v | %#v | %#v", []interface{}{[]int(nil), []int(nil), []int{}}},
		{"%v | %#v", []interface{}{map[string]int(nil), map[string]int(nil)}},
		{"%v | %+v | %#v", []interface{}{(*Point)(nil), (*Point)(nil), (*Point)(nil)}},
		{"%v | %#v", []interface{}{nil, nil}},
		{"%v | %#v", []interface{}{error(&Err{"boom"}), error(&Err{"boom"})}},
		{"%#v | %#v | %#v | %#v", []interface{}{`q"s`, 42, 3.0, Celsius(36.6)}},
		{"%#v | %#v", []interface{}{unexp{1, "x"}, []interface{}{1, "a", nil}}},
		{"%T %T %T %T %T %T %T", []interface{}{Point{1, 2}, &Point{1, 2}, Named{"n", []string{"a", "b"}, nil, map[string]int{"z": 1, "a": 2}}, map[string]int{"b": 2, "a": 1, "c": 3}, []int{}, [3]string{"a", "b", "c"}, error(&Err{"boom"})}},
		{"%T %T %T %T %T %T %T", []interface{}{1, 3.5, "a", 'a', byte('a'), nil, (func())(nil)}},
		{"%T %T %T", []interface{}{struct{ A int }{5}, Celsius(36.6), complex64(complex(1.5, -2))}},
		{"%q %q %q %q", []interface{}{"hello", "tab\there", 'x', []string{"a", "b"}}},
		{"%x %X %x %x %#x %x", []interface{}{255, 255, "hi", []byte{1, 171}, 255, -255}},
		{"% x|%08b|%o|%#o|%c|%U", []interface{}{"hi", 5, 8, 8, 65, int64(0x1F600)}},
		{"%e|%E|%g|%g|%g|%G", []interface{}{1234.5678, 1234.5678, 1234.5678, 1e21, 0.000001, 1e-7}},
		{"[%08.3f] [%8.3f] [%-8.3f] [%.2f] [%f] [%.0f] [%6.2f]", []interface{}{3.14159, 3.14159, 3.14159, 2.675, one / 3, 2.5, -1.5}},
		{"[%-5d] [%5d] [%05d] [%+d] [%+d] [%x]", []interface{}{42, 42, 42, 42, -42, 42}},
		{"[%-10s] [%10s] [%.2s] [%5.1s] [%-5t]", []interface{}{"go", "go", "golang", "golang", true}},
		{"[%*d] [%-*d] [%6.2v]", []interface{}{5, 1, 5, 1, 3.14159}},
		{"[%v] [%d] [%s]", []interface{}{[]byte("hi"), []byte("hi"), []byte("hi")}},
		{"[%5v] [%-5v] [%05v]", []interface{}{[]int{1, 2}, Point{1, 2}, 7}},
		{"[%t] [%p]", []interface{}{false, nil}},
		{"%d", []interface{}{"str"}},
		{"%s", []interface{}{42}},
		{"%d %d", []interface{}{1}},
		{"%d", []interface{}{1, 2}},
		{"%!", []interface{}{}},
		{"%z", []interface{}{3}},
		{"%s", []interface{}{nil}},
		{"%d", []interface{}{nil}},
		{"%s|%v", []interface{}{(*Point)(nil), nil}},
		{"G: %d|%", []interface{}{5}},
		{"H: %s|", []interface{}{[]int{1, 2}}},
		{"I: %d|", []interface{}{Point{1, 2}}},
		{"J: %s|", []interface{}{Point{1, 2}}},
		{"K: %x|", []interface{}{3.5}},
		{"L: %d|", []interface{}{true}},
		{"M: %.2d|", []interface{}{7}},
		{"N: %v %v|", []interface{}{struct{}{}, [2][2]int{}}},
		{"P: %[2]d %[1]d|", []interface{}{1, 2}},
		{"%[3]d %[1]d %d", []interface{}{1, 2, 3}},
		{"%[5]d", []interface{}{1}},
		{"%[0]d", []interface{}{1}},
		{"%[x]d", []interface{}{1}},
		{"%[1]", []interface{}{1}},
		{"%[2]*[1]d", []interface{}{42, 5}},
		{"%-*d|", []interface{}{-42, 5}},
		{"%*d", []interface{}{"a", 5}},
		{"%.*d", []interface{}{-1, 5}},
		{"%.*d", []interface{}{"a", 5}},
		{"%*d", []interface{}{10000000, 5}},
		{"%[1]*d", []interface{}{5}},
		{"%[2]d %d", []interface{}{1, 2, 3}},
		{"%d %d %[1]d %d", []interface{}{1, 2}},
		{"%[3].2d", []interface{}{1, 2, 3}},
		{"%[3]2d", []interface{}{1, 2, 3}},
		{"%.[2]d", []interface{}{1, 2}},
		{"%5", []interface{}{}},
		{"%-", []interface{}{1}},
		{"%v %v", []interface{}{1}},
		{"%\u00e4", []interface{}{1}},
		{"%!d", []interface{}{1}},
		{"100%%", []interface{}{}},
		{"%5%|%-5%", []interface{}{}},
		{"%", []interface{}{}},
		{"%w", []interface{}{error(&Err{"boom"})}},
		{"%w", []interface{}{1}},
		{"%#w", []interface{}{error(&Err{"boom"})}},
		{"%d %d %d %d %d %d", []interface{}{int8(-5), uint64(math.MaxUint64), uint8(200), uint16(65535), int32(-7), uintptr(0xdead)}},
		{"%b %o %O %x %X %#b %#o %#O %#x %#X", []interface{}{255, 255, 255, 255, 255, 255, 255, 255, 255, 255}},
		{"%b %o %O %x %X", []interface{}{-255, -255, -255, -255, -255}},
		{"%x %X %#x", []interface{}{math.MinInt64, math.MinInt64, uint64(math.MaxUint64)}},
		{"[%8d] [%-8d] [%08d] [%+08d] [% 08d] [% d] [%+ d]", []interface{}{-42, -42, -42, 42, 42, 42, 42}},
		{"[%.0d] [%5.0d] [%.3d] [%8.3d] [%08.3d] [%-8.3d]", []interface{}{0, 0, 7, -42, 42, 42}},
		{"[%#08x] [%#8x] [%#-8x] [%#.4x] [%# x]", []interface{}{255, 255, 255, 255, 255}},
		{"%c|%c|%c|%c|%c|%5c|%-3c|", []interface{}{65, rune(0x1F600), rune(-1), int64(0x110000), rune(0xD800), 'a', 'a'}},
		{"%q|%q|%q|%+q|%#q|%q|%q|%q|%q", []interface{}{'a', rune(0x1F600), '\t', rune(0x1F600), 'a', '\'', rune(-1), int64(0x110000), rune(0xA0)}},
		{"%U|%#U|%#U|%.8U|%10U|%-10U|%010U|%#U", []interface{}{65, rune(0x1F600), 0, 65, 65, 65, 65, '\t'}},
		{"%v %d %x %c %q %U", []interface{}{byte('a'), byte('a'), byte('a'), byte('a'), byte('a'), byte('a')}},
		{"%#v %#v %#v %#v %#v", []interface{}{uint8(200), uint(0), uintptr(0xdead), int8(-5), byte('a')}},
		{"%t %v %s", []interface{}{true, false, true}},
		{"%s %x", []interface{}{uint8(200), uint32(0x41)}},
		{"%v %g %f %.3g %e", []interface{}{1e6, 1e6, 1e6, 1234.5678, 0.0}},
		{"%b %x %X %#x %.3x %.0x %#.0x", []interface{}{3.5, 3.5, 3.5, 3.5, one / 3, 3.5, 3.5}},
		{"%F %.2F %e %.0e %#.0e %#.0f %#g %#.3g %#v", []interface{}{3.14159, 3.14159, 3.14159, 3.14159, 3.14159, 2.5, 3.0, 3.0, 3.0}},
		{"%#g %#g %#g %#.4g %#e %#x", []interface{}{1e6, 1e-7, 0.0, 12345.0, 3.0, 3.0}},
		{"[%10.3f] [%-10.3f] [%+10.3f] [%010.3f] [%+010.3f] [% 10.3f] [% .3f] [%+.3f]", []interface{}{3.14159, 3.14159, 3.14159, 3.14159, -1.5, 3.14159, 3.14159, -1.5}},
		{"[%v] [%5v] [%-5v] [%05v] [%+v] [% v] [%.2v]", []interface{}{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(1), math.Inf(1), math.NaN()}},
		{"[%v] [%5v] [%05v] [%+v] [% v] [%f] [%e]", []interface{}{math.NaN(), math.NaN(), math.NaN(), math.NaN(), math.NaN(), math.NaN(), math.Inf(-1)}},
		{"%v %g %.3v %6.2v %.0f %.1f", []interface{}{float32(1) / 3, float32(1) / 3, float32(1) / 3, float32(16777216), float32(-2.5), float32(0.1)}},
		{"%v %v %.2f %+.1e %g", []interface{}{complex(1, 2), complex64(complex(1.5, -2)), complex(1, 2), complex64(complex(1.5, -2)), complex(math.NaN(), math.Inf(1))}},
		{"[%8.2f] [%-12v] [%+v] [%010.2f]", []interface{}{complex(1, 2), complex(1, 2), complex(1, 2), complex(1, 2)}},
		{"%v %v %v %v %v", []interface{}{0.1, 1e-5, 1e20, 1e21, 123456789.0}},
		{"%s %d %t", []interface{}{3.5, 3.5, 3.5}},
		{"%d %s", []interface{}{complex(1, 2), complex(1, 2)}},
		{"%6.3v|%.3v|%10.4e", []interface{}{1234.5678, 12345.0, 1234.5678}},
		{"%.3e %.10f %.20g %.17g", []interface{}{one / 3, one / 3, one / 3, 0.1}},
		{"%x %X %.2x % x %#x", []interface{}{math.Copysign(0, -1), 1e21, -1.5, 3.5, 0.0}},
		{"[%5s] [%-5s] [%05s] [%.1s] [%.0s] [%5.3s]", []interface{}{"日本語", "日本語", "hi", "日本語", "日本語", "日本語"}},
		{"%q %+q %#q %#q %#+q %q %+q", []interface{}{"日本語", "日本語", "hello", "a`b", "日本語", "\xff", "\xff"}},
		{"%x %X % x %#x %# x %# X %.1x %10x %-10x|", []interface{}{"hello", "hello", "hello", "hello", "hello", "hello", "hello", "hi", "hi"}},
		{"[%x] [%5x] [% x] [%#x] [%010x]", []interface{}{"", "", "", "", "hi"}},
		{"%s %v %q %x", []interface{}{"a\nb", "a\nb", "a\nb", "a\nb"}},
		{"%c %d %t %e %U", []interface{}{"a", "a", "a", "a", "a"}},
		{"%s %v %d %q %x", []interface{}{MyStr("raw"), MyStr("raw"), MyStr("raw"), MyStr("raw"), MyStr("raw")}},
		{"%5q|%-8q|%.2q|%x", []interface{}{"a", "hi", "hello", []MyStr{"a"}}},
		{"%v %d %s %q %x %X % x %#x %# x", []interface{}{[]byte{1, 171}, []byte{1, 171}, []byte("hi"), []byte("hi"), []byte{1, 171}, []byte{1, 171}, []byte{1, 171}, []byte{1, 171}, []byte{1, 171}}},
		{"%v %#v %s %x %q|", []interface{}{[]byte(nil), []byte(nil), []byte(nil), []byte(nil), []byte(nil)}},
		{"%v %#v %s|", []interface{}{[]byte{}, []byte{}, []byte{}}},
		{"%#v %v %s %x %d %c %T", []interface{}{[]byte("hi"), Bytes("hi"), Bytes("hi"), Bytes("hi"), Bytes("hi"), Bytes("hi"), Bytes("hi")}},
		{"%#v %#v %v %s %x", []interface{}{Bytes("hi"), Bytes(nil), [3]byte{1, 2, 3}, [3]byte{1, 2, 3}, [3]byte{1, 2, 3}}},
		{"%#v %T %5d %-4v|%05x", []interface{}{[3]byte{1, 2, 3}, [3]byte{1, 2, 3}, []byte("hi"), []byte("hi"), []byte("hi")}},
		{"%c %U", []interface{}{[]byte("hi"), []byte("hi")}},
		{"%.1s %.1q %.1x", []interface{}{[]byte("hi"), []byte("hi"), []byte("hi")}},
		{"%v %+v %#v", []interface{}{Outer{Point{1, 2}, 3}, Outer{Point{1, 2}, 3}, Outer{Point{1, 2}, 3}}},
		{"%v %+v %#v", []interface{}{struct{ A int }{5}, struct{ A int }{5}, struct{ A int }{5}}},
		{"%v %#v %v %#v", []interface{}{struct{}{}, struct{}{}, [0]int{}, [0]int{}}},
		{"%d %x %s %q", []interface{}{Point{1, 2}, Point{1, 2}, Point{1, 2}, Point{1, 2}}},
		{"%x %X %o %q %5d", []interface{}{[]int{1, 2, 3}, []int{10, 255}, []int{1, 2, 3}, []string{"a", "b"}, []int{1, 2, 3}}},
		{"%v %#v %+v", []interface{}{struct{ P *Point }{nil}, struct{ P *Point }{nil}, struct{ P *Point }{nil}}},
		{"%v %v %v %#v %#v %#v", []interface{}{&[]int{1, 2}, &map[string]int{"a": 1}, &[2]int{1, 2}, &[]int{1, 2}, &map[string]int{"a": 1}, &[2]int{1, 2}}},
		{"%v %#v %d", []interface{}{[][]int{{1}, {2, 3}}, [][]int{{1}, {2, 3}}, [][]int{{1}, {2, 3}}}},
		{"%v %#v", []interface{}{[2][2]int{}, [2][2]int{}}},
		{"%v %#v %v %#v", []interface{}{[]string{"a", "b"}, []string{"a", "b"}, []string{}, []string{}}},
		{"%v %#v %.1f %e", []interface{}{[]float64{1.5, 2, 1e7}, []float64{1.5, 2, 1e7}, []float64{1.5, 2, 1e7}, []float64{1.5, 2, 1e7}}},
		{"%v %#v %t %d", []interface{}{[]bool{true, false}, []bool{true, false}, []bool{true, false}, []bool{true, false}}},
		{"%v %#v %v %#v", []interface{}{[]interface{}{nil}, []interface{}{nil}, []error{nil}, []error{nil}}},
		{"%v %#v %s %d", []interface{}{[]interface{}{1, "a", nil}, []interface{}{1, "a", nil}, []interface{}{1, "a", nil}, []interface{}{1, "a", nil}}},
		{"%v %#v %+v", []interface{}{struct{ V interface{} }{42}, struct{ V interface{} }{42}, struct{ V interface{} }{42}}},
		{"%v %#v %+v", []interface{}{struct{ E error }{nil}, struct{ E error }{nil}, struct{ E error }{nil}}},
		{"%v %#v %v", []interface{}{[2]uint16{1, 2}, [2]uint16{1, 2}, [1]bool{true}}},
		{"%#v", []interface{}{&Named{"n", nil, nil, nil}}},
		{"%+v", []interface{}{&Named{"n", nil, nil, nil}}},
		{"%v", []interface{}{&Named{"n", nil, nil, nil}}},
		{"%v|%#v|%+v", []interface{}{map[int]string{3: "c", 1: "a", 2: "b"}, map[int]string{3: "c", 1: "a", 2: "b"}, map[int]string{3: "c", 1: "a", 2: "b"}}},
		{"%v %#v", []interface{}{map[string]int{}, map[string]int{}}},
		{"%v", []interface{}{map[float64]string{math.NaN(): "nan", -1: "neg", 2: "two", math.Inf(1): "inf", math.Inf(-1): "-inf"}}},
		{"%#v", []interface{}{map[float64]string{math.NaN(): "nan", -1: "neg", 2: "two", math.Inf(1): "inf", math.Inf(-1): "-inf"}}},
		{"%v %#v", []interface{}{map[bool]int{true: 1, false: 0}, map[bool]int{true: 1, false: 0}}},
		{"%v %+v %#v", []interface{}{map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"}, map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"}, map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"}}},
		{"%v %#v", []interface{}{map[[2]int]int{{2, 1}: 1, {1, 9}: 2, {1, 2}: 3}, map[[2]int]int{{2, 1}: 1, {1, 9}: 2, {1, 2}: 3}}},
		{"%v %#v", []interface{}{map[interface{}]int{nil: 0, 3: 1, 1: 2, 2: 3}, map[interface{}]int{nil: 0, 3: 1, 1: 2, 2: 3}}},
		{"%v %#v", []interface{}{map[string]*Point{"a": nil}, map[string]*Point{"a": nil}}},
		{"%v %#v %s %d", []interface{}{map[string]Stringy{"x": {5}, "a": {6}}, map[string]Stringy{"x": {5}, "a": {6}}, map[string]Stringy{"x": {5}, "a": {6}}, map[string]Stringy{"x": {5}, "a": {6}}}},
		{"%v %#v", []interface{}{map[Stringy]int{{2}: 1, {1}: 2}, map[Stringy]int{{2}: 1, {1}: 2}}},
		{"%v %#v %x", []interface{}{map[uint8]bool{200: true, 3: false}, map[uint8]bool{200: true, 3: false}, map[uint8]bool{200: true, 3: false}}},
		{"%v %#v", []interface{}{map[string][]int{"b": {2}, "a": {1, 1}}, map[string][]int{"b": {2}, "a": {1, 1}}}},
		{"%d %x %q %5v", []interface{}{map[string]int{"b": 2, "a": 1, "c": 3}, map[string]int{"b": 2, "a": 1, "c": 3}, map[string]int{"b": 2, "a": 1, "c": 3}, map[string]int{"b": 2, "a": 1, "c": 3}}},
		{"%v %s %q %x %X %d %#v %+v", []interface{}{Stringy{7}, Stringy{7}, Stringy{7}, Stringy{7}, Stringy{7}, Stringy{7}, Stringy{7}, Stringy{7}}},
		{"%v %s %d %#v", []interface{}{&Stringy{8}, &Stringy{8}, &Stringy{8}, &Stringy{8}}},
		{"%v %s %#v %d", []interface{}{(*Stringy)(nil), (*Stringy)(nil), (*Stringy)(nil), (*Stringy)(nil)}},
		{"[%10v] [%-10s] [%.3v] [%12q]", []interface{}{Stringy{7}, Stringy{7}, Stringy{7}, Stringy{7}}},
		{"%v %#v %+v %s", []interface{}{[]Stringy{{1}, {2}}, []Stringy{{1}, {2}}, []Stringy{{1}, {2}}, []Stringy{{1}, {2}}}},
		{"%v %v %v %+v", []interface{}{&PtrStr{1}, PtrStr{1}, (*PtrStr)(nil), PtrStr{1}}},
		{"%v %s %q %x %d %#v", []interface{}{error(&Err{"boom"}), error(&Err{"boom"}), error(&Err{"boom"}), error(&Err{"boom"}), error(&Err{"boom"}), error(&Err{"boom"})}},
		{"%v %+v %#v", []interface{}{Err{"v"}, Err{"v"}, Err{"v"}}},
		{"%v %#v %+v %s %#s", []interface{}{GoStr{1}, GoStr{1}, GoStr{1}, GoStr{1}, GoStr{1}}},
		{"%v %#v", []interface{}{[]GoStr{{1}}, []GoStr{{1}}}},
		{"%v %s %d", []interface{}{Both{}, Both{}, Both{}}},
		{"%v|%s|%d|%#v|%10v|%x", []interface{}{Panicky{}, Panicky{}, Panicky{}, Panicky{}, Panicky{}, Panicky{}}},
		{"%v %#v", []interface{}{[]Panicky{{}}, []Panicky{{}}}},
		{"%v|%+v|%s", []interface{}{Wrap{s: Stringy{1}, S: Stringy{2}, E: &Err{"e"}, I: Stringy{3}}, Wrap{s: Stringy{1}, S: Stringy{2}, E: &Err{"e"}, I: Stringy{3}}, Wrap{s: Stringy{1}, S: Stringy{2}, E: &Err{"e"}, I: Stringy{3}}}},
		{"%v|%+v|%#v", []interface{}{Wrap{}, Wrap{}, Wrap{}}},
		{"%v %#v", []interface{}{[]*Stringy{nil}, []*Stringy{nil}}},
		{"%v %+v", []interface{}{struct{ S *Stringy }{&Stringy{4}}, struct{ S *Stringy }{&Stringy{4}}}},
		{"%d", []interface{}{Stringy{7}, 1, "a"}},
		{"%d %d", []interface{}{Stringy{7}}},
		{"%s", []interface{}{Stringy{7}, error(&Err{"boom"})}},
		{"\x00LN", []interface{}{Stringy{7}, error(&Err{"boom"}), Both{}, GoStr{1}, Panicky{}, &PtrStr{1}}},
		{"\x00PRINT", []interface{}{Stringy{7}, error(&Err{"boom"}), "a", 1}},
		{"%!", []interface{}{Panicky{}}},
		{"%z", []interface{}{Stringy{7}}},
		{"%z", []interface{}{&Stringy{8}}},
		{"%z", []interface{}{[]int{1, 2, 3}}},
		{"%z", []interface{}{map[string]int{"b": 2, "a": 1, "c": 3}}},
		{"%z", []interface{}{Point{1, 2}}},
		{"%T|%10T|%-10T|%.3T", []interface{}{Stringy{7}, 1, 1, &Stringy{8}}},
		{"%p", []interface{}{1}},
		{"%p", []interface{}{(*Point)(nil)}},
		{"%p", []interface{}{[]int(nil)}},
		{"%p", []interface{}{map[string]int(nil)}},
		{"%p", []interface{}{(func())(nil)}},
		{"%#p", []interface{}{(*Point)(nil)}},
		{"%v %#v %d %x", []interface{}{(func())(nil), (func())(nil), (*Point)(nil), (*Point)(nil)}},
		{"%s", []interface{}{(func())(nil)}},
		{"%v %#v", []interface{}{(chan int)(nil), (chan int)(nil)}},
		{"%x %X %o %b %d", []interface{}{(*Point)(nil), (chan int)(nil), (*Point)(nil), (*Point)(nil), map[string]int(nil)}},
		{"\x00PRINT", []interface{}{MyStr("raw"), 1, MyStr("raw"), 2, 3}},
		{"%v %+v %#v", []interface{}{struct{ i interface{} }{Stringy{3}}, struct{ i interface{} }{Stringy{3}}, struct{ i interface{} }{Stringy{3}}}},
		{"%v %#v", []interface{}{struct{ s *Stringy }{nil}, struct{ s *Stringy }{nil}}},
		{"%v %#v", []interface{}{struct{ m map[string]Stringy }{map[string]Stringy{"k": {5}}}, struct{ m map[string]Stringy }{map[string]Stringy{"k": {5}}}}},
		{"%v %s", []interface{}{struct{ l []Stringy }{[]Stringy{{6}}}, struct{ l []Stringy }{[]Stringy{{6}}}}},
		{"%v %s %#v", []interface{}{[]interface{}{Stringy{1}, &Stringy{2}, &Err{"z"}}, []interface{}{Stringy{1}, &Stringy{2}, &Err{"z"}}, map[string]GoStr{"k": {1}}}},
		{"%v %#v", []interface{}{[]error{&Err{"a"}}, map[string]GoStr{"k": {1}}}},
		{"%v %+v %#v %+d %6v %x", []interface{}{[]Point{{1, 2}, {3, 4}}, []Point{{1, 2}, {3, 4}}, []Point{{1, 2}, {3, 4}}, []Point{{1, 2}, {3, 4}}, Point{1, 2}, []Point{{1, 2}, {3, 4}}}},
		{"%v %#v %s", []interface{}{&Strs{"q"}, &Strs{"q"}, &Strs{"q"}}},
		{"%#v %#v %#v %#v %#v %#v %#v", []interface{}{MyStr("raw"), "日本語", true, complex(1, 2), float32(1.5), int8(-5), math.NaN()}},
		{"%v %+v %#v", []interface{}{EmbPtr{nil, 7}, EmbPtr{nil, 7}, EmbPtr{nil, 7}}},
		{"%6.2f|%-8.3v|%+.1e", []interface{}{float32(1.5), float32(1.5), float32(1.5)}},
		{"% d|%+d|% x|% X", []interface{}{[]int{1, 2, 3}, []int{1, 2, 3}, []int{10, 255}, []byte{1, 171}}},
	}
	for _, c := range cases {
		var s string
		switch c.f {
		case "\x00PRINT":
			s = fmt.Sprint(c.a...)
		case "\x00LN":
			s = fmt.Sprintln(c.a...)
		default:
			s = fmt.Sprintf(c.f, c.a...)
		}
		fmt.Printf("%x\n", s)
	}
}
*/
