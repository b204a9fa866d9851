// Unit tests for core/types: hand-built types (layout, type strings,
// identity, lookup, substitution) and the checker on parsed source.
#include <gtest/gtest.h>

#include "core/types/check.h"
#include "core/types/check_internal.h"
#include "core/types/constant.h"

using namespace gs::types;
using gs::syntax::ChanDir;
using gs::syntax::Pos;

namespace {

struct Builder {
  TypeContext ctx;
  Package* main;
  Builder() {
    main = ctx.make<Package>();
    main->path = "main";
    main->name = "main";
    main->scope = ctx.make<Scope>(ctx.universe(), nullptr);
  }
  Type* b(Kind k) { return ctx.basic(k); }
  Type* univ(const char* n) { return ctx.universe()->lookup(n)->type; }
  StructType* strct(std::vector<std::pair<std::string, Type*>> fields, std::vector<bool> embedded = {}) {
    auto* s = ctx.make<StructType>();
    for (size_t i = 0; i < fields.size(); i++) {
      auto* v = ctx.make<Var>(Pos{}, main, fields[i].first, fields[i].second);
      v->isField = true;
      v->embedded = i < embedded.size() && embedded[i];
      s->fields.push_back(v);
      s->tags.push_back("");
    }
    return s;
  }
  NamedType* named(const std::string& name, Type* under, Package* p = nullptr) {
    auto* n = ctx.make<NamedType>();
    auto* tn = ctx.make<TypeName>(Pos{}, p ? p : main, name, n);
    n->obj = tn;
    n->underlyingType = under;
    return n;
  }
  Tuple* tuple(std::vector<Type*> ts) {
    auto* t = ctx.make<Tuple>();
    for (Type* x : ts) t->vars.push_back(ctx.make<Var>(Pos{}, main, "", x));
    return t;
  }
  Signature* sig(std::vector<Type*> params, std::vector<Type*> results, bool variadic = false) {
    auto* s = ctx.make<Signature>();
    s->params = tuple(params);
    s->results = tuple(results);
    s->variadic = variadic;
    return s;
  }
  Func* method(NamedType* recv, const std::string& name, Signature* s, bool ptr) {
    auto* f = ctx.make<Func>(Pos{}, main, name, s);
    s->recv = ctx.make<Var>(Pos{}, main, "r", ptr ? static_cast<Type*>(ctx.pointerTo(recv)) : recv);
    f->ptrRecv = ptr;
    recv->methods.push_back(f);
    return f;
  }
  InterfaceType* iface(std::vector<std::pair<std::string, Signature*>> ms) {
    auto* it = ctx.make<InterfaceType>();
    for (auto& m : ms) {
      auto* f = ctx.make<Func>(Pos{}, main, m.first, m.second);
      f->iface = it;
      it->explicitMethods.push_back(f);
    }
    completeInterface(it);
    return it;
  }
};

}  // namespace

TEST(TypesLayout, BasicAndComposite) {
  Builder B;
  EXPECT_EQ(sizeOf(B.b(Kind::Int)), 8);
  EXPECT_EQ(sizeOf(B.b(Kind::String)), 16);
  EXPECT_EQ(sizeOf(B.ctx.sliceOf(B.b(Kind::Int))), 24);
  EXPECT_EQ(sizeOf(B.ctx.anyType()), 16);
  EXPECT_EQ(sizeOf(B.ctx.pointerTo(B.b(Kind::Int8))), 8);
  EXPECT_EQ(sizeOf(B.b(Kind::Complex64)), 8);
  EXPECT_EQ(alignOf(B.b(Kind::Complex64)), 4);
  EXPECT_EQ(sizeOf(B.b(Kind::Complex128)), 16);
  EXPECT_EQ(alignOf(B.b(Kind::Complex128)), 8);
  EXPECT_EQ(sizeOf(B.ctx.make<ArrayType>(B.b(Kind::Int16), 5)), 10);
  EXPECT_EQ(alignOf(B.ctx.make<ArrayType>(B.b(Kind::Int16), 5)), 2);
  EXPECT_EQ(sizeOf(B.ctx.make<MapType>(B.b(Kind::String), B.b(Kind::Int))), 8);
}

TEST(TypesLayout, Structs) {
  Builder B;
  // struct{a bool; b int64; c bool} = 24 (padding after a and at the end)
  auto* s1 = B.strct({{"a", B.b(Kind::Bool)}, {"b", B.b(Kind::Int64)}, {"c", B.b(Kind::Bool)}});
  EXPECT_EQ(sizeOf(s1), 24);
  EXPECT_EQ(s1->fields[1]->offset, 8);
  EXPECT_EQ(s1->fields[2]->offset, 16);
  // struct{a int32; b struct{}} gets one byte of padding for the zero-size
  // last field: 4 + 1 rounded to 8? no: align 4 -> 8.
  auto* empty = B.strct({});
  EXPECT_EQ(sizeOf(empty), 0);
  auto* s2 = B.strct({{"a", B.b(Kind::Int32)}, {"b", empty}});
  EXPECT_EQ(sizeOf(s2), 8);
  auto* s3 = B.strct({{"a", B.b(Kind::Int8)}, {"b", empty}});
  EXPECT_EQ(sizeOf(s3), 2);
  // zero-size last field at offset 0: no padding
  auto* s4 = B.strct({{"a", B.ctx.make<ArrayType>(B.b(Kind::Int), 0)}, {"b", empty}});
  EXPECT_EQ(sizeOf(s4), 0);
  auto* s5 = B.strct({{"a", B.b(Kind::Int8)}, {"b", B.b(Kind::Int16)}, {"c", B.b(Kind::Int8)}});
  EXPECT_EQ(sizeOf(s5), 6);
  EXPECT_EQ(alignOf(s5), 2);
  auto* s6 = B.strct({{"s", B.b(Kind::String)}, {"b", B.b(Kind::Bool)}});
  EXPECT_EQ(sizeOf(s6), 24);
  auto* s7 = B.strct({{"c", B.b(Kind::Complex64)}, {"b", B.b(Kind::Bool)}});
  EXPECT_EQ(sizeOf(s7), 12);
}

TEST(TypesString, RuntimeAndChecker) {
  Builder B;
  Type* T = B.named("T", B.strct({{"a", B.b(Kind::Int)}}));
  auto* st = B.strct({{"a", B.b(Kind::Int)}, {"B", B.b(Kind::String)}, {"T", T}}, {false, false, true});
  st->tags[1] = "json:\"b\"";
  EXPECT_EQ(typeString(st), "struct { a int; B string \"json:\\\"b\\\"\"; main.T }");
  EXPECT_EQ(typeString(st, B.main), "struct{a int; B string \"json:\\\"b\\\"\"; T}");
  EXPECT_EQ(typeString(B.strct({})), "struct {}");
  EXPECT_EQ(typeString(B.strct({}), B.main), "struct{}");
  auto* f = B.sig({B.b(Kind::Int), B.ctx.sliceOf(B.b(Kind::String))}, {B.b(Kind::Int), B.ctx.errorType()}, true);
  EXPECT_EQ(typeString(f), "func(int, ...string) (int, error)");
  EXPECT_EQ(typeString(B.sig({}, {})), "func()");
  EXPECT_EQ(typeString(B.ctx.sliceOf(B.ctx.anyType())), "[]interface {}");
  EXPECT_EQ(typeString(B.ctx.sliceOf(B.ctx.anyType()), B.main), "[]any");
  auto* it = B.iface({{"N", B.sig({}, {})}, {"M", B.sig({B.b(Kind::Int)}, {B.b(Kind::String)})}});
  EXPECT_EQ(typeString(B.ctx.pointerTo(it)), "*interface { M(int) string; N() }");
  EXPECT_EQ(typeString(it, B.main), "interface{M(int) string; N()}");  // sorted, as types2
  auto* recvChan = B.ctx.make<ChanType>(ChanDir::Recv, B.b(Kind::Int));
  EXPECT_EQ(typeString(B.ctx.make<ChanType>(ChanDir::Both, recvChan)), "chan (<-chan int)");
  EXPECT_EQ(typeString(B.ctx.make<ChanType>(ChanDir::Send, B.ctx.make<ChanType>(ChanDir::Both, B.b(Kind::Int)))),
            "chan<- chan int");
  EXPECT_EQ(typeString(B.ctx.make<ChanType>(ChanDir::Recv, recvChan)), "<-chan <-chan int");
  Type* byteT = B.univ("byte");
  EXPECT_EQ(typeString(B.ctx.sliceOf(byteT)), "[]uint8");
  EXPECT_EQ(typeString(B.ctx.sliceOf(byteT), B.main), "[]byte");
  EXPECT_EQ(typeString(B.ctx.make<MapType>(B.univ("rune"), B.ctx.make<ArrayType>(B.b(Kind::Bool), 2))),
            "map[int32][2]bool");
  EXPECT_EQ(typeString(T), "main.T");
  EXPECT_EQ(typeString(T, B.main), "T");
  Package other;
  other.name = "other";
  EXPECT_EQ(typeString(T, &other), "main.T");
  EXPECT_EQ(typeString(B.ctx.errorType()), "error");
}

TEST(TypesString, Generics) {
  Builder B;
  // type Pair[K comparable, V any] struct{ k K; v V }
  auto* pair = B.ctx.make<NamedType>();
  pair->obj = B.ctx.make<TypeName>(Pos{}, B.main, "Pair", pair);
  auto* K = B.ctx.make<TypeParamType>();
  K->obj = B.ctx.make<TypeName>(Pos{}, B.main, "K", K);
  K->constraint = B.ctx.comparableType();
  auto* V = B.ctx.make<TypeParamType>();
  V->obj = B.ctx.make<TypeName>(Pos{}, B.main, "V", V);
  V->index = 1;
  V->constraint = B.ctx.anyType();
  pair->typeParams = {K, V};
  pair->underlyingType = B.strct({{"k", K}, {"v", V}});
  EXPECT_EQ(typeString(pair, B.main), "Pair[K comparable, V any]");
  NamedType* inst = instantiate(B.ctx, pair, {B.b(Kind::Int), B.b(Kind::String)});
  EXPECT_EQ(typeString(inst), "main.Pair[int,string]");
  EXPECT_EQ(typeString(inst, B.main), "Pair[int, string]");
  EXPECT_EQ(instantiate(B.ctx, pair, {B.b(Kind::Int), B.b(Kind::String)}), inst);
  auto* u = underlying(inst)->as<StructType>();
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(typeString(u, B.main), "struct{k int; v string}");
  EXPECT_EQ(sizeOf(inst), 24);
  NamedType* inst2 = instantiate(B.ctx, pair, {B.strct({{"x", B.b(Kind::Int)}}), B.sig({B.b(Kind::Int)}, {})});
  EXPECT_EQ(typeString(inst2), "main.Pair[struct { main.x int },func(int)]");
  // Self-referential: type List[T any] struct{ next *List[T]; v T }
  auto* list = B.ctx.make<NamedType>();
  list->obj = B.ctx.make<TypeName>(Pos{}, B.main, "List", list);
  auto* T = B.ctx.make<TypeParamType>();
  T->obj = B.ctx.make<TypeName>(Pos{}, B.main, "T", T);
  T->constraint = B.ctx.anyType();
  list->typeParams = {T};
  NamedType* self = instantiate(B.ctx, list, {T});
  list->underlyingType = B.strct({{"next", B.ctx.pointerTo(self)}, {"v", T}});
  NamedType* li = instantiate(B.ctx, list, {B.b(Kind::Int)});
  auto* lu = underlying(li)->as<StructType>();
  ASSERT_NE(lu, nullptr);
  EXPECT_EQ(typeString(lu, B.main), "struct{next *List[int]; v int}");
  EXPECT_TRUE(identical(lu->fields[0]->type, B.ctx.pointerTo(li)));
  EXPECT_EQ(sizeOf(li), 16);
}

TEST(TypesIdentity, Basics) {
  Builder B;
  EXPECT_TRUE(identical(B.univ("byte"), B.b(Kind::Uint8)));
  EXPECT_TRUE(identical(B.ctx.sliceOf(B.b(Kind::Int)), B.ctx.sliceOf(B.b(Kind::Int))));
  EXPECT_FALSE(identical(B.ctx.sliceOf(B.b(Kind::Int)), B.ctx.sliceOf(B.b(Kind::Int64))));
  EXPECT_TRUE(identical(B.sig({B.b(Kind::Int)}, {B.b(Kind::String)}), B.sig({B.b(Kind::Int)}, {B.b(Kind::String)})));
  EXPECT_FALSE(identical(B.sig({B.ctx.sliceOf(B.b(Kind::Int))}, {}, true), B.sig({B.ctx.sliceOf(B.b(Kind::Int))}, {})));
  Type* T1 = B.named("T", B.b(Kind::Int));
  Type* T2 = B.named("T", B.b(Kind::Int));
  EXPECT_FALSE(identical(T1, T2));
  EXPECT_TRUE(identical(B.strct({{"a", B.b(Kind::Int)}}), B.strct({{"a", B.b(Kind::Int)}})));
  EXPECT_FALSE(identical(B.strct({{"a", B.b(Kind::Int)}}), B.strct({{"b", B.b(Kind::Int)}})));
  auto* i1 = B.iface({{"M", B.sig({}, {})}});
  auto* i2 = B.iface({{"M", B.sig({}, {})}});
  EXPECT_TRUE(identical(i1, i2));
  EXPECT_FALSE(identical(i1, B.ctx.anyType()));
  EXPECT_TRUE(identical(B.iface({}), B.ctx.anyType()));
}

