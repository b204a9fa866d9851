// Compiler tests: frame layout (the sizes the study note talks about), heap
// cells for captured variables, monomorphization, stack maps, bytecode.
#include <gtest/gtest.h>

#include <string>

#include "core/compile/driver.h"
#include "core/runtime/host.h"
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

class Capture : public rt::Host {
 public:
  void write(int fd, const char* d, size_t n) override { (fd == 1 ? out : err).append(d, n); }
  int64_t wallNanos() override { return 0; }
  int64_t monoNanos() override { return 0; }
  void sleepUntil(int64_t) override {}
  int readInput(std::string*, int64_t) override { return 0; }
  std::string out, err;
};

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
