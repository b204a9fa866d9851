#include "core/inspect/inspect.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <unordered_set>

#include "core/runtime/map.h"
#include "core/vm/vm_internal.h"

namespace gs::inspect {

using rt::GoPtr;
using rt::load;
using rt::RKind;
using rt::RType;
using vm::G;
using vm::GStatus;

// ---- JSON writing

// Declared in inspect.h: the wasm exports (core/wasm/main.cpp) write their
// JSON with it too.
void jstr(std::string& o, std::string_view s) {
  o += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': o += "\\\""; break;
      case '\\': o += "\\\\"; break;
      case '\n': o += "\\n"; break;
      case '\r': o += "\\r"; break;
      case '\t': o += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          o += buf;
        } else {
          o += static_cast<char>(c);
        }
    }
  }
  o += '"';
}

namespace {

void jnum(std::string& o, int64_t v) { o += std::to_string(v); }
void jnum(std::string& o, uint64_t v) { o += std::to_string(v); }

// "key": (with a leading comma unless first)
void key(std::string& o, const char* k, bool first = false) {
  if (!first) o += ',';
  o += '"';
  o += k;
  o += "\":";
}

const char* stateName(GStatus s) {
  switch (s) {
    case GStatus::Runnable: return "runnable";
    case GStatus::Running: return "running";
    case GStatus::Waiting: return "waiting";
    case GStatus::Dead: return "dead";
  }
  return "dead";
}

// The trace's event names -> the protocol's.
const char* protocolKind(const char* kind) {
  if (!std::strcmp(kind, "create")) return "created";
  if (!std::strcmp(kind, "block")) return "blocked";
  if (!std::strcmp(kind, "unblock")) return "unblocked";
  if (!std::strcmp(kind, "exit")) return "exited";
  if (!std::strcmp(kind, "stack-grow")) return "stackGrew";
  if (!std::strcmp(kind, "stack-shrink")) return "stackShrank";
  if (!std::strcmp(kind, "stack-move")) return "stackCopied";
  if (!std::strcmp(kind, "gc")) return "gc";
  return nullptr;
}

// Splits the trace text `k=v k2="v w"` into pairs.
std::vector<std::pair<std::string, std::string>> parseDetail(const std::string& s) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') i++;
    size_t eq = s.find('=', i);
    if (eq == std::string::npos) break;
    std::string k = s.substr(i, eq - i);
    size_t j = eq + 1;
    std::string v;
    if (j < s.size() && s[j] == '"') {
      size_t end = s.find('"', j + 1);
      if (end == std::string::npos) end = s.size();
      v = s.substr(j + 1, end - j - 1);
      i = end + 1;
    } else {
      size_t end = s.find(' ', j);
      if (end == std::string::npos) end = s.size();
      v = s.substr(j, end - j);
      i = end;
    }
    out.emplace_back(std::move(k), std::move(v));
  }
  return out;
}

bool isNumber(const std::string& v) {
  if (v.empty() || v.size() > 15) return false;
  for (char c : v)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string hex(uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%" PRIx64, v);
  return buf;
}

}  // namespace

// ------------------------------------------------------------ events

void Snapshotter::event(int64_t nanos, const char* kind, const std::string& detail) {
  const char* pk = protocolKind(kind);
  if (!pk) return;
  Event e;
  e.t = nanos;
  e.kind = pk;
  e.g = -1;
  e.detail = parseDetail(detail);
  uint64_t newSize = 0, copied = 0;
  for (auto it = e.detail.begin(); it != e.detail.end();) {
    if (it->first == "g") {
      e.g = std::strtoll(it->second.c_str(), nullptr, 10);
      it = e.detail.erase(it);
      continue;
    }
    if (it->first == "new" || it->first == "stack") newSize = std::strtoull(it->second.c_str(), nullptr, 10);
    if (it->first == "copied") copied = std::strtoull(it->second.c_str(), nullptr, 10);
    ++it;
  }
  // Stack histories: every block size a goroutine had, in order.
  if (e.g >= 0) {
    if (e.kind == "created") {
      stackHistory_[e.g] = {newSize};
    } else if (e.kind == "exited") {
      stackHistory_.erase(e.g);
    } else if (e.kind == "stackGrew" || e.kind == "stackShrank") {
      std::vector<uint64_t>& h = stackHistory_[e.g];
      if (h.size() < 64) h.push_back(newSize);
      // The bytes in use when the stack was copied: a high-water candidate.
      uint64_t& high = highWater_[e.g];
      high = std::max(high, copied);
    }
  }
  events_.push_back(std::move(e));
  if (events_.size() > limits_.events) {
    events_.pop_front();
    dropped_++;
  }
}