TEST(TypesLookup, EmbeddingAndMethods) {
  Builder B;
  // type Inner struct{ X int }; func (*Inner) M(); func (Inner) V()
  NamedType* inner = B.named("Inner", B.strct({{"X", B.b(Kind::Int)}}));
  B.method(inner, "M", B.sig({}, {}), true);
  B.method(inner, "V", B.sig({}, {}), false);
  // type Outer struct{ *Inner; Y int }
  NamedType* outer = B.named("Outer", B.strct({{"Inner", B.ctx.pointerTo(inner)}, {"Y", B.b(Kind::Int)}}, {true, false}));
  std::vector<int> idx;
  bool indirect = false;
  Object* o = lookupFieldOrMethod(outer, false, B.main, "X", &idx, &indirect);
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->name, "X");
  EXPECT_EQ(idx, (std::vector<int>{0, 0}));
  EXPECT_TRUE(indirect);
  o = lookupFieldOrMethod(outer, false, B.main, "M", &idx, &indirect);
  ASSERT_NE(o, nullptr);  // through the embedded pointer
  EXPECT_EQ(idx, (std::vector<int>{0, 0}));
  o = lookupFieldOrMethod(inner, false, B.main, "M", &idx, &indirect);
  EXPECT_EQ(o, nullptr);  // pointer method on a non-addressable value
  o = lookupFieldOrMethod(inner, true, B.main, "M", &idx, &indirect);
  EXPECT_NE(o, nullptr);
  // Ambiguity: two embedded types with the same field at the same depth.
  NamedType* a = B.named("A", B.strct({{"F", B.b(Kind::Int)}}));
  NamedType* b = B.named("B", B.strct({{"F", B.b(Kind::Int)}}));
  NamedType* ab = B.named("AB", B.strct({{"A", a}, {"B", b}}, {true, true}));
  LookupResult r = lookupFieldOrMethodEx(ab, false, B.main, "F");
  EXPECT_EQ(r.obj, nullptr);
  EXPECT_TRUE(r.ambiguous);
  // Interface satisfaction.
  auto* iM = B.iface({{"M", B.sig({}, {})}});
  auto* iV = B.iface({{"V", B.sig({}, {})}});
  Func* missing = nullptr;
  bool ptrOnly = false;
  EXPECT_FALSE(implements(inner, iM, &missing, &ptrOnly));
  ASSERT_NE(missing, nullptr);
  EXPECT_EQ(missing->name, "M");
  EXPECT_TRUE(ptrOnly);
  EXPECT_TRUE(implements(B.ctx.pointerTo(inner), iM));
  EXPECT_TRUE(implements(inner, iV));
  EXPECT_TRUE(implements(outer, iM));
  std::string cause;
  bool wrong;
  auto* iW = B.iface({{"V", B.sig({B.b(Kind::Int)}, {})}});
  EXPECT_NE(missingMethod(inner, iW, true, B.main, nullptr, &cause, &wrong), nullptr);
  EXPECT_EQ(cause, "(wrong type for method V)\n\t\thave V()\n\t\twant V(int)");
  EXPECT_TRUE(implements(B.ctx.errorType(), B.iface({{"Error", B.sig({}, {B.b(Kind::String)})}})));
}

TEST(TypesPredicates, Comparable) {
  Builder B;
  EXPECT_TRUE(comparableType(B.b(Kind::Int), false));
  EXPECT_FALSE(comparableType(B.ctx.sliceOf(B.b(Kind::Int)), false));
  EXPECT_FALSE(comparableType(B.strct({{"s", B.ctx.sliceOf(B.b(Kind::Int))}}), false));
  EXPECT_TRUE(comparableType(B.ctx.anyType(), true));
  EXPECT_FALSE(comparableType(B.ctx.anyType(), false));
  EXPECT_TRUE(hasNil(B.ctx.make<MapType>(B.b(Kind::Int), B.b(Kind::Int))));
  EXPECT_FALSE(hasNil(B.b(Kind::String)));
}

// ---------------------------------------------------------------------------
// The checker on parsed source.

#include <algorithm>
#include <cstdlib>
#include <set>
#include <functional>
#include <fstream>
#include <sstream>

#include "core/syntax/parser.h"

namespace {

// Minimal hand-written stand-ins for the standard library packages the
// tests import (bodyless functions are allowed in prelude packages).
const char* stubSource(const std::string& path);

class StubImporter : public Importer {
 public:
  StubImporter(TypeContext& ctx, gs::syntax::AstArena& arena, gs::syntax::SourceSet& sources,
               gs::syntax::Diagnostics& diags)
      : ctx_(ctx), arena_(arena), sources_(sources), diags_(diags) {}
  Package* importPackage(const std::string& path, std::string* err) override {
    auto it = cache_.find(path);
    if (it != cache_.end()) return it->second;
    const char* src = stubSource(path);
    if (!src) {
      *err = "package " + path + " is not in std";
      return nullptr;
    }
    gs::syntax::SourceFile f;
    f.name = path + "/stub.go";
    f.text = src;
    f.isPrelude = true;
    int32_t idx = sources_.add(f);
    gs::syntax::File* file = gs::syntax::parseFile(arena_, sources_, idx, diags_);
    Package* p = checkPackage(ctx_, sources_, path, {file}, *this, diags_, true);
    cache_[path] = p;
    return p;
  }

 private:
  TypeContext& ctx_;
  gs::syntax::AstArena& arena_;
  gs::syntax::SourceSet& sources_;
  gs::syntax::Diagnostics& diags_;
  std::map<std::string, Package*> cache_;
};

// One checked program.
struct Checked {
  TypeContext ctx;
  gs::syntax::AstArena arena;
  gs::syntax::SourceSet sources;
  gs::syntax::Diagnostics diags;
  gs::syntax::Diagnostics stubDiags;
  Package* pkg = nullptr;
  gs::syntax::File* file = nullptr;

  explicit Checked(const std::string& src, const std::string& name = "./prog.go") {
    gs::syntax::SourceFile f;
    f.name = name;
    f.text = src;
    int32_t idx = sources.add(f);
    file = gs::syntax::parseFile(arena, sources, idx, diags);
    StubImporter imp(ctx, arena, sources, stubDiags);
    // Like cmd/compile, type-check unless there were syntax errors (the
    // parser also reports a few non-syntax errors that go/types would).
    bool syntaxErr = false;
    for (auto& d : diags.list()) syntaxErr |= d.msg.rfind("syntax error", 0) == 0;
    if (!syntaxErr) pkg = checkPackage(ctx, sources, "main", {file}, imp, diags, false);
  }
  std::string errors() const { return diags.formatAll(sources); }
  std::string stubErrors() const { return stubDiags.formatAll(sources); }
};

std::string readFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

// Checks the file named by $TYPES_CHECK_FILE and prints the errors (a
// development aid: compare with real Go's output).
TEST(TypesDriver, CheckFile) {
  const char* path = std::getenv("TYPES_CHECK_FILE");
  if (!path) GTEST_SKIP();
  std::string name = path;
  size_t slash = name.rfind('/');
  (void)slash;
  Checked c(readFile(path), "./prog.go");
  if (std::getenv("TYPES_ALL_ERRORS")) {
    // Every error, unsorted and without the 10-error limit.
    for (auto& d : c.diags.list()) {
      if (d.soft) continue;
      std::string m = d.msg;
      for (char& ch : m)
        if (ch == '\n') ch = '\x01';
      std::printf("%s: %s\n", c.sources.format(d.pos).c_str(), m.c_str());
    }
  } else {
    std::printf("%s", c.errors().c_str());
  }
  if (!c.stubDiags.empty()) std::printf("STUB ERRORS:\n%s", c.stubErrors().c_str());
}

// Stub declarations of the standard library API used by the test programs
// (signatures and constant values only, as the real packages declare them).
namespace {
const char* stubSource(const std::string& path) {
  if (path == "cmp") return R"GO(package cmp
func Compare[T Ordered](x T, y T) int
func Less[T Ordered](x T, y T) bool
func Or[T comparable](vals ...T) T
type Ordered interface{~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string}
)GO";
  if (path == "errors") return R"GO(package errors
func As(err error, target any) bool
func Is(err error, target error) bool
func Join(errs ...error) error
func New(text string) error
func Unwrap(err error) error
)GO";
  if (path == "fmt") return R"GO(package fmt
import "io"
func Append(b []byte, a ...any) []byte
func Appendf(b []byte, format string, a ...any) []byte
func Errorf(format string, a ...any) error
func Fprint(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
func Fprintln(w io.Writer, a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintf(format string, a ...any) string
func Sprintln(a ...any) string
func Sscan(str string, a ...any) (n int, err error)
func Sscanf(str string, format string, a ...any) (n int, err error)
func Sscanln(str string, a ...any) (n int, err error)
type Formatter interface{Format(f State, verb rune)}
type GoStringer interface{GoString() string}
type State interface{Flag(c int) bool; Precision() (prec int, ok bool); Width() (wid int, ok bool); Write(b []byte) (n int, err error)}
type Stringer interface{String() string}
)GO";
  if (path == "io") return R"GO(package io
type Reader interface{Read(p []byte) (n int, err error)}
type Writer interface{Write(p []byte) (n int, err error)}
var EOF error
)GO";
  if (path == "iter") return R"GO(package iter
type Seq2[K any, V any] func(yield func(K, V) bool)
type Seq[V any] func(yield func(V) bool)
)GO";
  if (path == "maps") return R"GO(package maps
import "iter"
func All[Map ~map[K]V, K comparable, V any](m Map) iter.Seq2[K, V]
func Clone[M ~map[K]V, K comparable, V any](m M) M
func Collect[K comparable, V any](seq iter.Seq2[K, V]) map[K]V
func Copy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2)
func DeleteFunc[M ~map[K]V, K comparable, V any](m M, del func(K, V) bool)
func EqualFunc[M1 ~map[K]V1, M2 ~map[K]V2, K comparable, V1, V2 any](m1 M1, m2 M2, eq func(V1, V2) bool) bool
func Equal[M1, M2 ~map[K]V, K, V comparable](m1 M1, m2 M2) bool
func Insert[Map ~map[K]V, K comparable, V any](m Map, seq iter.Seq2[K, V])
func Keys[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[K]
func Values[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[V]
)GO";
  if (path == "math") return R"GO(package math
const E = 271828182845904523536028747135266249775724709369995957496696763.0 / 100000000000000000000000000000000000000000000000000000000000000
const Ln10 = 23025850929940456840179914546843642076011014886287729760333279.0 / 10000000000000000000000000000000000000000000000000000000000000
const Ln2 = 693147180559945309417232121458176568075500134360255254120680009.0 / 1000000000000000000000000000000000000000000000000000000000000000
const Log10E = 10000000000000000000000000000000000000000000000000000000000000.0 / 23025850929940456840179914546843642076011014886287729760333279
const Log2E = 1000000000000000000000000000000000000000000000000000000000000000.0 / 693147180559945309417232121458176568075500134360255254120680009
const MaxFloat32 = 340282346638528859811704183484516925440.0
const MaxFloat64 = 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0
const MaxInt = 9223372036854775807
const MaxInt16 = 32767
const MaxInt32 = 2147483647
const MaxInt64 = 9223372036854775807
const MaxInt8 = 127
const MaxUint = 18446744073709551615
const MaxUint16 = 65535
const MaxUint32 = 4294967295
const MaxUint64 = 18446744073709551615
const MaxUint8 = 255
const MinInt = -9223372036854775808
const MinInt16 = -32768
const MinInt32 = -2147483648
const MinInt64 = -9223372036854775808
const MinInt8 = -128
const Phi = 80901699437494742410229341718281905886015458990288143106772431.0 / 50000000000000000000000000000000000000000000000000000000000000
const Pi = 314159265358979323846264338327950288419716939937510582097494459.0 / 100000000000000000000000000000000000000000000000000000000000000
const SmallestNonzeroFloat32 = 0x1p-149
const SmallestNonzeroFloat64 = 0x1p-1074
const Sqrt2 = 70710678118654752440084436210484903928483593768847403658833987.0 / 50000000000000000000000000000000000000000000000000000000000000
const SqrtE = 164872127070012814684865078781416357165377610071014801157507931.0 / 100000000000000000000000000000000000000000000000000000000000000
const SqrtPhi = 63600982475703448212621123086874574585780402092004812430832019.0 / 50000000000000000000000000000000000000000000000000000000000000
const SqrtPi = 177245385090551602729816748334114518279754945612238712821380779.0 / 100000000000000000000000000000000000000000000000000000000000000
func Abs(x float64) float64
func Acos(x float64) float64
func Asin(x float64) float64
func Atan(x float64) float64
func Atan2(y float64, x float64) float64
func Cbrt(x float64) float64
func Ceil(x float64) float64
func Copysign(f float64, sign float64) float64
func Cos(x float64) float64
func Cosh(x float64) float64
func Dim(x float64, y float64) float64
func Erf(x float64) float64
func Exp(x float64) float64
func Exp2(x float64) float64
func Expm1(x float64) float64
func FMA(x float64, y float64, z float64) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Floor(x float64) float64
func Frexp(f float64) (frac float64, exp int)
func Gamma(x float64) float64
func Hypot(p float64, q float64) float64
func Ilogb(x float64) int
func Inf(sign int) float64
func IsInf(f float64, sign int) bool
func IsNaN(f float64) (is bool)
func Ldexp(frac float64, exp int) float64
func Log(x float64) float64
func Log10(x float64) float64
func Log1p(x float64) float64
func Log2(x float64) float64
func Logb(x float64) float64
func Max(x float64, y float64) float64
func Min(x float64, y float64) float64
func Mod(x float64, y float64) float64
func Modf(f float64) (int float64, frac float64)
func NaN() float64
func Nextafter(x float64, y float64) (r float64)
func Pow(x float64, y float64) float64
func Pow10(n int) float64
func Remainder(x float64, y float64) float64
func Round(x float64) float64
func RoundToEven(x float64) float64
func Signbit(x float64) bool
func Sin(x float64) float64
func Sincos(x float64) (sin float64, cos float64)
func Sinh(x float64) float64
func Sqrt(x float64) float64
func Tan(x float64) float64
func Tanh(x float64) float64
func Trunc(x float64) float64
)GO";
  if (path == "math/bits") return R"GO(package bits
