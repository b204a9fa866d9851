// The VM outside the dispatch loop: start-up, stack growth, panics and
// recover, tracebacks, call-ins.
//
// Panics, in the terms of vm.h:
//   startPanic pushes a Panic on the G and calls continuePanic, which pops
//   the newest Defer and calls it *on top of the panicking frame*, returning
//   into the PANICRESUME stub. The stack is not unwound while deferred calls
//   run, so a traceback printed at the end shows where the last panic began.
//   When a deferred call returns (afterDeferredCall): if it recovered the
//   panic, the stack is cut back to the frame that deferred it and that frame
//   returns normally through its ret.d epilogue; otherwise the next Defer
//   runs. With no Defer left the panic is reported and the program exits 2.
//   Call-ins bound all of this: Defers below callInBoundary_ belong to an
//   outer dispatch loop, so a panic that reaches them leaves the call-in.
#include "core/vm/vm.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <functional>
#include <unordered_map>

#include "core/vm/vm_internal.h"

namespace gs::vm {

using rt::GoIface;
using rt::GoPtr;
using rt::GoString;
using rt::load;
using rt::store;

namespace {
const OpInfo kOps[] = {
#define OP(name, mnemonic, a, b, c, ext, doc) {mnemonic, #a[0], #b[0], #c[0], ext, doc},
#include "core/vm/opcodes.def"
#undef OP
};
}  // namespace

const OpInfo& opInfo(Op op) { return kOps[static_cast<size_t>(op)]; }

void Program::finalize() {
  byEntry.clear();
  for (size_t i = 0; i < funcs.size(); i++)
    if (funcs[i].entry >= 0) byEntry.push_back(static_cast<int32_t>(i));
  std::sort(byEntry.begin(), byEntry.end(),
            [&](int32_t a, int32_t b) { return funcs[a].entry < funcs[b].entry; });
}

int32_t Program::funcAt(int32_t pc) const {
  size_t lo = 0, hi = byEntry.size();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (funcs[byEntry[mid]].entry <= pc) lo = mid + 1; else hi = mid;
  }
  if (lo == 0) return -1;
  int32_t f = byEntry[lo - 1];
  return pc < funcs[f].end ? f : -1;
}

// ---------------------------------------------------------------- set-up

VM::VM(const Program& prog, rt::Host& host, RunOptions opts)
    : prog_(prog), host_(host), opts_(std::move(opts)), maps_(heap_) {
  heap_.setBudget(opts_.memLimit);
  heap_.setDueFlag(&gcDue_);
  setNextGC();  // the first goal: 4 MB, or less under a small memory budget
  funcRT_.reserve(prog_.funcs.size());
  for (const FuncInfo& f : prog_.funcs)
    funcRT_.push_back({f.entry, f.frameSize, f.zeroLocals ? f.argsEnd : f.frameSize, f.native});
  statics_ = heap_.allocStatic(prog_.staticData.size());
  std::memcpy(statics_, prog_.staticData.data(), prog_.staticData.size());
  globals_ = heap_.allocStatic(static_cast<uint64_t>(prog_.globalsSize));
  staticClosures_ = heap_.allocStatic(8 * prog_.funcs.size());
  for (size_t i = 0; i < prog_.funcs.size(); i++) store<int64_t>(staticClosures_ + 8 * i, static_cast<int64_t>(i));
  for (const auto& t : prog_.types) types_.push_back(t.get());
  methodCache_.resize(prog_.selectors.size());
  scratch_.resize(1 << 16);
}

VM::~VM() {
  for (G* g : allGs_) {
    if (g == g_) continue;
    while (g->defers) {
      Defer* d = g->defers;
      g->defers = d->next;
      delete d;
    }
    while (g->panic) {
      Panic* p = g->panic;
      g->panic = p->link;
      delete p;
    }
    for (Sudog* s = g->waiting; s;) {
      Sudog* n = s->waitLink;
      delete s;
      s = n;
    }
    if (g->stack) heap_.freeStack(g->stack, g->stackSize);
    delete g;
  }
  for (Timer* t : timers_) delete t;
  while (freeSudogs_) {
    Sudog* s = freeSudogs_;
    freeSudogs_ = s->waitLink;
    delete s;
  }
  if (g_) {
    while (g_->defers) {
      Defer* d = g_->defers;
      g_->defers = d->next;
      delete d;
    }
    while (g_->panic) {
      Panic* p = g_->panic;
      g_->panic = p->link;
      delete p;
    }
    if (g_->stack) heap_.freeStack(g_->stack, g_->stackSize);
    delete g_;
  }
  while (freeDefers_) {
    Defer* d = freeDefers_;
    freeDefers_ = d->next;
    delete d;
  }
}

