// The bytecode interpreter and the goroutine it runs on.
//
// A goroutine (G) is a VM coroutine: a stack block, the current frame
// pointer (an offset into the block) and the program counter. Go calls never
// recurse on the C++ stack: CALL pushes a frame on the G's stack block and
// continues the same dispatch loop. The only nested loops are call-ins
// (native code calling Go code, e.g. fmt calling a String method), which run
// to completion.
//
// Stack blocks start at 2048 bytes. A call whose frame does not fit grows the
// block by doubling: allocate, copy, adjust every pointer into the old block
// that a frame slot holds (each function's pointer map lists the slots that
// may), free the old block. Frame links in headers are offsets, so they
// survive the move untouched.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/runtime/heap.h"
#include "core/runtime/host.h"
#include "core/runtime/map.h"
#include "core/runtime/value.h"
#include "core/vm/program.h"

namespace gs::inspect { class Snapshotter; }

namespace gs::vm {

// Receives the runtime events that --trace prints (goroutine created,
// blocked, unblocked, exited, stack grown/shrunk/moved, GC), at the same
// hook points: core/inspect's event stream. `detail` is the trace text
// ("g=7 reason=\"chan receive\"").
class EventSink {
 public:
  virtual ~EventSink() = default;
  virtual void event(int64_t nanos, const char* kind, const std::string& detail) = 0;
};

enum class Op : uint16_t {
#define OP(name, mnemonic, a, b, c, ext, doc) name,
#include "core/vm/opcodes.def"
#undef OP
  NumOps
};

struct OpInfo {
  const char* mnemonic;
  char a, b, c;  // operand kinds (see opcodes.def)
  uint8_t ext;   // 1 if followed by an extension word
  const char* doc;
};
const OpInfo& opInfo(Op op);

constexpr uint64_t kStackMin = 2048;

// A saved return pc with this bit set returns to the rundefers instruction
// that made the call (to run the frame's next deferred call), rather than
// to the instruction after a call.
constexpr uint32_t kRetToRunDefers = 0x80000000u;
constexpr uint32_t kRetPcMask = 0x7fffffffu;

// Code indices of the runtime stubs every program starts with.
enum StubPc : int32_t {
  kStubHalt = 0,         // the start function returns here: program ends
  kStubPanicResume = 1,  // a deferred call run by a panic returns here
  kStubCallInReturn = 2, // a call-in's Go callee returns here
  kStubGoExit = 3,       // a goroutine's first function returns here: it ends
  kNumStubs = 4,
};

struct Defer {
  rt::GoPtr fn;       // func() closure to call
  uint32_t frameOff;  // frame that deferred it
  int32_t retPc;      // that function's ret.d epilogue (where a recovered panic resumes)
  Defer* next;
};

struct Panic {
  rt::GoIface value;
  Panic* link = nullptr;      // the panic that was running when this one started
  bool recovered = false;
  bool fault = false;         // a memory fault: report prints the [signal SIGSEGV ...] line
  uint32_t raisedFp = 0;      // frame that raised it
  int32_t raisedPc = 0;       // and where
  uint32_t deferCallFp = 0;   // frame of the deferred call currently run for it
  uint32_t deferFrame = 0;    // frame that deferred that call
  int32_t deferRetPc = -1;    // and its epilogue
  bool goexit = false;        // not a panic: runtime.Goexit running the deferred calls
};

enum class GStatus : uint8_t { Runnable, Running, Waiting, Dead };

struct Sudog;
struct Chan;

// A goroutine. Its whole execution state is its stack block, the frame
// offset and the pc: switching goroutines is saving and loading these.
struct G {
  int64_t id = 1;
  uint8_t* stack = nullptr;  // block base
  uint64_t stackSize = 0;
  uint32_t fp = 0;   // current frame offset
  int32_t pc = 0;    // current instruction
  Defer* defers = nullptr;
  Panic* panic = nullptr;
  uint32_t growths = 0;      // number of stack growths
  uint64_t stackHighWater = 0;