const UintSize = 64
func Add(x uint, y uint, carry uint) (sum uint, carryOut uint)
func Add32(x uint32, y uint32, carry uint32) (sum uint32, carryOut uint32)
func Add64(x uint64, y uint64, carry uint64) (sum uint64, carryOut uint64)
func Div64(hi uint64, lo uint64, y uint64) (quo uint64, rem uint64)
func LeadingZeros(x uint) int
func LeadingZeros16(x uint16) int
func LeadingZeros32(x uint32) int
func LeadingZeros64(x uint64) int
func LeadingZeros8(x uint8) int
func Len(x uint) int
func Len16(x uint16) (n int)
func Len32(x uint32) (n int)
func Len64(x uint64) (n int)
func Len8(x uint8) int
func Mul32(x uint32, y uint32) (hi uint32, lo uint32)
func Mul64(x uint64, y uint64) (hi uint64, lo uint64)
func OnesCount(x uint) int
func OnesCount16(x uint16) int
func OnesCount32(x uint32) int
func OnesCount64(x uint64) int
func OnesCount8(x uint8) int
func Rem64(hi uint64, lo uint64, y uint64) uint64
func Reverse16(x uint16) uint16
func Reverse32(x uint32) uint32
func Reverse64(x uint64) uint64
func Reverse8(x uint8) uint8
func ReverseBytes16(x uint16) uint16
func ReverseBytes32(x uint32) uint32
func ReverseBytes64(x uint64) uint64
func RotateLeft(x uint, k int) uint
func RotateLeft16(x uint16, k int) uint16
func RotateLeft32(x uint32, k int) uint32
func RotateLeft64(x uint64, k int) uint64
func RotateLeft8(x uint8, k int) uint8
func Sub64(x uint64, y uint64, borrow uint64) (diff uint64, borrowOut uint64)
func TrailingZeros(x uint) int
func TrailingZeros16(x uint16) int
func TrailingZeros32(x uint32) int
func TrailingZeros64(x uint64) int
func TrailingZeros8(x uint8) int
)GO";
  if (path == "math/rand") return R"GO(package rand
func Float64() float64
func Int31n(n int32) int32
func Int63() int64
func Int63n(n int64) int64
func Intn(n int) int
func New(src Source) *Rand
func NewSource(seed int64) Source
func Perm(n int) []int
func Seed(seed int64)
func Shuffle(n int, swap func(i int, j int))
type Rand struct{ x_ int }
func (*Rand) ExpFloat64() float64
func (*Rand) NormFloat64() float64
func (*Rand) Seed(seed int64)
func (*Rand) Int63() int64
func (*Rand) Uint32() uint32
func (*Rand) Uint64() uint64
func (*Rand) Int31() int32
func (*Rand) Int() int
func (*Rand) Int63n(n int64) int64
func (*Rand) Int31n(n int32) int32
func (*Rand) Intn(n int) int
func (*Rand) Float64() float64
func (*Rand) Float32() float32
func (*Rand) Perm(n int) []int
func (*Rand) Shuffle(n int, swap func(i int, j int))
func (*Rand) Read(p []byte) (n int, err error)
type Source interface{Int63() int64; Seed(seed int64)}
)GO";
  if (path == "slices") return R"GO(package slices
import "cmp"
import "iter"
func All[Slice ~[]E, E any](s Slice) iter.Seq2[int, E]
func Backward[Slice ~[]E, E any](s Slice) iter.Seq2[int, E]
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool)
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool)
func Clip[S ~[]E, E any](s S) S
func Clone[S ~[]E, E any](s S) S
func Collect[E any](seq iter.Seq[E]) []E
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S
func Compact[S ~[]E, E comparable](s S) S
func Compare[S ~[]E, E cmp.Ordered](s1 S, s2 S) int
func Concat[S ~[]E, E any](slices ...S) S
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool
func Contains[S ~[]E, E comparable](s S, v E) bool
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S
func Delete[S ~[]E, E any](s S, i int, j int) S
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool
func Equal[S ~[]E, E comparable](s1 S, s2 S) bool
func Grow[S ~[]E, E any](s S, n int) S
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int
func Index[S ~[]E, E comparable](s S, v E) int
func Insert[S ~[]E, E any](s S, i int, v ...E) S
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a E, b E) int) bool
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool
func MaxFunc[S ~[]E, E any](x S, cmp func(a E, b E) int) E
func Max[S ~[]E, E cmp.Ordered](x S) E
func MinFunc[S ~[]E, E any](x S, cmp func(a E, b E) int) E
func Min[S ~[]E, E cmp.Ordered](x S) E
func Repeat[S ~[]E, E any](x S, count int) S
func Replace[S ~[]E, E any](s S, i int, j int, v ...E) S
func Reverse[S ~[]E, E any](s S)
func SortFunc[S ~[]E, E any](x S, cmp func(a E, b E) int)
func SortStableFunc[S ~[]E, E any](x S, cmp func(a E, b E) int)
func Sort[S ~[]E, E cmp.Ordered](x S)
func Sorted[E cmp.Ordered](seq iter.Seq[E]) []E
func Values[Slice ~[]E, E any](s Slice) iter.Seq[E]
)GO";
  if (path == "sort") return R"GO(package sort
func Find(n int, cmp func(int) int) (i int, found bool)
func Float64s(x []float64)
func Float64sAreSorted(x []float64) bool
func Ints(x []int)
func IntsAreSorted(x []int) bool
func IsSorted(data Interface) bool
func Reverse(data Interface) Interface
func Search(n int, f func(int) bool) int
func SearchFloat64s(a []float64, x float64) int
func SearchInts(a []int, x int) int
func SearchStrings(a []string, x string) int
func Slice(x any, less func(i int, j int) bool)
func SliceIsSorted(x any, less func(i int, j int) bool) bool
func SliceStable(x any, less func(i int, j int) bool)
func Sort(data Interface)
func Stable(data Interface)
func Strings(x []string)
func StringsAreSorted(x []string) bool
type Float64Slice []float64
func (Float64Slice) Search(x float64) int
func (Float64Slice) Len() int
func (Float64Slice) Less(i int, j int) bool
func (Float64Slice) Swap(i int, j int)
func (Float64Slice) Sort()
type IntSlice []int
func (IntSlice) Search(x int) int
func (IntSlice) Len() int
func (IntSlice) Less(i int, j int) bool
func (IntSlice) Swap(i int, j int)
func (IntSlice) Sort()
type Interface interface{Len() int; Less(i int, j int) bool; Swap(i int, j int)}
type StringSlice []string
func (StringSlice) Search(x string) int
func (StringSlice) Len() int
func (StringSlice) Less(i int, j int) bool
func (StringSlice) Swap(i int, j int)
func (StringSlice) Sort()
)GO";
  if (path == "strconv") return R"GO(package strconv
func AppendBool(dst []byte, b bool) []byte
func AppendFloat(dst []byte, f float64, fmt byte, prec int, bitSize int) []byte
func AppendInt(dst []byte, i int64, base int) []byte
func AppendQuote(dst []byte, s string) []byte
func AppendQuoteRune(dst []byte, r rune) []byte
func AppendQuoteToASCII(dst []byte, s string) []byte
func AppendUint(dst []byte, i uint64, base int) []byte
func Atoi(s string) (int, error)
func CanBackquote(s string) bool
func FormatBool(b bool) string
func FormatFloat(f float64, fmt byte, prec int, bitSize int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func IsPrint(r rune) bool
func Itoa(i int) string
func ParseBool(str string) (bool, error)
func ParseFloat(s string, bitSize int) (float64, error)
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
func Quote(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func Unquote(s string) (string, error)
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error)
type NumError struct{ Func string; Num string; Err error }
func (*NumError) Error() string
func (*NumError) Unwrap() error
var ErrRange error
var ErrSyntax error
)GO";
  if (path == "strings") return R"GO(package strings
import "io"
func Compare(a string, b string) int
func Contains(s string, substr string) bool
func ContainsAny(s string, chars string) bool
func ContainsFunc(s string, f func(rune) bool) bool
func ContainsRune(s string, r rune) bool
func Count(s string, substr string) int
func Cut(s string, sep string) (before string, after string, found bool)
func CutPrefix(s string, prefix string) (after string, found bool)
func CutSuffix(s string, suffix string) (before string, found bool)
func EqualFold(s string, t string) bool
func Fields(s string) []string
func FieldsFunc(s string, f func(rune) bool) []string
func HasPrefix(s string, prefix string) bool
func HasSuffix(s string, suffix string) bool
func Index(s string, substr string) int
func IndexAny(s string, chars string) int
func IndexByte(s string, c byte) int
func IndexFunc(s string, f func(rune) bool) int
func IndexRune(s string, r rune) int
func Join(elems []string, sep string) string
func LastIndex(s string, substr string) int
func LastIndexAny(s string, chars string) int
func LastIndexByte(s string, c byte) int
func LastIndexFunc(s string, f func(rune) bool) int
func Map(mapping func(rune) rune, s string) string
func NewReader(s string) *Reader
func NewReplacer(oldnew ...string) *Replacer
func Repeat(s string, count int) string
func Replace(s string, old string, new string, n int) string
func ReplaceAll(s string, old string, new string) string
func Split(s string, sep string) []string
func SplitAfter(s string, sep string) []string
func SplitAfterN(s string, sep string, n int) []string
func SplitN(s string, sep string, n int) []string
func ToLower(s string) string
func ToUpper(s string) string
func Trim(s string, cutset string) string
func TrimFunc(s string, f func(rune) bool) string
func TrimLeft(s string, cutset string) string
func TrimLeftFunc(s string, f func(rune) bool) string
func TrimPrefix(s string, prefix string) string
func TrimRight(s string, cutset string) string
func TrimRightFunc(s string, f func(rune) bool) string
func TrimSpace(s string) string
func TrimSuffix(s string, suffix string) string
type Builder struct{ addr *Builder; buf []byte }
func (*Builder) String() string
func (*Builder) Len() int
func (*Builder) Cap() int
func (*Builder) Reset()
func (*Builder) Grow(n int)
func (*Builder) Write(p []byte) (int, error)
func (*Builder) WriteByte(c byte) error
func (*Builder) WriteRune(r rune) (int, error)
func (*Builder) WriteString(s string) (int, error)
type Reader struct{ x_ int }
func (*Reader) Len() int
func (*Reader) Size() int64
func (*Reader) Read(b []byte) (n int, err error)
func (*Reader) ReadAt(b []byte, off int64) (n int, err error)
func (*Reader) ReadByte() (byte, error)
func (*Reader) UnreadByte() error
func (*Reader) ReadRune() (ch rune, size int, err error)
func (*Reader) UnreadRune() error
func (*Reader) Seek(offset int64, whence int) (int64, error)
func (*Reader) WriteTo(w io.Writer) (n int64, err error)
func (*Reader) Reset(s string)
type Replacer struct{ x_ int }
func (*Replacer) Replace(s string) string
func (*Replacer) WriteString(w io.Writer, s string) (n int, err error)
)GO";
  if (path == "unicode") return R"GO(package unicode
const LowerCase = 1
const MaxASCII = 127
const MaxLatin1 = 255
const MaxRune = 1114111
const ReplacementChar = 65533
const UpperCase = 0
func In(r rune, ranges ...*RangeTable) bool
func Is(rangeTab *RangeTable, r rune) bool
func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsNumber(r rune) bool
func IsOneOf(ranges []*RangeTable, r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool
func SimpleFold(r rune) rune
func To(_case int, r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune
type CaseRange struct{ Lo uint32; Hi uint32; Delta [3]rune }
type Range16 struct{ Lo uint16; Hi uint16; Stride uint16 }
type Range32 struct{ Lo uint32; Hi uint32; Stride uint32 }
type RangeTable struct{ R16 []Range16; R32 []Range32; LatinOffset int }
type SpecialCase []CaseRange
func (SpecialCase) ToUpper(r rune) rune
func (SpecialCase) ToTitle(r rune) rune
func (SpecialCase) ToLower(r rune) rune
var Cyrillic *RangeTable
var Digit *RangeTable
var Greek *RangeTable
var Han *RangeTable
var Latin *RangeTable
var TurkishCase SpecialCase
)GO";
  if (path == "unicode/utf8") return R"GO(package utf8
const MaxRune = 1114111
const RuneError = 65533
const RuneSelf = 128
const UTFMax = 4
func AppendRune(p []byte, r rune) []byte
func DecodeLastRune(p []byte) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func DecodeRune(p []byte) (r rune, size int)
func DecodeRuneInString(s string) (r rune, size int)
func EncodeRune(p []byte, r rune) int
func FullRuneInString(s string) bool
func RuneCount(p []byte) int
func RuneCountInString(s string) (n int)
func RuneLen(r rune) int
func RuneStart(b byte) bool
func Valid(p []byte) bool
func ValidRune(r rune) bool
func ValidString(s string) bool
)GO";
  if (path == "os") return R"GO(package os