int VM::run() {
  monoStart_ = host_.monoNanos();
  rng_ = opts_.seed * 0x9e3779b97f4a7c15ull + 1;
  traceSched_ = opts_.trace.find("sched") != std::string::npos;
  traceStack_ = opts_.trace.find("stack") != std::string::npos;
  traceGC_ = opts_.trace.find("gc") != std::string::npos;
  // An event sink (core/inspect's event stream) hears every kind of event;
  // traceEvent still prints only the kinds --trace asked for.
  if (eventSink_) traceSched_ = traceStack_ = traceGC_ = true;
  // The main goroutine runs the program's start function (package
  // initialization, then main.main); when it returns the program ends.
  nextGoId_ = 1;
  G* main = newG(rt::fromHost(staticClosures_ + 8 * static_cast<size_t>(prog_.entryFunc)), -1);
  if (!main) return exitCode_ ? exitCode_ : 2;
  nextGoId_ = 6;  // Go's first user goroutine under GOMAXPROCS=1 (2-5 are the runtime's)
  store<uint32_t>(main->stack, kStubHalt);
  store<uint64_t>(main->stack + kCtxOffset, 0);
  schedule();
  if (stop_ == Stop::Halt) exitCode_ = 0;
  return exitCode_;
}

bool VM::preemptDue() {
  if (runnable()) return true;
  if (!opts_.virtualTime && !timers_.empty() && timers_[0]->when <= nanotime()) {
    fireTimers(nanotime());
    if (runnable()) return true;
  }
  // The host wants control back (the browser build's ~16 ms slices). The
  // run queue is empty here, so the running G is requeued at its front and
  // resumes next: the interleaving is the same as without the yield.
  if (host_.sliceDue()) {
    hostYieldDue_ = true;
    return true;
  }
  return false;
}

VM::ExecResult VM::finishExec(uint32_t callInFp) {
  if (unwindCallIn_ && stop_ == Stop::None) {
    unwindCallIn_ = false;
    return ExecResult::CallInPanicked;
  }
  if (switch_ && stop_ == Stop::None) return ExecResult::Switch;
  return ExecResult::Done;
}

Defer* VM::newDefer() {
  if (freeDefers_) {
    Defer* d = freeDefers_;
    freeDefers_ = d->next;
    return d;
  }
  return new Defer;
}

void VM::freeDefer(Defer* d) {
  d->next = freeDefers_;
  freeDefers_ = d;
}

uint8_t* VM::alloc(uint64_t size, const rt::RType* type, int32_t site) {
  uint8_t* p = heap_.alloc(size, type, resolveSite(site));
  if (p) {
    // Stress mode collects wherever pacing could; with pacing off
    // (debug.SetGCPercent(-1)) the program asked for no collections.
    if (opts_.stressGC && gcPercent_ >= 0 && stressDue(heap_.stats().heapAlloc)) gcDue_ = true;
    return p;
  }
  // Out of budget. Collections are paced to happen before the budget is
  // reached (see collect), so what is allocated is live: Go's fatal error.
  outOfMemory(size);
  if (scratch_.size() < size) scratch_.assign(std::min<uint64_t>(size, 1 << 20), 0);
  return scratch_.data();
}

GoString VM::newString(std::string_view s, int32_t site) {
  if (s.empty()) return GoString{0, 0};
  uint8_t* p = alloc(s.size(), nullptr, site);
  if (stop_ != Stop::None) return GoString{0, 0};
  std::memcpy(p, s.data(), s.size());
  return GoString{rt::fromHost(p), static_cast<int64_t>(s.size())};
}

// The instruction a frame is stopped at, given the return pc its callee
// saved: the call before it, or the rundefers that pushed a deferred call
// (which returns to the rundefers itself, to run the next one).
int32_t VM::callSitePc(uint32_t retPc) const {
  if (retPc & kRetToRunDefers) return static_cast<int32_t>(retPc & kRetPcMask);
  return static_cast<int32_t>(retPc) - 1;
}

int32_t VM::frameSizeAt(int32_t pc) const {
  int32_t f = prog_.funcAt(pc);
  return f < 0 ? kFrameHeader : prog_.funcs[static_cast<size_t>(f)].frameSize;
}

// --------------------------------------------------------------- calls

