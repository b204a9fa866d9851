// Unit tests for core/escape through its public API (EscapeInfo): which
// variables move to the heap, how closures capture, the decision for each
// allocation site, box, variadic slice and go/defer closure, the reasons
// given to the heap panel, and the -m / -m=2 messages. The expectations were
// checked against real Go 1.23 (`go build -gcflags=-m=2`) on the same
// programs; the whole-program comparison with Go lives in tests/escape.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/escape/escape.h"
#include "core/syntax/parser.h"
#include "core/types/check.h"

using gs::escape::EscapeInfo;
namespace syn = gs::syntax;
namespace ty = gs::types;

namespace {

// The test programs import nothing: every import fails.
class NoImports : public ty::Importer {
 public:
  ty::Package* importPackage(const std::string& path, std::string* err) override {
    *err = "package " + path + " is not in std";
    return nullptr;
  }
};

// One program parsed, type-checked and analyzed.
struct Analyzed {
  ty::TypeContext ctx;
  syn::AstArena arena;
  syn::SourceSet sources;
  syn::Diagnostics diags;
  ty::Package* pkg = nullptr;
  EscapeInfo info;

  Analyzed(const std::string& src, int verbosity) {
    syn::SourceFile f;
    f.name = "./prog.go";
    f.text = src;
    int32_t idx = sources.add(f);
    syn::File* file = syn::parseFile(arena, sources, idx, diags);
    NoImports imp;
    if (diags.empty()) pkg = ty::checkPackage(ctx, sources, "main", {file}, imp, diags, false);
    if (pkg && diags.empty()) info = gs::escape::analyzeProgram(ctx, sources, {pkg}, verbosity);
  }
  bool ok() const { return pkg && diags.empty(); }
  std::string errors() const { return diags.formatAll(sources); }

  static std::set<std::string> names(const std::unordered_set<const ty::Var*>& vars) {
    std::set<std::string> out;
    for (const ty::Var* v : vars) out.insert(v->name);
    return out;
  }
  std::set<std::string> heap() const { return names(info.heapVars); }
  std::set<std::string> byValue() const { return names(info.capturedByValue); }
  const ty::Var* heapVar(const std::string& name) const {
    for (const ty::Var* v : info.heapVars)
      if (v->name == name) return v;
    return nullptr;
  }
  std::string reason(const void* key) const {
    auto it = info.reason.find(key);
    return it == info.reason.end() ? std::string("<none>") : it->second;
  }

  // The decisions of one map keyed by the source line of the key node (the
  // test programs have at most one site of each kind per line). A line with
  // two entries maps to -1 so that the test notices.
  template <class Map>
  static std::map<int, int> byLine(const Map& m) {
    std::map<int, int> out;
    for (const auto& [node, onHeap] : m) {
      int line = node->pos.line;
      out[line] = out.count(line) ? -1 : (onHeap ? 1 : 0);
    }
    return out;
  }
  // The key node of the allocation site on a line (null if none or several).
  const syn::Node* siteNode(int line) const {
    const syn::Node* found = nullptr;
    for (const auto& [node, onHeap] : info.siteOnHeap) {
      if (node->pos.line != line) continue;
      if (found) return nullptr;
      found = node;
    }
    return found;
  }
};

// Flows through variables, parameters, sizes and closures.
const char* kBasics = R"(package main

type T struct{ a, b int }

var sink *int
var fsink func() int

//go:noinline
func ret() *int {
	x := 1
	return &x
}

//go:noinline
func local() int {
	y := 2
	p := &y
	return *p
}

//go:noinline
func store(p *int) {
	sink = p
}

//go:noinline
func content(pp **int) int {
	return **pp
}

//go:noinline
func sites(n int) int {
	a := make([]int, 4)
	b := make([]int, n)
	c := new(T)
	d := &T{1, 2}
	sink = &d.a
	return len(a) + len(b) + c.a
}

//go:noinline
func closures() int {
	v := 1
	w := 2
	fsink = func() int { return v }
	w++
	g := func() int { w++; return w }
	return g()
}

//go:noinline
func loop(n int) *int {
	var keep *int
	for i := 0; i < n; i++ {
		z := i
		keep = &z
	}
	return keep
}

//go:noinline
func big() int {
	var huge [11 << 20]byte
	huge[1] = 1
	return int(huge[1])
}

func main() {
	println(*ret(), local(), content(nil), sites(1), closures(), loop(1), big())
	store(nil)
}
)";