void Snapshotter::writeEvents(std::string& o) {
  key(o, "events");
  o += '[';
  bool first = true;
  for (const Event& e : events_) {
    if (!first) o += ',';
    first = false;
    o += "{\"t\":";
    jnum(o, e.t);
    key(o, "kind");
    jstr(o, e.kind);
    if (e.g >= 0) {
      key(o, "g");
      jnum(o, e.g);
    }
    key(o, "detail");
    o += '{';
    bool f2 = true;
    for (const auto& [k, v] : e.detail) {
      if (!f2) o += ',';
      f2 = false;
      jstr(o, k);
      o += ':';
      if (isNumber(v)) o += v;
      else jstr(o, v);
    }
    o += "}}";
  }
  o += ']';
  key(o, "eventsDropped");
  jnum(o, dropped_);
  events_.clear();
  dropped_ = 0;
}

// ------------------------------------------------------------ values

const RType* Snapshotter::typeNamed(vm::VM& vm, const std::string& name) {
  if (typesFor_ != &vm.prog_) {
    typesFor_ = &vm.prog_;
    typesByName_.clear();
    for (const auto& t : vm.prog_.types)
      if (t) typesByName_.emplace(t->name, t.get());
  }
  auto it = typesByName_.find(name);
  return it == typesByName_.end() ? nullptr : it->second;
}

// Go-like text for the value of type t at p (p points at readable memory
// of t->size bytes). Memory behind pointers is read only when it lies in
// a heap object or the static data, so a stale slot cannot crash us.
std::string Snapshotter::formatValue(vm::VM& vm, const RType* t, const uint8_t* p, int depth) {
  auto readable = [&](GoPtr ptr, int64_t len) -> bool {
    if (len <= 0) return true;
    rt::ObjRef o;
    if (vm.heap_.find(ptr, &o))
      return ptr + static_cast<uint64_t>(len) <= rt::fromHost(o.base) + o.size;
    GoPtr lo = rt::fromHost(vm.statics_);
    return ptr >= lo && ptr + static_cast<uint64_t>(len) <= lo + vm.prog_.staticData.size();
  };
  char buf[64];
  switch (t->kind) {
    case RKind::Bool: return load<uint8_t>(p) ? "true" : "false";
    case RKind::Int: case RKind::Int64: return std::to_string(load<int64_t>(p));
    case RKind::Int32: return std::to_string(load<int32_t>(p));
    case RKind::Int16: return std::to_string(load<int16_t>(p));
    case RKind::Int8: return std::to_string(load<int8_t>(p));
    case RKind::Uint: case RKind::Uint64: case RKind::Uintptr: return std::to_string(load<uint64_t>(p));
    case RKind::Uint32: return std::to_string(load<uint32_t>(p));
    case RKind::Uint16: return std::to_string(load<uint16_t>(p));
    case RKind::Uint8: return std::to_string(load<uint8_t>(p));
    case RKind::Float64: std::snprintf(buf, sizeof buf, "%g", load<double>(p)); return buf;
    case RKind::Float32: std::snprintf(buf, sizeof buf, "%g", static_cast<double>(load<float>(p))); return buf;
    case RKind::Complex128:
      std::snprintf(buf, sizeof buf, "(%g%+gi)", load<double>(p), load<double>(p + 8));
      return buf;
    case RKind::Complex64:
      std::snprintf(buf, sizeof buf, "(%g%+gi)", static_cast<double>(load<float>(p)),
                    static_cast<double>(load<float>(p + 4)));
      return buf;
    case RKind::String: {
      rt::GoString s = load<rt::GoString>(p);
      if (s.len == 0) return "\"\"";
      int64_t n = std::min<int64_t>(s.len, static_cast<int64_t>(limits_.valueChars));
      if (s.len < 0 || !readable(s.ptr, n)) return "string(len " + std::to_string(s.len) + ")";
      std::string out = "\"";
      for (int64_t i = 0; i < n; i++) {
        char c = s.data()[i];
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') out += "\\n";
        else out += c;
      }
      out += s.len > n ? "\"..." : "\"";
      return out;
    }
    case RKind::Slice: {
      rt::GoSlice s = load<rt::GoSlice>(p);
      if (s.ptr == 0) return "nil";
      std::string out = "[]len=" + std::to_string(s.len) + " cap=" + std::to_string(s.cap);
      if (depth < 1 && t->elem && t->elem->size > 0 && s.len > 0) {
        int64_t n = std::min<int64_t>(s.len, 8);
        if (readable(s.ptr, n * t->elem->size)) {
          out += " [";
          for (int64_t i = 0; i < n; i++) {
            if (i) out += ' ';
            out += formatValue(vm, t->elem, s.data() + i * t->elem->size, depth + 1);
          }
          out += s.len > n ? " ...]" : "]";
        }
      }
      return out;
    }
    case RKind::Array: {
      if (depth >= 1 || !t->elem || t->elem->size == 0) return t->name;
      std::string out = "[";
      int64_t n = std::min<int64_t>(t->len, 8);
      for (int64_t i = 0; i < n; i++) {
        if (i) out += ' ';
        out += formatValue(vm, t->elem, p + i * t->elem->size, depth + 1);
      }
      return out + (t->len > n ? " ...]" : "]");
    }
    case RKind::Struct: {
      if (depth >= 1) return "{...}";
      std::string out = "{";
      size_t n = std::min<size_t>(t->fields.size(), 8);
      for (size_t i = 0; i < n; i++) {
        if (i) out += ' ';
        out += t->fields[i].name + ":" + formatValue(vm, t->fields[i].type, p + t->fields[i].offset, depth + 1);
      }
      return out + (t->fields.size() > n ? " ...}" : "}");
    }
    case RKind::Interface: {
      rt::GoIface v = load<rt::GoIface>(p);
      if (v.type == 0) return "nil";
      const RType* dt = v.rtype();
      // The type word must be one of the program's types before we trust it.
      if (dt->id < 0 || static_cast<size_t>(dt->id) >= vm.types_.size() || vm.types_[dt->id] != dt) return "?";
      if (depth >= 1) return dt->name + "(...)";
      if (dt->has(rt::kPointerShaped)) return dt->name + "(" + formatValue(vm, dt, p + 8, depth + 1) + ")";
      if (!readable(v.data, dt->size)) return dt->name + "(?)";
      return dt->name + "(" + formatValue(vm, dt, rt::toHost(v.data), depth + 1) + ")";
    }
    case RKind::Pointer: case RKind::Map: case RKind::Chan: case RKind::Func: case RKind::UnsafePointer: {
      uint64_t v = load<uint64_t>(p);
      return v ? hex(v) : "nil";
    }
    default: break;
  }
  return "?";
}