  GStatus status = GStatus::Runnable;
  const char* waitReason = "";  // Go's words: "chan receive", "sleep", "select", ...
  uint64_t waitObj = 0;         // what it waits on (a channel, a semaphore word), 0 if nothing
  int64_t parentId = 0;         // the goroutine that ran the go statement (0 for main)
  int32_t goPc = -1;            // the go statement's instruction
  G* schedLink = nullptr;       // run queue
  Sudog* waiting = nullptr;     // sudogs of a blocked channel operation or select
  bool goexiting = false;       // runtime.Goexit is running the deferred calls
  bool panicOnResume = false;   // woken by close while blocked in a send
  int32_t blockPc = -1;         // the instruction it blocked at (tracebacks)
  int32_t allIndex = -1;        // position in VM::allGs_
};

// A goroutine waiting on a channel (Go's sudog). Value slots are stack
// offsets, not host addresses: the stack block may move before the
// operation completes.
struct Sudog {
  G* g = nullptr;
  Chan* c = nullptr;
  uint32_t elemOff = UINT32_MAX;  // value to send / destination of a receive
  uint32_t okOff = UINT32_MAX;    // receive: where the comma-ok bool goes
  uint32_t caseOff = UINT32_MAX;  // select: where the chosen case index goes
  int32_t caseIndex = -1;
  bool isSelect = false;
  bool isSend = false;
  bool success = false;           // the operation completed (not woken by close)
  Sudog* next = nullptr;          // channel wait queue
  Sudog* prev = nullptr;
  Sudog* waitLink = nullptr;      // the G's other sudogs (select)
};

struct WaitQ {
  Sudog* first = nullptr;
  Sudog* last = nullptr;
  void enqueue(Sudog* s);
  Sudog* dequeue();  // skips select sudogs whose select already completed
  void remove(Sudog* s);
};

// A channel object lives in the Go heap; the map-like runtime state is here.
struct Chan {
  const rt::RType* type;  // the channel type
  int64_t cap = 0;
  int64_t count = 0;
  int64_t recvx = 0;      // next buffer slot to receive from
  uint8_t* buf = nullptr; // cap elements
  bool closed = false;
  bool timer = false;     // a time.Timer/Ticker channel: len and cap report 0
  WaitQ recvq, sendq;
};

// A runtime timer: wakes a sleeping goroutine, sends the time on a channel,
// or starts a goroutine running a function (time.AfterFunc).
struct Timer {
  enum Kind : uint8_t { WakeG, SendTime, CallFunc } kind = WakeG;
  int64_t when = 0;     // monotonic nanoseconds
  int64_t period = 0;   // tickers
  uint64_t seq = 0;     // ties broken by creation order: deterministic
  G* g = nullptr;
  Chan* c = nullptr;
  rt::GoPtr fn = 0;     // CallFunc: a func() value
  int32_t heapIndex = -1;
  bool stopped = false;
};

struct RunOptions {
  uint64_t maxStack = 1000000000;  // per-goroutine limit, Go's default on 64-bit
  bool virtualTime = false;        // sleeping jumps a virtual clock (the playground's faketime)
  uint64_t seed = 1;               // select's random choices and other scheduler randomness
  std::string trace;               // comma-separated: sched, stack
  uint64_t memLimit = 1ull << 30;  // stacks + heap
  bool stressStack = false;        // move the stack at every call (finds stale stack pointers)
  bool stressGC = false;           // collect at every scheduling check point
  std::vector<std::string> args;   // os.Args
};

class VM {
 public:
  VM(const Program& prog, rt::Host& host, RunOptions opts);
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  // Runs the program (package initialization, then main.main). Returns the
  // process exit status: 0, N from os.Exit(N), 2 for a panic or fatal error.
  int run();

  // ---- for natives
  const Program& program() const { return prog_; }
  rt::Heap& heap() { return heap_; }
  rt::Maps& maps() { return maps_; }
  rt::Host& host() { return host_; }
  G* currentG() { return g_; }
  const RunOptions& options() const { return opts_; }
  void setMaxStack(uint64_t bytes) { opts_.maxStack = bytes; }  // runtime/debug.SetMaxStack
  // The running native's argument area (re-derive after a call-in).
  uint8_t* nativeArgs() { return g_->stack + nativeFrame_ + kFrameHeader; }