import "io"
type File struct{ x_ int }
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Close() error
func (f *File) Name() string
var Stdin *File
var Stdout *File
var Stderr *File
var Args []string
func Exit(code int)
func Getenv(key string) string
var _ io.Writer = (*File)(nil)
)GO";
  return nullptr;
}
}  // namespace

// ---------------------------------------------------------------------------
// Annotation completeness: every expression of a correct program has a type
// and mode, every identifier its object, every selector its selection, every
// call its kind (the contract with the compiler, see core/syntax/ast.h).

namespace {
using namespace gs::syntax;

struct AnnotationChecker {
  const SourceSet& sources;
  std::vector<std::string> problems;
  std::function<void(Expr*)> visit;  // called on every expression (optional)

  void bad(const Node* n, const std::string& what) {
    if (problems.size() < 20) problems.push_back(sources.format(n->pos) + ": " + what);
  }

  void typed(const Expr* e) {
    if (!e->type) bad(e, "no type");
    if (e->mode == ExprMode::Invalid) bad(e, "invalid mode");
  }

  void typeExpr(Expr* e) {
    if (!e) return;
    if (visit) visit(e);
    if (e->mode != ExprMode::TypeExpr || !e->type) bad(e, "type expression not recorded");
    switch (e->kind) {
      case NodeKind::Ident: ident(static_cast<Ident*>(e)); break;
      case NodeKind::SelectorExpr: {
        auto* s = static_cast<SelectorExpr*>(e);
        if (!s->sel->obj) bad(s, "qualified type without object");
        break;
      }
      case NodeKind::ParenExpr: typeExpr(static_cast<ParenExpr*>(e)->x); break;
      case NodeKind::StarExpr: typeExpr(static_cast<StarExpr*>(e)->x); break;
      case NodeKind::ArrayType: {
        auto* a = static_cast<gs::syntax::ArrayType*>(e);
        if (a->len && a->len->kind != NodeKind::Ellipsis) expr(a->len);
        typeExpr(a->elem);
        break;
      }
      case NodeKind::MapType:
        typeExpr(static_cast<gs::syntax::MapType*>(e)->key);
        typeExpr(static_cast<gs::syntax::MapType*>(e)->value);
        break;
      case NodeKind::ChanType: typeExpr(static_cast<gs::syntax::ChanType*>(e)->elem); break;
      case NodeKind::FuncType: funcType(static_cast<gs::syntax::FuncType*>(e)); break;
      case NodeKind::StructType: fields(static_cast<gs::syntax::StructType*>(e)->fields, true); break;
      case NodeKind::IndexExpr: {
        auto* ix = static_cast<IndexExpr*>(e);
        if (!ix->instance) bad(ix, "type instantiation without instance");
        if (visit) typeExpr(ix->x);
        for (Expr* i : ix->indices) typeExpr(i);
        break;
      }
      default: break;
    }
  }

  void ident(Ident* id) {
    if (id->name != "_" && !id->obj) bad(id, "identifier " + id->name + " without object");
  }

  void fields(FieldList* fl, bool isStruct) {
    if (!fl) return;
    for (Field* f : fl->list) {
      for (Ident* n : f->names) ident(n);
      Expr* t = f->typeExpr;
      if (auto* el = t ? t->as<gs::syntax::Ellipsis>() : nullptr) {
        if (!el->type) bad(el, "variadic parameter type not recorded");
        typeExpr(el->elem);
      } else {
        typeExpr(t);
      }
      (void)isStruct;
    }
  }

  void funcType(gs::syntax::FuncType* ft) {
    fields(ft->typeParams, false);
    fields(ft->params, false);
    fields(ft->results, false);
  }

  void expr(Expr* e) {
    if (!e) return;
    if (visit) visit(e);
    if (e->mode == ExprMode::TypeExpr) {
      typeExpr(e);
      return;
    }
    typed(e);
    if (e->mode == ExprMode::Constant && !e->constant) bad(e, "constant without value");
    switch (e->kind) {
      case NodeKind::Ident: ident(static_cast<Ident*>(e)); break;
      case NodeKind::CompositeLit: {
        auto* c = static_cast<CompositeLit*>(e);
        if (c->typeExpr) typeExpr(c->typeExpr);
        bool structLit = e->type && underlying(e->type)->kind == gs::types::Kind::Struct;
        if (e->type && underlying(e->type)->kind == gs::types::Kind::Pointer) {
          auto* p = static_cast<gs::types::PointerType*>(underlying(e->type));
          structLit = underlying(p->elem)->kind == gs::types::Kind::Struct;
        }
        for (Expr* el : c->elts) {
          if (auto* kv = el->as<KeyValueExpr>()) {
            if (structLit) {
              if (auto* id = kv->key->as<Ident>(); !id || !id->obj) bad(kv, "struct literal key without field");
            } else {
              expr(kv->key);
            }
            expr(kv->value);
          } else {
            expr(el);
          }
        }
        break;
      }
      case NodeKind::FuncLit: {
        auto* f = static_cast<FuncLit*>(e);
        funcType(f->sig);
        if (!f->scope) bad(f, "function literal without scope");
        block(f->body);
        break;
      }
      case NodeKind::ParenExpr: expr(static_cast<ParenExpr*>(e)->x); break;
      case NodeKind::SelectorExpr: {
        auto* s = static_cast<SelectorExpr*>(e);
        if (!s->selection) {
          if (!s->sel->obj) bad(s, "selector without selection or object");
        } else {
          expr(s->x);
          if (!s->sel->obj) bad(s, "selector name without object");
        }
        break;
      }
      case NodeKind::IndexExpr: {
        auto* ix = static_cast<IndexExpr*>(e);
        expr(ix->x);
        if (ix->instance) {
          for (Expr* i : ix->indices) typeExpr(i);
        } else {
          for (Expr* i : ix->indices) expr(i);
        }
        break;
      }
      case NodeKind::SliceExpr: {
        auto* s = static_cast<SliceExpr*>(e);
        expr(s->x);
        expr(s->lo);
        expr(s->hi);
        expr(s->max);
        break;
      }
      case NodeKind::TypeAssertExpr: {
        auto* t = static_cast<TypeAssertExpr*>(e);
        expr(t->x);
        if (t->typeExpr) typeExpr(t->typeExpr);
        break;
      }
      case NodeKind::CallExpr: {
        auto* c = static_cast<CallExpr*>(e);
        if (c->callKind == CallKind::Unknown) bad(c, "call without kind");
        if (c->callKind == CallKind::Builtin) {
          if (c->builtin == Builtin::Make || c->builtin == Builtin::New) {
            typeExpr(c->args[0]);
            for (size_t i = 1; i < c->args.size(); i++) expr(c->args[i]);
            break;
          }
          if (c->builtin == Builtin::Offsetof) break;
          for (Expr* a : c->args) expr(a);
          break;
        }
        if (c->callKind == CallKind::Conversion) typeExpr(c->fun);
        else expr(c->fun);
        for (Expr* a : c->args) expr(a);
        break;
      }
      case NodeKind::StarExpr: expr(static_cast<StarExpr*>(e)->x); break;
      case NodeKind::UnaryExpr: expr(static_cast<UnaryExpr*>(e)->x); break;
      case NodeKind::BinaryExpr:
        expr(static_cast<BinaryExpr*>(e)->x);
        expr(static_cast<BinaryExpr*>(e)->y);
        break;
      default: break;
    }
  }

  void block(BlockStmt* b) {
    if (!b) return;
    for (Stmt* s : b->list) stmt(s);
  }

  void stmt(Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case NodeKind::DeclStmt: genDecl(static_cast<DeclStmt*>(s)->decl); break;
      case NodeKind::LabeledStmt: stmt(static_cast<LabeledStmt*>(s)->stmt); break;
      case NodeKind::ExprStmt: expr(static_cast<ExprStmt*>(s)->x); break;
      case NodeKind::SendStmt:
        expr(static_cast<SendStmt*>(s)->chan);
        expr(static_cast<SendStmt*>(s)->value);
        break;
      case NodeKind::IncDecStmt: expr(static_cast<IncDecStmt*>(s)->x); break;
      case NodeKind::AssignStmt: {
        auto* a = static_cast<AssignStmt*>(s);
        for (Expr* l : a->lhs) {
          if (auto* id = l->as<Ident>(); id && id->name == "_") continue;
          expr(l);
        }
        for (Expr* r : a->rhs) expr(r);
        break;
      }
      case NodeKind::GoStmt: expr(static_cast<GoStmt*>(s)->call); break;
      case NodeKind::DeferStmt: expr(static_cast<DeferStmt*>(s)->call); break;
      case NodeKind::ReturnStmt:
        for (Expr* r : static_cast<ReturnStmt*>(s)->results) expr(r);
        break;
      case NodeKind::BranchStmt: {
        auto* b = static_cast<BranchStmt*>(s);
        if (b->tok != Tok::Goto && !b->target) bad(b, "branch without target");
        break;
      }
      case NodeKind::BlockStmt: block(static_cast<BlockStmt*>(s)); break;
      case NodeKind::IfStmt: {
        auto* i = static_cast<IfStmt*>(s);
        stmt(i->init);
        expr(i->cond);
        block(i->body);
        stmt(i->els);
        break;
      }
      case NodeKind::SwitchStmt: {
        auto* sw = static_cast<SwitchStmt*>(s);
        stmt(sw->init);
        expr(sw->tag);
        for (Stmt* c : sw->body->list) {
          auto* cc = static_cast<CaseClause*>(c);
          for (Expr* e : cc->list) expr(e);
          for (Stmt* b : cc->body) stmt(b);
        }
        break;
      }
      case NodeKind::TypeSwitchStmt: {
        auto* ts = static_cast<TypeSwitchStmt*>(s);
        stmt(ts->init);
        bool bound = ts->assign && ts->assign->is<AssignStmt>();
        for (Stmt* c : ts->body->list) {
          auto* cc = static_cast<CaseClause*>(c);
          if (bound && !cc->implicitObj) bad(cc, "type switch clause without implicit object");
          for (Expr* e : cc->list) {
            if (e->mode != ExprMode::TypeExpr) expr(e);  // nil
            else typeExpr(e);
          }
          for (Stmt* b : cc->body) stmt(b);
        }
        break;
      }
      case NodeKind::SelectStmt:
        for (Stmt* c : static_cast<SelectStmt*>(s)->body->list) {
          auto* cc = static_cast<CommClause*>(c);
          stmt(cc->comm);
          for (Stmt* b : cc->body) stmt(b);
        }
        break;
      case NodeKind::ForStmt: {
        auto* f = static_cast<ForStmt*>(s);
        stmt(f->init);
        expr(f->cond);
        stmt(f->post);
        block(f->body);
        break;
      }
      case NodeKind::RangeStmt: {
        auto* r = static_cast<RangeStmt*>(s);
        for (Expr* k : {r->key, r->value}) {
          if (!k) continue;
          if (auto* id = k->as<Ident>(); id && id->name == "_") continue;
          expr(k);
        }
        expr(r->x);
        block(r->body);
        break;
      }
      default: break;
    }
  }

  void genDecl(GenDecl* d) {
    for (Spec* sp : d->specs) {
      if (auto* v = sp->as<ValueSpec>()) {
        for (Ident* n : v->names) ident(n);
        typeExpr(v->typeExpr);
        for (Expr* e : v->values) expr(e);
      } else if (auto* t = sp->as<TypeSpec>()) {
        ident(t->name);
        fields(t->typeParams, false);
        typeExpr(t->typeExpr);
      } else if (auto* im = sp->as<ImportSpec>()) {
        if (!im->obj) bad(im, "import without object");
      }
    }
  }

  void file(File* f) {
    for (Decl* d : f->decls) {
      if (auto* g = d->as<GenDecl>()) {
        genDecl(g);
      } else if (auto* fd = d->as<FuncDecl>()) {
        ident(fd->name);
        fields(fd->recv, false);
        funcType(fd->sig);
        block(fd->body);
      }
    }
  }
};
}  // namespace

// Prints every expression's recorded type and mode (compare with go/types).
TEST(TypesDriver, Dump) {
  const char* path = std::getenv("TYPES_DUMP_FILE");
  if (!path) GTEST_SKIP();
  Checked c(readFile(path));
  if (!c.diags.empty()) GTEST_SKIP();
  std::vector<std::string> lines;
  AnnotationChecker ac{c.sources, {}, [&](Expr* e) {
                         std::string mode;
                         switch (e->mode) {
                           case ExprMode::TypeExpr: mode = "type"; break;
                           case ExprMode::Builtin: mode = "builtin"; break;
                           case ExprMode::NoValue: mode = "novalue"; break;
                           case ExprMode::Constant: mode = "const " + e->constant->exactString(); break;
                           case ExprMode::Variable: mode = "variable"; break;
                           default: mode = "value"; break;
                         }
                         std::string t = e->type ? typeString(e->type, c.pkg) : "<nil>";
                         lines.push_back(std::to_string(e->pos.line) + ":" + std::to_string(e->pos.col) + "\t" + t +
                                         "\t" + mode);
                       }};
  ac.file(c.file);
  std::sort(lines.begin(), lines.end());
  for (auto& l : lines) std::printf("%s\n", l.c_str());
}