// ------------------------------------------------------------ goroutines

namespace {

// One frame of a goroutine, innermost first.
struct FrameRef {
  int32_t func;
  int32_t pc;
  uint32_t fp;
};

// Walks g's frames like VM::traceback (wrappers included, callers resolved
// through panics and call-ins). Stops after `max` frames when max > 0.
template <class F>
void walkFrames(const vm::Program& prog, G* g, int32_t pc, uint32_t fp, size_t max, F&& visit) {
  if (!g->stack) return;
  size_t n = 0;
  for (int guard = 0; guard < 100000000; guard++) {
    int32_t fi = prog.funcAt(pc);
    if (fi >= 0) {
      if (!visit(FrameRef{fi, pc, fp})) return;
      if (max && ++n >= max) return;
    }
    uint32_t retPc = load<uint32_t>(g->stack + fp);
    uint32_t callerFp = load<uint32_t>(g->stack + fp + 4);
    if (retPc == vm::kStubHalt || retPc == vm::kStubGoExit || fp == 0) return;
    if (retPc == vm::kStubPanicResume) {
      pc = -1;
      for (vm::Panic* p = g->panic; p; p = p->link)
        if (p->raisedFp == callerFp) pc = p->raisedPc;
    } else if (retPc == vm::kStubCallInReturn) {
      return;  // a native's call-in: the native's frame is not a Go frame
    } else {
      pc = (retPc & vm::kRetToRunDefers) ? static_cast<int32_t>(retPc & vm::kRetPcMask) : static_cast<int32_t>(retPc) - 1;
    }
    fp = callerFp;
  }
}

int32_t lineAt(const vm::Program& prog, int32_t pc) {
  return pc >= 0 && static_cast<size_t>(pc) < prog.lines.size() ? prog.lines[static_cast<size_t>(pc)] : 0;
}

std::string fileOf(const vm::Program& prog, int32_t fi) {
  const vm::FuncInfo& f = prog.funcs[static_cast<size_t>(fi)];
  return f.file >= 0 ? prog.files[static_cast<size_t>(f.file)] : std::string();
}

}  // namespace

