// VM tests on hand-assembled programs: the opcode table, calls and returns,
// stack growth, panics and the disassembler.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "core/runtime/host.h"
#include "tests/unit/capture_host.h"
#include "core/vm/vm.h"

namespace gs::vm {
namespace {

using CaptureHost = testing::CaptureHost;

Instr I(Op op, int32_t a = 0, int32_t b = 0, int32_t c = 0, uint16_t aux = 0) {
  Instr in;
  in.op = static_cast<uint16_t>(op);
  in.aux = aux;
  in.a = a;
  in.b = b;
  in.c = c;
  return in;
}

// A program with the three stubs and room for functions.
struct Asm {
  Program p;
  Asm() {
    p.code = {I(Op::HALT), I(Op::PANICRESUME), I(Op::CALLINRET)};
    p.files.push_back("/tmp/x/prog.go");
  }
  int32_t func(const std::string& name, int32_t frameSize, int32_t argsEnd, std::vector<Instr> body) {
    FuncInfo f;
    f.name = name;
    f.file = 0;
    f.frameSize = frameSize;
    f.argsEnd = argsEnd;
    f.entry = static_cast<int32_t>(p.code.size());
    for (auto& in : body) p.code.push_back(in);
    f.end = static_cast<int32_t>(p.code.size());
    p.funcs.push_back(f);
    return static_cast<int32_t>(p.funcs.size() - 1);
  }
  void done(int32_t entry) {
    p.entryFunc = entry;
    p.lines.assign(p.code.size(), 7);
    p.finalize();
  }
};

// fib(n) = n < 2 ? n : fib(n-1) + fib(n-2); frame: n@16 result@24 t@32 out@48
int32_t addFib(Asm& a) {
  int32_t self = static_cast<int32_t>(a.p.funcs.size());
  int32_t base = static_cast<int32_t>(a.p.code.size());
  return a.func("main.fib", 80, 32,
                {I(Op::JGESI64, 16, 2, base + 3), I(Op::MOV64, 24, 16), I(Op::RET),
                 I(Op::ADDI64, 64, 16, -1), I(Op::CALL, self, 48), I(Op::MOV64, 32, 72),
                 I(Op::ADDI64, 64, 16, -2), I(Op::CALL, self, 48), I(Op::ADD64, 24, 32, 72),
                 I(Op::RET)});
}

TEST(VM, OpcodeTableIsConsistent) {
  for (uint16_t i = 0; i < static_cast<uint16_t>(Op::NumOps); i++) {
    const OpInfo& info = opInfo(static_cast<Op>(i));
    ASSERT_NE(info.mnemonic, nullptr);
    for (char k : {info.a, info.b, info.c}) EXPECT_NE(std::string("_SIKJFTGDN").find(k), std::string::npos) << info.mnemonic;
  }
  EXPECT_STREQ(opInfo(Op::ADD64).mnemonic, "add.64");
}

TEST(VM, RecursiveCallsGrowTheStack) {
  Asm a;
  int32_t fib = addFib(a);
  int32_t mainf = a.func("main.main", 64, 16,
                         {I(Op::MOVK64, 32, 25, 0), I(Op::CALL, fib, 16), I(Op::PRINTI, 40),
                          I(Op::PRINTNL), I(Op::RET)});
  a.done(mainf);
  CaptureHost host;
  VM vm(a.p, host, RunOptions{});
  EXPECT_EQ(vm.run(), 0);
  EXPECT_EQ(host.err, "75025\n");
}

// down(n): if n != 0 { down(n-1) }; frame: n@16, out@32 (header+param = 24)
TEST(VM, DeepRecursionGrowsTheStackByDoubling) {
  Asm a;
  int32_t self = static_cast<int32_t>(a.p.funcs.size());
  int32_t base = static_cast<int32_t>(a.p.code.size());
  int32_t down = a.func("main.down", 56, 24,
                        {I(Op::JNEI64, 16, 0, base + 2), I(Op::RET), I(Op::ADDI64, 48, 16, -1),
                         I(Op::CALL, self, 32), I(Op::RET)});
  int32_t mainf = a.func("main.main", 64, 16, {I(Op::MOVK64, 32, 1000, 0), I(Op::CALL, down, 16), I(Op::RET)});
  a.done(mainf);
  CaptureHost host;
  VM vm(a.p, host, RunOptions{});
  EXPECT_EQ(vm.run(), 0);
  // 1000 frames 32 bytes apart need 32 KiB: 2048 -> 4096 -> ... -> 32768.
  EXPECT_EQ(vm.currentG()->stackSize, 32768u);
  EXPECT_EQ(vm.currentG()->growths, 4u);
}

TEST(VM, StressStackMovesEveryCall) {
  Asm a;
  int32_t fib = addFib(a);
  int32_t mainf = a.func("main.main", 64, 16,
                         {I(Op::MOVK64, 32, 15, 0), I(Op::CALL, fib, 16), I(Op::PRINTI, 40), I(Op::RET)});
  a.done(mainf);
  CaptureHost host;
  RunOptions o;
  o.stressStack = true;
  VM vm(a.p, host, o);
  EXPECT_EQ(vm.run(), 0);
  EXPECT_EQ(host.err, "610");
}

TEST(VM, InfiniteRecursionIsAStackOverflow) {
  Asm a;
  int32_t self = 0;
  int32_t f = a.func("main.f", 64, 16, {I(Op::CALL, self, 32), I(Op::RET)});
  a.p.code[static_cast<size_t>(a.p.funcs[f].entry)].a = f;
  int32_t mainf = a.func("main.main", 64, 16, {I(Op::CALL, f, 16), I(Op::RET)});
  a.done(mainf);
  CaptureHost host;
  RunOptions o;
  o.maxStack = 1 << 20;
  VM vm(a.p, host, o);
  EXPECT_EQ(vm.run(), 2);
  EXPECT_EQ(host.err.rfind("runtime: goroutine stack exceeds 1048576-byte limit\n", 0), 0u) << host.err;
  EXPECT_NE(host.err.find("fatal error: stack overflow"), std::string::npos);
  EXPECT_NE(host.err.find("main.f(...)\n\t/tmp/x/prog.go:7"), std::string::npos);
}

TEST(VM, DisassemblerNamesOperands) {
  Asm a;
  int32_t fib = addFib(a);
  a.done(fib);
  std::string d = disassembleFunc(a.p, fib);
  EXPECT_NE(d.find("call         main.fib, R48"), std::string::npos) << d;
  EXPECT_NE(d.find("jgei.s64     R16, 2, @6"), std::string::npos) << d;
}

TEST(VM, FibSpeed) {
  Asm a;
  int32_t fib = addFib(a);
  int32_t mainf = a.func("main.main", 64, 16,
                         {I(Op::MOVK64, 32, 30, 0), I(Op::CALL, fib, 16), I(Op::PRINTI, 40), I(Op::RET)});
  a.done(mainf);
  CaptureHost host;
  VM vm(a.p, host, RunOptions{});
  auto t0 = std::chrono::steady_clock::now();
  EXPECT_EQ(vm.run(), 0);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(host.err, "832040");
  std::printf("fib(30) hand-assembled: %lld ms\n", static_cast<long long>(ms));
}

}  // namespace
}  // namespace gs::vm