// Checks the annotations of the program in $TYPES_CHECK_FILE.
TEST(TypesDriver, Annotations) {
  const char* path = std::getenv("TYPES_CHECK_FILE");
  if (!path) GTEST_SKIP();
  Checked c(readFile(path));
  if (!c.diags.empty()) GTEST_SKIP();
  AnnotationChecker ac{c.sources, {}, nullptr};
  ac.file(c.file);
  for (auto& p : ac.problems) std::printf("%s\n", p.c_str());
}

namespace {
// All expressions of a checked program, by their source spelling.
struct ExprIndex {
  std::multimap<std::string, Expr*> byText;
  explicit ExprIndex(Checked& c) {
    AnnotationChecker ac{c.sources, {}, [this](Expr* e) { byText.emplace(exprString(e), e); }};
    ac.file(c.file);
  }
  // The type (as the compiler's error messages spell it) of the n-th
  // expression spelled `text`.
  std::string type(const std::string& text, int n = 0, const Package* pkg = nullptr) {
    auto r = byText.equal_range(text);
    for (auto it = r.first; it != r.second; ++it) {
      if (n-- == 0) return it->second->type ? typeString(it->second->type, pkg ? pkg : &dummy) : "<null>";
    }
    return "<missing>";
  }
  Expr* get(const std::string& text, int n = 0) {
    auto r = byText.equal_range(text);
    for (auto it = r.first; it != r.second; ++it)
      if (n-- == 0) return it->second;
    return nullptr;
  }
  Package dummy;
};
}  // namespace

TEST(TypesCheck, RecordedTypesOfUntypedConstants) {
  Checked c(R"(package main

import "fmt"

type T struct{ a int }

func (t *T) M() int { return t.a }

func main() {
	var x float64 = 1
	y := 2.5
	var i interface{} = 3
	var p *T = nil
	c := 'a'
	fmt.Println(x, y, i, p, c, 1<<3, "s"+"t", 7)
	if p == nil {
	}
	var t T
	_ = t.M()
	const k = 10
	var u uint8 = k + 1
	_ = u
	var f func(int) = nil
	_ = f
	var e error = nil
	_ = e
}
)");
  ASSERT_EQ(c.errors(), "");
  ExprIndex ix(c);
  c.pkg->name = "main";
  EXPECT_EQ(ix.type("1", 0, c.pkg), "float64");
  EXPECT_EQ(ix.type("2.5", 0, c.pkg), "float64");
  EXPECT_EQ(ix.type("3", 0, c.pkg), "int");
  EXPECT_EQ(ix.type("nil", 0, c.pkg), "*T");
  EXPECT_EQ(ix.type("'a'", 0, c.pkg), "rune");
  EXPECT_EQ(ix.type("1 << 3", 0, c.pkg), "int");
  EXPECT_EQ(ix.type("\"s\" + \"t\"", 0, c.pkg), "string");
  EXPECT_EQ(ix.get("\"s\" + \"t\"")->constant->stringVal(), "st");
  EXPECT_EQ(ix.type("7", 0, c.pkg), "int");
  EXPECT_EQ(ix.type("k + 1", 0, c.pkg), "uint8");
  EXPECT_EQ(ix.get("k + 1")->constant->int64Val(), 11);
  EXPECT_EQ(ix.type("nil", 2, c.pkg), "func(int)");
  EXPECT_EQ(ix.type("nil", 3, c.pkg), "error");
  EXPECT_EQ(ix.type("p == nil", 0, c.pkg), "untyped bool");
  EXPECT_EQ(ix.type("nil", 1, c.pkg), "*T");
  Expr* call = ix.get("t.M");
  ASSERT_NE(call, nullptr);
  auto* sel = call->as<SelectorExpr>();
  ASSERT_NE(sel->selection, nullptr);
  EXPECT_EQ(sel->selection->kind, SelectionKind::MethodVal);
  EXPECT_EQ(sel->selection->obj->name, "M");
  auto* pl = ix.get("fmt.Println");
  ASSERT_NE(pl, nullptr);
  EXPECT_EQ(pl->as<SelectorExpr>()->selection, nullptr);
  EXPECT_EQ(pl->as<SelectorExpr>()->sel->obj->qualifiedName(), "fmt.Println");
}

TEST(TypesCheck, ShiftsConversionsAndTypeSwitches) {
  Checked c(R"(package main

import "fmt"

const (
	KB = 1 << (10 * (iota + 1))
	MB
)

func main() {
	var s uint = 3
	x := 1 << s
	var y int64 = 2 << s
	fmt.Println(x, y, 4<<s, float64(3), KB, MB)
	var v interface{} = 1
	switch t := v.(type) {
	case int, string:
		fmt.Println(t)
	case error:
		fmt.Println(t)
	}
}
)");
  ASSERT_EQ(c.errors(), "");
  ExprIndex ix(c);
  EXPECT_EQ(typeString(ix.get("1 << s")->as<BinaryExpr>()->x->type, c.pkg), "int");  // the shifted 1
  EXPECT_EQ(ix.type("1 << s", 0, c.pkg), "int");
  EXPECT_EQ(typeString(ix.get("2 << s")->as<BinaryExpr>()->x->type, c.pkg), "int64");
  EXPECT_EQ(ix.type("4 << s", 0, c.pkg), "int");
  Expr* f = ix.get("float64(3)");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->mode, ExprMode::Constant);
  EXPECT_EQ(f->as<CallExpr>()->callKind, CallKind::Conversion);
  EXPECT_EQ(f->constant->float64Val(), 3.0);
  Expr* mb = ix.get("MB");
  ASSERT_NE(mb, nullptr);
  EXPECT_EQ(mb->constant->int64Val(), 1 << 20);
  // Type switch clauses: one variable per clause.
  std::vector<std::string> types;
  for (Decl* d : c.file->decls) {
    auto* fd = d->as<FuncDecl>();
    if (!fd || fd->name->name != "main") continue;
    for (Stmt* st : fd->body->list) {
      if (auto* ts = st->as<TypeSwitchStmt>()) {
        for (Stmt* cs : ts->body->list)
          types.push_back(typeString(cs->as<CaseClause>()->implicitObj->type, c.pkg));
      }
    }
  }
  EXPECT_EQ(types, (std::vector<std::string>{"interface{}", "error"}));
}

TEST(TypesCheck, GenericsAnnotations) {
  Checked c(R"(package main

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func main() {
	var l *List[int]
	l = l.Push(1)
	_ = Map([]int{1}, func(i int) string { return "" })
	_ = Map[int, bool]
}
)");
  ASSERT_EQ(c.errors(), "");
  ExprIndex ix(c);
  Expr* push = ix.get("l.Push");
  ASSERT_NE(push, nullptr);
  auto* sel = push->as<SelectorExpr>()->selection;
  ASSERT_NE(sel, nullptr);
  auto* m = static_cast<Func*>(sel->obj);
  EXPECT_EQ(m->name, "Push");
  EXPECT_EQ(m->sig()->recvTypeParams.size(), 1u);  // the generic method
  EXPECT_EQ(typeString(push->type, c.pkg), "func(v int) *List[int]");
  EXPECT_EQ(m->fullName(), "main.(*List[...]).Push");
  Expr* call = ix.get("Map([]int{…}, func(i int) string {…})");
  ASSERT_NE(call, nullptr);
  Instance* inst = call->as<CallExpr>()->instance;
  ASSERT_NE(inst, nullptr);
  ASSERT_EQ(inst->typeArgs.size(), 2u);
  EXPECT_EQ(typeString(inst->typeArgs[1], c.pkg), "string");
  EXPECT_EQ(inst->generic->name, "Map");
  Expr* explicitInst = ix.get("Map[int, bool]");
  ASSERT_NE(explicitInst, nullptr);
  ASSERT_NE(explicitInst->as<IndexExpr>()->instance, nullptr);
  EXPECT_EQ(typeString(explicitInst->type, c.pkg), "func(xs []int, f func(int) bool) []bool");
  // Sizes of instances.
  auto* listObj = c.pkg->scope->lookupLocal("List");
  auto* inst2 = instantiate(c.ctx, listObj->type->as<NamedType>(), {c.ctx.basic(Kind::Int32)});
  EXPECT_EQ(sizeOf(inst2), 16);
}

TEST(TypesCheck, ImplicitInstancesOfGenericFunctionValues) {
  Checked c(R"(package main

func Double[T ~int | ~float64](x T) T { return x * 2 }

func Apply[T any](x T, f func(T) T) T { return f(x) }

func main() {
	_ = Apply(2.5, Double)
	var g func(int) int = Double
	_ = g
}
)");
  ASSERT_EQ(c.errors(), "");
  ExprIndex ix(c);
  Expr* d1 = ix.get("Double", 0);
  Expr* d2 = ix.get("Double", 1);
  ASSERT_NE(d1, nullptr);
  ASSERT_NE(d2, nullptr);
  ASSERT_EQ(c.pkg->implicitInstances.count(d1), 1u);
  ASSERT_EQ(c.pkg->implicitInstances.count(d2), 1u);
  std::set<std::string> targs;
  for (Expr* d : {d1, d2}) targs.insert(typeString(c.pkg->implicitInstances[d]->typeArgs[0], c.pkg));
  EXPECT_EQ(targs, (std::set<std::string>{"float64", "int"}));
  EXPECT_EQ(typeString(d2->type, c.pkg) == "func(x int) int" || typeString(d1->type, c.pkg) == "func(x int) int", true);
}

// Error-message regression table: each program with the errors Go 1.23
// (`go build`) reports for it, verified with the real toolchain.
namespace {
struct ErrorCase {
  const char* name;
  const char* src;
  const char* want;
};
const ErrorCase kErrorCases[] = {
    {"e01_ops", R"GO(package main

import "fmt"

type T struct{ a int }

func main() {
	var i int
	var s string
	var f float64
	var b bool
	var t T
	var p *T
	fmt.Println(i + s)
	fmt.Println(!i)
	fmt.Println(-s)
	fmt.Println(b + b)
	fmt.Println(f % 2)
	fmt.Println(t == t, p < p)
	fmt.Println(i && b)
	fmt.Println(^f)
}
)GO",
     R"GO(./prog.go:14:14: invalid operation: i + s (mismatched types int and string)
./prog.go:15:15: invalid operation: operator ! not defined on i (variable of type int)
./prog.go:16:15: invalid operation: operator - not defined on s (variable of type string)
./prog.go:17:14: invalid operation: operator + not defined on b (variable of type bool)
./prog.go:18:14: invalid operation: operator % not defined on f (variable of type float64)
./prog.go:19:22: invalid operation: p < p (operator < not defined on pointer)
./prog.go:20:14: invalid operation: i && b (mismatched types int and bool)
./prog.go:21:15: invalid operation: operator ^ not defined on f (variable of type float64)
)GO"},
    {"e02_ops2", R"GO(package main

import "fmt"

func main() {
	var sl []int
	var m map[string]int
	var fn func()
	fmt.Println(sl == sl)
	fmt.Println(m == m)
	fmt.Println(fn == fn)
	fmt.Println(sl == nil, m != nil, fn == nil)
	var x interface{} = 1
	fmt.Println(x == 1, x + 1)
	fmt.Println(1 << 1.5)
	var u uint = 3
	fmt.Println(1.5 << u)
	fmt.Println("a" * 2)
}
)GO",
     R"GO(./prog.go:9:14: invalid operation: sl == sl (slice can only be compared to nil)
./prog.go:10:14: invalid operation: m == m (map can only be compared to nil)
./prog.go:11:14: invalid operation: fn == fn (func can only be compared to nil)
./prog.go:14:22: invalid operation: x + 1 (mismatched types interface{} and int)
./prog.go:15:19: 1.5 (untyped float constant) truncated to uint
./prog.go:17:14: invalid operation: shifted operand 1.5 (untyped float constant) must be integer
./prog.go:18:14: invalid operation: "a" * 2 (mismatched types untyped string and untyped int)
)GO"},
    {"e03_assign", R"GO(package main

type T struct{}
type I interface{ M() }

func f() (int, string) { return 0, "" }

func main() {
	var a int = "x"
	var b string = 1.5
	var c uint8 = 256
	var d int8 = -129
	var e float32 = 1e50
	var g int = 2.5
	var h I = T{}
	var k []int = []string{}
	x, y := 1
	var z int
	z = f()
	_, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, g, h, k, x, y, z
}
)GO",
     R"GO(./prog.go:9:14: cannot use "x" (untyped string constant) as int value in variable declaration
./prog.go:10:17: cannot use 1.5 (untyped float constant) as string value in variable declaration
./prog.go:11:16: cannot use 256 (untyped int constant) as uint8 value in variable declaration (overflows)
./prog.go:12:15: cannot use -129 (untyped int constant) as int8 value in variable declaration (overflows)
./prog.go:13:18: cannot use 1e50 (untyped float constant 1e+50) as float32 value in variable declaration (overflows)
./prog.go:14:14: cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)
./prog.go:15:12: cannot use T{} (value of type T) as I value in variable declaration: T does not implement I (missing method M)
./prog.go:16:16: cannot use []string{} (value of type []string) as []int value in variable declaration
./prog.go:17:10: assignment mismatch: 2 variables but 1 value
./prog.go:19:6: assignment mismatch: 1 variable but f returns 2 values
./prog.go:19:6: too many errors
)GO"},
    {"e04_calls", R"GO(package main

func f(a int, b string) {}
func g(xs ...int)        {}
func h() (int, int)      { return 1, 2 }

type T struct{}

func (T) M(x int) {}

func main() {
	f(1)
	f(1, "a", 3)
	f("a", 1)
	g(1, 2, "x")
	g([]int{1}...)
	g(1, []int{2}...)
	f(h())
	var t T
	t.M()
	t.M("a")
	t.N()
	var x int
	x()
}
)GO",
     R"GO(./prog.go:12:4: not enough arguments in call to f
	have (number)
	want (int, string)
