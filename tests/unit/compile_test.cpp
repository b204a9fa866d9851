// Compiler tests: frame layout (the sizes the study note talks about), heap
// cells for captured variables, monomorphization, stack maps, bytecode.
#include <gtest/gtest.h>

#include <string>

#include "core/compile/driver.h"
#include "core/runtime/host.h"
#include "tests/unit/capture_host.h"
#include "core/vm/vm.h"

namespace gs::compile {
namespace {

std::unique_ptr<vm::Program> buildOk(const std::string& src) {
  BuildInput in;
  in.source = src;
  BuildResult r = build(in);
  EXPECT_TRUE(r.ok) << r.errors;
  return std::move(r.program);
}

const vm::FuncInfo* findFunc(const vm::Program& p, const std::string& name) {
  for (const vm::FuncInfo& f : p.funcs)
    if (f.name == name) return &f;
  return nullptr;
}

const vm::SlotInfo* findSlot(const vm::FuncInfo& f, const std::string& name) {
  for (const vm::SlotInfo& s : f.slots)
    if (s.name == name) return &s;
  return nullptr;
}

using Capture = testing::CaptureHost;

int runProgram(const vm::Program& p, Capture* host) {
  vm::VM machine(p, *host, vm::RunOptions{});
  return machine.run();
}

TEST(Compile, FrameLayoutFollowsGoSizes) {
  auto p = buildOk(R"(package main

func add(a, b int, s string) (int, string) {
	c := a + b
	return c, s
}

func main() { println(add(1, 2, "x")) }
)");
  ASSERT_TRUE(p);
  const vm::FuncInfo* f = findFunc(*p, "main.add");
  ASSERT_NE(f, nullptr);
  // header 16, a@16 b@24 s@32 (16 bytes), results at 48 (int) and 56 (string)
  EXPECT_EQ(findSlot(*f, "a")->offset, 16);
  EXPECT_EQ(findSlot(*f, "b")->offset, 24);
  EXPECT_EQ(findSlot(*f, "s")->offset, 32);
  EXPECT_EQ(findSlot(*f, "s")->size, 16);
  EXPECT_EQ(findSlot(*f, "~r0")->offset, 48);
  EXPECT_EQ(findSlot(*f, "~r1")->offset, 56);
  EXPECT_EQ(f->argsEnd, 72);
  const vm::SlotInfo* c = findSlot(*f, "c");
  ASSERT_NE(c, nullptr);
  EXPECT_GE(c->offset, f->argsEnd);
  EXPECT_EQ(c->size, 8);
  EXPECT_EQ(f->frameSize % 16, 0);
  EXPECT_GE(f->frameSize, c->offset + c->size);
}

TEST(Compile, StructAndArrayLocalsHaveTheirGoSizes) {
  auto p = buildOk(R"(package main

type T struct {
	a bool
	b int64
	c int8
}

func f() int {
	var t T
	var buf [64]byte
	buf[3] = 1
	return int(buf[3]) + int(t.c)
}

func main() { println(f()) }
)");
  ASSERT_TRUE(p);
  const vm::FuncInfo* f = findFunc(*p, "main.f");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(findSlot(*f, "t")->size, 24);  // Go: bool, 7 padding, int64, int8, 7 padding
  EXPECT_EQ(findSlot(*f, "buf")->size, 64);
  Capture h;
  EXPECT_EQ(runProgram(*p, &h), 0);
  EXPECT_EQ(h.err, "1\n");
}

TEST(Compile, CapturedVariablesLiveInHeapCells) {
  auto p = buildOk(R"(package main

func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func main() {
	c := counter()
	c()
	println(c())
}
)");
  ASSERT_TRUE(p);
  const vm::FuncInfo* f = findFunc(*p, "main.counter");
  ASSERT_NE(f, nullptr);
  bool cell = false;
  for (const vm::SlotInfo& s : f->slots) cell = cell || (s.name == "n" && s.heapCell);
  EXPECT_TRUE(cell);
  EXPECT_NE(findFunc(*p, "main.counter.func1"), nullptr);
  Capture h;
  EXPECT_EQ(runProgram(*p, &h), 0);
  EXPECT_EQ(h.err, "2\n");
}

TEST(Compile, AddressTakenVariablesStayInTheFrameUnlessTheyEscape) {
  auto p = buildOk(R"(package main

//go:noinline
func inc(p *int) { *p++ }

var keep *int

func f() int {
	x := 1 // address taken, does not escape: a frame slot
	inc(&x)
	y := 2 // escapes through a global: a heap cell
	keep = &y
	return x + y
}

func main() { println(f()) }
)");
  ASSERT_TRUE(p);
  const vm::FuncInfo* f = findFunc(*p, "main.f");
  ASSERT_NE(f, nullptr);
  bool xCell = false, yCell = false;
  for (const vm::SlotInfo& s : f->slots) {
    if (s.name == "x" && s.heapCell) xCell = true;
    if (s.name == "y" && s.heapCell) yCell = true;
  }
  EXPECT_FALSE(xCell);
  EXPECT_TRUE(yCell);
  // The heap cell's allocation site names the variable and the reason.
  bool siteForY = false;
  for (const vm::AllocSite& s : p->allocSites)
    if (s.what == "moved to heap: y" && s.func >= 0 && p->funcs[static_cast<size_t>(s.func)].name == "main.f") {
      siteForY = true;
      EXPECT_FALSE(s.reason.empty());
      EXPECT_GT(s.line, 0);
    }
  EXPECT_TRUE(siteForY);
  Capture h;
  EXPECT_EQ(runProgram(*p, &h), 0);
  EXPECT_EQ(h.err, "4\n");
}

// Heap allocations (the heap's cumulative malloc count, runtime.MemStats's
// Mallocs) made by a loop whose new, &T{}, make, slice literal and closure
// do not escape: they all live in the frame, so running the loop 1000 times
// allocates exactly as much as running it 0 times. The same loop with an
// escaping &T{} makes one heap object per iteration.
const char* kAllocLoops = R"(package main

type T struct {
	a, b int
	p    *int
}

//go:noinline
func use(t *T) int { return t.a + t.b }

var sink *T

func stack(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		t := new(T)
		t.a = i
		u := &T{a: 1, b: i, p: &t.a}
		buf := make([]int, 8)
		buf[i%8] = i
		lit := []int{i, 2}
		add := func(k int) { s += k + u.b }
		add(use(t) + use(u) + buf[i%8] + lit[0])
	}
	return s
}

func heap(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		sink = &T{a: i}
		s += sink.a
	}
	return s
}