bool VM::pushCall(GoPtr fn, uint32_t newFp, int32_t retPc) {
  if (!fn) {
    raiseRuntimeError("invalid memory address or nil pointer dereference", true, g_->pc, g_->fp);
    return false;
  }
  int32_t callee = static_cast<int32_t>(load<int64_t>(rt::toHost(fn)));
  const FuncRT& f = funcRT_[static_cast<size_t>(callee)];
  if (f.native) {
    // A native func value deferred directly: run it now, then continue at retPc.
    nativeFrame_ = newFp;
    callTop_ = newFp + static_cast<uint32_t>(prog_.funcs[static_cast<size_t>(callee)].argsEnd);
    f.native(*this, g_->stack + newFp + kFrameHeader);
    g_->pc = static_cast<int32_t>(static_cast<uint32_t>(retPc) & kRetPcMask);
    return stop_ == Stop::None;
  }
  uint64_t need = static_cast<uint64_t>(newFp) + static_cast<uint64_t>(f.frameSize);
  if (need > g_->stackSize || (opts_.stressStack && stressDue(g_->stackSize))) {
    GoPtr oldLo = rt::fromHost(g_->stack), oldHi = oldLo + g_->stackSize;
    if (!growStack(need, -1, 0)) {
      if (stop_ == Stop::None) stackOverflow(g_->pc, g_->fp);
      return false;
    }
    // A deferred closure kept in the deferring frame (escape analysis).
    if (fn >= oldLo && fn < oldHi) fn = fn - oldLo + rt::fromHost(g_->stack);
  }
  uint8_t* nfp = g_->stack + newFp;
  store<uint32_t>(nfp, static_cast<uint32_t>(retPc));
  store<uint32_t>(nfp + 4, g_->fp);
  store<uint64_t>(nfp + kCtxOffset, fn);
  if (f.zeroFrom < f.frameSize) std::memset(nfp + f.zeroFrom, 0, static_cast<size_t>(f.frameSize - f.zeroFrom));
  g_->fp = newFp;
  g_->pc = f.entry;
  return true;
}

// ------------------------------------------------------------ the stack

bool VM::growStack(uint64_t needed, int32_t callee, uint32_t calleeFrame) {
  G* g = g_;
  uint64_t oldSize = g->stackSize;
  uint64_t newSize = oldSize;
  while (newSize < needed) newSize *= 2;
  if (newSize > opts_.maxStack) return false;
  uint8_t* fresh = heap_.allocStack(newSize);
  if (!fresh) {
    // A stress-mode move needs a second block of the same size for a
    // moment; when the budget cannot afford it, the move is skipped (the
    // program itself did not ask for memory).
    if (newSize == oldSize && needed <= oldSize) return true;
    outOfMemory(newSize);
    return false;
  }
  uint8_t* old = g->stack;
  std::memcpy(fresh, old, oldSize);
  g->stack = fresh;
  g->stackSize = newSize;
  adjustPointers(g, old, oldSize, fresh - old, callee, calleeFrame);
  heap_.freeStack(old, oldSize);
  if (newSize != oldSize) g->growths++;
  if (traceStack_) {
    uint64_t used = callee >= 0 ? calleeFrame : g->fp + static_cast<uint64_t>(frameSizeAt(g->pc));
    traceEvent(newSize != oldSize ? "stack-grow" : "stack-move",
               "g=" + std::to_string(g->id) + " old=" + std::to_string(oldSize) + " new=" + std::to_string(newSize) +
                   " copied=" + std::to_string(used));
  }
  return true;
}

// Visits every frame word of goroutine g that may hold a pointer: each frame
// is read through the stack map of the instruction it is stopped at, and a
// frame only owns the bytes below the frame above it (its outgoing area is
// the callee's). A frame being entered (callee >= 0, at calleeFrame) has
// only its arguments written: its entry map covers them.
void VM::walkFrameWords(G* g, int32_t callee, uint32_t calleeFrame, const std::function<void(uint8_t*)>& visit) {
  auto each = [&](uint8_t* frame, const std::vector<int32_t>& offs, int64_t limit) {
    for (int32_t off : offs)
      if (off + 8 <= limit) visit(frame + off);
  };
  uint64_t childFp = UINT64_MAX;
  if (callee >= 0) {
    const FuncInfo& f = prog_.funcs[static_cast<size_t>(callee)];
    each(g->stack + calleeFrame, f.ptrOffsets, f.argsEnd);
    childFp = calleeFrame;
  }
  int32_t pc = g->pc;
  uint32_t fp = g->fp;
  for (int guard = 0; guard < 100000000; guard++) {
    if (pc >= 0 && static_cast<size_t>(pc) < prog_.ptrmapAt.size()) {
      int32_t m = prog_.ptrmapAt[static_cast<size_t>(pc)];
      if (m >= 0) {
        int64_t limit = childFp == UINT64_MAX ? INT64_MAX : static_cast<int64_t>(childFp) - fp;
        each(g->stack + fp, prog_.ptrmaps[static_cast<size_t>(m)], limit);
      }
    }
    // The closure context of the frame (kept alive while the frame runs).
    visit(g->stack + fp + kCtxOffset);
    uint32_t retPc = load<uint32_t>(g->stack + fp);
    uint32_t callerFp = load<uint32_t>(g->stack + fp + 4);
    if (retPc == kStubHalt || retPc == kStubGoExit || fp == 0) break;
    if (retPc == kStubPanicResume) {
      pc = -1;
      for (Panic* p = g->panic; p; p = p->link)
        if (p->raisedFp == callerFp) {
          pc = p->raisedPc;
          break;
        }
    } else if (retPc == kStubCallInReturn) {
      pc = -1;
      if (g == g_)
        for (const CallInRecord& r : callIns_)
          if (r.fp == callerFp) pc = r.pc;
    } else {
      pc = callSitePc(retPc);
    }
    childFp = fp;
    fp = callerFp;
  }
}