./prog.go:13:12: too many arguments in call to f
	have (number, string, number)
	want (int, string)
./prog.go:14:4: cannot use "a" (untyped string constant) as int value in argument to f
./prog.go:14:9: cannot use 1 (untyped int constant) as string value in argument to f
./prog.go:15:10: cannot use "x" (untyped string constant) as int value in argument to g
./prog.go:17:7: too many arguments in call to g
	have (number, []int)
	want (...int)
./prog.go:18:4: cannot use h() (value of type int) as string value in argument to f
./prog.go:20:2: not enough arguments in call to t.M
	have ()
	want (int)
./prog.go:21:6: cannot use "a" (untyped string constant) as int value in argument to t.M
./prog.go:22:4: t.N undefined (type T has no field or method N)
./prog.go:22:4: too many errors
)GO"},
    {"e05_decls", R"GO(package main

import (
	"fmt"
	"os"
	str "strings"
)

var g = 1
var g = 2

func dup() {}
func dup() {}

func main() {
	a := 1
	var b int
	c, d := 1, 2
	_ = c
	a := 2
	{
		e := 3
	}
	for i := 0; i < 3; i++ {
		j := i
	}
	fmt.Println(iota)
	var _ = _
}
)GO",
     R"GO(./prog.go:10:5: g redeclared in this block
	./prog.go:9:5: other declaration of g
./prog.go:13:6: dup redeclared in this block
	./prog.go:12:6: other declaration of dup
./prog.go:16:2: declared and not used: a
./prog.go:17:6: declared and not used: b
./prog.go:18:5: declared and not used: d
./prog.go:20:4: no new variables on left side of :=
./prog.go:22:3: declared and not used: e
./prog.go:25:3: declared and not used: j
./prog.go:27:14: cannot use iota outside constant declaration
./prog.go:28:10: cannot use _ as value or type
./prog.go:25:3: too many errors
)GO"},
    {"e06_consts", R"GO(package main

import "fmt"

const big = 1 << 100
const (
	a = iota * 10
	b
	c = "x"
	d
)

func main() {
	var x int = big
	var y int64 = 1 << 63
	var z = 10 / 0
	var w = 1.0 / 0.0
	var u uint = -1
	const s = "abc"
	fmt.Println(s[5], x, y, z, w, u, a, b, c, d)
	fmt.Println(1 << 2000)
	fmt.Println(int8(200), uint(-5), byte(300))
	fmt.Println(5 % 0)
}
)GO",
     R"GO(./prog.go:14:14: cannot use big (untyped int constant 1267650600228229401496703205376) as int value in variable declaration (overflows)
./prog.go:15:16: cannot use 1 << 63 (untyped int constant 9223372036854775808) as int64 value in variable declaration (overflows)
./prog.go:16:15: invalid operation: division by zero
./prog.go:17:16: invalid operation: division by zero
./prog.go:18:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
./prog.go:20:16: invalid argument: index 5 out of bounds [0:3]
./prog.go:21:19: invalid operation: invalid shift count 2000 (untyped int constant)
./prog.go:22:19: constant 200 overflows int8
./prog.go:22:30: constant -5 overflows uint
./prog.go:22:40: constant 300 overflows byte
./prog.go:22:40: too many errors
)GO"},
    {"e07_structs", R"GO(package main

import "fmt"

type P struct {
	X, Y int
	name string
}

func main() {
	a := P{1, 2}
	b := P{X: 1, Z: 2}
	c := P{X: 1, X: 2}
	d := P{1, Y: 2}
	e := P{1, 2, "a", 4}
	f := P{x: 1}
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(a.z, a.x)
	var m map[string]P
	m["a"].X = 5
	fmt.Println(P{}.Foo())
}
)GO",
     R"GO(./prog.go:11:13: too few values in struct literal of type P
./prog.go:12:15: unknown field Z in struct literal of type P
./prog.go:13:15: duplicate field name X in struct literal
./prog.go:14:12: mixture of field:value and value elements in struct literal
./prog.go:14:16: too few values in struct literal of type P
./prog.go:15:20: too many values in struct literal of type P
./prog.go:16:9: unknown field x in struct literal of type P, but does have X
./prog.go:18:16: a.z undefined (type P has no field or method z)
./prog.go:18:21: a.x undefined (type P has no field or method x, but does have field X)
./prog.go:20:2: cannot assign to struct field m["a"].X in map
./prog.go:20:2: too many errors
)GO"},
    {"e08_iface", R"GO(package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Sq struct{ s float64 }

func (q *Sq) Area() float64      { return q.s * q.s }
func (q Sq) Perimeter() float64  { return 4 * q.s }

type Circle struct{}

func (Circle) Area() int { return 0 }

func main() {
	var s Shape = Sq{1}
	var t Shape = Circle{}
	var u Shape = 42
	var e error = "oops"
	fmt.Println(s, t, u, e)
	var x interface{} = 1
	n := x.(Shape)
	var sh Shape = &Sq{}
	sq := sh.(Sq)
	fmt.Println(n, sq)
	var i int = 3
	_ = i.(int)
}
)GO",
     R"GO(./prog.go:20:16: cannot use Sq{…} (value of type Sq) as Shape value in variable declaration: Sq does not implement Shape (method Area has pointer receiver)
./prog.go:21:16: cannot use Circle{} (value of type Circle) as Shape value in variable declaration: Circle does not implement Shape (wrong type for method Area)
		have Area() int
		want Area() float64
./prog.go:22:16: cannot use 42 (constant of type int) as Shape value in variable declaration: int does not implement Shape (missing method Area)
./prog.go:23:16: cannot use "oops" (constant of type string) as error value in variable declaration: string does not implement error (missing method Error)
./prog.go:28:8: impossible type assertion: sh.(Sq)
	Sq does not implement Shape (method Area has pointer receiver)
./prog.go:31:6: invalid operation: i (variable of type int) is not an interface
)GO"},
    {"e10_switch", R"GO(package main

import "fmt"

func main() {
	x := 3
	switch x {
	case 1, 2:
	case 2:
	case "a":
	}
	var i interface{} = 1
	switch v := i.(type) {
	case int, string:
	case int:
	}
	switch i.(type) {
	case fmt.Stringer:
	}
	switch y := x.(type) {
	}
	var f func()
	switch f {
	}
	fmt.Println(x)
}
)GO",
     R"GO(./prog.go:9:7: duplicate case 2 (constant of type int) in expression switch
	./prog.go:8:10: previous case
./prog.go:10:7: cannot convert "a" (untyped string constant) to type int
./prog.go:13:9: v declared and not used
./prog.go:15:7: duplicate case int in type switch
	./prog.go:14:7: previous case
./prog.go:20:9: y declared and not used
./prog.go:20:14: x (variable of type int) is not an interface
)GO"},
    {"e11_builtins", R"GO(package main

import "fmt"

func main() {
	var i int
	var m map[string]int
	var ch chan int
	var rch <-chan int
	fmt.Println(len(i), cap(m))
	s := make(int)
	t := make([]int)
	u := make([]int, 1, 2, 3)
	v := new(5)
	var a []int
	a = append(a, "x")
	copy(a, "abc")
	delete(m, 1)
	delete(a, 1)
	close(rch)
	close(i)
	x := complex(1, "a")
	fmt.Println(s, t, u, v, x, ch, real("a"))
	panic()
}
)GO",
     R"GO(./prog.go:10:18: invalid argument: i (variable of type int) for built-in len
./prog.go:10:26: invalid argument: m (variable of type map[string]int) for built-in cap
./prog.go:11:12: invalid argument: cannot make int; type must be slice, map, or channel
./prog.go:12:7: invalid operation: make([]int) expects 2 or 3 arguments; found 1
./prog.go:13:7: invalid operation: make([]int, 1, 2, 3) expects 2 or 3 arguments; found 4
./prog.go:14:11: 5 is not a type
./prog.go:16:16: cannot use "x" (untyped string constant) as int value in argument to append
./prog.go:17:7: invalid argument: arguments to copy a (variable of type []int) and "abc" (untyped string constant) have different element types int and byte
./prog.go:18:12: cannot use 1 (untyped int constant) as string value in argument to delete
./prog.go:19:9: invalid argument: a (variable of type []int) is not a map
./prog.go:19:9: too many errors
)GO"},
    {"e12_conv", R"GO(package main

import "fmt"

type Celsius float64
type Meter int

func main() {
	var c Celsius = 10
	var m Meter = 3
	fmt.Println(c + m)
	fmt.Println(string(1.5))
	fmt.Println(int("12"))
	fmt.Println([]byte(5))
	var f float64 = 1.5
	fmt.Println(int(f), Meter(f), string(rune(65)))
	fmt.Println(bool(1))
	var p *int
	fmt.Println(uintptr(p))
	fmt.Println(float64("x"), []int("x"))
}
)GO",
     R"GO(./prog.go:11:14: invalid operation: c + m (mismatched types Celsius and Meter)
./prog.go:12:21: cannot convert 1.5 (untyped float constant) to type string
./prog.go:13:18: cannot convert "12" (untyped string constant) to type int
./prog.go:14:21: cannot convert 5 (untyped int constant) to type []byte
./prog.go:17:19: cannot convert 1 (untyped int constant) to type bool
./prog.go:19:22: cannot convert p (variable of type *int) to type uintptr
./prog.go:20:22: cannot convert "x" (untyped string constant) to type float64
./prog.go:20:34: cannot convert "x" (untyped string constant) to type []int
)GO"},
    {"e13_index", R"GO(package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	s := []int{1}
	m := map[string]int{}
	fmt.Println(arr[5], arr[-1], s[1.5], s["a"], m[1])
	str := "hello"
	str[0] = 'H'
	fmt.Println(arr[1:5], str[2:1], s[3:2:1])
	var x int
	fmt.Println(x[0])
	k := map[[]int]int{}
	fmt.Println(k, [3]int{1, 2, 3, 4}, [2]int{5: 1})
	fmt.Println(arr[1:2:3], str[1:2:3])
}
)GO",
     R"GO(./prog.go:9:18: invalid argument: index 5 out of bounds [0:3]
./prog.go:9:26: invalid argument: index -1 (constant of type int) must not be negative
./prog.go:9:33: 1.5 (untyped float constant) truncated to int
./prog.go:9:41: cannot convert "a" (untyped string constant) to type int
./prog.go:9:49: cannot use 1 (untyped int constant) as string value in map index
./prog.go:11:2: cannot assign to str[0] (neither addressable nor a map index expression)
./prog.go:12:20: invalid argument: index 5 out of bounds [0:4]
./prog.go:12:30: invalid slice indices: 1 < 2
./prog.go:12:38: invalid slice indices: 2 < 3
./prog.go:14:15: invalid operation: cannot index x (variable of type int)
./prog.go:14:15: too many errors
)GO"},
    {"e14_ptr_chan", R"GO(package main

import "fmt"

func f() int { return 1 }

func main() {
	p := &f()
	q := &5
	var x int
	fmt.Println(*x, p, q)
	ch := make(chan<- int)
	v := <-ch
	var rc <-chan int
	rc <- 1
	var n int
	n <- 1
	<-n
	fmt.Println(v)
	for range ch {
	}
}
)GO",
     R"GO(./prog.go:8:8: invalid operation: cannot take address of f() (value of type int)
./prog.go:9:8: invalid operation: cannot take address of 5 (untyped int constant)
./prog.go:11:15: invalid operation: cannot indirect x (variable of type int)
./prog.go:13:9: invalid operation: cannot receive from send-only channel ch (variable of type chan<- int)
./prog.go:15:2: invalid operation: cannot send to receive-only channel rc (variable of type <-chan int)
./prog.go:17:2: invalid operation: cannot send to non-channel n (variable of type int)
./prog.go:18:4: invalid operation: cannot receive from non-channel n (variable of type int)
./prog.go:20:12: cannot range over ch (variable of type chan<- int): receive from send-only channel
)GO"},
    {"e15_methods", R"GO(package main

type T struct{ x int }
type P *T
type I interface{ M() }

func (t T) x() {}
func (p P) M() {}
func (i I) N() {}
func (int) Q() {}
func (t *T) R() {}
func (t **T) S() {}

func main() {
	var t T
	T.R(t)
	(*T).R(&t)
	f := T.Nope
	_ = f
}
)GO",
     R"GO(./prog.go:7:12: field and method with the same name x
	./prog.go:3:16: other declaration of x
./prog.go:8:7: invalid receiver type P (pointer or interface type)
./prog.go:9:7: invalid receiver type I (pointer or interface type)
./prog.go:10:7: cannot define new methods on non-local type int
./prog.go:12:7: invalid receiver type **T
./prog.go:16:4: invalid method expression T.R (needs pointer receiver (*T).R)
./prog.go:18:9: T.Nope undefined (type T has no field or method Nope)
)GO"},
    {"e16_generics", R"GO(package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func Keys[K comparable, V any](m map[K]V) []K { return nil }

func main() {
	fmt.Println(Sum([]string{"a"}))
	fmt.Println(Sum[int, int]([]int{1}))
	var s Stack[int]
	s.Push("x")
	var st Stack
	fmt.Println(Keys[[]int, int](nil), st)
	x := Sum
	fmt.Println(x)
	var n Number
	fmt.Println(n)
}
)GO",
     R"GO(./prog.go:24:17: string does not satisfy Number (string missing in ~int | ~int64 | ~float64)