const N, M = NNN, MMM

func main() {
	println(stack(N), heap(M))
}
)";

uint64_t mallocsOf(int n, int m, std::string* out, bool stress = false) {
  std::string src = kAllocLoops;
  src.replace(src.find("NNN"), 3, std::to_string(n));
  src.replace(src.find("MMM"), 3, std::to_string(m));
  auto p = buildOk(src);
  if (!p) return 0;
  Capture h;
  vm::RunOptions o;
  o.stressStack = stress;
  vm::VM machine(*p, h, o);
  EXPECT_EQ(machine.run(), 0);
  *out = h.err;
  return machine.heap().stats().mallocs;
}

TEST(Compile, NonEscapingAllocationsMakeNoHeapObjects) {
  std::string out0, out1, out2, out3;
  uint64_t base = mallocsOf(0, 0, &out0);
  uint64_t stackLoop = mallocsOf(1000, 0, &out1);
  uint64_t heapLoop = mallocsOf(0, 1000, &out2);
  EXPECT_EQ(out0, "0 0\n");
  EXPECT_EQ(out1, "2498500 0\n");
  EXPECT_EQ(out2, "0 499500\n");
  EXPECT_EQ(stackLoop, base);
  EXPECT_EQ(heapLoop, base + 1000);
  // Under stress (the stack moves at every call) the results are the same.
  mallocsOf(1000, 0, &out3, true);
  EXPECT_EQ(out3, out1);
  // The frame sites are visible in the frame layout.
  auto p = buildOk(std::string(kAllocLoops).replace(std::string(kAllocLoops).find("NNN, MMM"), 8, "1, 1"));
  ASSERT_TRUE(p);
  const vm::FuncInfo* f = findFunc(*p, "main.stack");
  ASSERT_NE(f, nullptr);
  int sites = 0;
  for (const vm::SlotInfo& s : f->slots)
    if (s.name.rfind(".autotmp_", 0) == 0) sites++;
  EXPECT_EQ(sites, 5);  // new(T), &T{}, make's array, the literal's array, the closure
  // The escaping &T{} is a heap site named as -m names it, with escape
  // analysis's reason.
  bool heapSite = false;
  for (const vm::AllocSite& s : p->allocSites)
    if (s.what == "&T{...}" && p->funcs[static_cast<size_t>(s.func)].name == "main.heap") {
      heapSite = true;
      EXPECT_FALSE(s.reason.empty());
    }
  EXPECT_TRUE(heapSite);
}