  // Allocation helpers; on exhaustion they raise Go's out-of-memory fatal
  // error and return a pointer to a scratch area so the caller can finish.
  // site: the object's allocation site (Program::allocSites); kSiteHere
  // (the default) charges the instruction the goroutine is at (g->pc, saved
  // before anything that allocates): for a native library function, its
  // call. kNoSite: none (runtime error values).
  static constexpr int32_t kSiteHere = -1, kNoSite = -2;
  uint8_t* alloc(uint64_t size, const rt::RType* type, int32_t site = kSiteHere);
  rt::GoString newString(std::string_view s, int32_t site = kSiteHere);
  // The allocation site of the instruction at pc (Program::allocSiteAt).
  int32_t siteOf(const Instr* pc) const {
    return prog_.allocSiteAt[static_cast<size_t>(pc - prog_.code.data())];
  }
  // Resolves kSiteHere and kNoSite to a site index or -1.
  int32_t resolveSite(int32_t site) const {
    if (site == kSiteHere) return g_ && g_->pc >= 0 ? prog_.allocSiteAt[static_cast<size_t>(g_->pc)] : -1;
    return site < 0 ? -1 : site;
  }

  // Raise a panic from a native (takes effect when the native returns).
  void panicWith(rt::GoIface value);
  void panicRuntimeError(std::string_view msg);  // runtime.Error "runtime error: " + msg
  void panicPlain(std::string_view msg);         // runtime.Error printed as is
  void panicString(std::string_view msg);        // like panic("msg") with a string
  // A fatal error: "fatal error: msg", all goroutines, exit 2.
  void fatal(std::string_view msg);
  // os.Exit(code): the program ends when the native returns.
  void exitProgram(int code) {
    exitCode_ = code;
    stop_ = Stop::Exit;
  }

  // ---- the scheduler (sched.cpp), for natives
  // The running goroutine gives up the processor when the native returns.
  void yield();
  // The running goroutine blocks (Go's wait reason) when the native returns;
  // whoever makes it runnable again calls ready().
  void park(const char* reason, uint64_t obj = 0);
  // Like park, but the native call runs again when the goroutine is woken
  // (it re-checks its condition: a lock, input, a semaphore).
  void parkRetry(const char* reason, uint64_t obj = 0);
  void ready(G* g);
  // os.Stdin: copies up to n bytes of pending input to p. Returns the count,
  // 0 at end of input, or -1 when none is there yet (the native then calls
  // waitInput(), which parks it to retry).
  int64_t takeInput(uint8_t* p, int64_t n);
  void waitInput();
  // Starts a goroutine running func value fn (a func() closure).
  G* spawn(rt::GoPtr fn);
  // runtime.Goexit: runs the goroutine's deferred calls, then ends it.
  void goexit();
  int64_t numGoroutines() const { return liveGs_; }
  // Clocks: nanoseconds. Virtual time starts at 2009-11-10 23:00:00 UTC.
  int64_t nanotime();   // monotonic
  int64_t walltime();   // since the Unix epoch
  // Timers (time.Sleep, time.Timer, time.Ticker, time.AfterFunc).
  Timer* newTimer(Timer::Kind kind);
  void startTimer(Timer* t, int64_t when, int64_t period);
  bool stopTimer(Timer* t);  // true if it was pending
  void freeTimer(Timer* t);
  // Semaphores keyed by the address of a uint32 counter (sync's primitives).
  void semacquire(rt::GoPtr addr, const char* reason);
  void semrelease(rt::GoPtr addr);
  uint64_t random();  // the run's deterministic random numbers
  // runtime.GC(): a full collection now (natives may call it: no native
  // holds unrooted heap pointers across this call; the calling frame is
  // stopped at its call instruction, whose stack map is exact).
  void gc() {
    heap_.stats().numForcedGC++;
    // Inside a call-in (a String method run by fmt) the outer native may
    // hold pointers no root covers: collect at the next check point instead.
    if (!callIns_.empty()) {
      gcDue_ = true;
      return;
    }
    collect();
  }
  // runtime/debug.SetGCPercent: the pacing target (GOGC); negative turns
  // pacing off (collections then happen only near the memory budget, like
  // Go's GOGC=off with a memory limit). Returns the previous setting.
  int64_t setGCPercent(int64_t percent);
  // runtime/debug.FreeOSMemory: a collection, then empty spans go back.
  void freeOSMemory() {
    gc();
    heap_.releaseEmptySpans();
  }
  // Channels (chan.cpp), also used by natives (timers send on channels).
  Chan* makeChan(const rt::RType* chanType, int64_t cap, int32_t site = kSiteHere);
  bool chanTrySend(Chan* c, const uint8_t* elem);  // non-blocking; false if it would block
  void traceEvent(const char* kind, const std::string& detail);
  bool failed() const { return stop_ != Stop::None; }