TEST(Escape, HeapVars) {
  Analyzed a(kBasics, 0);
  ASSERT_TRUE(a.ok()) << a.errors();
  // x is returned by address, z's address outlives its loop iteration, huge
  // is over 10 MiB. y's address stays in its frame; parameters whose value
  // (not address) leaks are not moved; w is captured by a closure that does
  // not escape.
  EXPECT_EQ(a.heap(), (std::set<std::string>{"x", "z", "huge"}));
  EXPECT_TRUE(a.info.messages.empty()) << "no messages at verbosity 0";
}

TEST(Escape, Reasons) {
  Analyzed a(kBasics, 0);
  ASSERT_TRUE(a.ok()) << a.errors();
  ASSERT_NE(a.heapVar("huge"), nullptr);
  EXPECT_EQ(a.reason(a.heapVar("huge")), "too large for stack");
  ASSERT_NE(a.heapVar("x"), nullptr);
  EXPECT_EQ(a.reason(a.heapVar("x")), "returned by the function");
  ASSERT_NE(a.heapVar("z"), nullptr);
  EXPECT_EQ(a.reason(a.heapVar("z")), "its address is kept after its loop iteration ends");
  // &T{1, 2} (line 36): a field's address is stored in a global.
  const syn::Node* lit = a.siteNode(36);
  ASSERT_NE(lit, nullptr);
  EXPECT_EQ(a.reason(lit), "stored in a global or a heap object, or passed to a call that keeps it");
  // make([]int, n) (line 34) is in the heap because of its size alone.
  const syn::Node* mk = a.siteNode(34);
  ASSERT_NE(mk, nullptr);
  EXPECT_EQ(a.reason(mk), "non-constant size");
}

TEST(Escape, CaptureByValue) {
  Analyzed a(kBasics, 0);
  ASSERT_TRUE(a.ok()) << a.errors();
  // v is never reassigned: copied into the closure. w is incremented after
  // (and inside) a closure: captured by reference.
  std::set<std::string> bv = a.byValue();
  EXPECT_TRUE(bv.count("v"));
  EXPECT_FALSE(bv.count("w"));
  // By-reference capture by a closure that does not escape keeps w in the
  // frame (the closure holds its address).
  EXPECT_FALSE(a.heap().count("w"));
}

TEST(Escape, EscapingClosureReason) {
  Analyzed a(R"(package main

var f func() int

//go:noinline
func g() {
	y := 1
	f = func() int { y++; return y }
}

func main() { g() }
)",
             0);
  ASSERT_TRUE(a.ok()) << a.errors();
  EXPECT_EQ(a.heap(), (std::set<std::string>{"y"}));
  EXPECT_TRUE(a.byValue().empty()) << "y is reassigned in the closure: by reference";
  ASSERT_NE(a.heapVar("y"), nullptr);
  EXPECT_EQ(a.reason(a.heapVar("y")), "captured by reference by a closure that escapes");
}

TEST(Escape, Sites) {
  Analyzed a(kBasics, 0);
  ASSERT_TRUE(a.ok()) << a.errors();
  std::map<int, int> s = Analyzed::byLine(a.info.siteOnHeap);
  EXPECT_EQ(s[33], 0) << "make([]int, 4): constant and small";
  EXPECT_EQ(s[34], 1) << "make([]int, n): non-constant size";
  EXPECT_EQ(s[35], 0) << "new(T) used locally";
  EXPECT_EQ(s[36], 1) << "&T{1, 2}: a field's address is stored in a global";
  EXPECT_EQ(s[45], 1) << "func literal stored in a global";
  EXPECT_EQ(s[47], 0) << "func literal called in place";
}

TEST(Escape, SitesAreNamedWithoutMessages) {
  // Verbosity 0 (goroscope run): no -m lines, but every site of package
  // main has its -m text for the heap panel.
  Analyzed a(kBasics, 0);
  ASSERT_TRUE(a.ok()) << a.errors();
  EXPECT_TRUE(a.info.messages.empty());
  auto text = [&](int line) {
    const syn::Node* n = a.siteNode(line);
    if (!n) return std::string("<no single site>");
    auto it = a.info.siteText.find(n);
    return it == a.info.siteText.end() ? std::string("<none>") : it->second;
  };
  EXPECT_EQ(text(33), "make([]int, 4)");
  EXPECT_EQ(text(34), "make([]int, n)");
  EXPECT_EQ(text(35), "new(T)");
  EXPECT_EQ(text(36), "&T{...}");
  EXPECT_EQ(text(45), "func literal");
}