TEST(Compile, GenericFunctionsAreCompiledPerInstantiation) {
  auto p = buildOk(R"(package main

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	println(Max(1, 2), Max(2.5, 1.5), Max("a", "b"), Max(3, 4))
}
)");
  ASSERT_TRUE(p);
  int n = 0;
  for (const vm::FuncInfo& f : p->funcs)
    if (f.name == "main.Max[...]") n++;
  EXPECT_EQ(n, 3);  // int, float64, string
  Capture h;
  EXPECT_EQ(runProgram(*p, &h), 0);
  EXPECT_EQ(h.err, "2 +2.500000e+000 b 4\n");
}

TEST(Compile, StackMapsListLivePointerSlots) {
  auto p = buildOk(R"(package main

func f(s string, p *int) int {
	q := p
	return len(s) + *q
}

func main() {
	x := 1
	println(f("ab", &x))
}
)");
  ASSERT_TRUE(p);
  const vm::FuncInfo* f = findFunc(*p, "main.f");
  ASSERT_NE(f, nullptr);
  // Entry map: the string's pointer word (16) and p (32).
  EXPECT_NE(std::find(f->ptrOffsets.begin(), f->ptrOffsets.end(), 16), f->ptrOffsets.end());
  EXPECT_NE(std::find(f->ptrOffsets.begin(), f->ptrOffsets.end(), 32), f->ptrOffsets.end());
  // Somewhere in the body q's slot is live in the stack map.
  int32_t qOff = findSlot(*f, "q")->offset;
  bool seen = false;
  for (int32_t pc = f->entry; pc < f->end; pc++) {
    int32_t m = p->ptrmapAt[static_cast<size_t>(pc)];
    if (m < 0) continue;
    const auto& words = p->ptrmaps[static_cast<size_t>(m)];
    seen = seen || std::find(words.begin(), words.end(), qOff) != words.end();
  }
  EXPECT_TRUE(seen);
}

TEST(Compile, DisassemblyShowsTypedOpcodes) {
  auto p = buildOk(R"(package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() { println(fib(10)) }
)");
  ASSERT_TRUE(p);
  int32_t idx = -1;
  for (size_t i = 0; i < p->funcs.size(); i++)
    if (p->funcs[i].name == "main.fib") idx = static_cast<int32_t>(i);
  ASSERT_GE(idx, 0);
  std::string d = vm::disassembleFunc(*p, idx);
  EXPECT_NE(d.find("jgei.s64"), std::string::npos) << d;
  EXPECT_NE(d.find("addi.64"), std::string::npos) << d;
  EXPECT_NE(d.find("call         main.fib"), std::string::npos) << d;
  EXPECT_NE(d.find("add.64"), std::string::npos) << d;
  Capture h;
  EXPECT_EQ(runProgram(*p, &h), 0);
  EXPECT_EQ(h.err, "55\n");
}