  // Call-in: runs func value `fn` (a closure pointer) with the argument bytes
  // `args` (laid out as the callee's parameters) to completion on the current
  // goroutine. Copies `resultsSize` bytes of results to `results`. Returns
  // false if the call panicked; the panic is then pending on the goroutine and
  // *panicValue holds its value (the native may recover it with
  // recoverCallInPanic or let it propagate by simply returning).
  bool callIn(rt::GoPtr fn, const uint8_t* args, int32_t argsSize, uint8_t* results,
              int32_t resultsSize, rt::GoIface* panicValue);
  // Calls method m (from an RType's method set) on an interface's dynamic
  // value, with no arguments besides the receiver.
  bool callMethod(const rt::RType* t, rt::GoPtr data, const rt::RMethod* m, uint8_t* results,
                  int32_t resultsSize, rt::GoIface* panicValue);
  // Does type t implement interface type iface (an Interface RType)?
  bool implements(const rt::RType* t, const rt::RType* iface, const rt::RIMethod** missing);
  void recoverCallInPanic();

  // Formats v as the panic report prints it ("boom", "main.T{...}", error text).
  std::string panicValueText(const rt::GoIface& v);

  // Writes Go's traceback of the current goroutine to fd 2.
  void traceback(G* g, int32_t pc, uint32_t fp);

  // Counters for tests and --trace.
  uint64_t instructionsExecuted() const { return steps_; }

  // Set before run(): every runtime event also goes to the sink.
  void setEventSink(EventSink* sink) { eventSink_ = sink; }
  // The host asked the run to stop (Host::yieldSlice or stopRequested);
  // run() then returns kStoppedExitCode.
  bool stoppedByHost() const { return stoppedByHost_; }
  static constexpr int kStoppedExitCode = 130;  // like a shell's Ctrl-C

 private:
  friend class gs::inspect::Snapshotter;  // reads goroutines, frames, heap (read-only)
 public:

 private:
  enum class Stop : uint8_t { None, Halt, Exit, Fatal };
  enum class ExecResult : uint8_t { Done, CallInReturned, CallInPanicked, Switch };

  // The hot part of FuncInfo, one compact row per function.
  struct FuncRT {
    int32_t entry;
    int32_t frameSize;
    int32_t zeroFrom;  // frameSize when nothing needs clearing
    NativeFn native;
  };
  struct MethodCache {
    const rt::RType* type = nullptr;
    int32_t func = -1;
    int32_t derefSize = -1;      // >= 0: copy this many bytes of the value into the receiver slot
    bool derefPtrShaped = false; // the value behind the pointer is itself pointer-shaped
    uint8_t nilCheckName = 0;
  };