// A defer in a range-over-func body attaches to the enclosing function: it
// is never a top-level defer, so what it is passed escapes (Go: DeferAt).
const char* kRangeDefer = R"(package main

//go:noinline
func each(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

//go:noinline
func bump(p *int, k int) { *p += k }

//go:noinline
func inBody() int {
	w := 0
	for i := range each {
		defer bump(&w, i)
	}
	return w
}

//go:noinline
func topLevel() int {
	z := 0
	defer bump(&z, 1)
	return z
}

func main() { println(inBody(), topLevel()) }
)";

TEST(Escape, DeferInRangeFuncBodyEscapes) {
  Analyzed a(kRangeDefer, 0);
  ASSERT_TRUE(a.ok()) << a.errors();
  EXPECT_EQ(a.heap(), (std::set<std::string>{"w"}));
  std::map<int, int> d = Analyzed::byLine(a.info.deferOnHeap);
  ASSERT_TRUE(d.count(19) && d.count(27));
  EXPECT_EQ(d[19], 1) << "defer in a range-over-func body: heap";
  EXPECT_EQ(d[27], 0) << "top-level defer: frame";
}

TEST(Escape, MessagesM1) {
  Analyzed a(kBasics, 1);
  ASSERT_TRUE(a.ok()) << a.errors();
  std::string m = gs::escape::formatMessages(a.info, a.sources);
  // Go's -m lines, in Go's order within a function.
  EXPECT_NE(m.find("./prog.go:10:2: moved to heap: x\n"), std::string::npos) << m;
  EXPECT_NE(m.find("./prog.go:22:12: leaking param: p\n"), std::string::npos) << m;
  EXPECT_NE(m.find("./prog.go:27:14: pp does not escape\n"), std::string::npos) << m;
  EXPECT_NE(m.find("./prog.go:33:11: make([]int, 4) does not escape\n"
                   "./prog.go:34:11: make([]int, n) escapes to heap\n"
                   "./prog.go:35:10: new(T) does not escape\n"
                   "./prog.go:36:7: &T{...} escapes to heap\n"),
            std::string::npos)
      << m;
  EXPECT_NE(m.find("./prog.go:63:6: moved to heap: huge\n"), std::string::npos) << m;
  // -m has no flow explanations.
  EXPECT_EQ(m.find("flow:"), std::string::npos) << m;
}

TEST(Escape, MessagesM2) {
  Analyzed a(kBasics, 2);
  ASSERT_TRUE(a.ok()) << a.errors();
  std::string m = gs::escape::formatMessages(a.info, a.sources);
  EXPECT_NE(m.find("./prog.go:10:2: x escapes to heap:\n"
                   "./prog.go:10:2:   flow: ~r0 = &x:\n"
                   "./prog.go:10:2:     from &x (address-of) at ./prog.go:11:9\n"
                   "./prog.go:10:2:     from return &x (return) at ./prog.go:11:2\n"
                   "./prog.go:10:2: moved to heap: x\n"),
            std::string::npos)
      << m;
  EXPECT_NE(m.find("./prog.go:55:3:   flow: keep = &z:\n"), std::string::npos) << m;
  EXPECT_NE(m.find("./prog.go:63:6:     from huge (too large for stack) at ./prog.go:63:6\n"), std::string::npos)
      << m;
  EXPECT_NE(m.find("./prog.go:43:2: closures capturing by value: v (addr=false assign=false width=8)\n"),
            std::string::npos)
      << m;
  EXPECT_NE(m.find("./prog.go:44:2: closures capturing by ref: w (addr=false assign=true width=8)\n"),
            std::string::npos)
      << m;
}

// Interface boxes, variadic slices and go/defer closures.
const char* kImplicit = R"(package main

var gsink any

//go:noinline
func use(p *int) {}

//go:noinline
func vararg(xs ...int) int { return len(xs) }

var vsink []int

//go:noinline
func keep(xs ...int) { vsink = xs }