TEST(Compile, CompileErrorsUseGoWording) {
  BuildInput in;
  in.source = "package main\n\nfunc main() {\n\tx := 1\n}\n";
  BuildResult r = build(in);
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.errors, "./prog.go:4:2: declared and not used: x\n");
}

// Go has these packages; Goroscope does not provide them (yet): the error
// names the package instead of Go's "not in std".
TEST(Compile, UnsupportedStandardPackagesAreNamed) {
  BuildInput in;
  in.source = "package main\n\nimport \"net/http\"\n\nfunc main() { _ = http.StatusOK }\n";
  BuildResult r = build(in);
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.errors.find("package net/http is not supported in Goroscope"), std::string::npos) << r.errors;
  in.source = "package main\n\nimport \"no/such/pkg\"\n\nfunc main() {}\n";
  r = build(in);
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.errors.find("package no/such/pkg is not in std"), std::string::npos) << r.errors;
}

TEST(Compile, StressStackRunsTheSameProgram) {
  auto p = buildOk(R"(package main

func sum(xs []int, i int) int {
	if i == len(xs) {
		return 0
	}
	var pad [32]int
	pad[i%32] = xs[i]
	return pad[i%32] + sum(xs, i+1)
}

func main() {
	xs := make([]int, 500)
	for i := range xs {
		xs[i] = i
	}
	println(sum(xs, 0))
}
)");
  ASSERT_TRUE(p);
  Capture h1, h2;
  vm::RunOptions o;
  o.stressStack = true;
  vm::VM a(*p, h1, vm::RunOptions{});
  EXPECT_EQ(a.run(), 0);
  vm::VM b(*p, h2, o);
  EXPECT_EQ(b.run(), 0);
  EXPECT_EQ(h1.err, "124750\n");
  EXPECT_EQ(h2.err, h1.err);
  EXPECT_GT(a.currentG()->growths, 0u);
}

}  // namespace
}  // namespace gs::compile

namespace gs::compile {
namespace {

// The page reuses the build of its editor check (with the escape report)
// for the Run that follows: the report must not change the program, and a
// program must run the same the second time.
TEST(Compile, EscapeReportDoesNotChangeTheProgramAndAProgramRunsTwice) {
  const std::string src = R"(package main

import (
	"fmt"
	"strings"
)

type point struct{ x, y int }

func newPoint(x int) *point { return &point{x, x} }

func main() {
	p := newPoint(3)
	n := 0
	inc := func() { n++ }
	inc()
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d;", i)
	}
	fmt.Println(p.x, n, b.String(), []int{1, 2})
}
)";
  std::string listing[3];
  std::unique_ptr<vm::Program> programs[3];
  for (int v = 0; v < 3; v++) {
    BuildInput in;
    in.source = src;
    in.escapeVerbosity = v;
    BuildResult r = build(in);
    ASSERT_TRUE(r.ok) << r.errors;
    EXPECT_EQ(r.escapeMessages.empty(), v == 0);
    listing[v] = vm::disassemble(*r.program);
    for (const vm::AllocSite& s : r.program->allocSites) listing[v] += s.what + " | " + s.reason + "\n";
    programs[v] = std::move(r.program);
  }
  EXPECT_EQ(listing[1], listing[0]);
  EXPECT_EQ(listing[2], listing[0]);
  for (int run = 0; run < 2; run++) {
    Capture host;
    EXPECT_EQ(runProgram(*programs[1], &host), 0);
    EXPECT_EQ(host.out, "3 1 0;1;2; [1 2]\n") << "run " << run;
  }
}

}  // namespace
}  // namespace gs::compile