void Snapshotter::writeFrames(vm::VM& vm, G* g, std::string& o) {
  const vm::Program& prog = vm.prog_;
  key(o, "frames");
  o += '[';
  bool first = true;
  int32_t pc0 = g->status == GStatus::Waiting && g->blockPc >= 0 ? g->blockPc : g->pc;
  walkFrames(prog, g, pc0, g->fp, limits_.framesPerG, [&](const FrameRef& fr) {
    const vm::FuncInfo& f = prog.funcs[static_cast<size_t>(fr.func)];
    if (f.isWrapper) return true;
    if (!first) o += ',';
    first = false;
    o += "{\"func\":";
    jstr(o, f.name);
    key(o, "file");
    jstr(o, fileOf(prog, fr.func));
    key(o, "line");
    jnum(o, static_cast<int64_t>(lineAt(prog, fr.pc)));
    key(o, "size");
    jnum(o, static_cast<int64_t>(f.frameSize));
    key(o, "offset");
    jnum(o, static_cast<int64_t>(fr.fp));
    key(o, "slots");
    o += '[';
    bool fs = true;
    uint8_t* frame = g->stack + fr.fp;
    for (const vm::SlotInfo& s : f.slots) {
      if (s.kind == vm::SlotKind::Outgoing || s.size <= 0) continue;
      if (fr.fp + static_cast<uint64_t>(s.offset + s.size) > g->stackSize) continue;
      if (!fs) o += ',';
      fs = false;
      o += "{\"name\":";
      jstr(o, s.name);
      key(o, "type");
      // A heap-cell slot's type is already the cell pointer's (*T).
      jstr(o, s.heapCell && s.type.rfind("*", 0) != 0 ? "*" + s.type : s.type);
      key(o, "offset");
      jnum(o, static_cast<int64_t>(s.offset));
      key(o, "size");
      jnum(o, static_cast<int64_t>(s.size));
      const uint8_t* p = frame + s.offset;
      const RType* t = s.heapCell ? nullptr : typeNamed(vm, s.type);
      std::string value;
      uint64_t word = s.size >= 8 ? load<uint64_t>(p) : 0;
      bool pointerish = s.heapCell;
      if (t && t->size == s.size) {
        value = formatValue(vm, t, p, 0);
        pointerish = t->kind == RKind::Pointer || t->kind == RKind::Slice || t->kind == RKind::Map ||
                     t->kind == RKind::Chan || t->kind == RKind::Func || t->kind == RKind::String ||
                     t->kind == RKind::UnsafePointer;
      } else if (s.heapCell) {
        // A variable moved to the heap: the slot holds its cell's address.
        const RType* vt = typeNamed(vm, s.type.rfind("*", 0) == 0 ? s.type.substr(1) : s.type);
        rt::ObjRef cell;
        if (vt && vm.heap_.find(word, &cell) && word + static_cast<uint64_t>(vt->size) <= rt::fromHost(cell.base) + cell.size)
          value = "&" + formatValue(vm, vt, rt::toHost(word), 0);
        else
          value = word ? hex(word) : "nil";
      } else {
        // No runtime type of that name: show the raw bytes.
        value = "0x";
        char b[4];
        for (int32_t i = std::min<int32_t>(s.size, 16) - 1; i >= 0; i--) {
          std::snprintf(b, sizeof b, "%02x", p[i]);
          value += b;
        }
        if (s.size > 16) value += "...";
      }
      key(o, "value");
      jstr(o, value);
      // Where the first word points: a heap object or this stack.
      if (pointerish && word) {
        rt::ObjRef obj;
        if (vm.heap_.find(word, &obj)) {
          key(o, "pointsTo");
          jnum(o, rt::fromHost(obj.base));
        } else if (word >= rt::fromHost(g->stack) && word < rt::fromHost(g->stack) + g->stackSize) {
          key(o, "pointsTo");
          o += "{\"stack\":";
          jnum(o, word - rt::fromHost(g->stack));
          o += '}';
        }
      }
      o += '}';
    }
    o += "]}";
    return true;
  });
  o += ']';
}