// Moves each pointer that pointed into g's old stack block by delta.
void VM::adjustPointers(G* g, uint8_t* oldLo, uint64_t oldSize, int64_t delta, int32_t callee, uint32_t calleeFrame) {
  auto lo = rt::fromHost(oldLo), hi = lo + oldSize;
  walkFrameWords(g, callee, calleeFrame, [&](uint8_t* w) {
    GoPtr p = load<GoPtr>(w);
    if (p >= lo && p < hi) store<GoPtr>(w, p + static_cast<GoPtr>(delta));
  });
  // A defer that escape analysis keeps on the stack has its closure object
  // in the deferring frame: the defer record points into the stack.
  for (Defer* d = g->defers; d; d = d->next)
    if (d->fn >= lo && d->fn < hi) d->fn += static_cast<GoPtr>(delta);
}

void VM::stackOverflow(int32_t pc, uint32_t fp) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "runtime: goroutine stack exceeds %" PRIu64 "-byte limit\n", opts_.maxStack);
  writeErr(buf);
  uint64_t base = 0xc000000000ull;
  std::snprintf(buf, sizeof buf, "runtime: sp=0x%" PRIx64 " stack=[0x%" PRIx64 ", 0x%" PRIx64 "]\n",
                base + fp, base, base + g_->stackSize);
  writeErr(buf);
  writeErr("fatal error: stack overflow\n\n");
  writeErr("goroutine 1 [running]:\n");
  traceback(g_, pc, fp);
  stop_ = Stop::Fatal;
  exitCode_ = 2;
}

void VM::outOfMemory(uint64_t size) {
  if (stop_ != Stop::None) return;
  char buf[160];
  std::snprintf(buf, sizeof buf,
                "runtime: out of memory: cannot allocate %" PRIu64 "-byte block (%" PRIu64 " in use)\n",
                size, heap_.inUse());
  writeErr(buf);
  writeErr("fatal error: out of memory\n\n");
  writeErr("goroutine 1 [running]:\n");
  traceback(g_, g_->pc, g_->fp);
  stop_ = Stop::Fatal;
  exitCode_ = 2;
}

void VM::fatal(std::string_view msg) {
  if (stop_ != Stop::None) return;
  writeErr("fatal error: ");
  writeErr(msg);
  writeErr("\n\ngoroutine " + std::to_string(g_->id) + " [running]:\n");
  traceback(g_, g_->pc, g_->fp);
  writeErr(createdBy(g_));
  stop_ = Stop::Fatal;
  exitCode_ = 2;
}

// ------------------------------------------------------------ tracebacks

void VM::traceback(G* g, int32_t pc, uint32_t fp) {
  constexpr int kMaxFrames = 100;
  int printed = 0;
  std::string out;
  for (int guard = 0; guard < 100000000; guard++) {
    int32_t fi = prog_.funcAt(pc);
    if (fi >= 0) {
      const FuncInfo& f = prog_.funcs[static_cast<size_t>(fi)];
      if (!f.isWrapper) {
        if (printed == kMaxFrames) {
          out += "...additional frames elided...\n";
          break;
        }
        printed++;
        out += f.name;
        out += "(...)\n\t";
        if (f.file >= 0) out += prog_.files[static_cast<size_t>(f.file)];
        out += ":";
        out += std::to_string(pc >= 0 && pc < static_cast<int32_t>(prog_.lines.size()) ? prog_.lines[static_cast<size_t>(pc)] : 0);
        char hex[32];
        std::snprintf(hex, sizeof hex, " +0x%x\n", (pc - f.entry) * 4);
        out += hex;
      }
    }
    uint32_t retPc = load<uint32_t>(g->stack + fp);
    uint32_t callerFp = load<uint32_t>(g->stack + fp + 4);
    if (retPc == kStubHalt || fp == 0) break;
    if (retPc == kStubPanicResume) {
      pc = -1;
      for (Panic* p = g->panic; p; p = p->link)
        if (p->raisedFp == callerFp) {
          pc = p->raisedPc;
          break;
        }
    } else if (retPc == kStubCallInReturn) {
      pc = -1;
      for (const CallInRecord& r : callIns_)
        if (r.fp == callerFp) pc = r.pc;
    } else {
      pc = callSitePc(retPc);
    }
    fp = callerFp;
  }
  writeErr(out);
}

// ---------------------------------------------------------------- panics

GoIface VM::makeErrorValue(int32_t typeIndex, std::string_view msg) {
  const rt::RType* t = types_[static_cast<size_t>(typeIndex)];
  // Runtime error values belong to no site (not to the instruction that
  // failed, a makeslice say, whose site names what it would have made).
  GoString s = newString(msg, kNoSite);
  const rt::RType* holder = t->kind == rt::RKind::Pointer ? t->elem : t;
  uint8_t* obj = alloc(static_cast<uint64_t>(holder->size), holder, kNoSite);
  if (holder->size >= 16) store<GoString>(obj, s);
  return GoIface{rt::fromHost(t), rt::fromHost(obj)};
}