//go:noinline
func box(n int) bool {
	var local any = n
	gsink = n + 1
	return local == nil
}

//go:noinline
func dg(n int) {
	a, b := 1, 2
	defer use(&a)
	for i := 0; i < n; i++ {
		defer use(&b)
	}
	go use(nil)
	println(vararg(1, 2, 3))
	keep(4, 5)
}

func main() {
	println(box(1))
	dg(2)
}
)";

TEST(Escape, Boxes) {
  Analyzed a(kImplicit, 0);
  ASSERT_TRUE(a.ok()) << a.errors();
  std::map<int, int> boxes = Analyzed::byLine(a.info.boxOnHeap);
  EXPECT_EQ(boxes[18], 0) << "any(n) kept in a local";
  EXPECT_EQ(boxes[19], 1) << "any(n + 1) stored in a global";
}

TEST(Escape, VariadicSlices) {
  Analyzed a(kImplicit, 0);
  ASSERT_TRUE(a.ok()) << a.errors();
  std::map<int, int> v = Analyzed::byLine(a.info.variadicOnHeap);
  EXPECT_EQ(v[31], 0) << "vararg's xs does not escape";
  EXPECT_EQ(v[32], 1) << "keep stores xs in a global";
}

TEST(Escape, GoAndDefer) {
  Analyzed a(kImplicit, 0);
  ASSERT_TRUE(a.ok()) << a.errors();
  std::map<int, int> d = Analyzed::byLine(a.info.deferOnHeap);
  EXPECT_EQ(d[26], 0) << "defer at the function's top level: frame";
  EXPECT_EQ(d[28], 1) << "defer in a loop: heap";
  EXPECT_EQ(d[30], 1) << "go statement: always heap";
  // b's address is held by a heap-allocated deferred call: b moves; a's by
  // a frame-allocated one: a stays.
  EXPECT_EQ(a.heap(), (std::set<std::string>{"b"}));
  ASSERT_NE(a.heapVar("b"), nullptr);
  EXPECT_EQ(a.reason(a.heapVar("b")), "used by a go statement or by a deferred call in a loop");
}

TEST(Escape, ImplicitMessages) {
  Analyzed a(kImplicit, 1);
  ASSERT_TRUE(a.ok()) << a.errors();
  std::string m = gs::escape::formatMessages(a.info, a.sources);
  EXPECT_NE(m.find("./prog.go:18:18: n does not escape\n"), std::string::npos) << m;
  EXPECT_NE(m.find("./prog.go:19:12: n + 1 escapes to heap\n"), std::string::npos) << m;
  EXPECT_NE(m.find("./prog.go:25:5: moved to heap: b\n"), std::string::npos) << m;
  EXPECT_NE(m.find("./prog.go:31:16: ... argument does not escape\n"), std::string::npos) << m;
  EXPECT_NE(m.find("./prog.go:32:6: ... argument escapes to heap\n"), std::string::npos) << m;
}

// Mutually recursive functions are analyzed in one batch, and a callee
// analyzed earlier is summarized by its tags.
const char* kTags = R"(package main

var sink *int

//go:noinline
func even(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return odd(p, n-1)
}

//go:noinline
func odd(p *int, n int) *int {
	if n == 0 {
		sink = p
		return nil
	}
	return even(p, n-1)
}

//go:noinline
func id(q *int) *int { return q }

//go:noinline
func caller() int {
	r := 1
	s := 2
	t := id(&s)
	even(&r, 3)
	return *t
}

func main() {
	println(caller())
}
)";

TEST(Escape, TagsAndBatches) {
  Analyzed a(kTags, 1);
  ASSERT_TRUE(a.ok()) << a.errors();
  std::string m = gs::escape::formatMessages(a.info, a.sources);
  // odd stores p in a global, so even's p leaks too (same batch).
  EXPECT_NE(m.find("./prog.go:6:11: leaking param: p\n"), std::string::npos) << m;
  EXPECT_NE(m.find("./prog.go:14:10: leaking param: p\n"), std::string::npos) << m;
  EXPECT_NE(m.find("./prog.go:23:9: leaking param: q to result ~r0 level=0\n"), std::string::npos) << m;
  // id's tag says q only flows to its result, and t stays local: s stays in
  // the frame; r reaches the global through even.
  EXPECT_EQ(a.heap(), (std::set<std::string>{"r"}));
}

}  // namespace