void Snapshotter::writeGoroutines(vm::VM& vm, std::string& o, int64_t selectedG) {
  const vm::Program& prog = vm.prog_;
  std::vector<G*> gs = vm.allGs_;
  size_t total = gs.size();
  size_t n = std::min(total, limits_.goroutines);
  auto byId = [](G* a, G* b) { return a->id < b->id; };
  if (n < total) std::nth_element(gs.begin(), gs.begin() + static_cast<std::ptrdiff_t>(n), gs.end(), byId);
  gs.resize(n);
  std::sort(gs.begin(), gs.end(), byId);
  // The selected goroutine is always listed.
  if (selectedG >= 0 && std::none_of(gs.begin(), gs.end(), [&](G* g) { return g->id == selectedG; }))
    for (G* g : vm.allGs_)
      if (g->id == selectedG) gs.push_back(g);
  bool allFrames = total <= limits_.framesForAll;
  key(o, "goroutines");
  o += '[';
  for (size_t i = 0; i < gs.size(); i++) {
    G* g = gs[i];
    if (i) o += ',';
    o += "{\"id\":";
    jnum(o, g->id);
    key(o, "state");
    jstr(o, stateName(g->status));
    if (g->status == GStatus::Waiting && g->waitReason && *g->waitReason) {
      key(o, "waitReason");
      jstr(o, g->waitReason);
    }
    if (g->parentId != 0 && g->goPc >= 0) {
      int32_t fi = prog.funcAt(g->goPc);
      key(o, "createdBy");
      o += "{\"goroutine\":";
      jnum(o, g->parentId);
      key(o, "func");
      jstr(o, fi >= 0 ? prog.funcs[static_cast<size_t>(fi)].name : std::string("?"));
      key(o, "file");
      jstr(o, fi >= 0 ? fileOf(prog, fi) : std::string());
      key(o, "line");
      jnum(o, static_cast<int64_t>(lineAt(prog, g->goPc)));
      o += '}';
    }
    // The entry function: the outermost frame that is neither a compiler
    // wrapper nor the program's start function (which runs the inits).
    std::string entry = g->id == 1 ? "main.main" : "?";
    walkFrames(prog, g, g->pc, g->fp, 0, [&](const FrameRef& fr) {
      const vm::FuncInfo& f = prog.funcs[static_cast<size_t>(fr.func)];
      if (!f.isWrapper && fr.func != prog.entryFunc) entry = f.name;
      return true;
    });
    key(o, "func");
    jstr(o, entry);
    uint64_t used = g->stack ? vm.stackUsed(g) : 0;
    uint64_t& high = highWater_[g->id];
    high = std::max(high, used);
    key(o, "stack");
    o += "{\"size\":";
    jnum(o, g->stackSize);
    key(o, "used");
    jnum(o, used);
    key(o, "highWater");
    jnum(o, high);
    key(o, "growths");
    jnum(o, static_cast<uint64_t>(g->growths));
    key(o, "history");
    o += '[';
    auto h = stackHistory_.find(g->id);
    if (h != stackHistory_.end() && !h->second.empty()) {
      for (size_t k = 0; k < h->second.size(); k++) {
        if (k) o += ',';
        jnum(o, h->second[k]);
      }
    } else {
      jnum(o, g->stackSize);  // no events recorded: only the current size is known
    }
    o += "]}";
    if (allFrames || g->id == selectedG) writeFrames(vm, g, o);
    o += '}';
  }
  o += ']';
  key(o, "goroutinesTotal");
  jnum(o, static_cast<uint64_t>(total));
  key(o, "goroutinesCapped");
  o += n < total ? "true" : "false";
}

// ------------------------------------------------------------ heap

namespace {

}  // namespace