GoIface VM::makePanicNilError() {
  int32_t ti = prog_.wk.panicNilError;
  const rt::RType* t = types_[static_cast<size_t>(ti)];
  uint8_t* obj = alloc(static_cast<uint64_t>(t->elem->size ? t->elem->size : 1), t->elem, kNoSite);
  return GoIface{rt::fromHost(t), rt::fromHost(obj)};
}

void VM::raiseRuntimeError(std::string_view msg, bool fault, int32_t pc, uint32_t fp) {
  GoIface v = makeErrorValue(prog_.wk.runtimeErrorString, msg);
  if (stop_ != Stop::None) return;
  startPanic(v, fault, pc, fp);
}

void VM::panicWith(GoIface value) {
  if (value.type == 0) value = makePanicNilError();
  pendingPanic_ = true;
  pendingValue_ = value;
  pendingFault_ = false;
}

void VM::panicRuntimeError(std::string_view msg) {
  pendingPanic_ = true;
  pendingValue_ = makeErrorValue(prog_.wk.runtimeErrorString, msg);
  pendingFault_ = false;
}

void VM::panicPlain(std::string_view msg) {
  pendingPanic_ = true;
  pendingValue_ = makeErrorValue(prog_.wk.runtimePlainError, msg);
  pendingFault_ = false;
}

void VM::panicString(std::string_view msg) {
  const rt::RType* st = types_[static_cast<size_t>(prog_.wk.stringType)];
  GoString s = newString(msg, kNoSite);
  uint8_t* box = alloc(16, st, kNoSite);
  store<GoString>(box, s);
  pendingPanic_ = true;
  pendingValue_ = GoIface{rt::fromHost(st), rt::fromHost(box)};
  pendingFault_ = false;
}

void VM::raiseMapError(rt::MapError err, const rt::RType* bad) {
  switch (err) {
    case rt::MapError::NilMapWrite:
      startPanic(makeErrorValue(prog_.wk.runtimePlainError, "assignment to entry in nil map"), false,
                 g_->pc, g_->fp);
      return;
    case rt::MapError::Unhashable:
      raiseRuntimeError("hash of unhashable type " + (bad ? bad->name : std::string("?")), false, g_->pc,
                        g_->fp);
      return;
    case rt::MapError::OutOfMemory:
      outOfMemory(heap_.lastFailedSize());
      return;
    case rt::MapError::None:
      return;
  }
}

void VM::raiseAssertError(const rt::RType* have, const rt::RType* want, int32_t ifaceType,
                          const rt::RIMethod* missing) {
  std::string iface = types_[static_cast<size_t>(ifaceType)]->name;
  std::string msg = "interface conversion: ";
  if (!have) {
    // Go names the static interface type when asserting to a concrete type.
    msg += (want->kind == rt::RKind::Interface ? std::string("interface") : iface) + " is nil, not " + want->name;
  } else if (missing) {
    std::string m = missing->name;
    size_t dot = m.rfind('.');
    if (dot != std::string::npos) m = m.substr(dot + 1);
    msg += have->name + " is not " + want->name + ": missing method " + m;
  } else {
    msg += iface + " is " + have->name + ", not " + want->name;
  }
  GoIface v = makeErrorValue(prog_.wk.typeAssertionError, msg);
  if (stop_ != Stop::None) return;
  startPanic(v, false, g_->pc, g_->fp);
}

void VM::raiseNilValueMethod(const rt::RType* ptrType, const std::string& method) {
  const rt::RType* t = ptrType->elem;
  std::string typ = t->name;
  size_t dot = typ.rfind('.');
  std::string shortName = dot == std::string::npos ? typ : typ.substr(dot + 1);
  std::string msg = "value method " + typ + "." + method + " called using nil *" + shortName + " pointer";
  startPanic(makeErrorValue(prog_.wk.runtimePlainError, msg), false, g_->pc, g_->fp);
}

void VM::startGoexit(int32_t pc, uint32_t fp) {
  auto* p = new Panic;
  p->goexit = true;
  p->link = g_->panic;
  p->raisedFp = fp;
  p->raisedPc = pc;
  g_->panic = p;
  continuePanic(pc, fp);
}

void VM::startPanic(GoIface value, bool fault, int32_t pc, uint32_t fp) {
  if (stop_ != Stop::None) return;
  auto* p = new Panic;
  p->value = value;
  p->link = g_->panic;
  p->fault = fault;
  p->raisedFp = fp;
  p->raisedPc = pc;
  g_->panic = p;
  continuePanic(pc, fp);
}

