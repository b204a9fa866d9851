// A compiled program: bytecode, function table, runtime types, static data.
//
// Instruction encoding (16 bytes, see opcodes.def for each opcode's operands):
//
//   +--------+--------+----------------+----------------+----------------+
//   | op u16 | aux u16|      a i32     |      b i32     |      c i32     |
//   +--------+--------+----------------+----------------+----------------+
//
// An opcode whose table row says EXT takes one more 16-byte word right after
// it; that word's a/b/c/aux are further operands (the interpreter skips it).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/runtime/rtype.h"

namespace gs::vm {

struct Instr {
  uint16_t op = 0;
  uint16_t aux = 0;
  int32_t a = 0, b = 0, c = 0;
};
static_assert(sizeof(Instr) == 16);

class VM;
// A natively implemented Go function. `args` points at the callee's
// parameter area (fp + kFrameHeader of the would-be callee frame): parameters,
// then results, at the offsets the Go signature gives. A native that calls
// back into Go (VM::callIn) must re-derive `args` afterwards, because the
// stack may have moved: use VM::nativeArgs().
using NativeFn = void (*)(VM& vm, uint8_t* args);

// Frame header: u32 return pc, u32 caller fp offset, 8-byte closure context.
constexpr int32_t kFrameHeader = 16;
constexpr int32_t kCtxOffset = 8;

enum class SlotKind : uint8_t { Param, Result, Receiver, Local, Temp, Outgoing };

struct SlotInfo {
  std::string name;  // variable name, "~r0" for unnamed results, "tmp" for temporaries
  std::string type;  // Go type as typeString prints it
  int32_t offset = 0;
  int32_t size = 0;
  SlotKind kind = SlotKind::Local;
  bool heapCell = false;  // the slot holds a pointer to the variable's heap cell
};

struct FuncInfo {
  std::string name;  // Go's traceback name: "main.main", "main.(*T).M", "main.main.func1"
  int32_t file = -1;  // index into Program::files
  int32_t line = 0;   // declaration line
  int32_t entry = -1;  // first instruction
  int32_t end = -1;    // one past the last instruction
  int32_t frameSize = kFrameHeader;  // whole frame, multiple of 8
  int32_t argsEnd = kFrameHeader;    // header + params + results + receiver
  int32_t paramsSize = 0;  // bytes of parameters (excluding the receiver)
  int32_t resultsOffset = kFrameHeader;  // frame offset of the first result
  int32_t recvOffset = -1;  // methods: frame offset of the receiver slot
  std::vector<SlotInfo> slots;
  // Pointer words among the parameters, results and receiver: what a frame
  // holds while it is being entered (before any instruction ran).
  std::vector<int32_t> ptrOffsets;
  NativeFn native = nullptr;
  bool isWrapper = false;   // compiler-made (defer/go wrappers): invisible to recover and tracebacks
  bool hasDefer = false;
  bool zeroLocals = true;   // the call clears [argsEnd, frameSize)
};

// Index of well-known runtime types the VM needs to build values.
struct WellKnownTypes {
  int32_t runtimeErrorString = -1;  // runtime.errorString ("runtime error: " + s)
  int32_t runtimePlainError = -1;   // runtime.plainError (message printed as is)
  int32_t runtimeBoundsError = -1;  // runtime.boundsError
  int32_t typeAssertionError = -1;  // *runtime.TypeAssertionError
  int32_t panicNilError = -1;       // *runtime.PanicNilError
  int32_t stringType = -1;          // string
  int32_t errorIface = -1;          // error
  int32_t stringerIface = -1;       // fmt.Stringer-shaped interface{ String() string }
};

// A heap allocation site of the program: where an allocating instruction is
// and why escape analysis put its object in the heap. A heap object's header
// names its site (rt::ObjHeader::site indexes Program::allocSites), so the
// heap panel can show each object's origin and reason.
struct AllocSite {
  std::string what;    // "new(T)", "&T{...}", "[]T{...}", "moved to heap: x", ...
  int32_t func = -1;   // the allocating function (index into Program::funcs)
  int32_t line = 0;    // source line of the allocation
  std::string reason;  // escape analysis's reason, or why the runtime allocated ("" when not recorded)
};

struct Program {
  std::vector<Instr> code;
  std::vector<int32_t> lines;  // source line of each instruction (parallel to code)
  // Stack maps: for each instruction, the index of the list of frame
  // offsets that hold live pointer words while the frame is stopped there
  // (-1: none). The stack copier and the collector read a suspended frame
  // through the map of its current instruction, as Go's stack maps.
  std::vector<int32_t> ptrmapAt;
  std::vector<std::vector<int32_t>> ptrmaps;
  std::vector<FuncInfo> funcs;
  std::vector<std::string> files;  // absolute paths for tracebacks
  std::vector<std::unique_ptr<rt::RType>> types;
  std::string staticData;  // string literal bytes and other constants
  int64_t globalsSize = 0;
  std::vector<int32_t> globalPtrOffsets;
  // Method names called through interfaces (CALLI's c operand indexes this).
  std::vector<std::string> selectors;
  // Heap allocation sites (NEW's c operand indexes this; -1: no site).
  std::vector<AllocSite> allocSites;
  // For each instruction, the allocation site its heap objects are charged
  // to (index into allocSites, -1: none). Parallel to code: allocating
  // instructions without a site operand (MKCLO, BOX, MAKESLICE, MAKEMAP,
  // MAKECHAN, CONCAT, the string conversions, APPEND growth) and calls of
  // native library functions find their site here by pc, so no opcode needs
  // an extra operand and only an allocation pays for the lookup.
  std::vector<int32_t> allocSiteAt;
  int32_t entryFunc = -1;  // the synthesized start function (inits, then main.main)
  WellKnownTypes wk;

  // The function whose code range contains pc, or -1.
  int32_t funcAt(int32_t pc) const;
  // Builds the lookup table behind funcAt; call once after code generation.
  void finalize();
  std::vector<int32_t> byEntry;  // function indices sorted by entry pc
};

}  // namespace gs::vm