void Snapshotter::writeHeap(vm::VM& vm, std::string& o) {
  rt::Heap& heap = vm.heap_;
  // Reachability by the collector's rules (gc.cpp): roots are globals,
  // frames (stack maps), deferred calls, panics and timers; objects are
  // scanned by their RType, maps and channels by their own layout. A visited
  // set of our own: the heap's mark bits are left alone.
  std::unordered_set<const uint8_t*> reachable;
  struct Obj {
    uint8_t* base;
    uint64_t size;
    uint32_t type;
    int32_t site;
  };
  std::vector<Obj> objs;
  size_t total = 0;
  heap.forEachObject([&](const rt::ObjRef& r) {
    total++;
    objs.push_back({r.base, r.size, r.header->type, r.header->site});
  });
  if (total) {
    auto markAddr = [&](uint64_t p, std::vector<rt::ObjRef>& work) {
      if (!p) return;
      rt::ObjRef r;
      if (!heap.find(p, &r)) return;
      if (reachable.insert(r.base).second) work.push_back(r);
    };
    std::vector<rt::ObjRef> work;
    for (int32_t off : vm.prog_.globalPtrOffsets) markAddr(load<GoPtr>(vm.globals_ + off), work);
    for (G* g : vm.allGs_) {
      if (!g->stack) continue;
      vm.walkFrameWords(g, -1, 0, [&](uint8_t* w) { markAddr(load<GoPtr>(w), work); });
      for (vm::Defer* d = g->defers; d; d = d->next) markAddr(d->fn, work);
      for (vm::Panic* p = g->panic; p; p = p->link) markAddr(p->value.data, work);
    }
    for (vm::Timer* t : vm.timers_) {
      markAddr(t->fn, work);
      markAddr(rt::fromHost(t->c), work);
    }
    while (!work.empty()) {
      rt::ObjRef r = work.back();
      work.pop_back();
      uint32_t tid = r.header->type;
      if (tid == rt::kNoScan) continue;
      if (tid == rt::kMapIterObj) {
        auto* it = reinterpret_cast<rt::MapIter*>(r.base);
        markAddr(rt::fromHost(it->map), work);
        markAddr(rt::fromHost(it->entries), work);
      } else if (tid == rt::kMapObj) {
        auto* m = reinterpret_cast<rt::GoMap*>(r.base);
        markAddr(rt::fromHost(m->entries), work);
        markAddr(rt::fromHost(m->index), work);
        for (int64_t i = 0; i < m->entriesLen; i++) {
          uint8_t* e = m->entries + i * m->entrySize;
          if (e[8] != 1) continue;
          for (uint32_t off : m->type->key->ptrOffsets) markAddr(load<GoPtr>(e + m->keyOff + off), work);
          for (uint32_t off : m->type->elem->ptrOffsets) markAddr(load<GoPtr>(e + m->valOff + off), work);
        }
      } else if (tid == rt::kChanObj) {
        auto* c = reinterpret_cast<vm::Chan*>(r.base);
        markAddr(rt::fromHost(c->buf), work);
        const RType* et = c->type->elem;
        if (c->buf && et->size > 0)
          for (int64_t k = 0; k < c->count; k++) {
            uint8_t* e = c->buf + ((c->recvx + k) % c->cap) * et->size;
            for (uint32_t off : et->ptrOffsets) markAddr(load<GoPtr>(e + off), work);
          }
      } else if (tid < vm.types_.size()) {
        const RType* t = vm.types_[tid];
        if (t->size == 0 || !t->has(rt::kHasPointers)) continue;
        uint64_t n = r.size / static_cast<uint64_t>(t->size);
        for (uint64_t i = 0; i < n; i++)
          for (uint32_t off : t->ptrOffsets) markAddr(load<GoPtr>(r.base + i * static_cast<uint64_t>(t->size) + off), work);
      }
    }
  }
  size_t n = std::min(total, limits_.heapObjects);
  auto byAddr = [](const Obj& a, const Obj& b) { return a.base < b.base; };
  if (n < total) std::nth_element(objs.begin(), objs.begin() + static_cast<std::ptrdiff_t>(n), objs.end(), byAddr);
  objs.resize(n);
  std::sort(objs.begin(), objs.end(), byAddr);
  key(o, "heap");
  o += "{\"objects\":[";
  for (size_t i = 0; i < objs.size(); i++) {
    const Obj& ob = objs[i];
    if (i) o += ',';
    uint64_t addr = rt::fromHost(ob.base);
    o += "{\"id\":";
    jnum(o, addr);
    key(o, "addr");
    jnum(o, addr);
    std::string type;
    std::string reason;
    if (ob.type == rt::kChanObj) {
      auto* c = reinterpret_cast<vm::Chan*>(ob.base);
      type = c->type->name;
      // make(chan) records its site; channels the runtime makes (timers)
      // have none.
      if (ob.site < 0) reason = "channels always live in the heap";
    } else if (ob.type == rt::kMapObj) {
      type = reinterpret_cast<rt::GoMap*>(ob.base)->type->name;
    } else if (ob.type == rt::kMapIterObj) {
      type = "map iterator";
    } else if (ob.type == rt::kNoScan) {
      type = "[]byte";  // untyped bytes: string data, map storage
    } else if (ob.type < vm.types_.size()) {
      const RType* t = vm.types_[ob.type];
      type = t->size > 0 && ob.size >= 2 * static_cast<uint64_t>(t->size) ? "[]" + t->name : t->name;
    }
    key(o, "type");
    jstr(o, type);
    key(o, "size");
    jnum(o, ob.size);
    // Allocation sites: the header holds an index into the compiler's
    // site table (Program::allocSites), -1 for runtime allocations. Columns
    // are not recorded (0).
    const vm::Program& prog = vm.prog_;
    key(o, "site");
    o += "{\"func\":";
    if (ob.site >= 0 && static_cast<size_t>(ob.site) < prog.allocSites.size()) {
      const vm::AllocSite& as = prog.allocSites[static_cast<size_t>(ob.site)];
      jstr(o, as.func >= 0 && static_cast<size_t>(as.func) < prog.funcs.size() ? prog.funcs[static_cast<size_t>(as.func)].name
                                                                                : std::string());
      key(o, "line");
      jnum(o, static_cast<int64_t>(as.line));
      if (reason.empty()) reason = as.reason.empty() ? as.what : as.what + ": " + as.reason;
    } else {
      o += "\"\",\"line\":0";
    }
    key(o, "col");
    o += "0}";
    key(o, "reason");
    jstr(o, reason);
    key(o, "reachable");
    o += reachable.count(ob.base) ? "true" : "false";
    o += '}';
  }
  o += ']';
  key(o, "objectsTotal");
  jnum(o, static_cast<uint64_t>(total));
  key(o, "capped");
  o += n < total ? "true" : "false";
  const rt::HeapStats& st = heap.stats();
  key(o, "stats");
  o += "{\"HeapAlloc\":";
  jnum(o, st.heapAlloc);
  key(o, "HeapObjects");
  jnum(o, st.heapObjects);
  key(o, "HeapInuse");
  jnum(o, st.heapInuse);
  key(o, "StackInuse");
  jnum(o, st.stackInuse);
  key(o, "Mallocs");
  jnum(o, st.mallocs);
  key(o, "Frees");
  jnum(o, st.frees);
  key(o, "NumGC");
  jnum(o, st.numGC);
  key(o, "TotalAlloc");
  jnum(o, st.totalAlloc);
  key(o, "PauseTotalNs");
  jnum(o, st.pauseTotalNs);
  o += "}}";
}