  ExecResult exec(uint32_t callInFp);
  bool callInImpl(int32_t callee, rt::GoPtr ctx, const uint8_t* params, int32_t paramsLen,
                  const uint8_t* recv, int32_t recvLen, uint8_t* results, int32_t resultsSize,
                  rt::GoIface* panicValue);
  ExecResult finishExec(uint32_t callInFp);
  // Pushes a frame for func value fn at stack offset newFp, returning to
  // retPc in the current frame (g_->fp). False if the stack could not grow
  // (the run is then stopped).
  bool pushCall(rt::GoPtr fn, uint32_t newFp, int32_t retPc);
  // Grows (or, in stress mode, moves) the stack so that `needed` bytes fit.
  // calleeFrame: a frame being entered whose arguments are already written.
  bool growStack(uint64_t needed, int32_t callee, uint32_t calleeFrame);
  void adjustPointers(G* g, uint8_t* oldLo, uint64_t oldSize, int64_t delta, int32_t callee, uint32_t calleeFrame);
  void walkFrameWords(G* g, int32_t callee, uint32_t calleeFrame, const std::function<void(uint8_t*)>& visit);
  // The garbage collector (gc.cpp).
  void collect();
  void markAddress(uint64_t p, std::vector<rt::ObjRef>* work);
  void scanObject(const rt::ObjRef& o, std::vector<rt::ObjRef>* work);
  int shrinkStacks();  // returns how many stacks shrank
  uint64_t stackUsed(G* g);
  // Starts unwinding for a new panic raised at (pc, fp). Afterwards g_->pc/fp
  // say where execution continues (a deferred call), or stop_ is set.
  void startPanic(rt::GoIface value, bool fault, int32_t pc, uint32_t fp);
  // Runs the next deferred call for the current panic, or reports it.
  void continuePanic(int32_t pc, uint32_t fp);
  // A deferred call run by a panic returned (PANICRESUME).
  void afterDeferredCall();
  rt::GoIface doRecover(uint32_t fp);
  void reportPanic(int32_t pc, uint32_t fp);
  void printPanics(Panic* p);
  rt::GoIface makeErrorValue(int32_t typeIndex, std::string_view msg);
  rt::GoIface makePanicNilError();
  void raiseRuntimeError(std::string_view msg, bool fault, int32_t pc, uint32_t fp);
  void raiseMapError(rt::MapError err, const rt::RType* bad);
  void raiseAssertError(const rt::RType* have, const rt::RType* want, int32_t ifaceType,
                        const rt::RIMethod* missing);
  void raiseNilValueMethod(const rt::RType* ptrType, const std::string& method);
  void stackOverflow(int32_t pc, uint32_t fp);
  void outOfMemory(uint64_t size);
  int32_t frameSizeAt(int32_t pc) const;
  int32_t callSitePc(uint32_t retPc) const;
  void copyOut(uint8_t* dst, const rt::GoIface& x, const rt::RType* t);
  Defer* newDefer();
  void freeDefer(Defer* d);

  // slices and strings (vm_runtime.cpp)
  rt::GoSlice growSlice(rt::GoSlice s, int64_t newLen, const rt::RType* elem, int32_t site);
  bool sliceExpr(uint8_t* fp, const Instr* pc);
  void appendSlice(uint8_t* fp, const Instr* pc);
  bool makeSlice(uint8_t* fp, const Instr* pc);
  rt::GoSlice makeByteSlice(const char* data, int64_t n, int32_t site = kSiteHere);
  rt::GoSlice stringToRunes(rt::GoString s, int32_t site);
  rt::GoString runesToString(rt::GoSlice rs, int32_t site);

  // print/println
  void printInt(int64_t v);
  void printUint(uint64_t v);
  void printFloat(double v);
  void printComplex(double re, double im);
  void printHex(uint64_t v);
  void writeErr(std::string_view s) { host_.write(2, s.data(), s.size()); }

  // scheduler internals (sched.cpp)
  void schedule();
  bool preemptDue();
  void startGoexit(int32_t pc, uint32_t fp);
  G* newG(rt::GoPtr fn, int32_t goPc);
  void exitG(G* g);
  void runqPut(G* g);
  G* runqGet();
  bool runnable() const { return runqHead_ != nullptr; }
  bool fireTimers(int64_t now);
  void timerHeapUp(size_t i);
  void timerHeapDown(size_t i);
  void timerHeapRemove(Timer* t);
  void reportDeadlock();
  void gotraceback(G* g, bool current);
  std::string createdBy(G* g);
  // Blocks the running goroutine inside the dispatch loop (channel ops):
  // saves its state to continue at `resumePc`.
  void parkHere(const char* reason, int32_t resumePc, uint32_t fp, uint64_t obj = 0);
  void traceBlock(G* g);
  // channels (chan.cpp)
  enum class ChanOp : uint8_t { Done, Blocked, Panicked };
  ChanOp chanSend(Chan* c, uint32_t elemOff, bool block);
  ChanOp chanRecv(Chan* c, uint32_t elemOff, uint32_t okOff, bool block);
  bool chanClose(Chan* c);
  bool doSelect(uint8_t* fp, const Instr* pc);
  Sudog* newSudog();
  void freeSudog(Sudog* s);
  void copyElem(Chan* c, uint8_t* dst, const uint8_t* src);
  // Writes the time.Time value for monotonic instant `mono` (timer channels).
  void fillTimeValue(uint8_t* dst, int64_t mono);

