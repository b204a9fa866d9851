// One function's compilation: frame layout, prologue and epilogue, the
// synthesized functions (entry, package init, wrappers), slot allocation and
// stack maps.
//
// Frame slots are allocated like a stack: a statement allocates the
// temporaries it needs and releases them when done; a block releases its
// variables at its end. A call's argument block is allocated at the top, so
// the callee's frame starts there. The frame size is the high-water mark.
// Every instruction gets the stack map of the slots live when it was
// emitted (see Program::ptrmapAt).
#include <algorithm>
#include <cstring>

#include "core/compile/internal.h"

namespace gs::compile {

FuncGen::FuncGen(Compiler& comp, const Job& job) : c(comp), job_(job), func_(job.func), subst_(job.subst) {}

int32_t FuncGen::ptrmapIndex() {
  if (!ptrmapDirty_) return ptrmap_;
  std::vector<int32_t> words;
  for (const LiveSlot& s : live_) words.insert(words.end(), s.ptrs.begin(), s.ptrs.end());
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  auto& maps = c.prog->ptrmaps;
  // Consecutive maps are often equal; reuse the previous one.
  if (!maps.empty() && maps.back() == words) {
    ptrmap_ = static_cast<int32_t>(maps.size() - 1);
  } else if (words.empty()) {
    ptrmap_ = -1;
  } else {
    maps.push_back(std::move(words));
    ptrmap_ = static_cast<int32_t>(maps.size() - 1);
  }
  ptrmapDirty_ = false;
  return ptrmap_;
}

int32_t FuncGen::emit(Op op, int32_t a, int32_t b, int32_t cc, uint16_t aux) {
  Instr in;
  in.op = static_cast<uint16_t>(op);
  in.aux = aux;
  in.a = a;
  in.b = b;
  in.c = cc;
  int32_t at = pc();
  c.prog->code.push_back(in);
  c.prog->lines.push_back(line_);
  c.prog->ptrmapAt.push_back(ptrmapIndex());
  c.prog->allocSiteAt.push_back(-1);
  return at;
}

int32_t FuncGen::emitAlloc(const void* key, const std::string& what, Op op, int32_t a, int32_t b, int32_t cc,
                           uint16_t aux, const std::string& runtimeReason) {
  int32_t at = emit(op, a, b, cc, aux);
  c.prog->allocSiteAt[static_cast<size_t>(at)] = heapSite(what, key, runtimeReason);
  return at;
}

int32_t FuncGen::emitExt(int32_t a, int32_t b, int32_t cc, uint16_t aux) {
  return emit(Op::NOP, a, b, cc, aux);
}

void FuncGen::patchJump(int32_t at, int32_t target) {
  Instr& in = c.prog->code[static_cast<size_t>(at)];
  const vm::OpInfo& info = vm::opInfo(static_cast<Op>(in.op));
  if (info.a == 'J') in.a = target;
  else if (info.b == 'J') in.b = target;
  else in.c = target;
}

// ------------------------------------------------------------------ slots

int32_t FuncGen::allocRaw(int32_t size, int32_t align, const std::vector<int32_t>& ptrs, const std::string& name) {
  if (align < 1) align = 1;
  if (align > 8) align = 8;
  int32_t off = (top_ + align - 1) / align * align;
  int32_t end = off + (size > 0 ? size : 0);
  LiveSlot s;
  s.off = off;
  s.size = size;
  for (int32_t p : ptrs) s.ptrs.push_back(off + p);
  // A reused slot may hold stale bytes; pointer words must start as nil so
  // that the stack maps never describe garbage.
  if (!s.ptrs.empty() && off < highWater_) emit(Op::ZERO, off, size);
  if (!s.ptrs.empty()) localPtrs_ = true;
  live_.push_back(std::move(s));
  if (!live_.back().ptrs.empty()) ptrmapDirty_ = true;
  top_ = end;
  if (top_ > highWater_) highWater_ = top_;
  (void)name;
  return off;
}

int32_t FuncGen::alloc(ty::Type* t, const std::string& name) {
  std::vector<int32_t> ptrs;
  pointerWords(t, 0, &ptrs);
  int32_t off = allocRaw(tsize(t), talign(t), ptrs, name);
  noteSlot(name.empty() ? "autotmp" : name, t, off, name.empty() ? vm::SlotKind::Temp : vm::SlotKind::Local, false);
  return off;
}

int32_t FuncGen::allocFrameSite(int32_t size, int32_t align, const std::vector<int32_t>& ptrs,
                                const std::string& type) {
  if (align < 1) align = 1;
  if (align > 8) align = 8;
  // Above the high-water mark: no earlier temporary of this activation has
  // written these bytes, so the stack maps never see stale words in it.
  int32_t base = std::max(top_, highWater_);
  int32_t off = (base + align - 1) / align * align;
  LiveSlot s;
  s.off = off;
  s.size = size;
  s.pinned = true;
  for (int32_t p : ptrs) s.ptrs.push_back(off + p);
  if (!s.ptrs.empty()) {
    localPtrs_ = true;
    ptrmapDirty_ = true;
  }
  live_.push_back(std::move(s));
  top_ = off + std::max(size, 0);
  if (top_ > highWater_) highWater_ = top_;
  vm::SlotInfo si;
  si.name = ".autotmp_" + std::to_string(siteCounter_++);
  si.type = type;
  si.offset = off;
  si.size = size;
  si.kind = vm::SlotKind::Temp;
  info().slots.push_back(std::move(si));
  return off;
}

ty::Type* FuncGen::variadicArrayType(syn::CallExpr* call) {
  if (call->hasEllipsis) return nullptr;
  ty::Type* ft = nullptr;
  if (call->instance) ft = call->instance->type;
  else if (auto* ix = syn::unparen(call->fun)->as<syn::IndexExpr>(); ix && ix->instance) ft = ix->instance->type;
  else ft = call->fun->type;
  auto* sig = ft ? ty::underlying(T(ft))->as<ty::Signature>() : nullptr;
  if (!sig || !sig->variadic || sig->params->vars.empty()) return nullptr;
  size_t np = sig->params->vars.size();
  size_t nargs = call->args.size();
  if (nargs == 1 && np >= 1 && call->args[0]->type && call->args[0]->type->kind == ty::Kind::Tuple) {
    // f(g()) spreading g's results.
    nargs = static_cast<ty::Tuple*>(call->args[0]->type)->vars.size();
  }
  if (nargs < np) return nullptr;  // no implicit slice (nil)
  auto* st = ty::underlying(T(sig->params->vars[np - 1]->type))->as<ty::SliceType>();
  if (!st) return nullptr;
  return c.tc.make<ty::ArrayType>(T(st->elem), static_cast<int64_t>(nargs - (np - 1)));
}

void FuncGen::reserveSites(const syn::Node* fn) {
  // Interface boxes that do not escape, for values holding pointers: a heap
  // box would hold whatever frame addresses the value holds. (Boxes of
  // pointer-free values stay in the heap: they cannot break the invariant.)
  if (auto bt = c.frameBoxes.find(fn); bt != c.frameBoxes.end()) {
    for (const syn::Expr* e : bt->second) {
      if (boxSlots_.count(e) || !e->type) continue;
      ty::Type* t = typeOf(const_cast<syn::Expr*>(e));
      if (!t || ty::underlying(t)->kind == ty::Kind::Interface || isPointerShaped(t) || !hasPointers(t)) continue;
      if (tsize(t) <= 0 || tsize(t) > 64 * 1024) continue;
      std::vector<int32_t> ptrs;
      pointerWords(t, 0, &ptrs);
      int32_t off = allocFrameSite(tsize(t), talign(t), ptrs, ty::typeString(t, nullptr) + " (box)");
      boxSlots_[e] = {off, tsize(t)};
    }
  }
  auto it = c.frameSites.find(fn);
  if (it == c.frameSites.end()) return;
  for (const syn::Node* n : it->second) {
    if (siteSlots_.count(n)) continue;
    ty::Type* t = nullptr;
    switch (n->kind) {
      case syn::NodeKind::UnaryExpr:
        t = typeOf(syn::unparen(static_cast<const syn::UnaryExpr*>(n)->x));
        break;
      case syn::NodeKind::CompositeLit: {
        auto* cl = const_cast<syn::CompositeLit*>(static_cast<const syn::CompositeLit*>(n));
        ty::Type* lt = typeOf(cl);
        ty::Type* u = lt ? ty::underlying(lt) : nullptr;
        if (!u) break;
        if (auto* pt = u->as<ty::PointerType>()) {
          t = T(pt->elem);
        } else if (auto* st = u->as<ty::SliceType>()) {
          int64_t len = 0, idx = 0;
          for (syn::Expr* el : cl->elts) {
            if (auto* kv = el->as<syn::KeyValueExpr>()) idx = kv->key->constant ? kv->key->constant->int64Val() : idx;
            idx++;
            if (idx > len) len = idx;
          }
          if (len > 0) t = c.tc.make<ty::ArrayType>(T(st->elem), len);
        }
        break;
      }
      case syn::NodeKind::CallExpr: {
        auto* call = const_cast<syn::CallExpr*>(static_cast<const syn::CallExpr*>(n));
        ty::Type* ct = typeOf(call);
        ty::Type* u = ct ? ty::underlying(ct) : nullptr;
        if (call->builtin == syn::Builtin::New && u && u->as<ty::PointerType>()) {
          t = T(u->as<ty::PointerType>()->elem);
        } else if (call->builtin == syn::Builtin::Make && u && u->as<ty::SliceType>()) {
          // Only constant sizes (escape analysis sends the others to the heap).
          syn::Expr* capE = call->args.size() > 2 ? call->args[2] : call->args.size() > 1 ? call->args[1] : nullptr;
          if (capE && capE->constant && call->args[1]->constant) {
            int64_t k = capE->constant->int64Val();
            ty::Type* et = T(u->as<ty::SliceType>()->elem);
            if (k > 0 && k * std::max(tsize(et), 1) <= 64 * 1024) t = c.tc.make<ty::ArrayType>(et, k);
          }
        } else if (call->builtin == syn::Builtin::None) {
          t = variadicArrayType(call);
        }
        break;
      }
      case syn::NodeKind::SelectorExpr: {
        // A method value's closure object: the function word, then the
        // receiver (typed, so the stack maps see its pointers).
        ty::Type* recvT = methodValueRecvType(const_cast<syn::SelectorExpr*>(static_cast<const syn::SelectorExpr*>(n)));
        if (!recvT) break;
        int32_t size = methodValueSize(recvT);
        std::vector<int32_t> ptrs;
        pointerWords(recvT, 8, &ptrs);
        int32_t off = allocFrameSite(size, 8, ptrs, "method value");
        siteSlots_[n] = {off, size};
        continue;
      }
      case syn::NodeKind::RangeStmt: {
        // A range-over-func body's closure: the function word, then one
        // pointer per captured variable. genRangeFunc adds to the captures
        // HeapVarAnalysis found: the loop's state, the enclosing function's
        // results, the outer loop's state and the defer frame variable;
        // reserve for all of them (unused words stay nil).
        auto cit = c.captures.find(n);
        size_t results = rangeBody_ ? rangeBody_->outerResults.size() : resultVars_.size();
        size_t words = 1 + (cit == c.captures.end() ? 0 : cit->second.size()) + 3 + results;
        std::vector<int32_t> ptrs;
        for (size_t w = 1; w < words; w++) ptrs.push_back(static_cast<int32_t>(8 * w));
        int32_t size = static_cast<int32_t>(8 * words);
        int32_t off = allocFrameSite(size, 8, ptrs, "range-over-func body closure");
        siteSlots_[n] = {off, size};
        continue;
      }
      case syn::NodeKind::FuncLit: {
        auto* lit = const_cast<syn::FuncLit*>(static_cast<const syn::FuncLit*>(n));
        auto cit = c.captures.find(lit);
        if (cit == c.captures.end() || cit->second.empty()) break;
        ClosureLayout l = closureLayout(lit);
        int32_t off = allocFrameSite(l.size, 8, l.ptrs, "closure");
        siteSlots_[n] = {off, l.size};
        continue;
      }
      default:
        break;
    }
    if (!t || tsize(t) <= 0 || tsize(t) > 64 * 1024) continue;
    std::vector<int32_t> ptrs;
    pointerWords(t, 0, &ptrs);
    int32_t off = allocFrameSite(tsize(t), talign(t), ptrs, ty::typeString(t, nullptr));
    siteSlots_[n] = {off, tsize(t)};
  }
}

int32_t FuncGen::siteSlot(const void* site, int32_t size) {
  auto it = siteSlots_.find(site);
  if (it == siteSlots_.end() || size > it->second.second) return -1;
  return it->second.first;
}

ClosureLayout FuncGen::closureLayout(syn::FuncLit* lit) {
  ClosureLayout l;
  l.fields.push_back({0, c.tc.basic(ty::Kind::Uintptr)});
  auto it = c.captures.find(lit);
  if (it == c.captures.end()) return l;
  int32_t off = 8;
  for (ty::Var* v : it->second) {
    ty::Type* t = T(v->type);
    bool byVal = c.capturedByValue(v);
    ty::Type* ft = byVal ? t : c.tc.pointerTo(t);
    int32_t a = talign(ft);
    off = (off + a - 1) / a * a;
    l.offs.push_back(off);
    l.byValue.push_back(byVal);
    l.fields.push_back({off, ft});
    pointerWords(ft, off, &l.ptrs);
    off += tsize(ft);
  }
  l.size = (off + 7) / 8 * 8;
  return l;
}

void FuncGen::release(int32_t m) {
  if (static_cast<int32_t>(live_.size()) <= m) return;
  bool hadPtrs = false;
  std::vector<LiveSlot> pinned;
  while (static_cast<int32_t>(live_.size()) > m) {
    if (live_.back().pinned) {
      pinned.push_back(std::move(live_.back()));
    } else {
      hadPtrs = hadPtrs || !live_.back().ptrs.empty();
    }
    live_.pop_back();
  }
  // Frame sites stay live until the function returns.
  for (size_t i = pinned.size(); i-- > 0;) live_.push_back(std::move(pinned[i]));
  top_ = live_.empty() ? layout_.argsEnd : live_.back().off + std::max(live_.back().size, 0);
  if (top_ < layout_.argsEnd) top_ = layout_.argsEnd;
  if (hadPtrs) ptrmapDirty_ = true;
}

void FuncGen::noteSlot(const std::string& name, ty::Type* t, int32_t off, vm::SlotKind kind, bool heapCell) {
  auto& slots = info().slots;
  std::string ts = t ? ty::typeString(t, nullptr) : "";
  int32_t size = t ? tsize(t) : 8;
  if (heapCell) {
    ts = "*" + ts;
    size = 8;
  }
  for (const vm::SlotInfo& s : slots)
    if (s.offset == off && s.size == size && s.name == name && s.type == ts) return;
  if (kind == vm::SlotKind::Temp) {
    // One entry per distinct temporary slot is enough.
    for (const vm::SlotInfo& s : slots)
      if (s.kind == vm::SlotKind::Temp && s.offset == off && s.size == size && s.type == ts) return;
  }
  vm::SlotInfo si;
  si.name = name;
  si.type = ts;
  si.offset = off;
  si.size = size;
  si.kind = kind;
  si.heapCell = heapCell;
  slots.push_back(std::move(si));
}

int32_t FuncGen::newBlock(const SigLayout& l) {
  // The callee's header, parameters, results and receiver. Pointer words
  // are described by the callee's own entry map while it runs; here the
  // block is live data of this frame until the call.
  int32_t off = allocRaw(l.argsEnd, 16, {}, "");
  return off;
}

// -------------------------------------------------------------- variables

int32_t FuncGen::declareVar(ty::Var* v) {
  ty::Type* t = T(v->type);
  if (c.heapVars.count(v)) {
    int32_t cell = allocRaw(8, 8, {0});
    noteSlot(v->name, t, cell, vm::SlotKind::Local, true);
    emit(Op::NEW, cell, c.typeIndex(t), heapSite("moved to heap: " + v->name, v));
    vars_[v] = VarLoc{VarLoc::Cell, cell, 0};
    return cell;
  }
  int32_t off = alloc(t, v->name);
  emit(Op::ZERO, off, tsize(t));
  vars_[v] = VarLoc{VarLoc::Frame, off, 0};
  return off;
}

Loc FuncGen::varLoc(ty::Var* v) {
  ty::Type* t = T(v->type);
  if (v->isGlobal) {
    auto it = c.globalOff.find(v);
    if (it == c.globalOff.end()) {
      c.internalError(v->pos, "unknown global " + v->name);
      return Loc::global(0, t);
    }
    return Loc::global(it->second, t);
  }
  auto it = vars_.find(v);
  if (it == vars_.end()) {
    c.internalError(v->pos, "variable " + v->name + " has no storage in " + name_);
    int32_t off = alloc(t);
    vars_[v] = VarLoc{VarLoc::Frame, off, 0};
    return Loc::slot(off, t);
  }
  const VarLoc& vl = it->second;
  switch (vl.kind) {
    case VarLoc::Frame: return Loc::slot(vl.off, t);
    case VarLoc::Cell: return Loc::indirect(vl.off, 0, t);
    case VarLoc::Captured: {
      if (vl.byValue) {
        // ctx -> closure object; the value is the field at vl.index.
        int32_t p = alloc(c.tc.pointerTo(t));
        emit(Op::MOV64, p, vm::kCtxOffset);
        return Loc::indirect(p, vl.index, t);
      }
      // ctx -> closure object; the field at vl.index holds the variable's
      // address (a heap cell or a slot of the frame that made the closure).
      int32_t p = alloc(c.tc.pointerTo(t));
      emit(Op::LOAD64, p, vm::kCtxOffset, vl.index);
      return Loc::indirect(p, 0, t);
    }
  }
  return Loc{};
}

// ------------------------------------------------------------- the driver

namespace {

bool containsDefer(syn::Stmt* s);

bool anyDefer(const std::vector<syn::Stmt*>& list) {
  for (syn::Stmt* s : list)
    if (containsDefer(s)) return true;
  return false;
}

bool containsDefer(syn::Stmt* s) {
  if (!s) return false;
  switch (s->kind) {
    case syn::NodeKind::DeferStmt: return true;
    case syn::NodeKind::BlockStmt: return anyDefer(static_cast<syn::BlockStmt*>(s)->list);
    case syn::NodeKind::LabeledStmt: return containsDefer(static_cast<syn::LabeledStmt*>(s)->stmt);
    case syn::NodeKind::IfStmt: {
      auto* i = static_cast<syn::IfStmt*>(s);
      return containsDefer(i->body) || containsDefer(i->els);
    }
    case syn::NodeKind::ForStmt: return containsDefer(static_cast<syn::ForStmt*>(s)->body);
    case syn::NodeKind::RangeStmt: return containsDefer(static_cast<syn::RangeStmt*>(s)->body);
    case syn::NodeKind::SwitchStmt: return containsDefer(static_cast<syn::SwitchStmt*>(s)->body);
    case syn::NodeKind::TypeSwitchStmt: return containsDefer(static_cast<syn::TypeSwitchStmt*>(s)->body);
    case syn::NodeKind::SelectStmt: return containsDefer(static_cast<syn::SelectStmt*>(s)->body);
    case syn::NodeKind::CaseClause: return anyDefer(static_cast<syn::CaseClause*>(s)->body);
    case syn::NodeKind::CommClause: return anyDefer(static_cast<syn::CommClause*>(s)->body);
    default: return false;
  }
}

}  // namespace

void FuncGen::run() {
  info().entry = pc();
  switch (job_.kind) {
    case JobKind::Decl: {
      ty::Func* fn = job_.obj;
      decl_ = fn->decl;
      sig_ = fn->sig();
      name_ = info().name;
      ty::Type* recvT = sig_->recv ? sig_->recv->type : nullptr;
      layout_ = c.layoutSignature(sig_, recvT, subst_);
      hasDefer_ = fn->decl->body && anyDefer(fn->decl->body->list);
      prologue();
      setLine(fn->decl->body->lbrace);
      genBlock(fn->decl->body);
      setLine(fn->decl->body->rbrace);
      epilogue();
      break;
    }
    case JobKind::Lit: {
      syn::FuncLit* lit = job_.lit;
      decl_ = lit;
      sig_ = lit->type->as<ty::Signature>();
      name_ = info().name;
      layout_ = c.layoutSignature(sig_, nullptr, subst_);
      hasDefer_ = anyDefer(lit->body->list);
      prologue();
      setLine(lit->body->lbrace);
      genBlock(lit->body);
      setLine(lit->body->rbrace);
      epilogue();
      break;
    }
    case JobKind::Entry: {
      layout_.argsEnd = vm::kFrameHeader;
      top_ = highWater_ = vm::kFrameHeader;
      for (ty::Package* p : c.packages) {
        int32_t initFn = c.prog->funcs.size();
        {
          vm::FuncInfo f;
          f.name = p->path + ".init";
          f.isWrapper = false;
          c.prog->funcs.push_back(std::move(f));
        }
        Job j;
        j.kind = JobKind::Init;
        j.func = initFn;
        j.pkg = p;
        c.work.push_back(std::move(j));
        int32_t m = mark();
        int32_t block = allocRaw(vm::kFrameHeader, 16, {});
        emit(Op::CALL, initFn, block);
        release(m);
      }
      ty::Package* mainPkg = c.packages.empty() ? nullptr : c.packages.back();
      ty::Object* mainFn = mainPkg ? mainPkg->scope->lookupLocal("main") : nullptr;
      if (!mainFn || mainFn->kind != ty::ObjKind::Func) {
        c.internalError(syn::Pos{}, "function main is undeclared in the main package");
      } else {
        int32_t f = c.funcForDecl(static_cast<ty::Func*>(mainFn), ty::SubstMap{});
        int32_t m = mark();
        int32_t block = allocRaw(vm::kFrameHeader, 16, {});
        emit(Op::CALL, f, block);
        release(m);
      }
      emit(Op::RET);
      break;
    }
    case JobKind::Init: {
      ty::Package* p = job_.pkg;
      name_ = p->path + ".init";
      layout_.argsEnd = vm::kFrameHeader;
      top_ = highWater_ = vm::kFrameHeader;
      for (const ty::Initializer& in : p->initOrder) {
        if (!in.rhs) continue;
        setLine(in.rhs->pos);
        if (!info().file && in.rhs->pos.file >= 0) info().file = c.fileIndex(in.rhs->pos.file);
        if (info().file < 0 && in.rhs->pos.file >= 0) info().file = c.fileIndex(in.rhs->pos.file);
        int32_t m = mark();
        if (in.lhs.size() == 1) {
          ty::Var* v = in.lhs[0];
          ty::Type* vt = T(v->type);
          int32_t tmp = alloc(vt);
          genTo(in.rhs, vt, tmp);
          if (v->name != "_") store(varLoc(v), tmp);
        } else {
          // var a, b = f()
          auto* call = syn::unparen(in.rhs)->as<syn::CallExpr>();
          std::vector<int32_t> srcs;
          std::vector<ty::Type*> types;
          if (call) {
            CallResult r = genCallMulti(call);
            for (size_t i = 0; i < r.resultTypes.size(); i++) {
              srcs.push_back(r.block + r.layout.results[i]);
              types.push_back(r.resultTypes[i]);
            }
          } else {
            // v, ok = m[k] / x.(T)
            int32_t okSlot = -1;
            (void)okSlot;
            c.internalError(in.rhs->pos, "unsupported multi-value package initializer");
          }
          for (size_t i = 0; i < in.lhs.size() && i < srcs.size(); i++) {
            ty::Var* v = in.lhs[i];
            if (v->name == "_") continue;
            int32_t tmp = alloc(T(v->type));
            convertInto(srcs[i], types[i], T(v->type), tmp);
            store(varLoc(v), tmp);
          }
        }
        release(m);
      }
      for (ty::Func* f : p->initFuncs) {
        int32_t fi = c.funcForDecl(f, ty::SubstMap{});
        int32_t m = mark();
        int32_t block = allocRaw(vm::kFrameHeader, 16, {});
        setLine(f->pos);
        emit(Op::CALL, fi, block);
        release(m);
      }
      emit(Op::RET);
      break;
    }
    case JobKind::MethodValue: {
      // Closure object: {func index, receiver value}; calls the method with
      // the closure's receiver and this function's parameters.
      ty::Func* m = job_.obj;
      ty::Type* recvT = T(job_.recvType);
      sig_ = m->sig();
      // A method of a generic type: its signature speaks of the type's own
      // parameters (Box[T].Get() T), bound by the receiver's type arguments,
      // not by this job's substitution (the creating function's, used above
      // to make the receiver type concrete).
      if (ty::underlying(recvT)->kind != ty::Kind::Interface) {
        ty::SubstMap ms = recvSubst(m, recvT);
        if (!ms.params.empty()) subst_ = ms;
      }
      name_ = info().name;
      layout_ = c.layoutSignature(sig_, nullptr, subst_);
      top_ = highWater_ = layout_.argsEnd;
      bool ptrRecv = false;
      bool viaIface = ty::underlying(recvT)->kind == ty::Kind::Interface;
      int32_t target = viaIface ? -1 : c.methodFunc(recvT, m->name, &ptrRecv);
      SigLayout tl = c.layoutSignature(sig_, viaIface ? c.tc.basic(ty::Kind::UnsafePointer) : recvT, subst_);
      int32_t block = newBlock(tl);
      for (size_t i = 0; i < tl.params.size(); i++) {
        ty::Type* pt = T(sig_->params->vars[i]->type);
        move(block + tl.params[i], layout_.params[i], tsize(pt));
      }
      int32_t ctx = alloc(c.tc.pointerTo(recvT));
      emit(Op::MOV64, ctx, vm::kCtxOffset);
      int32_t rs = tsize(recvT);
      if (viaIface) {
        int32_t iv = alloc(recvT);
        emit(Op::LOADN, iv, ctx, 16, 8);
        emit(Op::CALLI, iv, block, c.selectorIndex(c.methodKey(m)), static_cast<uint16_t>(tl.recv));
      } else {
        if (rs == 8) {
          emit(Op::LOAD64, block + tl.recv, ctx, 8);
        } else if (rs > 0) {
          emit(Op::LOADN, block + tl.recv, ctx, rs, 8);
        }
        callInto(target, block, syn::Pos{});
      }
      for (size_t i = 0; i < tl.results.size(); i++) {
        ty::Type* rt = T(sig_->results->vars[i]->type);
        move(layout_.results[i], block + tl.results[i], tsize(rt));
      }
      emit(Op::RET);
      break;
    }
    case JobKind::Thunk:
    case JobKind::Promoted: {
      genWrapper();
      break;
    }
    case JobKind::RangeBody: {
      genRangeBody();
      break;
    }
    case JobKind::MethodExpr: {
      genMethodExprWrapper();
      break;
    }
  }
  vm::FuncInfo& f = info();
  f.end = pc();
  int32_t frame = std::max(highWater_, maxCallEnd_);
  f.frameSize = (frame + 15) / 16 * 16;
  f.argsEnd = layout_.argsEnd;
  f.paramsSize = layout_.paramsSize;
  f.resultsOffset = layout_.resultsStart;
  f.recvOffset = layout_.recv;
  f.hasDefer = hasDefer_;
  // Frames whose locals never hold pointers need no clearing at entry: the
  // stack maps never describe a stale word as a pointer there.
  f.zeroLocals = localPtrs_;
  if (runDefersPc_ >= 0) c.prog->code[static_cast<size_t>(runDefersPc_)].a = f.frameSize;
  for (int32_t d : deferFixups_) c.prog->code[static_cast<size_t>(d)].b = runDefersPc_;
  if (rootRunDefers_) *rootRunDefers_ = runDefersPc_;
  // Entry map: pointer words of parameters, results and receiver.
  f.ptrOffsets.clear();
  if (sig_) {
    for (size_t i = 0; i < layout_.params.size(); i++)
      pointerWords(T(sig_->params->vars[i]->type), layout_.params[i], &f.ptrOffsets);
    for (size_t i = 0; i < layout_.results.size(); i++)
      pointerWords(T(sig_->results->vars[i]->type), layout_.results[i], &f.ptrOffsets);
  }
  if (layout_.recv >= 0 && recvType_) pointerWords(recvType_, layout_.recv, &f.ptrOffsets);
}

void FuncGen::prologue() {
  top_ = highWater_ = layout_.argsEnd;
  // Parameters and results are live for the whole function: keep them in
  // the stack maps.
  LiveSlot args;
  args.off = vm::kFrameHeader;
  args.size = layout_.argsEnd - vm::kFrameHeader;
  ty::Var* recv = sig_->recv;
  if (recv && layout_.recv >= 0) {
    recvType_ = T(recv->type);
    pointerWords(recvType_, layout_.recv, &args.ptrs);
  }
  for (size_t i = 0; i < layout_.params.size(); i++)
    pointerWords(T(sig_->params->vars[i]->type), layout_.params[i], &args.ptrs);
  for (size_t i = 0; i < layout_.results.size(); i++)
    pointerWords(T(sig_->results->vars[i]->type), layout_.results[i], &args.ptrs);
  // The closure context word.
  if (job_.kind == JobKind::Lit) args.ptrs.push_back(vm::kCtxOffset);
  live_.push_back(args);
  ptrmapDirty_ = true;

  // Results start as zero values (the caller's block may hold old bytes).
  // Unnamed, pointer-free results of a function without defers are always
  // written before anyone can read them.
  bool mustZero = hasDefer_;
  for (ty::Var* r : sig_->results->vars)
    if (!r->name.empty() || hasPointers(T(r->type)) || c.heapVars.count(r)) mustZero = true;
  if (!layout_.results.empty() && mustZero) {
    int32_t from = layout_.resultsStart;
    int32_t to = layout_.recv >= 0 ? layout_.recv : layout_.argsEnd;
    emit(Op::ZERO, from, to - from);
  }
  auto bind = [&](ty::Var* v, int32_t off, vm::SlotKind kind) {
    if (!v) return;
    ty::Type* t = T(v->type);
    std::string nm = v->name.empty() ? "~p" : v->name;
    noteSlot(nm, t, off, kind, false);
    if (c.heapVars.count(v)) {
      int32_t cell = allocRaw(8, 8, {0});
      noteSlot(nm, t, cell, vm::SlotKind::Local, true);
      emit(Op::NEW, cell, c.typeIndex(t), heapSite("moved to heap: " + nm, v));
      if (kind != vm::SlotKind::Result) store(Loc::indirect(cell, 0, t), off);
      vars_[v] = VarLoc{VarLoc::Cell, cell, 0};
    } else {
      vars_[v] = VarLoc{VarLoc::Frame, off, 0};
    }
  };
  if (recv && layout_.recv >= 0) bind(recv, layout_.recv, vm::SlotKind::Receiver);
  for (size_t i = 0; i < layout_.params.size(); i++) bind(sig_->params->vars[i], layout_.params[i], vm::SlotKind::Param);
  for (size_t i = 0; i < layout_.results.size(); i++) {
    ty::Var* r = sig_->results->vars[i];
    resultVars_.push_back(r);
    if ((r->name.empty() || r->name == "_") && !c.heapVars.count(r)) {
      noteSlot("~r" + std::to_string(i), T(r->type), layout_.results[i], vm::SlotKind::Result, false);
      if (!r->name.empty()) vars_[r] = VarLoc{VarLoc::Frame, layout_.results[i], 0};
      continue;
    }
    bind(r, layout_.results[i], vm::SlotKind::Result);
  }
  // Objects of allocation sites that stay in the frame.
  reserveSites(decl_);
  // Captured variables of a closure: their cells are reached through the
  // context word.
  if (job_.kind == JobKind::Lit) {
    auto it = c.captures.find(job_.lit);
    if (it != c.captures.end()) {
      ClosureLayout cl = closureLayout(job_.lit);
      for (size_t i = 0; i < it->second.size(); i++) {
        VarLoc vl{VarLoc::Captured, 0, cl.offs[i]};
        vl.byValue = cl.byValue[i];
        vars_[it->second[i]] = vl;
      }
    }
  }
}

void FuncGen::epilogue() {
  // Falling off the end of the body returns.
  int32_t target = pc();
  for (int32_t j : returnJumps_) patchJump(j, target);
  if (hasDefer_) runDefersPc_ = emit(Op::RUNDEFERS, 0);
  (void)needEpilogue_;
  // Results kept in heap cells are copied back after deferred calls ran.
  for (size_t i = 0; i < resultVars_.size(); i++) {
    auto it = vars_.find(resultVars_[i]);
    if (it != vars_.end() && it->second.kind == VarLoc::Cell)
      load(Loc::indirect(it->second.off, 0, T(resultVars_[i]->type)), layout_.results[i]);
  }
  emit(Op::RET);
}

void FuncGen::callInto(int32_t callee, int32_t block, syn::Pos pos) {
  if (pos.line > 0) setLine(pos);
  const vm::FuncInfo& f = c.prog->funcs[static_cast<size_t>(callee)];
  if (f.native) {
    // What a native library function allocates (a result string, a slice)
    // is charged to its call: escape analysis does not see inside it.
    std::string name = f.name;
    emitAlloc(nullptr, name + "(...)", Op::CALLN, callee, block, 0, 0, "made inside the library function " + name);
  } else {
    emit(Op::CALL, callee, block);
  }
  int32_t end = block + c.prog->funcs[static_cast<size_t>(callee)].argsEnd;
  if (end > maxCallEnd_) maxCallEnd_ = end;
}

// ------------------------------------------------------------------ moves

void FuncGen::move(int32_t dst, int32_t src, int32_t size) {
  if (dst == src || size == 0) return;
  switch (size) {
    case 1: emit(Op::MOV8, dst, src); return;
    case 2: emit(Op::MOV16, dst, src); return;
    case 4: emit(Op::MOV32, dst, src); return;
    case 8: emit(Op::MOV64, dst, src); return;
    case 16: emit(Op::MOV128, dst, src); return;
    default: emit(Op::MOVN, dst, src, size); return;
  }
}

void FuncGen::load(const Loc& src, int32_t dst) {
  int32_t size = tsize(src.type);
  switch (src.kind) {
    case Loc::Slot: move(dst, src.off, size); return;
    case Loc::Global:
      if (size == 8) emit(Op::GLOAD64, dst, src.off);
      else if (size > 0) emit(Op::GLOADN, dst, src.off, size);
      return;
    case Loc::Indirect:
      if (size == 0) {
        emit(Op::NILCHK, src.off);
        return;
      }
      if (src.disp < 0 || src.disp > 0xffff) {
        int32_t p = alloc(c.tc.pointerTo(src.type));
        emit(Op::ADDP, p, src.off, src.disp);
        emit(Op::LOADN, dst, p, size, 0);
        return;
      }
      switch (size) {
        case 1: emit(Op::LOAD8, dst, src.off, src.disp); return;
        case 2: emit(Op::LOAD16, dst, src.off, src.disp); return;
        case 4: emit(Op::LOAD32, dst, src.off, src.disp); return;
        case 8: emit(Op::LOAD64, dst, src.off, src.disp); return;
        default: emit(Op::LOADN, dst, src.off, size, static_cast<uint16_t>(src.disp)); return;
      }
    case Loc::Const:
      loadConst(*src.cval, src.type, dst);
      return;
    case Loc::None:
      return;
  }
}

void FuncGen::store(const Loc& dst, int32_t src) {
  int32_t size = tsize(dst.type);
  switch (dst.kind) {
    case Loc::Slot: move(dst.off, src, size); return;
    case Loc::Global:
      if (size == 8) emit(Op::GSTORE64, dst.off, src);
      else if (size > 0) emit(Op::GSTOREN, dst.off, src, size);
      return;
    case Loc::Indirect:
      if (size == 0) {
        emit(Op::NILCHK, dst.off);
        return;
      }
      if (dst.disp < 0 || dst.disp > 0xffff) {
        int32_t p = alloc(c.tc.pointerTo(dst.type));
        emit(Op::ADDP, p, dst.off, dst.disp);
        emit(Op::STOREN, p, src, size, 0);
        return;
      }
      switch (size) {
        case 1: emit(Op::STORE8, dst.off, src, dst.disp); return;
        case 2: emit(Op::STORE16, dst.off, src, dst.disp); return;
        case 4: emit(Op::STORE32, dst.off, src, dst.disp); return;
        case 8: emit(Op::STORE64, dst.off, src, dst.disp); return;
        default: emit(Op::STOREN, dst.off, src, size, static_cast<uint16_t>(dst.disp)); return;
      }
    default:
      c.internalError(syn::Pos{}, "store to a non-addressable location");
  }
}

void FuncGen::storeZero(const Loc& dst) {
  int32_t size = tsize(dst.type);
  if (dst.kind == Loc::Slot) {
    emit(Op::ZERO, dst.off, size);
    return;
  }
  if (dst.kind == Loc::Indirect && dst.disp >= 0 && dst.disp <= 0xffff) {
    emit(Op::ZEROP, dst.off, size, 0, static_cast<uint16_t>(dst.disp));
    return;
  }
  int32_t m = mark();
  int32_t tmp = alloc(dst.type);
  emit(Op::ZERO, tmp, size);
  store(dst, tmp);
  release(m);
}

int32_t FuncGen::toSlot(const Loc& l) {
  if (l.kind == Loc::Slot) return l.off;
  int32_t s = alloc(l.type);
  load(l, s);
  return s;
}

}  // namespace gs::compile