void VM::continuePanic(int32_t pc, uint32_t fp) {
  G* g = g_;
  Panic* p = g->panic;
  Defer* d = g->defers;
  if (d && d->frameOff >= callInBoundary_) {
    g->defers = d->next;
    GoPtr fn = d->fn;
    p->deferFrame = d->frameOff;
    p->deferRetPc = d->retPc;
    freeDefer(d);
    uint32_t top = fp + static_cast<uint32_t>(frameSizeAt(pc));
    g->fp = fp;
    g->pc = pc;
    p->deferCallFp = top;
    pushCall(fn, top, kStubPanicResume);
    return;
  }
  if (p->goexit && !p->link) {
    // runtime.Goexit ran every deferred call: the goroutine ends.
    g->panic = p->link;
    delete p;
    if (g->id == 1) mainGoexited_ = true;
    g->status = GStatus::Dead;
    switch_ = true;
    return;
  }
  if (!callIns_.empty()) {
    // Leave the call-in: the native that made it decides what happens next.
    const CallInRecord& r = callIns_.back();
    p->raisedFp = r.fp;
    p->raisedPc = r.pc;
    g->fp = r.fp;
    g->pc = r.pc;
    unwindCallIn_ = true;
    return;
  }
  reportPanic(pc, fp);
}

void VM::afterDeferredCall() {
  G* g = g_;
  Panic* p = g->panic;
  if (!p) {
    // The deferred call's panic was recovered further up; nothing to continue.
    fatal("internal error: panic resumed without a panic");
    return;
  }
  if (p->recovered) {
    uint32_t target = p->deferFrame;
    int32_t retPc = p->deferRetPc;
    g->panic = p->link;
    delete p;
    // Panics raised in frames that are now being unwound were aborted.
    while (g->panic && g->panic->raisedFp >= target) {
      Panic* q = g->panic;
      g->panic = q->link;
      delete q;
    }
    while (g->defers && g->defers->frameOff > target) {
      Defer* d = g->defers;
      g->defers = d->next;
      freeDefer(d);
    }
    g->fp = target;
    g->pc = retPc;
    return;
  }
  continuePanic(p->raisedPc, p->raisedFp);
}

GoIface VM::doRecover(uint32_t fp) {
  Panic* p = g_->panic;
  if (!p || p->recovered || p->goexit) return GoIface{0, 0};
  bool direct = fp == p->deferCallFp;
  if (!direct) {
    uint32_t callerFp = load<uint32_t>(g_->stack + fp + 4);
    uint32_t retPc = load<uint32_t>(g_->stack + fp);
    if (callerFp == p->deferCallFp) {
      int32_t f = prog_.funcAt(callSitePc(retPc));
      direct = f >= 0 && prog_.funcs[static_cast<size_t>(f)].isWrapper;
    }
  }
  if (!direct) return GoIface{0, 0};
  p->recovered = true;
  return p->value;
}

void VM::printPanics(Panic* p) {
  if (p->goexit) {
    if (p->link) printPanics(p->link);
    return;
  }
  if (p->link && !p->link->goexit) {
    printPanics(p->link);
    writeErr("\t");
  }
  std::string line = "panic: " + panicValueText(p->value);
  if (p->recovered) line += " [recovered]";
  line += "\n";
  writeErr(line);
}

