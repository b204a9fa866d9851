// The dispatch loop.
//
// Registers kept in locals: pc (current instruction), fp (current frame),
// stackHi (end of the stack block). Anything that can move the stack or
// switch frames outside the loop (growth, panics, natives, call-ins) goes
// through SAVE() before and RELOAD() after, which write/read the G.
#include <cmath>
#include <algorithm>
#include <cstring>

#include "core/runtime/typeops.h"
#include "core/vm/vm.h"
#include "core/vm/vm_internal.h"

namespace gs::vm {

using rt::GoIface;
using rt::GoPtr;
using rt::GoSlice;
using rt::GoString;
using rt::load;
using rt::store;

#if defined(__GNUC__) || defined(__clang__)
#define GS_COMPUTED_GOTO 1
#endif

namespace {

template <class T> inline T wrapNeg(T x) {
  using U = std::make_unsigned_t<T>;
  return static_cast<T>(U(0) - static_cast<U>(x));
}

inline int64_t f64ToI64(double x) {
  // amd64 CVTTSD2SQ: out of range and NaN give the "integer indefinite" value.
  if (!(x > -9223372036854775808.0 - 1025.0 && x < 9223372036854775808.0)) return INT64_MIN;
  if (x <= -9223372036854775808.0) return INT64_MIN;
  return static_cast<int64_t>(x);
}

// Go's min/max on floats: a NaN argument gives NaN; -0 is less than +0.
inline double goMin(double x, double y) {
  if (x != x || y != y) return x != x ? x : y;
  if (x == 0 && y == 0) return std::signbit(x) ? x : y;
  return y < x ? y : x;
}
inline double goMax(double x, double y) {
  if (x != x || y != y) return x != x ? x : y;
  if (x == 0 && y == 0) return std::signbit(x) ? y : x;
  return y > x ? y : x;
}

inline uint64_t f64ToU64(double x) {
  // What Go's amd64 code sequence computes for uint64(f).
  if (x < 9223372036854775808.0) return static_cast<uint64_t>(f64ToI64(x));
  return static_cast<uint64_t>(f64ToI64(x - 9223372036854775808.0)) ^ (1ull << 63);
}

}  // namespace

VM::ExecResult VM::exec(uint32_t callInFp) {
  G* g = g_;
  switch_ = false;
  const Instr* const code = prog_.code.data();
  const FuncRT* const funcs = funcRT_.data();
  const Instr* pc = code + g->pc;
  uint8_t* fp = g->stack + g->fp;
  uint8_t* stackHi = g->stack + g->stackSize;
  uint8_t* const globals = globals_;
  int64_t budget = kSliceBudget;

#define SAVE()                                          \
  do {                                                  \
    g->fp = static_cast<uint32_t>(fp - g->stack);       \
    g->pc = static_cast<int32_t>(pc - code);            \
  } while (0)
#define RELOAD()                                        \
  do {                                                  \
    fp = g->stack + g->fp;                              \
    pc = code + g->pc;                                  \
    stackHi = g->stack + g->stackSize;                  \
  } while (0)
#define R(x) (fp + (x))
#define LD(T, x) load<T>(fp + (x))
#define ST(T, x, v) store<T>(fp + (x), static_cast<T>(v))
  // After anything that may have redirected execution (a panic, a native):
  // stop if the run is over, else continue where the G says.
#define RESUME()                                        \
  do {                                                  \
    if (stop_ != Stop::None || unwindCallIn_ || switch_) return finishExec(callInFp); \
    RELOAD();                                           \
    vmdispatch();                                       \
  } while (0)
#define THROW(msg, fault)                               \
  do {                                                  \
    SAVE();                                             \
    raiseRuntimeError(msg, fault, g->pc, g->fp);        \
    RESUME();                                           \
  } while (0)
#define NILPANIC() THROW("invalid memory address or nil pointer dereference", true)

  // A scheduling check point (back-edges and calls): when the time slice is
  // used up and another goroutine can run, this one goes to the back of the
  // run queue. Never inside a call-in (its C++ caller is waiting).
#define CHECKPOINT()                                    \
  do {                                                  \
    if (gcDue_ && callInFp == 0) {                      \
      SAVE();                                           \
      collect();                                        \
      RELOAD();                                         \
    }                                                   \
    if (--budget <= 0) {                                \
      budget = kSliceBudget;                            \
      steps_ += kSliceBudget;                           \
      if (callInFp == 0 && preemptDue()) {              \
        SAVE();                                         \
        runqPut(g);                                     \
        switch_ = true;                                 \
        return ExecResult::Switch;                      \
      }                                                 \
    }                                                   \
  } while (0)

#ifdef GS_COMPUTED_GOTO
  static void* const kLabels[] = {
#define OP(name, mnemonic, a, b, c, ext, doc) &&L_##name,
#include "core/vm/opcodes.def"
#undef OP
  };
#define vmdispatch() goto* kLabels[pc->op]
#define vmcase(name) L_##name:
#define vmnext(n)      \
  do {                 \
    pc += (n);         \
    vmdispatch();      \
  } while (0)
  vmdispatch();
#else
#define vmdispatch() goto dispatch
#define vmcase(name) case Op::name:
#define vmnext(n)      \
  do {                 \
    pc += (n);         \
    goto dispatch;     \
  } while (0)
dispatch:
  switch (static_cast<Op>(pc->op)) {
#endif

  // ---------------------------------------------------------------- movement
  vmcase(NOP) vmnext(1);
  vmcase(MOV8) ST(uint8_t, pc->a, LD(uint8_t, pc->b)); vmnext(1);
  vmcase(MOV16) ST(uint16_t, pc->a, LD(uint16_t, pc->b)); vmnext(1);
  vmcase(MOV32) ST(uint32_t, pc->a, LD(uint32_t, pc->b)); vmnext(1);
  vmcase(MOV64) ST(uint64_t, pc->a, LD(uint64_t, pc->b)); vmnext(1);
  vmcase(MOV128) {
    uint64_t lo = LD(uint64_t, pc->b), hi = LD(uint64_t, pc->b + 8);
    ST(uint64_t, pc->a, lo);
    ST(uint64_t, pc->a + 8, hi);
    vmnext(1);
  }
  vmcase(MOVN) std::memmove(R(pc->a), R(pc->b), static_cast<size_t>(pc->c)); vmnext(1);
  vmcase(MOVK8) ST(uint8_t, pc->a, pc->b); vmnext(1);
  vmcase(MOVK16) ST(uint16_t, pc->a, pc->b); vmnext(1);
  vmcase(MOVK32) ST(uint32_t, pc->a, pc->b); vmnext(1);
  vmcase(MOVK64) {
    uint64_t v = static_cast<uint32_t>(pc->b) | (static_cast<uint64_t>(static_cast<uint32_t>(pc->c)) << 32);
    ST(uint64_t, pc->a, v);
    vmnext(1);
  }
  vmcase(ZERO) std::memset(R(pc->a), 0, static_cast<size_t>(pc->b)); vmnext(1);
  vmcase(LEA) rt::storePtr(R(pc->a), R(pc->b)); vmnext(1);
  vmcase(GADDR) rt::storePtr(R(pc->a), globals + pc->b); vmnext(1);
  vmcase(GLOAD64) ST(uint64_t, pc->a, load<uint64_t>(globals + pc->b)); vmnext(1);
  vmcase(GSTORE64) store<uint64_t>(globals + pc->a, LD(uint64_t, pc->b)); vmnext(1);
  vmcase(GLOADN) std::memmove(R(pc->a), globals + pc->b, static_cast<size_t>(pc->c)); vmnext(1);
  vmcase(GSTOREN) std::memmove(globals + pc->a, R(pc->b), static_cast<size_t>(pc->c)); vmnext(1);
  vmcase(LSTR) {
    GoString s{rt::fromHost(statics_ + pc->b), pc->c};
    ST(GoString, pc->a, s);
    vmnext(1);
  }
  vmcase(FNVAL) rt::storePtr(R(pc->a), staticClosures_ + 8 * pc->b); vmnext(1);
  vmcase(TYPEVAL) rt::storePtr(R(pc->a), types_[pc->b]); vmnext(1);

  // ----------------------------------------------------------------- memory
#define GS_LOAD(T)                                      \
  {                                                     \
    uint8_t* p = rt::loadPtr(R(pc->b));                 \
    if (!p) NILPANIC();                                 \
    ST(T, pc->a, load<T>(p + pc->c));                   \
    vmnext(1);                                          \
  }
#define GS_STORE(T)                                     \
  {                                                     \
    uint8_t* p = rt::loadPtr(R(pc->a));                 \
    if (!p) NILPANIC();                                 \
    store<T>(p + pc->c, LD(T, pc->b));                  \
    vmnext(1);                                          \
  }
  vmcase(LOAD8) GS_LOAD(uint8_t)
  vmcase(LOAD16) GS_LOAD(uint16_t)
  vmcase(LOAD32) GS_LOAD(uint32_t)
  vmcase(LOAD64) GS_LOAD(uint64_t)
  vmcase(STORE8) GS_STORE(uint8_t)
  vmcase(STORE16) GS_STORE(uint16_t)
  vmcase(STORE32) GS_STORE(uint32_t)
  vmcase(STORE64) GS_STORE(uint64_t)
#undef GS_LOAD
#undef GS_STORE
  vmcase(LOADN) {
    uint8_t* p = rt::loadPtr(R(pc->b));
    if (!p) NILPANIC();
    std::memmove(R(pc->a), p + pc->aux, static_cast<size_t>(pc->c));
    vmnext(1);
  }
  vmcase(STOREN) {
    uint8_t* p = rt::loadPtr(R(pc->a));
    if (!p) NILPANIC();
    std::memmove(p + pc->aux, R(pc->b), static_cast<size_t>(pc->c));
    vmnext(1);
  }
  vmcase(ZEROP) {
    uint8_t* p = rt::loadPtr(R(pc->a));
    if (!p) NILPANIC();
    std::memset(p + pc->aux, 0, static_cast<size_t>(pc->b));
    vmnext(1);
  }
  vmcase(NILCHK) {
    if (LD(uint64_t, pc->a) == 0) NILPANIC();
    vmnext(1);
  }
  vmcase(ADDP) {
    uint8_t* p = rt::loadPtr(R(pc->b));
    if (!p) NILPANIC();
    rt::storePtr(R(pc->a), p + pc->c);
    vmnext(1);
  }
  vmcase(IDXADDR) {
    uint8_t* p = rt::loadPtr(R(pc->b));
    if (!p) NILPANIC();
    rt::storePtr(R(pc->a), p + LD(int64_t, pc->c) * pc->aux);
    vmnext(1);
  }
  vmcase(IDXADDRW) {
    uint8_t* p = rt::loadPtr(R(pc->b));
    if (!p) NILPANIC();
    rt::storePtr(R(pc->a), p + LD(int64_t, pc->c) * static_cast<int64_t>(pc[1].a));
    vmnext(2);
  }

  // ---------------------------------------------------------------- integers
#define GS_BIN(T, op) ST(T, pc->a, static_cast<T>(LD(T, pc->b) op LD(T, pc->c))); vmnext(1);
#define GS_CMP(T, op) ST(uint8_t, pc->a, LD(T, pc->b) op LD(T, pc->c)); vmnext(1);
#define GS_INT_WIDTH(W, S, U)                                                        \
  vmcase(ADD##W) GS_BIN(U, +)                                                        \
  vmcase(SUB##W) GS_BIN(U, -)                                                        \
  vmcase(MUL##W) GS_BIN(U, *)                                                        \
  vmcase(AND##W) GS_BIN(U, &)                                                        \
  vmcase(OR##W) GS_BIN(U, |)                                                         \
  vmcase(XOR##W) GS_BIN(U, ^)                                                        \
  vmcase(ANDN##W) ST(U, pc->a, static_cast<U>(LD(U, pc->b) & ~LD(U, pc->c))); vmnext(1); \
  vmcase(NEG##W) ST(U, pc->a, static_cast<U>(U(0) - LD(U, pc->b))); vmnext(1);       \
  vmcase(COM##W) ST(U, pc->a, static_cast<U>(~LD(U, pc->b))); vmnext(1);             \
  vmcase(DIVS##W) {                                                                  \
    S y = LD(S, pc->c);                                                              \
    if (y == 0) THROW("integer divide by zero", false);                              \
    S x = LD(S, pc->b);                                                              \
    ST(S, pc->a, y == -1 ? wrapNeg<S>(x) : static_cast<S>(x / y));                   \
    vmnext(1);                                                                       \
  }                                                                                  \
  vmcase(DIVU##W) {                                                                  \
    U y = LD(U, pc->c);                                                              \
    if (y == 0) THROW("integer divide by zero", false);                              \
    ST(U, pc->a, static_cast<U>(LD(U, pc->b) / y));                                 \
    vmnext(1);                                                                       \
  }                                                                                  \
  vmcase(REMS##W) {                                                                  \
    S y = LD(S, pc->c);                                                              \
    if (y == 0) THROW("integer divide by zero", false);                              \
    S x = LD(S, pc->b);                                                              \
    ST(S, pc->a, y == -1 ? S(0) : static_cast<S>(x % y));                            \
    vmnext(1);                                                                       \
  }                                                                                  \
  vmcase(REMU##W) {                                                                  \
    U y = LD(U, pc->c);                                                              \
    if (y == 0) THROW("integer divide by zero", false);                              \
    ST(U, pc->a, static_cast<U>(LD(U, pc->b) % y));                                  \
    vmnext(1);                                                                       \
  }                                                                                  \
  vmcase(SHL##W) {                                                                   \
    uint64_t n = LD(uint64_t, pc->c);                                                \
    ST(U, pc->a, n >= W ? U(0) : static_cast<U>(LD(U, pc->b) << n));                 \
    vmnext(1);                                                                       \
  }                                                                                  \
  vmcase(SHRS##W) {                                                                  \
    uint64_t n = LD(uint64_t, pc->c);                                                \
    S x = LD(S, pc->b);                                                              \
    ST(S, pc->a, n >= W ? (x < 0 ? S(-1) : S(0)) : static_cast<S>(x >> n));          \
    vmnext(1);                                                                       \
  }                                                                                  \
  vmcase(SHRU##W) {                                                                  \
    uint64_t n = LD(uint64_t, pc->c);                                                \
    ST(U, pc->a, n >= W ? U(0) : static_cast<U>(LD(U, pc->b) >> n));                 \
    vmnext(1);                                                                       \
  }                                                                                  \
  vmcase(EQ##W) GS_CMP(U, ==)                                                        \
  vmcase(NE##W) GS_CMP(U, !=)                                                        \
  vmcase(LTS##W) GS_CMP(S, <)                                                        \
  vmcase(LES##W) GS_CMP(S, <=)                                                       \
  vmcase(LTU##W) GS_CMP(U, <)                                                        \
  vmcase(LEU##W) GS_CMP(U, <=)
  GS_INT_WIDTH(8, int8_t, uint8_t)
  GS_INT_WIDTH(16, int16_t, uint16_t)
  GS_INT_WIDTH(32, int32_t, uint32_t)
  GS_INT_WIDTH(64, int64_t, uint64_t)
#undef GS_INT_WIDTH
  vmcase(ADDI64) ST(uint64_t, pc->a, LD(uint64_t, pc->b) + static_cast<uint64_t>(static_cast<int64_t>(pc->c))); vmnext(1);
  vmcase(MULI64) ST(uint64_t, pc->a, LD(uint64_t, pc->b) * static_cast<uint64_t>(static_cast<int64_t>(pc->c))); vmnext(1);
  vmcase(INC64) ST(uint64_t, pc->a, LD(uint64_t, pc->a) + static_cast<uint64_t>(static_cast<int64_t>(pc->b))); vmnext(1);
  vmcase(LTSI64) ST(uint8_t, pc->a, LD(int64_t, pc->b) < pc->c); vmnext(1);
  vmcase(EQI64) ST(uint8_t, pc->a, LD(int64_t, pc->b) == pc->c); vmnext(1);
  vmcase(SHLI64) ST(uint64_t, pc->a, LD(uint64_t, pc->b) << pc->c); vmnext(1);
  vmcase(SHRUI64) ST(uint64_t, pc->a, LD(uint64_t, pc->b) >> pc->c); vmnext(1);
  vmcase(SHRSI64) ST(int64_t, pc->a, LD(int64_t, pc->b) >> pc->c); vmnext(1);
  vmcase(ANDI64) ST(uint64_t, pc->a, LD(uint64_t, pc->b) & static_cast<uint64_t>(static_cast<int64_t>(pc->c))); vmnext(1);
  vmcase(MINS64) ST(int64_t, pc->a, std::min(LD(int64_t, pc->b), LD(int64_t, pc->c))); vmnext(1);
  vmcase(MAXS64) ST(int64_t, pc->a, std::max(LD(int64_t, pc->b), LD(int64_t, pc->c))); vmnext(1);
  vmcase(MINU64) ST(uint64_t, pc->a, std::min(LD(uint64_t, pc->b), LD(uint64_t, pc->c))); vmnext(1);
  vmcase(MAXU64) ST(uint64_t, pc->a, std::max(LD(uint64_t, pc->b), LD(uint64_t, pc->c))); vmnext(1);
  vmcase(MINF64) ST(double, pc->a, goMin(LD(double, pc->b), LD(double, pc->c))); vmnext(1);
  vmcase(MAXF64) ST(double, pc->a, goMax(LD(double, pc->b), LD(double, pc->c))); vmnext(1);
  vmcase(MINSTR) {
    GoString x = LD(GoString, pc->b), y = LD(GoString, pc->c);
    ST(GoString, pc->a, stringCompare(y, x) < 0 ? y : x);
    vmnext(1);
  }
  vmcase(MAXSTR) {
    GoString x = LD(GoString, pc->b), y = LD(GoString, pc->c);
    ST(GoString, pc->a, stringCompare(y, x) > 0 ? y : x);
    vmnext(1);
  }
  vmcase(RTERROR) {
    SAVE();
    raiseRuntimeError(std::string_view(reinterpret_cast<const char*>(statics_ + pc->a), static_cast<size_t>(pc->b)),
                      false, g->pc, g->fp);
    RESUME();
  }
  vmcase(SHCHK) {
    if (LD(int64_t, pc->a) < 0) {
      SAVE();
      raiseRuntimeError("negative shift amount", false, g->pc, g->fp);
      RESUME();
    }
    vmnext(1);
  }

  // ------------------------------------------------------------ conversions
  vmcase(SX8) ST(int64_t, pc->a, LD(int8_t, pc->b)); vmnext(1);
  vmcase(SX16) ST(int64_t, pc->a, LD(int16_t, pc->b)); vmnext(1);
  vmcase(SX32) ST(int64_t, pc->a, LD(int32_t, pc->b)); vmnext(1);
  vmcase(ZX8) ST(uint64_t, pc->a, LD(uint8_t, pc->b)); vmnext(1);
  vmcase(ZX16) ST(uint64_t, pc->a, LD(uint16_t, pc->b)); vmnext(1);
  vmcase(ZX32) ST(uint64_t, pc->a, LD(uint32_t, pc->b)); vmnext(1);
  vmcase(I64F64) ST(double, pc->a, static_cast<double>(LD(int64_t, pc->b))); vmnext(1);
  vmcase(U64F64) ST(double, pc->a, static_cast<double>(LD(uint64_t, pc->b))); vmnext(1);
  vmcase(I64F32) ST(float, pc->a, static_cast<float>(LD(int64_t, pc->b))); vmnext(1);
  vmcase(U64F32) ST(float, pc->a, static_cast<float>(LD(uint64_t, pc->b))); vmnext(1);
  vmcase(F64I64) ST(int64_t, pc->a, f64ToI64(LD(double, pc->b))); vmnext(1);
  vmcase(F64U64) ST(uint64_t, pc->a, f64ToU64(LD(double, pc->b))); vmnext(1);
  vmcase(F32I64) ST(int64_t, pc->a, f64ToI64(static_cast<double>(LD(float, pc->b)))); vmnext(1);
  vmcase(F32U64) ST(uint64_t, pc->a, f64ToU64(static_cast<double>(LD(float, pc->b)))); vmnext(1);
  vmcase(F64F32) ST(float, pc->a, static_cast<float>(LD(double, pc->b))); vmnext(1);
  vmcase(F32F64) ST(double, pc->a, static_cast<double>(LD(float, pc->b))); vmnext(1);

  // ---------------------------------------------------------- float, complex
#define GS_FLOAT(N, T)                                                         \
  vmcase(ADD##N) GS_BIN(T, +)                                                  \
  vmcase(SUB##N) GS_BIN(T, -)                                                  \
  vmcase(MUL##N) GS_BIN(T, *)                                                  \
  vmcase(DIV##N) GS_BIN(T, /)                                                  \
  vmcase(NEG##N) ST(T, pc->a, -LD(T, pc->b)); vmnext(1);                       \
  vmcase(EQ##N) GS_CMP(T, ==)                                                  \
  vmcase(NE##N) GS_CMP(T, !=)
  GS_FLOAT(F32, float)
  GS_FLOAT(F64, double)
#undef GS_FLOAT
  vmcase(LTF32) GS_CMP(float, <)
  vmcase(LEF32) GS_CMP(float, <=)
  vmcase(LTF64) GS_CMP(double, <)
  vmcase(LEF64) GS_CMP(double, <=)
#define GS_COMPLEX(N, T)                                                                  \
  vmcase(ADD##N) {                                                                        \
    T ar = LD(T, pc->b), ai = LD(T, pc->b + sizeof(T)), br = LD(T, pc->c), bi = LD(T, pc->c + sizeof(T)); \
    ST(T, pc->a, ar + br);                                                                \
    ST(T, pc->a + sizeof(T), ai + bi);                                                    \
    vmnext(1);                                                                            \
  }                                                                                       \
  vmcase(SUB##N) {                                                                        \
    T ar = LD(T, pc->b), ai = LD(T, pc->b + sizeof(T)), br = LD(T, pc->c), bi = LD(T, pc->c + sizeof(T)); \
    ST(T, pc->a, ar - br);                                                                \
    ST(T, pc->a + sizeof(T), ai - bi);                                                    \
    vmnext(1);                                                                            \
  }                                                                                       \
  vmcase(MUL##N) {                                                                        \
    /* Go multiplies complex64 in float64 and rounds the parts once. */                   \
    double ar = LD(T, pc->b), ai = LD(T, pc->b + sizeof(T)), br = LD(T, pc->c), bi = LD(T, pc->c + sizeof(T)); \
    ST(T, pc->a, ar * br - ai * bi);                                                      \
    ST(T, pc->a + sizeof(T), ar * bi + ai * br);                                          \
    vmnext(1);                                                                            \
  }                                                                                       \
  vmcase(DIV##N) {                                                                        \
    T ar = LD(T, pc->b), ai = LD(T, pc->b + sizeof(T)), br = LD(T, pc->c), bi = LD(T, pc->c + sizeof(T)); \
    T qr, qi;                                                                             \
    complexDiv(ar, ai, br, bi, &qr, &qi);                                                 \
    ST(T, pc->a, qr);                                                                     \
    ST(T, pc->a + sizeof(T), qi);                                                         \
    vmnext(1);                                                                            \
  }                                                                                       \
  vmcase(NEG##N) {                                                                        \
    T ar = LD(T, pc->b), ai = LD(T, pc->b + sizeof(T));                                   \
    ST(T, pc->a, -ar);                                                                    \
    ST(T, pc->a + sizeof(T), -ai);                                                        \
    vmnext(1);                                                                            \
  }                                                                                       \
  vmcase(EQ##N) {                                                                         \
    ST(uint8_t, pc->a, LD(T, pc->b) == LD(T, pc->c) && LD(T, pc->b + sizeof(T)) == LD(T, pc->c + sizeof(T))); \
    vmnext(1);                                                                            \
  }                                                                                       \
  vmcase(NE##N) {                                                                         \
    ST(uint8_t, pc->a, !(LD(T, pc->b) == LD(T, pc->c) && LD(T, pc->b + sizeof(T)) == LD(T, pc->c + sizeof(T)))); \
    vmnext(1);                                                                            \
  }
  GS_COMPLEX(C64, float)
  GS_COMPLEX(C128, double)
#undef GS_COMPLEX
#undef GS_BIN
#undef GS_CMP
  vmcase(NOT) ST(uint8_t, pc->a, !LD(uint8_t, pc->b)); vmnext(1);

  // ----------------------------------------------------------- control flow
  vmcase(JMP) pc = code + pc->a; vmdispatch();
  vmcase(LOOP) {
    pc = code + pc->a;
    CHECKPOINT();
    vmdispatch();
  }
  vmcase(JT) pc = LD(uint8_t, pc->a) ? code + pc->b : pc + 1; vmdispatch();
  vmcase(JF) pc = LD(uint8_t, pc->a) ? pc + 1 : code + pc->b; vmdispatch();
  vmcase(JLTS64) pc = LD(int64_t, pc->a) < LD(int64_t, pc->b) ? code + pc->c : pc + 1; vmdispatch();
  vmcase(JLES64) pc = LD(int64_t, pc->a) <= LD(int64_t, pc->b) ? code + pc->c : pc + 1; vmdispatch();
  vmcase(JGES64) pc = LD(int64_t, pc->a) >= LD(int64_t, pc->b) ? code + pc->c : pc + 1; vmdispatch();
  vmcase(JGTS64) pc = LD(int64_t, pc->a) > LD(int64_t, pc->b) ? code + pc->c : pc + 1; vmdispatch();
  vmcase(JEQ64) pc = LD(uint64_t, pc->a) == LD(uint64_t, pc->b) ? code + pc->c : pc + 1; vmdispatch();
  vmcase(JNE64) pc = LD(uint64_t, pc->a) != LD(uint64_t, pc->b) ? code + pc->c : pc + 1; vmdispatch();
  vmcase(JLTSI64) pc = LD(int64_t, pc->a) < pc->b ? code + pc->c : pc + 1; vmdispatch();
  vmcase(JGESI64) pc = LD(int64_t, pc->a) >= pc->b ? code + pc->c : pc + 1; vmdispatch();
  vmcase(JEQI64) pc = LD(int64_t, pc->a) == pc->b ? code + pc->c : pc + 1; vmdispatch();
  vmcase(JNEI64) pc = LD(int64_t, pc->a) != pc->b ? code + pc->c : pc + 1; vmdispatch();
  vmcase(JTAB) {
    int64_t i = LD(int64_t, pc->a);
    pc = (i >= 0 && i < pc->b) ? code + pc->c + i : pc + 1;
    vmdispatch();
  }

  // ------------------------------------------------------------------ calls
  {
    int32_t callee;
    uint8_t* nfp;
    GoPtr ctx;
  vmcase(CALL)
    callee = pc->a;
    nfp = fp + pc->b;
    ctx = 0;
  enter : {
    const FuncRT& f = funcs[callee];
    if (f.native) {
      SAVE();
      nativeFrame_ = static_cast<uint32_t>(nfp - g->stack);
      f.native(*this, nfp + kFrameHeader);
      if (pendingPanic_ || stop_ != Stop::None) {
        if (stop_ != Stop::None) return finishExec(callInFp);
        pendingPanic_ = false;
        startPanic(pendingValue_, pendingFault_, g->pc, g->fp);
        RESUME();
      }
      if (pendingGoexit_) {
        pendingGoexit_ = false;
        startGoexit(g->pc, g->fp);
        RESUME();
      }
      if (switch_) {
        if (callInFp != 0) {
          fatal("a goroutine blocked inside a call-in (e.g. a String method)");
          return finishExec(callInFp);
        }
        return ExecResult::Switch;
      }
      if (g->panic && callInPanicked_) {
        // A call-in inside the native panicked and the native let it go on.
        callInPanicked_ = false;
        continuePanic(g->pc, g->fp);
        RESUME();
      }
      RELOAD();
      vmnext(1);
    }
    if (nfp + f.frameSize > stackHi || (opts_.stressStack && stressDue(g->stackSize))) {
      SAVE();
      uint32_t nOff = static_cast<uint32_t>(nfp - g->stack);
      GoPtr oldLo = rt::fromHost(g->stack), oldHi = oldLo + g->stackSize;
      if (!growStack(static_cast<uint64_t>(nOff) + static_cast<uint64_t>(f.frameSize), callee, nOff)) {
        if (stop_ == Stop::None) stackOverflow(g->pc, g->fp);
        return finishExec(callInFp);
      }
      RELOAD();
      nfp = g->stack + nOff;
      // A closure kept in the caller's frame (escape analysis) moved too.
      if (ctx >= oldLo && ctx < oldHi) ctx = ctx - oldLo + rt::fromHost(g->stack);
    }
    store<uint32_t>(nfp, static_cast<uint32_t>(pc + 1 - code));
    store<uint32_t>(nfp + 4, static_cast<uint32_t>(fp - g->stack));
    store<uint64_t>(nfp + kCtxOffset, ctx);
    if (f.zeroFrom < f.frameSize) std::memset(nfp + f.zeroFrom, 0, static_cast<size_t>(f.frameSize - f.zeroFrom));
    fp = nfp;
    pc = code + f.entry;
    CHECKPOINT();
    vmdispatch();
  }
  vmcase(CALLC) {
    GoPtr fv = LD(uint64_t, pc->a);
    if (!fv) NILPANIC();
    callee = static_cast<int32_t>(load<int64_t>(rt::toHost(fv)));
    nfp = fp + pc->b;
    ctx = fv;
    goto enter;
  }
  vmcase(CALLN)
    callee = pc->a;
    nfp = fp + pc->b;
    ctx = 0;
    goto enter;
  vmcase(CALLI) {
    GoIface x = LD(GoIface, pc->a);
    if (x.type == 0) NILPANIC();
    const rt::RType* t = x.rtype();
    MethodCache& mc = methodCache_[static_cast<size_t>(pc->c)];
    if (mc.type != t) {
      const rt::RMethod* m = t->findMethod(prog_.selectors[static_cast<size_t>(pc->c)]);
      if (!m) {
        THROW("internal error: method not found in interface call", false);
      }
      mc.type = t;
      mc.func = m->func;
      // Does the function take the receiver by value while the interface
      // holds a pointer (a value method called through *T)?
      mc.derefSize = (!m->ptrRecv && t->kind == rt::RKind::Pointer && !t->elem->has(rt::kPointerShaped))
                         ? static_cast<int32_t>(t->elem->size)
                         : (!m->ptrRecv && !t->has(rt::kPointerShaped) ? static_cast<int32_t>(t->size) : -1);
      mc.derefPtrShaped = !m->ptrRecv && t->kind == rt::RKind::Pointer && t->elem->has(rt::kPointerShaped);
      mc.nilCheckName = (!m->ptrRecv && t->kind == rt::RKind::Pointer) ? 1 : 0;
    }
    callee = mc.func;
    nfp = fp + pc->b;
    ctx = 0;
    uint8_t* recv = nfp + pc->aux;
    // The receiver slot: a copy of the value for value methods, the data
    // word (pointer or pointer-shaped value) otherwise.
    if (mc.derefSize >= 0 || mc.derefPtrShaped) {
      uint8_t* src = rt::toHost(x.data);
      if (!src) {
        SAVE();
        raiseNilValueMethod(t, prog_.selectors[static_cast<size_t>(pc->c)]);
        RESUME();
      }
      if (mc.derefPtrShaped) {
        store<uint64_t>(recv, load<uint64_t>(src));
      } else {
        // The receiver may be larger than the 8 bytes the caller reserved:
        // make sure the callee's frame fits before writing it.
        const FuncRT& f = funcs[callee];
        if (nfp + f.frameSize > stackHi) {
          SAVE();
          uint64_t need = static_cast<uint64_t>(nfp - g->stack) + static_cast<uint64_t>(f.frameSize);
          if (!growStack(need, callee, static_cast<uint32_t>(nfp - g->stack))) {
            if (stop_ == Stop::None) stackOverflow(g->pc, g->fp);
            return finishExec(callInFp);
          }
          RELOAD();
          nfp = fp + pc->b;
          recv = nfp + pc->aux;
          src = rt::toHost(x.data);
        }
        std::memcpy(recv, src, static_cast<size_t>(mc.derefSize));
      }
    } else {
      store<uint64_t>(recv, x.data);
    }
    goto enter;
  }
  }
  vmcase(RET) {
    uint32_t rpc = load<uint32_t>(fp) & kRetPcMask;
    uint32_t cfp = load<uint32_t>(fp + 4);
    fp = g->stack + cfp;
    pc = code + rpc;
    vmdispatch();
  }
  vmcase(RUNDEFERS) {
    uint32_t here = static_cast<uint32_t>(fp - g->stack);
    Defer* d = g->defers;
    if (d && d->frameOff == here) {
      g->defers = d->next;
      GoPtr fn = d->fn;
      freeDefer(d);
      // Call fn on top of this frame; it returns to this same instruction,
      // which then runs the next deferred call or goes on.
      SAVE();
      pushCall(fn, here + static_cast<uint32_t>(pc->a), static_cast<int32_t>(static_cast<uint32_t>(g->pc) | kRetToRunDefers));
      RESUME();
    }
    vmnext(1);
  }
  vmcase(DEFER) {
    Defer* d = newDefer();
    d->fn = LD(uint64_t, pc->a);
    d->frameOff = static_cast<uint32_t>(fp - g->stack);
    d->retPc = pc->b;
    d->next = g->defers;
    g->defers = d;
    vmnext(1);
  }
  vmcase(DEFERAT) {
    // The newest deferred call of an enclosing frame: it goes below the
    // records of the frames above that one (the iterator and loop body).
    Defer* d = newDefer();
    d->fn = LD(uint64_t, pc->a);
    d->frameOff = static_cast<uint32_t>(LD(int64_t, pc->b));
    d->retPc = pc->c;
    Defer** at = &g->defers;
    while (*at && (*at)->frameOff > d->frameOff) at = &(*at)->next;
    d->next = *at;
    *at = d;
    vmnext(1);
  }
  vmcase(FRAMEOFF) ST(int64_t, pc->a, fp - g->stack); vmnext(1);
  vmcase(PANIC) {
    GoIface v = LD(GoIface, pc->a);
    SAVE();
    if (v.type == 0) v = makePanicNilError();
    startPanic(v, false, g->pc, g->fp);
    RESUME();
  }
  vmcase(RECOVER) {
    SAVE();
    ST(GoIface, pc->a, doRecover(g->fp));
    vmnext(1);
  }
  vmcase(PANICRESUME) {
    // A deferred call run by a panic returned; fp is the frame that was
    // running when the panic (or the latest nested one) started.
    SAVE();
    afterDeferredCall();
    RESUME();
  }
  vmcase(HALT) {
    SAVE();
    stop_ = Stop::Halt;
    return finishExec(callInFp);
  }
  vmcase(CALLINRET) {
    SAVE();
    return ExecResult::CallInReturned;
  }
  vmcase(EXIT) {
    SAVE();
    exitCode_ = static_cast<int>(LD(int64_t, pc->a));
    stop_ = Stop::Exit;
    return finishExec(callInFp);
  }

  // ------------------------------------------------------- goroutines
  vmcase(GO) {
    GoPtr fn = LD(uint64_t, pc->a);
    SAVE();
    if (!fn) {
      raiseRuntimeError("invalid memory address or nil pointer dereference", true, g->pc, g->fp);
      RESUME();
    }
    if (callInFp != 0) {
      fatal("go statement inside a call-in (e.g. a String method) is not supported");
      return finishExec(callInFp);
    }
    newG(fn, g->pc);
    if (stop_ != Stop::None) return finishExec(callInFp);
    // Under Go, idle processors start new goroutines at once; here they wait
    // for the creator's slice to end. Charging a go statement against the
    // slice keeps a spawning loop from piling up tens of thousands of
    // unstarted goroutines (memory) while staying deterministic.
    budget -= kGoStatementCost;
    vmnext(1);
  }
  vmcase(GOEND) {
    // The goroutine's first function returned.
    g->status = GStatus::Dead;
    switch_ = true;
    return ExecResult::Switch;
  }
  vmcase(MAKECHAN) {
    int64_t size = pc->c >= 0 ? LD(int64_t, pc->c) : 0;
    const rt::RType* ct = types_[pc->b];
    SAVE();
    if (size < 0 || (ct->elem->size > 0 && size > (int64_t(1) << 40) / ct->elem->size)) {
      raiseRuntimeError("makechan: size out of range", false, g->pc, g->fp);
      RESUME();
    }
    Chan* ch = makeChan(ct, size, siteOf(pc));
    if (stop_ != Stop::None) return finishExec(callInFp);
    rt::storePtr(R(pc->a), ch);
    vmnext(1);
  }
  vmcase(CHANSEND) {
    auto* ch = reinterpret_cast<Chan*>(rt::loadPtr(R(pc->a)));
    SAVE();
    ChanOp r = chanSend(ch, static_cast<uint32_t>(R(pc->b) - g->stack), true);
    if (r == ChanOp::Done) vmnext(1);
    if (r == ChanOp::Panicked) RESUME();
    if (callInFp != 0) {
      fatal("a goroutine blocked inside a call-in (e.g. a String method)");
      return finishExec(callInFp);
    }
    parkHere(ch ? "chan send" : "chan send (nil chan)", g->pc + 1, g->fp, reinterpret_cast<uint64_t>(ch));
    return ExecResult::Switch;
  }
  vmcase(CHANRECV) {
    auto* ch = reinterpret_cast<Chan*>(rt::loadPtr(R(pc->a)));
    SAVE();
    uint32_t elemOff = pc->b >= 0 ? static_cast<uint32_t>(R(pc->b) - g->stack) : UINT32_MAX;
    uint32_t okOff = pc->c >= 0 ? static_cast<uint32_t>(R(pc->c) - g->stack) : UINT32_MAX;
    ChanOp r = chanRecv(ch, elemOff, okOff, true);
    if (r == ChanOp::Done) vmnext(1);
    if (callInFp != 0) {
      fatal("a goroutine blocked inside a call-in (e.g. a String method)");
      return finishExec(callInFp);
    }
    parkHere(ch ? "chan receive" : "chan receive (nil chan)", g->pc + 1, g->fp, reinterpret_cast<uint64_t>(ch));
    return ExecResult::Switch;
  }
  vmcase(CHANCLOSE) {
    auto* ch = reinterpret_cast<Chan*>(rt::loadPtr(R(pc->a)));
    SAVE();
    if (!chanClose(ch)) RESUME();
    vmnext(1);
  }
  vmcase(CHANLEN) {
    auto* ch = reinterpret_cast<Chan*>(rt::loadPtr(R(pc->b)));
    ST(int64_t, pc->a, ch && !ch->timer ? ch->count : 0);
    vmnext(1);
  }
  vmcase(CHANCAP) {
    auto* ch = reinterpret_cast<Chan*>(rt::loadPtr(R(pc->b)));
    ST(int64_t, pc->a, ch && !ch->timer ? ch->cap : 0);
    vmnext(1);
  }
  vmcase(SELECT) {
    SAVE();
    if (doSelect(fp, pc)) vmnext(1 + pc->b);
    if (stop_ != Stop::None) return finishExec(callInFp);
    if (!switch_) RESUME();  // a panic (send on a closed channel)
    if (callInFp != 0) {
      fatal("a goroutine blocked inside a call-in (e.g. a String method)");
      return finishExec(callInFp);
    }
    return ExecResult::Switch;
  }

  // ------------------------------------------------------------- allocation
  vmcase(NEW) {
    const rt::RType* t = types_[pc->b];
    SAVE();
    uint8_t* p = alloc(static_cast<uint64_t>(t->size), t, pc->c);
    if (stop_ != Stop::None) return finishExec(callInFp);
    rt::storePtr(R(pc->a), p);
    vmnext(1);
  }
  vmcase(MKCLO) {
    SAVE();
    const rt::RType* ct = types_[pc->c];
    uint8_t* p = alloc(static_cast<uint64_t>(ct->size), ct, siteOf(pc));
    if (stop_ != Stop::None) return finishExec(callInFp);
    store<int64_t>(p, pc->b);
    rt::storePtr(R(pc->a), p);
    vmnext(1);
  }
  vmcase(BOX) {
    const rt::RType* t = types_[pc->c];
    GoIface v;
    v.type = rt::fromHost(t);
    if (t->has(rt::kPointerShaped)) {
      v.data = LD(uint64_t, pc->b);
    } else if (t->size == 0) {
      v.data = rt::fromHost(&zeroBase_);
    } else {
      SAVE();
      uint8_t* p = alloc(static_cast<uint64_t>(t->size), t, siteOf(pc));
      if (stop_ != Stop::None) return finishExec(callInFp);
      std::memcpy(p, R(pc->b), static_cast<size_t>(t->size));
      v.data = rt::fromHost(p);
    }
    ST(GoIface, pc->a, v);
    vmnext(1);
  }
  vmcase(BOXNIL) {
    GoIface v{rt::fromHost(types_[pc->b]), rt::fromHost(&zeroBase_)};
    ST(GoIface, pc->a, v);
    vmnext(1);
  }

  // ---------------------------------------------------------------- strings
  vmcase(CONCAT) {
    GoString x = LD(GoString, pc->b), y = LD(GoString, pc->c);
    GoString r;
    if (x.len == 0) {
      r = y;
    } else if (y.len == 0) {
      r = x;
    } else {
      SAVE();
      uint8_t* p = alloc(static_cast<uint64_t>(x.len + y.len), nullptr, siteOf(pc));
      if (stop_ != Stop::None) return finishExec(callInFp);
      std::memcpy(p, x.data(), static_cast<size_t>(x.len));
      std::memcpy(p + x.len, y.data(), static_cast<size_t>(y.len));
      r = GoString{rt::fromHost(p), x.len + y.len};
    }
    ST(GoString, pc->a, r);
    vmnext(1);
  }
  vmcase(CONCATN) {
    int64_t total = 0;
    int nonEmpty = 0;
    GoString last{0, 0};
    for (int32_t i = 0; i < pc->c; i++) {
      GoString s = LD(GoString, pc->b + 16 * i);
      total += s.len;
      if (s.len) {
        nonEmpty++;
        last = s;
      }
    }
    GoString r = last;
    if (nonEmpty > 1) {
      SAVE();
      uint8_t* p = alloc(static_cast<uint64_t>(total), nullptr, siteOf(pc));
      if (stop_ != Stop::None) return finishExec(callInFp);
      int64_t off = 0;
      for (int32_t i = 0; i < pc->c; i++) {
        GoString s = LD(GoString, pc->b + 16 * i);
        if (s.len) std::memcpy(p + off, s.data(), static_cast<size_t>(s.len));
        off += s.len;
      }
      r = GoString{rt::fromHost(p), total};
    }
    ST(GoString, pc->a, r);
    vmnext(1);
  }
  vmcase(STREQ) ST(uint8_t, pc->a, stringCompare(LD(GoString, pc->b), LD(GoString, pc->c)) == 0); vmnext(1);
  vmcase(STRNE) ST(uint8_t, pc->a, stringCompare(LD(GoString, pc->b), LD(GoString, pc->c)) != 0); vmnext(1);
  vmcase(STRLT) ST(uint8_t, pc->a, stringCompare(LD(GoString, pc->b), LD(GoString, pc->c)) < 0); vmnext(1);
  vmcase(STRLE) ST(uint8_t, pc->a, stringCompare(LD(GoString, pc->b), LD(GoString, pc->c)) <= 0); vmnext(1);
  vmcase(STRIDX) {
    GoString s = LD(GoString, pc->b);
    int64_t i = LD(int64_t, pc->c);
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(s.len)) {
      SAVE();
      raiseRuntimeError(indexError(i, s.len), false, g->pc, g->fp);
      RESUME();
    }
    ST(uint8_t, pc->a, s.data()[i]);
    vmnext(1);
  }
  vmcase(STRNEXT) {
    GoString s = LD(GoString, pc->b);
    int64_t i = LD(int64_t, pc->c);
    int32_t r;
    int64_t w = decodeRune(reinterpret_cast<const uint8_t*>(s.data()) + i, s.len - i, &r);
    ST(int64_t, pc->a, i + w);
    ST(int32_t, pc->a + 8, r);
    vmnext(1);
  }
  vmcase(STR2BYTES) {
    GoString s = LD(GoString, pc->b);
    SAVE();
    GoSlice r = makeByteSlice(s.data(), s.len, siteOf(pc));
    if (stop_ != Stop::None) return finishExec(callInFp);
    ST(GoSlice, pc->a, r);
    vmnext(1);
  }
  vmcase(BYTES2STR) {
    GoSlice b = LD(GoSlice, pc->b);
    SAVE();
    GoString r =
        newString(std::string_view(reinterpret_cast<const char*>(b.data()), static_cast<size_t>(b.len)), siteOf(pc));
    if (stop_ != Stop::None) return finishExec(callInFp);
    ST(GoString, pc->a, r);
    vmnext(1);
  }
  vmcase(STR2RUNES) {
    GoString s = LD(GoString, pc->b);
    SAVE();
    GoSlice r = stringToRunes(s, siteOf(pc));
    if (stop_ != Stop::None) return finishExec(callInFp);
    ST(GoSlice, pc->a, r);
    vmnext(1);
  }
  vmcase(RUNES2STR) {
    GoSlice rs = LD(GoSlice, pc->b);
    SAVE();
    GoString r = runesToString(rs, siteOf(pc));
    if (stop_ != Stop::None) return finishExec(callInFp);
    ST(GoString, pc->a, r);
    vmnext(1);
  }
  vmcase(RUNE2STR) {
    int64_t v = LD(int64_t, pc->b);
    char buf[4];
    size_t n = encodeRune(v, buf);
    SAVE();
    GoString r = newString(std::string_view(buf, n), siteOf(pc));
    if (stop_ != Stop::None) return finishExec(callInFp);
    ST(GoString, pc->a, r);
    vmnext(1);
  }

  // ----------------------------------------------------------------- slices
  vmcase(BOUNDS) {
    int64_t i = LD(int64_t, pc->a), n = LD(int64_t, pc->b);
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) {
      SAVE();
      raiseRuntimeError(indexError(i, n), false, g->pc, g->fp);
      RESUME();
    }
    vmnext(1);
  }
  vmcase(BOUNDSK) {
    int64_t i = LD(int64_t, pc->a);
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(pc->b)) {
      SAVE();
      raiseRuntimeError(indexError(i, pc->b), false, g->pc, g->fp);
      RESUME();
    }
    vmnext(1);
  }
  vmcase(SLIDX) {
    GoSlice s = LD(GoSlice, pc->b);
    int64_t i = LD(int64_t, pc->c);
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(s.len)) {
      SAVE();
      raiseRuntimeError(indexError(i, s.len), false, g->pc, g->fp);
      RESUME();
    }
    rt::storePtr(R(pc->a), s.data() + i * pc->aux);
    vmnext(1);
  }
  vmcase(SLIDXW) {
    GoSlice s = LD(GoSlice, pc->b);
    int64_t i = LD(int64_t, pc->c);
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(s.len)) {
      SAVE();
      raiseRuntimeError(indexError(i, s.len), false, g->pc, g->fp);
      RESUME();
    }
    rt::storePtr(R(pc->a), s.data() + i * static_cast<int64_t>(pc[1].a));
    vmnext(2);
  }
  vmcase(SLICE) {
    SAVE();
    if (!sliceExpr(fp, pc)) RESUME();
    vmnext(2);
  }
  vmcase(APPEND1) {
    GoSlice s = LD(GoSlice, pc->a);
    const rt::RType* et = types_[pc->b];
    if (s.len >= s.cap) {
      SAVE();
      s = growSlice(s, s.len + 1, et, siteOf(pc));
      if (stop_ != Stop::None) return finishExec(callInFp);
    }
    rt::storePtr(R(pc->c), s.data() + s.len * et->size);
    s.len++;
    ST(GoSlice, pc->a, s);
    vmnext(1);
  }
  vmcase(APPENDN) {
    SAVE();
    appendSlice(fp, pc);
    if (stop_ != Stop::None) return finishExec(callInFp);
    vmnext(2);
  }
  vmcase(GROW) {
    GoSlice s = LD(GoSlice, pc->a);
    int64_t n = LD(int64_t, pc->b);
    const rt::RType* et = types_[pc->c];
    if (s.len + n > s.cap) {
      SAVE();
      s = growSlice(s, s.len + n, et, siteOf(pc));
      if (stop_ != Stop::None) return finishExec(callInFp);
    }
    s.len += n;
    ST(GoSlice, pc->a, s);
    vmnext(1);
  }
  vmcase(CLEARSL) {
    GoSlice sl = LD(GoSlice, pc->a);
    if (sl.len > 0) std::memset(sl.data(), 0, static_cast<size_t>(sl.len * pc->b));
    vmnext(1);
  }
  vmcase(COPY) {
    GoSlice d = LD(GoSlice, pc->b), s = LD(GoSlice, pc->c);
    int64_t n = d.len < s.len ? d.len : s.len;
    if (n > 0) std::memmove(d.data(), s.data(), static_cast<size_t>(n * pc->aux));
    ST(int64_t, pc->a, n);
    vmnext(1);
  }
  vmcase(COPYW) {
    GoSlice d = LD(GoSlice, pc->b), s = LD(GoSlice, pc->c);
    int64_t n = d.len < s.len ? d.len : s.len;
    if (n > 0) std::memmove(d.data(), s.data(), static_cast<size_t>(n * pc[1].a));
    ST(int64_t, pc->a, n);
    vmnext(2);
  }
  vmcase(MAKESLICE) {
    SAVE();
    if (!makeSlice(fp, pc)) RESUME();
    vmnext(2);
  }
  vmcase(SLICE2ARRP) {
    GoSlice s = LD(GoSlice, pc->b);
    if (s.len < pc->c) {
      SAVE();
      raiseRuntimeError("cannot convert slice with length " + std::to_string(s.len) +
                            " to array or pointer to array with length " + std::to_string(pc->c),
                        false, g->pc, g->fp);
      RESUME();
    }
    ST(uint64_t, pc->a, s.ptr);
    vmnext(1);
  }

  // ------------------------------------------------------------------- maps
  vmcase(MAKEMAP) {
    SAVE();
    int64_t hint = pc->c >= 0 ? LD(int64_t, pc->c) : 0;
    rt::GoMap* m = maps_.make(types_[pc->b], hint, siteOf(pc));
    if (!m) {
      outOfMemory(heap_.lastFailedSize());
      return finishExec(callInFp);
    }
    rt::storePtr(R(pc->a), m);
    vmnext(1);
  }
  vmcase(MAPGET) {
    auto* m = reinterpret_cast<rt::GoMap*>(rt::loadPtr(R(pc->b)));
    rt::MapError err;
    const rt::RType* bad;
    const uint8_t* v = maps_.lookup(m, R(pc->c), &err, &bad);
    if (err != rt::MapError::None) {
      SAVE();
      raiseMapError(err, bad);
      RESUME();
    }
    size_t vs = static_cast<size_t>(m ? m->type->elem->size : pc->aux);
    if (v) std::memmove(R(pc->a), v, vs); else std::memset(R(pc->a), 0, vs);
    vmnext(1);
  }
  vmcase(MAPGET2) {
    auto* m = reinterpret_cast<rt::GoMap*>(rt::loadPtr(R(pc->b)));
    rt::MapError err;
    const rt::RType* bad;
    const uint8_t* v = maps_.lookup(m, R(pc->c), &err, &bad);
    if (err != rt::MapError::None) {
      SAVE();
      raiseMapError(err, bad);
      RESUME();
    }
    size_t vs = static_cast<size_t>(pc->aux);
    if (v) std::memmove(R(pc->a), v, vs); else std::memset(R(pc->a), 0, vs);
    ST(uint8_t, pc->a + static_cast<int32_t>((vs + 0)), v != nullptr);
    vmnext(1);
  }
  vmcase(MAPSET) {
    auto* m = reinterpret_cast<rt::GoMap*>(rt::loadPtr(R(pc->a)));
    rt::MapError err;
    const rt::RType* bad;
    SAVE();
    uint8_t* v = maps_.assign(m, R(pc->b), &err, &bad);
    if (err != rt::MapError::None) {
      raiseMapError(err, bad);
      RESUME();
    }
    std::memmove(v, R(pc->c), static_cast<size_t>(m->type->elem->size));
    vmnext(1);
  }
  vmcase(MAPREF) {
    auto* m = reinterpret_cast<rt::GoMap*>(rt::loadPtr(R(pc->b)));
    rt::MapError err;
    const rt::RType* bad;
    SAVE();
    uint8_t* v = maps_.assign(m, R(pc->c), &err, &bad);
    if (err != rt::MapError::None) {
      raiseMapError(err, bad);
      RESUME();
    }
    rt::storePtr(R(pc->a), v);
    vmnext(1);
  }
  vmcase(MAPDEL) {
    auto* m = reinterpret_cast<rt::GoMap*>(rt::loadPtr(R(pc->a)));
    rt::MapError err;
    const rt::RType* bad;
    maps_.remove(m, R(pc->b), &err, &bad);
    if (err != rt::MapError::None) {
      SAVE();
      raiseMapError(err, bad);
      RESUME();
    }
    vmnext(1);
  }
  vmcase(MAPLEN) {
    ST(int64_t, pc->a, rt::Maps::len(reinterpret_cast<rt::GoMap*>(rt::loadPtr(R(pc->b)))));
    vmnext(1);
  }
  vmcase(MAPCLEAR) maps_.clear(reinterpret_cast<rt::GoMap*>(rt::loadPtr(R(pc->a)))); vmnext(1);
  vmcase(MAPITER) {
    SAVE();
    rt::MapIter* it = maps_.iterate(reinterpret_cast<rt::GoMap*>(rt::loadPtr(R(pc->b))));
    if (!it) {
      outOfMemory(heap_.lastFailedSize());
      return finishExec(callInFp);
    }
    rt::storePtr(R(pc->a), it);
    vmnext(1);
  }
  vmcase(MAPNEXT) {
    auto* it = reinterpret_cast<rt::MapIter*>(rt::loadPtr(R(pc->a)));
    const uint8_t* k;
    uint8_t* v;
    if (!maps_.next(it, &k, &v)) {
      pc = code + pc->c;
      vmdispatch();
    }
    rt::storePtr(R(pc->b), k);
    rt::storePtr(R(pc->b + 8), v);
    vmnext(1);
  }

  // ------------------------------------------------------------- interfaces
  vmcase(IFACETYPE) ST(uint64_t, pc->a, LD(uint64_t, pc->b)); vmnext(1);
  vmcase(ASSERT) {
    GoIface x = LD(GoIface, pc->b);
    const rt::RType* t = types_[pc->c];
    if (x.rtype() != t) {
      SAVE();
      raiseAssertError(x.rtype(), t, pc->aux, nullptr);
      RESUME();
    }
    copyOut(R(pc->a), x, t);
    vmnext(1);
  }
  vmcase(ASSERT2) {
    GoIface x = LD(GoIface, pc->b);
    const rt::RType* t = types_[pc->c];
    bool ok = x.rtype() == t;
    if (ok) copyOut(R(pc->a), x, t); else std::memset(R(pc->a), 0, static_cast<size_t>(t->size));
    ST(uint8_t, pc->a + pc->aux, ok);
    vmnext(1);
  }
  vmcase(ASSERTI) {
    GoIface x = LD(GoIface, pc->b);
    const rt::RType* t = types_[pc->c];
    const rt::RIMethod* missing = nullptr;
    if (!x.type || !implements(x.rtype(), t, &missing)) {
      SAVE();
      raiseAssertError(x.rtype(), t, pc->aux, missing);
      RESUME();
    }
    ST(GoIface, pc->a, x);
    vmnext(1);
  }
  vmcase(ASSERTI2) {
    GoIface x = LD(GoIface, pc->b);
    const rt::RType* t = types_[pc->c];
    bool ok = x.type && implements(x.rtype(), t, nullptr);
    ST(GoIface, pc->a, ok ? x : GoIface());
    ST(uint8_t, pc->a + pc->aux, ok);
    vmnext(1);
  }
  vmcase(TYPEIS) {
    GoIface x = LD(GoIface, pc->b);
    const rt::RType* t = types_[pc->c];
    bool ok;
    if (!x.type) ok = false;
    else if (t->kind == rt::RKind::Interface) ok = implements(x.rtype(), t, nullptr);
    else ok = x.rtype() == t;
    ST(uint8_t, pc->a, ok);
    vmnext(1);
  }
  vmcase(IFACEEQ) {
    const rt::RType* bad = nullptr;
    bool eq = rt::ifaceEqual(LD(GoIface, pc->b), LD(GoIface, pc->c), &bad);
    if (bad) {
      SAVE();
      raiseRuntimeError("comparing uncomparable type " + bad->name, false, g->pc, g->fp);
      RESUME();
    }
    ST(uint8_t, pc->a, eq);
    vmnext(1);
  }
  vmcase(EQT) {
    const rt::RType* bad = nullptr;
    bool eq = rt::valuesEqual(types_[pc[1].a], R(pc->b), R(pc->c), &bad);
    if (bad) {
      SAVE();
      raiseRuntimeError("comparing uncomparable type " + bad->name, false, g->pc, g->fp);
      RESUME();
    }
    ST(uint8_t, pc->a, eq);
    vmnext(2);
  }

  // ------------------------------------------------------------------ print
  vmcase(PRINTI) printInt(LD(int64_t, pc->a)); vmnext(1);
  vmcase(PRINTU) printUint(LD(uint64_t, pc->a)); vmnext(1);
  vmcase(PRINTF) printFloat(LD(double, pc->a)); vmnext(1);
  vmcase(PRINTC) printComplex(LD(double, pc->a), LD(double, pc->a + 8)); vmnext(1);
  vmcase(PRINTB) writeErr(LD(uint8_t, pc->a) ? "true" : "false"); vmnext(1);
  vmcase(PRINTS) {
    GoString s = LD(GoString, pc->a);
    writeErr(s.view());
    vmnext(1);
  }
  vmcase(PRINTP) printHex(LD(uint64_t, pc->a)); vmnext(1);
  vmcase(PRINTE) {
    GoIface x = LD(GoIface, pc->a);
    writeErr("(");
    printHex(x.type);
    writeErr(",");
    printHex(x.data);
    writeErr(")");
    vmnext(1);
  }
  vmcase(PRINTSL) {
    GoSlice s = LD(GoSlice, pc->a);
    writeErr("[" + std::to_string(s.len) + "/" + std::to_string(s.cap) + "]");
    printHex(s.ptr);
    vmnext(1);
  }
  vmcase(PRINTSP) writeErr(" "); vmnext(1);
  vmcase(PRINTNL) writeErr("\n"); vmnext(1);

#ifndef GS_COMPUTED_GOTO
  default:
    break;
  }
#endif
  stop_ = Stop::Fatal;
  writeErr("fatal error: invalid opcode\n");
  exitCode_ = 2;
  return finishExec(callInFp);
#undef SAVE
#undef RELOAD
#undef R
#undef LD
#undef ST
#undef RESUME
#undef THROW
#undef NILPANIC
#undef vmdispatch
#undef vmcase
#undef vmnext
}

}  // namespace gs::vm