./prog.go:25:23: got 2 type arguments but want 1
./prog.go:27:9: cannot use "x" (untyped string constant) as int value in argument to s.Push
./prog.go:28:9: cannot use generic type Stack[T any] without instantiation
./prog.go:29:19: []int does not satisfy comparable
./prog.go:30:7: cannot use generic function Sum without instantiation
./prog.go:32:8: cannot use type Number outside a type constraint: interface contains type constraints
)GO"},
    {"e17_generics2", R"GO(package main

import "fmt"

type Ord interface{ ~int | ~string }

func Max[T Ord](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Apply[T, U any](xs []T, f func(T) U) []U { return nil }

type Pair[A, B any] struct {
	a A
	b B
}

func Bad[T any](a, b T) bool { return a == b }

func Add[T any](a, b T) T { return a + b }

func main() {
	fmt.Println(Max(1, 2.5))
	fmt.Println(Max(1, "a"))
	fmt.Println(Max([]int{}, []int{}))
	fmt.Println(Apply([]int{1}, func(s string) int { return 0 }))
	p := Pair[int]{1, 2}
	fmt.Println(p)
}
)GO",
     R"GO(./prog.go:21:39: invalid operation: a == b (incomparable types in type set)
./prog.go:23:36: invalid operation: operator + not defined on a (variable of type T constrained by any)
./prog.go:26:17: float64 does not satisfy Ord (float64 missing in ~int | ~string)
./prog.go:27:21: in call to Max, mismatched types untyped int and untyped string (cannot infer T)
./prog.go:28:17: []int does not satisfy Ord ([]int missing in ~int | ~string)
./prog.go:29:30: in call to Apply, type func(s string) int of func(s string) int {…} does not match inferred type func(int) U for func(T) U
./prog.go:30:7: not enough type arguments for type Pair: have 1, want 2
)GO"},
    {"e18_cycles", R"GO(package main

import "fmt"

var a = b + 1
var b = c * 2
var c = a

func f() int { return x }

var x = f()

type L struct {
	next L
}

type M struct {
	arr [2]M
}

const k1 = k2
const k2 = k1

func main() {
	fmt.Println(a, b, c, x)
}
)GO",
     R"GO(./prog.go:5:5: initialization cycle for a
	./prog.go:5:5: a refers to
	./prog.go:6:5: b refers to
	./prog.go:7:5: c refers to
	./prog.go:5:5: a
./prog.go:11:5: initialization cycle for x
	./prog.go:11:5: x refers to
	./prog.go:9:6: f refers to
	./prog.go:11:5: x
./prog.go:13:6: invalid recursive type: L refers to itself
./prog.go:17:6: invalid recursive type: M refers to itself
./prog.go:21:7: initialization cycle for k1
	./prog.go:21:7: k1 refers to
	./prog.go:22:7: k2 refers to
	./prog.go:21:7: k1
)GO"},
    {"e19_misc", R"GO(package main

import (
	"fmt"
	"strings"
)

func main() {
	x := 5
	x = x
	fmt.Println(strings.Nope, strings.toLower("a"))
	var y = fmt
	_ = _
	fmt.Println(len)
	var f = fmt.Println
	f = nil
	z := nil
	var w = nil
	fmt.Println(x, y, f, z, w)
	1 + 2
	fmt.Sprintf("x")
	x == 1
}
)GO",
     R"GO(./prog.go:11:22: undefined: strings.Nope
./prog.go:11:36: undefined: strings.toLower
./prog.go:12:10: use of package fmt not in selector
./prog.go:13:6: cannot use _ as value or type
./prog.go:14:14: len (built-in) must be called
./prog.go:17:7: use of untyped nil in assignment
./prog.go:18:10: use of untyped nil in variable declaration
./prog.go:20:2: 1 + 2 (untyped int constant 3) is not used
./prog.go:22:2: x == 1 (untyped bool value) is not used
)GO"},
    {"e20_labels", R"GO(package main

func main() {
L:
	for {
		break L
	}
M:
	for i := 0; i < 3; i++ {
		continue N
	}
	goto O
	break
	continue
	switch {
	case true:
		fallthrough
	}
}
)GO",
     R"GO(./prog.go:8:1: label M defined and not used
./prog.go:10:12: continue label not defined: N
./prog.go:12:7: label O not defined
./prog.go:13:2: break is not in a loop, switch, or select
./prog.go:14:2: continue is not in a loop
./prog.go:17:3: cannot fallthrough final case in switch
)GO"},
    {"e21_embed", R"GO(package main

import "fmt"

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

func (A) M() {}
func (B) M() {}

type D struct{ *A }

func main() {
	var c C
	fmt.Println(c.X)
	c.M()
	var d D
	d.M()
	fmt.Println(d.X)
	f := A.M
	g := (*A).M
	h := c.A.M
	fmt.Println(f, g, h)
	var e struct{ A }
	e.Y = 1
}
)GO",
     R"GO(./prog.go:19:16: ambiguous selector c.X
./prog.go:20:4: ambiguous selector c.M
./prog.go:29:4: e.Y undefined (type struct{A} has no field or method Y)
)GO"},
    {"e22_returns", R"GO(package main

import "fmt"

func f() (x int, err error) {
	{
		x := 5
		_ = x
		return
	}
}

func g() (int, error) {
	return 1, "err"
}

func h() int {
	return nil
}

func k() []int {
	return nil
}

func main() {
	fmt.Println(f())
	fmt.Println(g())
	fmt.Println(h(), k())
	a, b := g(), 1
	fmt.Println(a, b)
	var c int = g()
	fmt.Println(c)
}
)GO",
     R"GO(./prog.go:9:3: result parameter x not in scope at return
	./prog.go:7:3: inner declaration of var x int
./prog.go:14:12: cannot use "err" (constant of type string) as error value in return statement: string does not implement error (missing method Error)
./prog.go:18:9: cannot use nil as int value in return statement
./prog.go:29:10: multiple-value g() (value of type (int, error)) in single-value context
./prog.go:31:14: multiple-value g() (value of type (int, error)) in single-value context
)GO"},
    {"e23_closures", R"GO(package main

import "fmt"

func main() {
	count := 0
	inc := func() {
		count++
		unused := 1
	}
	inc()
	f := func(x int) int {
		return "x"
	}
	g := func() {
		return 1
	}
	fmt.Println(f(1), g)
	var h func(int) string = func(x int) int { return x }
	fmt.Println(h)
}
)GO",
     R"GO(./prog.go:9:3: declared and not used: unused
./prog.go:13:10: cannot use "x" (untyped string constant) as int value in return statement
./prog.go:16:10: too many return values
	have (number)
	want ()
./prog.go:19:27: cannot use func(x int) int {…} (value of type func(x int) int) as func(int) string value in variable declaration
)GO"},
    {"e24_consts2", R"GO(package main

import "fmt"

const x int8 = 100
const y = x * 2
const z uint8 = 255 + 1
const f float32 = 1e40
const s string = 5

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func main() {
	var i int = 1.0
	var j int = 1.5
	var k = Sunday + 1.5
	fmt.Println(y, z, f, s, i, j, k, Monday)
	const big = 1 << 64
	fmt.Println(big)
	var u64 uint64 = big - 1
	fmt.Println(u64)
}
)GO",
     R"GO(./prog.go:6:11: x * 2 (constant 200 of type int8) overflows int8
./prog.go:7:17: cannot use 255 + 1 (untyped int constant 256) as uint8 value in constant declaration (overflows)
./prog.go:8:19: cannot use 1e40 (untyped float constant 1e+40) as float32 value in constant declaration (overflows)
./prog.go:9:18: cannot use 5 (untyped int constant) as string value in constant declaration
./prog.go:20:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)
./prog.go:21:19: 1.5 (untyped float constant) truncated to int
./prog.go:24:14: cannot use big (untyped int constant 18446744073709551616) as int value in argument to fmt.Println (overflows)
)GO"},
    {"e25_assign2", R"GO(package main

import "fmt"

type T struct{ f int }

func get() T { return T{} }

const c = 1

func main() {
	s := "abc"
	s[0] = 'x'
	get().f = 1
	c = 2
	m := map[string]T{}
	m["a"].f = 1
	var a [3]int
	var b [4]int
	a = b
	var fn func(int)
	fn = func(s string) {}
	var ch chan int
	var sc chan<- int = ch
	var rc <-chan int = sc
	len("x") = 1
	fmt.Println(s, a, fn, sc, rc)
}
)GO",
     R"GO(./prog.go:13:2: cannot assign to s[0] (neither addressable nor a map index expression)
./prog.go:14:2: cannot assign to get().f (neither addressable nor a map index expression)
./prog.go:15:2: cannot assign to c (neither addressable nor a map index expression)
./prog.go:17:2: cannot assign to struct field m["a"].f in map
./prog.go:20:6: cannot use b (variable of type [4]int) as [3]int value in assignment
./prog.go:22:7: cannot use func(s string) {} (value of type func(s string)) as func(int) value in assignment
./prog.go:25:22: cannot use sc (variable of type chan<- int) as <-chan int value in variable declaration
./prog.go:26:2: cannot assign to len("x") (neither addressable nor a map index expression)
)GO"},
    {"e26_infer", R"GO(package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U { return nil }
func Id[T any](x T) T                        { return x }
func Zero[T any]() T                         { var z T; return z }

func main() {
	var f func(int) string = Map
	var g func(int) int = Id
	var h func() string = Zero
	var k func(string) int = Id
	fmt.Println(f, g, h, k)
	fmt.Println(Map([]int{1}, func(x int) string { return "" }))
	fmt.Println(Map([]int{1}, Id))
	fmt.Println(Id[int](1), Id(nil))
}
)GO",
     R"GO(./prog.go:10:27: type func(int) string of f does not match func(xs []T, f func(T) U) []U (cannot infer T and U)
./prog.go:13:27: inferred type func(x string) string for func(x T) T does not match type func(string) int of k
./prog.go:17:28: in call to Id, cannot infer T (/prog.go:6:9)
)GO"},
    {"e27_shifts", R"GO(package main

import "fmt"

func main() {
	var s uint = 3
	var f float64 = 1 << s
	var i = 1.5 << s
	g := 2.0 << s
	var t int = -1
	x := 1 << t
	y := 1 >> -1
	z := 1 << 1 << 2000
	fmt.Println(f, i, g, x, y, z)
	var u8 uint8 = 1 << 8
	fmt.Println(u8, 1<<s == 8)
	var c complex128 = 1 << s
	fmt.Println(c)
}
)GO",
     R"GO(./prog.go:7:18: invalid operation: shifted operand 1 (type float64) must be integer
./prog.go:8:10: invalid operation: shifted operand 1.5 (untyped float constant) must be integer
./prog.go:9:7: invalid operation: shifted operand 2.0 (type float64) must be integer
./prog.go:12:12: invalid operation: negative shift count -1 (untyped int constant)
./prog.go:13:17: invalid operation: invalid shift count 2000 (untyped int constant)
./prog.go:15:17: cannot use 1 << 8 (untyped int constant 256) as uint8 value in variable declaration (overflows)
./prog.go:17:21: invalid operation: shifted operand 1 (type complex128) must be integer
)GO"},
    {"e28_untyped", R"GO(package main

import "fmt"

func main() {
	a := 1 + 2.0
	var b int = a
	c := 'a' + 1.5
	d := "s" + 1
	e := true + false
	f := nil == nil
	var g interface{ M() } = 1
	h := -"x"
	fmt.Println(a, b, c, d, e, f, g, h)
	var i8 int8 = 127 + 1
	fmt.Println(i8, 1e1000)
}
)GO",
     R"GO(./prog.go:7:14: cannot use a (variable of type float64) as int value in variable declaration
./prog.go:9:7: invalid operation: "s" + 1 (mismatched types untyped string and untyped int)
./prog.go:10:7: invalid operation: operator + not defined on true (untyped bool constant)
./prog.go:11:14: invalid operation: nil == nil (operator == not defined on untyped nil)
./prog.go:12:27: cannot use 1 (constant of type int) as interface{M()} value in variable declaration: int does not implement interface{M()} (missing method M)
./prog.go:13:8: invalid operation: operator - not defined on "x" (untyped string constant)
./prog.go:15:16: cannot use 127 + 1 (untyped int constant 128) as int8 value in variable declaration (overflows)
./prog.go:16:18: cannot use 1e1000 (untyped float constant 1e+1000) as float64 value in argument to fmt.Println (overflows)
)GO"},
    {"e29_generr", R"GO(package main

import "fmt"

type C1 interface {
	~int | fmt.Stringer
}

type C2 interface {
	int | int
}

type C3 interface {
	~fmt.Stringer
}

type C4[T any] interface{ ~[]T }

func F[T C4[int]](x T) {}

type G[T any] struct{ v T }

func (g G[T]) Get() T   { return g.v }
func (g G[int]) Bad() {}

func H[T any](x T) {
	var y int = x
	_ = y
	_ = x.(int)
	switch x.(type) {
	}
}

func main() {
	F([]string{})
	var g G[int]
	fmt.Println(g.Get())
}
)GO",
     R"GO(./prog.go:6:9: cannot use fmt.Stringer in union (fmt.Stringer contains methods)