// ------------------------------------------------------------ channels, sync

void Snapshotter::writeChannels(vm::VM& vm, std::string& o) {
  std::vector<vm::Chan*> chans;
  vm.heap_.forEachObject([&](const rt::ObjRef& r) {
    if (r.header->type == rt::kChanObj) chans.push_back(reinterpret_cast<vm::Chan*>(r.base));
  });
  std::sort(chans.begin(), chans.end());
  key(o, "channels");
  o += '[';
  size_t n = std::min(chans.size(), limits_.channels);
  for (size_t i = 0; i < n; i++) {
    vm::Chan* c = chans[i];
    if (i) o += ',';
    o += "{\"id\":";
    jnum(o, rt::fromHost(c));
    const RType* et = c->type->elem;
    key(o, "elemType");
    jstr(o, et->name);
    key(o, "cap");
    jnum(o, c->timer ? int64_t{0} : c->cap);
    key(o, "len");
    jnum(o, c->timer ? int64_t{0} : c->count);
    key(o, "closed");
    o += c->closed ? "true" : "false";
    key(o, "buffer");
    o += '[';
    int64_t shown = std::min<int64_t>(c->count, static_cast<int64_t>(limits_.bufferElems));
    for (int64_t k = 0; c->buf && et->size > 0 && k < shown; k++) {
      if (k) o += ',';
      jstr(o, formatValue(vm, et, c->buf + ((c->recvx + k) % c->cap) * et->size, 0));
    }
    if (et->size == 0)
      for (int64_t k = 0; k < shown; k++) o += k ? ",\"{}\"" : "\"{}\"";
    o += ']';
    size_t recvTotal = 0, sendTotal = 0;
    auto waiters = [&](const vm::WaitQ& q, size_t* total) {
      o += '[';
      for (vm::Sudog* s = q.first; s; s = s->next) {
        if (!s->g) continue;
        if (++*total > limits_.waiters) continue;
        if (*total > 1) o += ',';
        jnum(o, s->g->id);
      }
      o += ']';
    };
    key(o, "recvWaiting");
    waiters(c->recvq, &recvTotal);
    key(o, "sendWaiting");
    waiters(c->sendq, &sendTotal);
    // Additions to the protocol: the full counts when the lists are capped.
    key(o, "recvWaitingTotal");
    jnum(o, static_cast<uint64_t>(recvTotal));
    key(o, "sendWaitingTotal");
    jnum(o, static_cast<uint64_t>(sendTotal));
    o += '}';
  }
  o += ']';
}