  const Program& prog_;
  rt::Host& host_;
  RunOptions opts_;
  rt::Heap heap_;
  rt::Maps maps_;
  G* g_ = nullptr;
  std::vector<FuncRT> funcRT_;
  uint8_t* globals_ = nullptr;
  uint8_t* statics_ = nullptr;          // Program::staticData copied to stable memory
  uint8_t* staticClosures_ = nullptr;   // one 8-byte func value object per function
  std::vector<const rt::RType*> types_;
  std::vector<MethodCache> methodCache_;  // one per selector
  Stop stop_ = Stop::None;
  int exitCode_ = 0;
  uint32_t nativeFrame_ = 0;
  uint32_t callInBoundary_ = 0;  // frames below this belong to an outer dispatch loop
  uint32_t callTop_ = 0;         // where a call-in's frame goes (end of the running native's area)
  bool unwindCallIn_ = false;    // a panic reached the innermost call-in's boundary
  struct CallInRecord { uint32_t fp; int32_t pc; };
  std::vector<CallInRecord> callIns_;  // frames that made the running call-ins (for tracebacks)
  bool pendingPanic_ = false;
  rt::GoIface pendingValue_{};
  bool pendingFault_ = false;
  bool callInPanicked_ = false;
  uint64_t steps_ = 0;
  uint64_t zeroBase_ = 0;  // the address of zero-size values (Go's zerobase)
  Defer* freeDefers_ = nullptr;
  std::vector<uint8_t> scratch_;

  // scheduler state
  std::vector<G*> allGs_;        // live goroutines (reports sort them by id)
  bool pendingGoexit_ = false;
  G* runqHead_ = nullptr;
  G* runqTail_ = nullptr;
  int64_t liveGs_ = 0;
  int64_t nextGoId_ = 6;         // Go's first user goroutine with GOMAXPROCS=1
  bool switch_ = false;          // leave the dispatch loop: the G parked, yielded or ended
  bool mainGoexited_ = false;
  std::vector<Timer*> timers_;   // min-heap by (when, seq)
  uint64_t timerSeq_ = 0;
  int64_t vclock_ = 0;           // virtual monotonic clock
  int64_t monoStart_ = 0;
  uint64_t rng_ = 0;
  std::unordered_map<uint64_t, std::vector<G*>> semaWaiters_;
  Sudog* freeSudogs_ = nullptr;
  bool traceSched_ = false, traceStack_ = false, traceGC_ = false;
  bool gcDue_ = false;  // the heap doubled: collect at the next check point
  int64_t gcPercent_ = 100;  // GOGC; negative: off
  void setNextGC();          // the pacing goal from the live heap and gcPercent_
  // Stress modes act at every event while the thing they stress (a stack,
  // the heap) is at most 64 KiB; beyond that, once every size/256 bytes'
  // worth of events, so a deep recursion or a big heap costs about 256 bytes
  // of copying or marking per event and finishes, while stale pointers still
  // show up at once in the small cases.
  uint64_t stressTick_ = 0;
  bool stressDue(uint64_t size) {
    if (size <= (64u << 10)) return true;
    if (++stressTick_ < (size >> 8)) return false;
    stressTick_ = 0;
    return true;
  }
  std::string input_;            // stdin bytes not read yet
  size_t inputPos_ = 0;
  bool inputEOF_ = false;
  std::vector<G*> inputWaiters_;
  // Host slices (Host::sliceDue): a yield is owed at the next scheduling
  // decision; hostPoll_ spaces out the polls between goroutine switches.
  bool hostYieldDue_ = false;
  uint32_t hostPoll_ = 0;
  bool stoppedByHost_ = false;
  void stopByHost();
  EventSink* eventSink_ = nullptr;
};

// Disassembles the program (all functions) or one function.
std::string disassemble(const Program& prog);
std::string disassembleFunc(const Program& prog, int32_t func);
std::string disassembleRange(const Program& prog, int32_t from, int32_t to);

}  // namespace gs::vm