./prog.go:10:8: overlapping terms int and int
./prog.go:14:2: invalid use of ~ (fmt.Stringer is an interface)
./prog.go:27:14: cannot use x (variable of type T constrained by any) as int value in variable declaration
./prog.go:29:6: invalid operation: cannot use type assertion on type parameter value x (variable of type T constrained by any)
./prog.go:30:9: cannot use type switch on type parameter value x (variable of type T constrained by any)
./prog.go:35:3: in call to F, T (type []string) does not satisfy C4[int]
)GO"},
    {"e30_ifaceerr", R"GO(package main

type I interface {
	M()
	M()
}

type J interface {
	I
	N() int
}

type K interface {
	J
	N() string
}

type T struct{}

func (T) M()     {}
func (T) N() int { return 0 }

type R interface {
	R
}

func main() {
	var j J = T{}
	var k K = T{}
	var p *J
	p.N()
	_, _ = j, k
}
)GO",
     R"GO(./prog.go:5:2: duplicate method M
	./prog.go:4:2: other declaration of method M
./prog.go:14:2: duplicate method N
	./prog.go:15:2: other declaration of method N
./prog.go:23:6: invalid recursive type: R refers to itself
./prog.go:29:12: cannot use T{} (value of type T) as K value in variable declaration: T does not implement K (wrong type for method N)
		have N() int
		want N() string
./prog.go:31:4: p.N undefined (type *J is pointer to interface, not interface)
)GO"},
    {"e31_methoderr", R"GO(package main

import "strings"

type T int
type PT *T

func (s strings.Builder) X()      {}
func (x []int) Y()                {}
func (p PT) Z()                   {}
func (t T) t()                    {}
func (t T) Twice(a int, a string) {}
func (T) _()                      {}

type S struct{ f int }

func (S) f() {}

func main() {}
)GO",
     R"GO(./prog.go:8:7: cannot define new methods on non-local type strings.Builder
./prog.go:9:7: invalid receiver type []int
./prog.go:10:7: invalid receiver type PT (pointer or interface type)
./prog.go:12:25: a redeclared in this block
	./prog.go:12:18: other declaration of a
./prog.go:17:10: field and method with the same name f
	./prog.go:15:16: other declaration of f
)GO"},
    {"e32_imports", R"GO(package main

import (
	"fmt"
	"fmt"
	s "strings"
	. "strconv"
	_ "math"
	m "math"
)

var fmt = 1

func main() {
	fmt.Println(Itoa(1))
	_ = strings.ToUpper
}
)GO",
     R"GO(./prog.go:5:2: fmt redeclared in this block
	./prog.go:4:2: other declaration of fmt
./prog.go:5:2: "fmt" imported and not used
./prog.go:6:2: "strings" imported as s and not used
./prog.go:9:2: "math" imported as m and not used
./prog.go:12:5: fmt already declared through import of package fmt ("fmt")
	./prog.go:4:2: other declaration of fmt
./prog.go:16:6: undefined: strings
)GO"},
    {"e33_select", R"GO(package main

import "fmt"

func main() {
	ch := make(chan int)
	var x int
	select {
	case v := <-ch:
		fmt.Println(v)
	case ch <- "s":
	case x = <-ch:
	case x > 1:
	case v, ok := <-x:
		fmt.Println(v, ok)
	default:
	}
	fmt.Println(x)
	go func() {}
	defer recover()
	defer fmt.Sprint("x")
	go int(1)
}
)GO",
     R"GO(./prog.go:11:13: cannot use "s" (untyped string constant) as int value in send
./prog.go:13:9: select case must be send or receive (possibly with assignment)
./prog.go:14:18: invalid operation: cannot receive from non-channel x (variable of type int)
./prog.go:19:5: expression in go must be function call
./prog.go:22:5: go requires function call, not conversion int(1) (constant 1 of type int)
)GO"},
    {"e34_notused", R"GO(package main

import "fmt"

func f() int { return 1 }

func main() {
	x := 1
	x + 1
	f
	fmt.Println
	len("abc")
	"abc"
	nil
	int
	x == 2
	-x
	<-make(chan int)
	f()
	append([]int{}, 1)
	new(int)
	make([]int, 1)
	cap([]int{})
	complex(1, 2)
}
)GO",
     R"GO(./prog.go:9:2: x + 1 (value of type int) is not used
./prog.go:10:2: f (value of type func() int) is not used
./prog.go:11:2: fmt.Println (value of type func(a ...any) (n int, err error)) is not used
./prog.go:12:2: len("abc") (constant 3 of type int) is not used
./prog.go:13:2: "abc" (untyped string constant) is not used
./prog.go:14:2: nil is not used
./prog.go:15:2: int (type) is not an expression
./prog.go:16:2: x == 2 (untyped bool value) is not used
./prog.go:17:2: -x (value of type int) is not used
./prog.go:20:2: append([]int{}, 1) (value of type []int) is not used
./prog.go:20:2: too many errors
)GO"},
    {"e35_anoncycle", R"GO(package main

type I1 interface {
	F() interface{ I1 }
}

type I2 interface {
	F() interface{ I2 }
}

func main() {
	var a I1
	var b I2
	_ = a == b
}
)GO",
     R"GO(./prog.go:3:9: invalid recursive type: anonymous interface refers to itself (see https://go.dev/issue/56103)
./prog.go:7:9: invalid recursive type: anonymous interface refers to itself (see https://go.dev/issue/56103)
)GO"},
    {"e36_hugeconst", R"GO(package main

import "fmt"

const big = 1e1000000
const tiny = 1e-1000000

func main() {
	var f float64 = big
	var i int = tiny
	var g float64 = tiny
	fmt.Println(f, i, g, big/1e999990)
	const h = big * big
	var x int64 = 1e100000
	fmt.Println(x)
}
)GO",
     R"GO(./prog.go:9:18: cannot use big (untyped float constant 1e+1000000) as float64 value in variable declaration (overflows)
./prog.go:10:14: cannot use tiny (untyped float constant 1e-1000000) as int value in variable declaration (truncated)
./prog.go:14:16: cannot use 1e100000 (untyped float constant 1e+100000) as int64 value in variable declaration (truncated)
)GO"},
    {"e37_alias", R"GO(package main

import "fmt"

type MyInt = int
type Vec = []float64
type Fn = func(int) string
type P = *Vec
type Empty = interface{}

func main() {
	var a MyInt = "x"
	var v Vec = 1
	var f Fn = 2
	var p P = 3
	var e Empty
	b := a + "s"
	fmt.Println(a, v, f, p, e, b)
	var w []MyInt = []string{}
	fmt.Println(w)
	fmt.Printf("%T\n", a)
}
)GO",
     R"GO(./prog.go:12:16: cannot use "x" (untyped string constant) as MyInt value in variable declaration
./prog.go:13:14: cannot use 1 (untyped int constant) as Vec value in variable declaration
./prog.go:14:13: cannot use 2 (untyped int constant) as Fn value in variable declaration
./prog.go:15:12: cannot use 3 (untyped int constant) as P value in variable declaration
./prog.go:17:7: invalid operation: a + "s" (mismatched types MyInt and untyped string)
./prog.go:19:18: cannot use []string{} (value of type []string) as []MyInt value in variable declaration
)GO"},
};
}  // namespace

TEST(TypesErrors, MatchGo) {
  for (const ErrorCase& ec : kErrorCases) {
    Checked c(ec.src);
    EXPECT_EQ(c.errors(), ec.want) << ec.name;
  }
}

namespace {

// A prelude package checked lazily (as the driver checks the prelude), and
// a main package using it.
class LazyImporter : public Importer {
 public:
  LazyImporter(TypeContext& ctx, gs::syntax::AstArena& arena, gs::syntax::SourceSet& sources,
               gs::syntax::Diagnostics& diags, std::string src)
      : ctx_(ctx), arena_(arena), sources_(sources), diags_(diags), src_(std::move(src)) {}
  Package* importPackage(const std::string& path, std::string* err) override {
    if (path != "p") {
      *err = "package " + path + " is not in std";
      return nullptr;
    }
    if (pkg) return pkg;
    gs::syntax::SourceFile f;
    f.name = "p/p.go";
    f.text = src_;
    f.isPrelude = true;
    int32_t idx = sources_.add(f);
    gs::syntax::File* file = gs::syntax::parseFile(arena_, sources_, idx, diags_, true);
    pkg = checkPackage(ctx_, sources_, path, {file}, *this, diags_, true, &bodies);
    return pkg;
  }
  Package* pkg = nullptr;
  std::unique_ptr<LazyBodies> bodies;

 private:
  TypeContext& ctx_;
  gs::syntax::AstArena& arena_;
  gs::syntax::SourceSet& sources_;
  gs::syntax::Diagnostics& diags_;
  std::string src_;
};

}  // namespace

TEST(TypesLazy, ChecksTheBodiesAProgramReaches) {
  const char* lib = R"(package p

type T struct{ n int }

func (t T) Get() int { return helper(t.n) }

func helper(n int) int { return n }

type U struct{}

func (U) Unused() int { return unusedHelper() }

func unusedHelper() int { return 0 }

type Box struct{ t T }

func (b *Box) Inner() T { return b.t }

type Named struct{}

func (Named) String() string { return name() }

func name() string { return "named" }

func MakeAny() any { return Named{} }

func Exported() int { return 1 }

func NotCalled() int { return U{}.Unused() }

type List[E any] struct{ e E }

func (l *List[E]) Push(e E) { l.e = e; pushed() }

func pushed() {}

var initVal = initHelper()

func initHelper() int { return 2 }

func init() { initCalls() }

func initCalls() {}

func Native(x int) int

const Limit = 1 << 10

const Used = 7 * 6
)";
  const char* prog = R"(package main

import "p"

func main() {
	var b p.Box
	_ = b
	_ = p.MakeAny()
	_ = p.Exported()
	var l p.List[int]
	_ = l
	_ = p.Used
}
)";
  TypeContext ctx;
  gs::syntax::AstArena arena;
  gs::syntax::SourceSet sources;
  gs::syntax::Diagnostics diags, libDiags;
  LazyImporter imp(ctx, arena, sources, libDiags, lib);
  int32_t idx = sources.add(gs::syntax::SourceFile{"./prog.go", prog, false});
  gs::syntax::File* file = gs::syntax::parseFile(arena, sources, idx, diags);
  Package* mainPkg = checkPackage(ctx, sources, "main", {file}, imp, diags, false);
  ASSERT_EQ(diags.formatAll(sources), "");
  ASSERT_NE(imp.pkg, nullptr);
  ASSERT_NE(imp.bodies, nullptr);

  auto fn = [&](const std::string& name) -> Func* {
    size_t dot = name.find('.');
    if (dot == std::string::npos) return static_cast<Func*>(imp.pkg->scope->lookupLocal(name));
    auto* n = imp.pkg->scope->lookupLocal(name.substr(0, dot))->type->as<NamedType>();
    for (Func* m : n->methods)
      if (m->name == name.substr(dot + 1)) return m;
    return nullptr;
  };
  // Before: methods are declared and wait for their bodies; so do the
  // functions main uses and the one init calls. Other functions and the
  // constants are not even declared (no type). Only init and the bodies
  // variable initialization needs are checked, and natives have none.
  for (const char* name : {"T.Get", "Box.Inner", "Named.String", "List.Push", "U.Unused", "MakeAny", "Exported",
                           "initCalls"}) {
    ASSERT_NE(fn(name), nullptr) << name;
    EXPECT_TRUE(fn(name)->bodyWaiting) << name;
    EXPECT_EQ(fn(name)->decl->body, nullptr) << name;
  }
  for (const char* name : {"helper", "name", "pushed", "unusedHelper", "NotCalled"}) {
    ASSERT_NE(fn(name), nullptr) << name;
    EXPECT_EQ(fn(name)->type, nullptr) << name;
    EXPECT_EQ(fn(name)->decl->body, nullptr) << name;
  }
  EXPECT_FALSE(fn("initHelper")->bodyWaiting);
  EXPECT_NE(fn("initHelper")->decl->body, nullptr);
  EXPECT_FALSE(fn("Native")->bodyWaiting);
  EXPECT_EQ(imp.pkg->scope->lookupLocal("Limit")->type, nullptr);
  EXPECT_NE(imp.pkg->scope->lookupLocal("Used")->type, nullptr);

  ASSERT_EQ(imp.pkg->lazy, imp.bodies.get());
  checkNeededBodies({imp.pkg, mainPkg});
  EXPECT_EQ(libDiags.formatAll(sources), "");
  // Reached: a type that appears (Box) brings its methods, and so does a
  // type inside it (T, a field) or made in a reached body (Named); calls
  // bring their callees; an instantiated generic type its methods; init
  // functions what they call.
  for (const char* name : {"T.Get", "helper", "Box.Inner", "MakeAny", "Named.String", "name", "Exported",
                           "List.Push", "pushed", "initCalls"}) {
    EXPECT_FALSE(fn(name)->bodyWaiting) << name;
    EXPECT_NE(fn(name)->decl->body, nullptr) << name;
  }
  // Not reached: U appears only in a body nothing calls.
  EXPECT_TRUE(fn("U.Unused")->bodyWaiting);
  for (const char* name : {"U.Unused", "unusedHelper", "NotCalled"}) EXPECT_EQ(fn(name)->decl->body, nullptr) << name;
  EXPECT_EQ(fn("NotCalled")->type, nullptr);
  EXPECT_EQ(imp.pkg->scope->lookupLocal("Limit")->type, nullptr);
  // A body checked late is checked as it would have been: its expressions
  // carry their types.
  auto* ret = fn("helper")->decl->body->list[0]->as<gs::syntax::ReturnStmt>();
  ASSERT_NE(ret, nullptr);
  EXPECT_EQ(typeString(ret->results[0]->type, nullptr), "int");
}