void Snapshotter::writeSync(vm::VM& vm, std::string& o) {
  // Sync objects are found two ways: heap objects whose type is one of
  // sync's (idle ones included), and semaphores goroutines wait on (which
  // also finds objects on stacks). The semaphore's offset in the object and
  // the waiters' reason say which kind it is (core/lib/go/sync).
  struct Sync {
    uint64_t base;
    const char* kind;
    std::vector<int64_t> waiting;
  };
  std::unordered_map<uint64_t, Sync> found;
  vm.heap_.forEachObject([&](const rt::ObjRef& r) {
    uint32_t tid = r.header->type;
    if (tid >= vm.types_.size()) return;
    const std::string& name = vm.types_[tid]->name;
    const char* kind = name == "sync.Mutex" ? "Mutex" : name == "sync.WaitGroup" ? "WaitGroup" : name == "sync.RWMutex" ? "RWMutex" : nullptr;
    if (kind && found.size() < limits_.syncObjects) found[rt::fromHost(r.base)] = Sync{rt::fromHost(r.base), kind, {}};
  });
  for (const auto& [addr, gs] : vm.semaWaiters_) {
    if (gs.empty()) continue;
    const char* reason = gs.front()->waitReason;
    uint64_t base = addr;
    const char* kind = nullptr;
    if (!std::strcmp(reason, "sync.Mutex.Lock")) { kind = "Mutex"; base = addr - 4; }
    else if (!std::strcmp(reason, "semacquire")) { kind = "WaitGroup"; base = addr - 8; }
    else if (!std::strcmp(reason, "sync.RWMutex.Lock")) { kind = "RWMutex"; base = addr - 8; }
    else if (!std::strcmp(reason, "sync.RWMutex.RLock")) { kind = "RWMutex"; base = addr - 12; }
    else if (!std::strcmp(reason, "sync.Cond.Wait")) { kind = "Cond"; }
    if (!kind) continue;
    // A Mutex inside a found RWMutex/Once belongs to it.
    if (!std::strcmp(kind, "Mutex") && found.count(base) == 0) {
      for (auto& [b, s] : found)
        if (!std::strcmp(s.kind, "RWMutex") && b == base) kind = "RWMutex";
    }
    auto it = found.find(base);
    if (it == found.end()) {
      if (found.size() >= limits_.syncObjects) continue;
      it = found.emplace(base, Sync{base, kind, {}}).first;
    }
    for (G* g : gs) it->second.waiting.push_back(g->id);
  }
  std::vector<Sync*> list;
  for (auto& [b, s] : found) list.push_back(&s);
  std::sort(list.begin(), list.end(), [](Sync* a, Sync* b) { return a->base < b->base; });
  key(o, "syncObjects");
  o += '[';
  for (size_t i = 0; i < list.size(); i++) {
    Sync& s = *list[i];
    if (i) o += ',';
    o += "{\"id\":";
    jnum(o, s.base);
    key(o, "kind");
    jstr(o, s.kind);
    const uint8_t* p = rt::toHost(s.base);
    std::string state;
    if (!std::strcmp(s.kind, "Mutex")) {
      int32_t st = load<int32_t>(p);
      state = (st & 1) ? "locked" : "unlocked";
      if (st >> 4) state += ", " + std::to_string(st >> 4) + " waiting";
    } else if (!std::strcmp(s.kind, "WaitGroup")) {
      uint64_t st = load<uint64_t>(p);
      state = "counter " + std::to_string(static_cast<int32_t>(st >> 32)) + ", waiters " +
              std::to_string(static_cast<uint32_t>(st));
    } else if (!std::strcmp(s.kind, "RWMutex")) {
      int32_t w = load<int32_t>(p);
      int32_t readers = load<int32_t>(p + 16);
      state = std::string((w & 1) ? "writer locked" : "no writer") + ", readers " +
              std::to_string(readers < 0 ? readers + (1 << 30) : readers);
    } else {
      state = std::to_string(s.waiting.size()) + " waiting";
    }
    key(o, "state");
    jstr(o, state);
    key(o, "waiting");
    o += '[';
    for (size_t k = 0; k < s.waiting.size() && k < limits_.waiters; k++) {
      if (k) o += ',';
      jnum(o, s.waiting[k]);
    }
    o += ']';
    key(o, "waitingTotal");
    jnum(o, static_cast<uint64_t>(s.waiting.size()));
    o += '}';
  }
  o += ']';
}

// ------------------------------------------------------------ the snapshot

std::string Snapshotter::snapshot(vm::VM& vm, int64_t selectedG) {
  std::string o;
  o.reserve(4096);
  o += "{\"time\":{\"virtual\":";
  o += vm.opts_.virtualTime ? "true" : "false";
  key(o, "nanos");
  jnum(o, vm.nanotime());
  o += '}';
  writeGoroutines(vm, o, selectedG);
  writeHeap(vm, o);
  writeChannels(vm, o);
  writeSync(vm, o);
  writeEvents(o);
  o += '}';
  // Forget high-water marks of goroutines that ended.
  if (highWater_.size() > 2 * vm.allGs_.size() + 64) {
    std::unordered_set<int64_t> live;
    for (G* g : vm.allGs_) live.insert(g->id);
    for (auto it = highWater_.begin(); it != highWater_.end();)
      it = live.count(it->first) ? std::next(it) : highWater_.erase(it);
  }
  return o;
}

}  // namespace gs::inspect