void VM::reportPanic(int32_t pc, uint32_t fp) {
  // Text for error/Stringer values may need call-ins: place them above the
  // panicking frame.
  callTop_ = fp + static_cast<uint32_t>(frameSizeAt(pc));
  g_->fp = fp;
  g_->pc = pc;
  printPanics(g_->panic);
  bool fault = false;
  for (Panic* p = g_->panic; p; p = p->link) fault = fault || p->fault;
  if (fault) writeErr("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
  writeErr("\ngoroutine " + std::to_string(g_->id) + " [running]:\n");
  traceback(g_, pc, fp);
  writeErr(createdBy(g_));
  stop_ = Stop::Fatal;
  exitCode_ = 2;
}

namespace {

// Go's runtime print format for floats: +d.dddddde+ddd (runtime/print.go).
std::string runtimeFloat(double v) {
  if (v != v) return "NaN";
  if (v + v == v && v > 0) return "+Inf";
  if (v + v == v && v < 0) return "-Inf";
  constexpr int n = 7;
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (std::signbit(v)) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    int s = static_cast<int>(v);
    buf[i + 2] = static_cast<char>(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = static_cast<char>(e / 100 + '0');
  buf[n + 5] = static_cast<char>((e / 10) % 10 + '0');
  buf[n + 6] = static_cast<char>(e % 10 + '0');
  return std::string(buf, n + 7);
}

bool isStringMethod(const rt::RMethod& m) {
  return m.mtype && m.mtype->in.empty() && m.mtype->out.size() == 1 &&
         m.mtype->out[0]->kind == rt::RKind::String;
}

}  // namespace

void VM::printInt(int64_t v) { writeErr(std::to_string(v)); }
void VM::printUint(uint64_t v) { writeErr(std::to_string(v)); }
void VM::printFloat(double v) { writeErr(runtimeFloat(v)); }
void VM::printComplex(double re, double im) {
  writeErr("(" + runtimeFloat(re) + runtimeFloat(im) + "i)");
}
void VM::printHex(uint64_t v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%" PRIx64, v);
  writeErr(buf);
}

std::string VM::panicValueText(const GoIface& v) {
  if (v.type == 0) return "nil";
  const rt::RType* t = v.rtype();
  for (const char* name : {"Error", "String"}) {
    const rt::RMethod* m = t->findMethod(name);
    if (m && isStringMethod(*m)) {
      GoString s{0, 0};
      GoIface pv;
      if (callMethod(t, v.data, m, reinterpret_cast<uint8_t*>(&s), 16, &pv)) return std::string(s.view());
      recoverCallInPanic();
      return "(" + t->name + ") panic in " + name + " method";
    }
  }
  const uint8_t* p = t->has(rt::kPointerShaped) ? reinterpret_cast<const uint8_t*>(&v.data) : rt::toHost(v.data);
  std::string s;
  switch (t->kind) {
    case rt::RKind::Bool: s = load<uint8_t>(p) ? "true" : "false"; break;
    case rt::RKind::Int: case rt::RKind::Int64: s = std::to_string(load<int64_t>(p)); break;
    case rt::RKind::Int32: s = std::to_string(load<int32_t>(p)); break;
    case rt::RKind::Int16: s = std::to_string(load<int16_t>(p)); break;
    case rt::RKind::Int8: s = std::to_string(load<int8_t>(p)); break;
    case rt::RKind::Uint: case rt::RKind::Uint64: case rt::RKind::Uintptr:
      s = std::to_string(load<uint64_t>(p));
      break;
    case rt::RKind::Uint32: s = std::to_string(load<uint32_t>(p)); break;
    case rt::RKind::Uint16: s = std::to_string(load<uint16_t>(p)); break;
    case rt::RKind::Uint8: s = std::to_string(load<uint8_t>(p)); break;
    case rt::RKind::Float64: s = runtimeFloat(load<double>(p)); break;
    case rt::RKind::Float32: s = runtimeFloat(load<float>(p)); break;
    case rt::RKind::Complex128:
      s = "(" + runtimeFloat(load<double>(p)) + runtimeFloat(load<double>(p + 8)) + "i)";
      break;
    case rt::RKind::Complex64:
      s = "(" + runtimeFloat(load<float>(p)) + runtimeFloat(load<float>(p + 4)) + "i)";
      break;
    case rt::RKind::String: {
      std::string text(load<GoString>(p).view());
      if (t->has(rt::kNamed)) return t->name + "(\"" + text + "\")";
      return text;
    }
    default: {
      char buf[40];
      std::snprintf(buf, sizeof buf, "0x%" PRIx64, v.data);
      return "(" + t->name + ") " + buf;
    }
  }
  if (t->has(rt::kNamed)) return t->name + "(" + s + ")";
  return s;
}

// --------------------------------------------------------------- call-ins

bool VM::callInImpl(int32_t callee, GoPtr ctx, const uint8_t* params, int32_t paramsLen,
                    const uint8_t* recv, int32_t recvLen, uint8_t* results, int32_t resultsSize,
                    GoIface* panicValue) {
  G* g = g_;
  const FuncInfo& fi = prog_.funcs[static_cast<size_t>(callee)];
  const FuncRT& f = funcRT_[static_cast<size_t>(callee)];
  uint32_t top = (callTop_ + 15u) & ~15u;
  if (top < g->fp + kFrameHeader) top = (g->fp + static_cast<uint32_t>(frameSizeAt(g->pc)) + 15u) & ~15u;
  uint64_t need = static_cast<uint64_t>(top) + static_cast<uint64_t>(f.frameSize);
  GoPtr oldLo = rt::fromHost(g->stack), oldHi = oldLo + g->stackSize;
  if (need > g->stackSize && !growStack(need, -1, 0)) {
    if (stop_ == Stop::None) stackOverflow(g->pc, g->fp);
    return false;
  }
  // A closure kept in a frame (escape analysis) moves with the stack.
  if (ctx >= oldLo && ctx < oldHi) ctx = ctx - oldLo + rt::fromHost(g->stack);
  uint8_t* nfp = g->stack + top;
  if (paramsLen) std::memcpy(nfp + kFrameHeader, params, static_cast<size_t>(paramsLen));
  if (recvLen) std::memcpy(nfp + fi.recvOffset, recv, static_cast<size_t>(recvLen));
  store<uint32_t>(nfp, kStubCallInReturn);
  store<uint32_t>(nfp + 4, g->fp);
  store<uint64_t>(nfp + kCtxOffset, ctx);
  if (f.zeroFrom < f.frameSize) std::memset(nfp + f.zeroFrom, 0, static_cast<size_t>(f.frameSize - f.zeroFrom));
  uint32_t savedFp = g->fp, savedBoundary = callInBoundary_, savedTop = callTop_, savedNative = nativeFrame_;
  int32_t savedPc = g->pc;
  callIns_.push_back({savedFp, savedPc});
  callInBoundary_ = top;
  g->fp = top;
  g->pc = f.entry;
  ExecResult r = exec(top);
  callIns_.pop_back();
  callInBoundary_ = savedBoundary;
  callTop_ = savedTop;
  nativeFrame_ = savedNative;
  if (r == ExecResult::CallInReturned) {
    if (resultsSize) std::memcpy(results, g->stack + top + fi.resultsOffset, static_cast<size_t>(resultsSize));
    g->fp = savedFp;
    g->pc = savedPc;
    return true;
  }
  if (r == ExecResult::CallInPanicked) {
    g->fp = savedFp;
    g->pc = savedPc;
    if (panicValue) *panicValue = g->panic->value;
    callInPanicked_ = true;
  }
  return false;
}

bool VM::callIn(GoPtr fn, const uint8_t* args, int32_t argsSize, uint8_t* results, int32_t resultsSize,
                GoIface* panicValue) {
  if (!fn) {
    panicRuntimeError("invalid memory address or nil pointer dereference");
    return false;
  }
  int32_t callee = static_cast<int32_t>(load<int64_t>(rt::toHost(fn)));
  if (prog_.funcs[static_cast<size_t>(callee)].native) {
    fatal("call-in to a native function");
    return false;
  }
  return callInImpl(callee, fn, args, argsSize, nullptr, 0, results, resultsSize, panicValue);
}

bool VM::callMethod(const rt::RType* t, GoPtr data, const rt::RMethod* m, uint8_t* results,
                    int32_t resultsSize, GoIface* panicValue) {
  const uint8_t* recv;
  int32_t recvLen;
  GoPtr word = data;
  if (m->ptrRecv || t->has(rt::kPointerShaped)) {
    if (!m->ptrRecv && t->kind == rt::RKind::Pointer) {
      // A value method through a pointer: copy the pointed-to value.
      uint8_t* src = rt::toHost(data);
      if (!src) {
        raiseNilValueMethod(t, m->name);
        return false;
      }
      recv = src;
      recvLen = static_cast<int32_t>(t->elem->size);
    } else {
      recv = reinterpret_cast<const uint8_t*>(&word);
      recvLen = 8;
    }
  } else {
    recv = rt::toHost(data);
    recvLen = static_cast<int32_t>(t->size);
  }
  // The receiver bytes may live in the heap; copy them aside in case the
  // stack moves while the frame is set up.
  std::vector<uint8_t> copy(recv, recv + recvLen);
  const FuncInfo& fi = prog_.funcs[static_cast<size_t>(m->func)];
  if (fi.native) {
    // A natively implemented method: lay out its arguments in scratch stack
    // space above the current frame and call it directly.
    uint32_t top = (callTop_ + 15u) & ~15u;
    uint64_t need = static_cast<uint64_t>(top) + static_cast<uint64_t>(fi.argsEnd);
    if (need > g_->stackSize && !growStack(need, -1, 0)) return false;
    uint8_t* frame = g_->stack + top;
    std::memset(frame, 0, static_cast<size_t>(fi.argsEnd));
    std::memcpy(frame + fi.recvOffset, copy.data(), static_cast<size_t>(recvLen));
    uint32_t savedNative = nativeFrame_, savedTop = callTop_;
    nativeFrame_ = top;
    callTop_ = top + static_cast<uint32_t>(fi.argsEnd);
    fi.native(*this, frame + kFrameHeader);
    nativeFrame_ = savedNative;
    callTop_ = savedTop;
    if (pendingPanic_) {
      pendingPanic_ = false;
      if (panicValue) *panicValue = pendingValue_;
      return false;
    }
    if (resultsSize) std::memcpy(results, g_->stack + top + fi.resultsOffset, static_cast<size_t>(resultsSize));
    return stop_ == Stop::None;
  }
  return callInImpl(m->func, 0, nullptr, 0, copy.data(), recvLen, results, resultsSize, panicValue);
}

void VM::recoverCallInPanic() {
  if (!callInPanicked_) return;
  callInPanicked_ = false;
  Panic* p = g_->panic;
  if (p) {
    g_->panic = p->link;
    delete p;
  }
}

// --------------------------------------------------------- interfaces

bool VM::implements(const rt::RType* t, const rt::RType* iface, const rt::RIMethod** missing) {
  size_t j = 0;
  for (const rt::RIMethod& im : iface->imethods) {
    while (j < t->methods.size() && t->methods[j].name < im.name) j++;
    if (j == t->methods.size() || t->methods[j].name != im.name || t->methods[j].mtype != im.mtype) {
      if (missing) *missing = &im;
      return false;
    }
  }
  return true;
}

void VM::copyOut(uint8_t* dst, const GoIface& x, const rt::RType* t) {
  if (t->has(rt::kPointerShaped)) {
    store<GoPtr>(dst, x.data);
  } else {
    std::memcpy(dst, rt::toHost(x.data), static_cast<size_t>(t->size));
  }
}

}  // namespace gs::vm
