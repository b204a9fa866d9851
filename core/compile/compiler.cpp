// Program-wide compilation: the function table and its work queue, globals,
// the entry function, package initialization, static data.
#include <algorithm>
#include <cstring>

#include "core/compile/internal.h"
#include "core/escape/escape.h"
#include "core/lib/natives.h"

namespace gs::compile {

// ------------------------------------------------------------ type helpers

int32_t tsize(ty::Type* t) { return static_cast<int32_t>(ty::sizeOf(t)); }
int32_t talign(ty::Type* t) { return static_cast<int32_t>(ty::alignOf(t)); }

bool isPointerShaped(ty::Type* t) {
  ty::Type* u = ty::underlying(t);
  switch (u->kind) {
    case ty::Kind::Pointer: case ty::Kind::Map: case ty::Kind::Chan: case ty::Kind::Signature:
    case ty::Kind::UnsafePointer:
      return true;
    default:
      return false;
  }
}

void pointerWords(ty::Type* t, int32_t base, std::vector<int32_t>* out) {
  ty::Type* u = ty::underlying(t);
  switch (u->kind) {
    case ty::Kind::Pointer: case ty::Kind::Map: case ty::Kind::Chan: case ty::Kind::Signature:
    case ty::Kind::UnsafePointer: case ty::Kind::String: case ty::Kind::Slice:
      out->push_back(base);
      return;
    case ty::Kind::Interface:
      out->push_back(base + 8);
      return;
    case ty::Kind::Array: {
      auto* a = u->as<ty::ArrayType>();
      if (!hasPointers(a->elem)) return;
      int32_t es = tsize(a->elem);
      for (int64_t i = 0; i < a->len; i++) pointerWords(a->elem, base + static_cast<int32_t>(i) * es, out);
      return;
    }
    case ty::Kind::Struct: {
      auto* s = u->as<ty::StructType>();
      ty::sizeOf(u);  // lays out field offsets
      for (ty::Var* f : s->fields) pointerWords(f->type, base + static_cast<int32_t>(f->offset), out);
      return;
    }
    default:
      return;
  }
}

bool hasPointers(ty::Type* t) {
  ty::Type* u = ty::underlying(t);
  switch (u->kind) {
    case ty::Kind::Pointer: case ty::Kind::Map: case ty::Kind::Chan: case ty::Kind::Signature:
    case ty::Kind::UnsafePointer: case ty::Kind::String: case ty::Kind::Slice: case ty::Kind::Interface:
      return true;
    case ty::Kind::Array: {
      auto* a = u->as<ty::ArrayType>();
      return a->len > 0 && hasPointers(a->elem);
    }
    case ty::Kind::Struct:
      for (ty::Var* f : u->as<ty::StructType>()->fields)
        if (hasPointers(f->type)) return true;
      return false;
    default:
      return false;
  }
}

// -------------------------------------------------------------- Compiler

Compiler::Compiler(ty::TypeContext& tc, const syn::SourceSet& sources, syn::Diagnostics& diags,
                   const CompileOptions& opts)
    : tc(tc), sources(sources), diags(diags), opts(opts), prog(std::make_unique<vm::Program>()) {
  esc = opts.escape;
}

void Compiler::internalError(syn::Pos pos, const std::string& msg) {
  diags.error(pos, "internal compiler error: " + msg);
}

int32_t Compiler::fileIndex(int32_t sourceFile) {
  auto it = files_.find(sourceFile);
  if (it != files_.end()) return it->second;
  std::string path;
  if (sourceFile >= 0 && static_cast<size_t>(sourceFile) < opts.tracebackPaths.size())
    path = opts.tracebackPaths[static_cast<size_t>(sourceFile)];
  else if (sourceFile >= 0)
    path = sources.file(sourceFile).name;
  prog->files.push_back(path);
  int32_t idx = static_cast<int32_t>(prog->files.size() - 1);
  files_[sourceFile] = idx;
  return idx;
}

int32_t Compiler::internString(const std::string& s) {
  auto it = strings_.find(s);
  if (it != strings_.end()) return it->second;
  int32_t off = static_cast<int32_t>(prog->staticData.size());
  prog->staticData += s;
  strings_[s] = off;
  return off;
}

int32_t Compiler::closureTypeIndex(const std::vector<std::pair<int32_t, ty::Type*>>& fields, int32_t size) {
  auto* st = tc.make<ty::StructType>();
  int32_t at = 0;
  int pad = 0;
  auto padTo = [&](int32_t off) {
    if (off > at) {
      auto* v = tc.make<ty::Var>(syn::Pos{}, nullptr, "_", tc.make<ty::ArrayType>(tc.basic(ty::Kind::Uint8), off - at));
      v->isField = true;
      st->fields.push_back(v);
      st->tags.push_back("");
      at = off;
      pad++;
    }
  };
  std::vector<std::pair<int32_t, ty::Type*>> sorted = fields;
  std::sort(sorted.begin(), sorted.end(), [](auto& a, auto& b) { return a.first < b.first; });
  int n = 0;
  for (auto& [off, t] : sorted) {
    padTo(off);
    auto* v = tc.make<ty::Var>(syn::Pos{}, nullptr, "F" + std::to_string(n++), t);
    v->isField = true;
    st->fields.push_back(v);
    st->tags.push_back("");
    at = off + static_cast<int32_t>(ty::sizeOf(t));
  }
  padTo(size);
  return typeIndex(st);
}

int32_t Compiler::selectorIndex(const std::string& name) {
  auto it = selectors_.find(name);
  if (it != selectors_.end()) return it->second;
  prog->selectors.push_back(name);
  int32_t idx = static_cast<int32_t>(prog->selectors.size() - 1);
  selectors_[name] = idx;
  return idx;
}

std::string Compiler::methodKey(const ty::Func* m) const {
  if (m->exported() || !m->pkg) return m->name;
  return m->pkg->path + "." + m->name;
}

int32_t Compiler::newFunc(const std::string& name, syn::Pos pos) {
  vm::FuncInfo f;
  f.name = name;
  f.file = pos.file >= 0 ? fileIndex(pos.file) : -1;
  f.line = pos.line;
  prog->funcs.push_back(std::move(f));
  return static_cast<int32_t>(prog->funcs.size() - 1);
}

int32_t Compiler::findKey(const void* node, int kind, const std::vector<ty::Type*>& targs, ty::Type* recv) {
  auto it = keysByNode_.find(node);
  if (it == keysByNode_.end()) return -1;
  for (size_t i : it->second) {
    const FuncKeyEntry& k = keys_[i];
    if (k.kind != kind || k.targs.size() != targs.size()) continue;
    bool same = true;
    for (size_t j = 0; j < targs.size() && same; j++) same = ty::identical(k.targs[j], targs[j]);
    if (same && (k.recv == recv || (k.recv && recv && ty::identical(k.recv, recv)))) return k.func;
  }
  return -1;
}

int32_t Compiler::funcForDecl(ty::Func* fn, const ty::SubstMap& targs) {
  if (fn->origin) fn = fn->origin;
  int32_t f = findKey(fn, 0, targs.args, nullptr);
  if (f >= 0) return f;
  std::string name = fn->fullName();
  f = newFunc(name, fn->pos);
  keys_.push_back({fn, 0, targs.args, nullptr, f});
  keysByNode_[fn].push_back(keys_.size() - 1);
  if (fn->unreached()) {
    // types::checkNeededBodies should have reached it (see its rules).
    internalError(fn->pos, "the prelude function " + name + " is compiled but its body was never type-checked");
    return f;
  }
  if (!fn->decl || !fn->decl->body) {
    // Implemented natively: bind by import path and name.
    std::string native = name;
    if (fn->pkg && fn->pkg->path != fn->pkg->name) {
      native = fn->pkg->path + name.substr(fn->pkg->name.size());
    }
    vm::NativeFn nf = lib::findNative(native);
    if (!nf && native != name) nf = lib::findNative(name);
    vm::FuncInfo& info = prog->funcs[static_cast<size_t>(f)];
    if (!nf) {
      internalError(fn->pos, "no native implementation of " + native);
      return f;
    }
    info.native = nf;
    SigLayout l = layoutSignature(fn->sig(), fn->sig()->recv ? fn->sig()->recv->type : nullptr, targs);
    info.argsEnd = l.argsEnd;
    info.frameSize = l.argsEnd;
    info.paramsSize = l.paramsSize;
    info.resultsOffset = l.resultsStart;
    info.recvOffset = l.recv;
    return f;
  }
  Job j;
  j.kind = JobKind::Decl;
  j.func = f;
  j.obj = fn;
  j.subst = targs;
  work.push_back(std::move(j));
  return f;
}

std::string Compiler::nameForLit(const syn::FuncLit* lit, const std::string& enclosing) {
  auto it = litNames.find(lit);
  if (it != litNames.end()) return it->second;
  // Go names closures after the enclosing function: main.main.func1,
  // main.main.func1.1 for a closure inside a closure.
  int n = ++litCounters_[enclosing];
  bool inLit = enclosing.find(".func") != std::string::npos;
  std::string name = enclosing + (inLit ? "." : ".func") + std::to_string(n);
  litNames[lit] = name;
  return name;
}

int32_t Compiler::funcForLit(syn::FuncLit* lit, const ty::SubstMap& subst) {
  int32_t f = findKey(lit, 1, subst.args, nullptr);
  if (f >= 0) return f;
  auto it = litNames.find(lit);
  f = newFunc(it != litNames.end() ? it->second : "func", lit->pos);
  keys_.push_back({lit, 1, subst.args, nullptr, f});
  keysByNode_[lit].push_back(keys_.size() - 1);
  Job j;
  j.kind = JobKind::Lit;
  j.func = f;
  j.lit = lit;
  j.subst = subst;
  work.push_back(std::move(j));
  return f;
}

int32_t Compiler::funcForMethodValue(ty::Func* method, ty::Type* recvType, const ty::SubstMap& targs) {
  if (method->origin) method = method->origin;
  int32_t f = findKey(method, 2, targs.args, recvType);
  if (f >= 0) return f;
  f = newFunc(method->fullName() + "-fm", method->pos);
  prog->funcs[static_cast<size_t>(f)].isWrapper = true;
  keys_.push_back({method, 2, targs.args, recvType, f});
  keysByNode_[method].push_back(keys_.size() - 1);
  Job j;
  j.kind = JobKind::MethodValue;
  j.func = f;
  j.obj = method;
  j.recvType = recvType;
  j.subst = targs;
  work.push_back(std::move(j));
  return f;
}

int32_t Compiler::funcForThunk(std::shared_ptr<ThunkPlan> plan, const std::string& name) {
  int32_t f = newFunc(name, syn::Pos{});
  prog->funcs[static_cast<size_t>(f)].isWrapper = true;
  Job j;
  j.kind = JobKind::Thunk;
  j.func = f;
  j.thunk = std::move(plan);
  work.push_back(std::move(j));
  return f;
}

int32_t Compiler::funcForMethodExpr(ty::Func* method, ty::Type* recvType, ty::Signature* exprSig) {
  if (method->origin) method = method->origin;
  int32_t f = findKey(method, 4, {}, recvType);
  if (f >= 0) return f;
  f = newFunc(reflectName(recvType) + "." + method->name, method->pos);
  prog->funcs[static_cast<size_t>(f)].isWrapper = true;
  keys_.push_back({method, 4, {}, recvType, f});
  keysByNode_[method].push_back(keys_.size() - 1);
  Job j;
  j.kind = JobKind::MethodExpr;
  j.func = f;
  j.obj = method;
  j.recvType = recvType;
  j.exprSig = exprSig;
  work.push_back(std::move(j));
  return f;
}

int32_t Compiler::funcForRangeBody(std::shared_ptr<RangeFuncInfo> info, const ty::SubstMap& subst) {
  int32_t f = newFunc(info->name, info->stmt->pos);
  Job j;
  j.kind = JobKind::RangeBody;
  j.func = f;
  j.range = std::move(info);
  j.subst = subst;
  work.push_back(std::move(j));
  return f;
}

SigLayout Compiler::layoutSignature(ty::Signature* sig, ty::Type* recvType, const ty::SubstMap& subst) {
  SigLayout l;
  int32_t off = vm::kFrameHeader;
  auto place = [&](ty::Type* t) {
    t = substType(t, subst);
    int32_t a = talign(t);
    off = (off + a - 1) / a * a;
    int32_t at = off;
    off += tsize(t);
    return at;
  };
  for (ty::Var* p : sig->params->vars) l.params.push_back(place(p->type));
  l.paramsSize = off - vm::kFrameHeader;
  off = (off + 7) / 8 * 8;
  l.resultsStart = off;
  for (ty::Var* r : sig->results->vars) l.results.push_back(place(r->type));
  off = (off + 7) / 8 * 8;
  if (recvType) {
    l.recv = off;
    off += (tsize(substType(recvType, subst)) + 7) / 8 * 8;
  }
  l.argsEnd = (off + 7) / 8 * 8;
  return l;
}

// ------------------------------------------------- heap variables, captures

namespace {

// Finds each closure's captured variables (in closure order) and the
// variables that must live in heap cells. With escape analysis's decisions
// (Compiler::esc) a variable gets a cell when escape analysis moved it to
// the heap, plus two cases of our own where the heap is the safe choice:
//   * a variable captured by a range-over-func body whose closure is in the
//     heap (escape analysis says the body escapes): the body reaches its
//     captures through pointers, and a heap object must not point into a
//     frame (a body that does not escape has a frame closure instead);
//   * a variable captured by reference by a closure that is in the heap (a
//     frame address must never be stored in a heap object). Escape analysis
//     already moves such variables; this keeps the invariant if it did not
//     decide about the closure.
// Without escape decisions every captured or address-taken variable gets a
// cell (the conservative rule).
class HeapVarAnalysis {
 public:
  explicit HeapVarAnalysis(Compiler& c) : c_(c) {}

  void func(syn::Node* fn, syn::FuncType* sig, syn::FieldList* recv, syn::BlockStmt* body) {
    regions_.push_back(fn);
    if (recv) declareFields(recv);
    if (sig) {
      declareFields(sig->params);
      if (sig->results) declareFields(sig->results);
    }
    if (body) stmt(body);
    regions_.pop_back();
  }

 private:
  void declare(syn::Ident* id) {
    if (!id || !id->obj || id->obj->kind != ty::ObjKind::Var) return;
    owner_.emplace(static_cast<ty::Var*>(id->obj), regions_.back());
  }
  void declareFields(syn::FieldList* fl) {
    if (!fl) return;
    for (syn::Field* f : fl->list)
      for (syn::Ident* n : f->names) declare(n);
  }
  void use(ty::Var* v) {
    if (v->isGlobal || v->isField) return;
    auto it = owner_.find(v);
    if (it == owner_.end()) return;
    const syn::Node* own = it->second;
    if (own == regions_.back()) return;
    bool viaRange = false, viaHeapRange = false, viaHeapClosure = false;
    for (size_t i = regions_.size(); i-- > 0;) {
      if (regions_[i] == own) break;
      auto& list = c_.captures[regions_[i]];
      if (std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
      if (regions_[i]->kind == syn::NodeKind::RangeStmt) {
        viaRange = true;
        if (!c_.siteInFrame(regions_[i])) viaHeapRange = true;
      } else if (!c_.siteInFrame(regions_[i])) {
        viaHeapClosure = true;
      }
    }
    if (!c_.esc || viaHeapRange) {
      c_.heapVars.insert(v);
      c_.refOnly.insert(v);
      return;
    }
    if (viaRange) {
      // A range-over-func body always reaches its captured variables
      // through pointers; its closure is in this frame (escape analysis:
      // the body does not escape), so it may point at frame slots, which
      // the stack copier adjusts. Other closures capture v by reference too.
      c_.refOnly.insert(v);
      if (viaHeapClosure) c_.heapVars.insert(v);
      return;
    }
    if (c_.capturedByValue(v)) return;
    if (viaHeapClosure) c_.heapVars.insert(v);
  }
  // An allocation site of the current function that stays in its frame.
  void frameSite(const syn::Node* n) { c_.frameSites[regions_.back()].push_back(n); }
  const syn::Expr* calledFun_ = nullptr;  // the callee expression of the call being visited
  static syn::Ident* rootVarIdent(syn::Expr* e) {
    e = syn::unparen(e);
    if (auto* id = e->as<syn::Ident>()) return id;
    if (auto* s = e->as<syn::SelectorExpr>()) {
      if (!s->selection || s->selection->kind != ty::SelectionKind::FieldVal || s->selection->indirect) return nullptr;
      if (s->x->type && ty::underlying(s->x->type)->kind == ty::Kind::Pointer) return nullptr;
      return rootVarIdent(s->x);
    }
    if (auto* ix = e->as<syn::IndexExpr>()) {
      if (ix->x->type && ty::underlying(ix->x->type)->kind == ty::Kind::Array) return rootVarIdent(ix->x);
      return nullptr;
    }
    if (auto* cl = e->as<syn::CompositeLit>()) {
      (void)cl;
      return nullptr;
    }
    return nullptr;
  }
  void addressTaken(syn::Expr* e) {
    syn::Ident* id = rootVarIdent(e);
    if (id && id->obj && id->obj->kind == ty::ObjKind::Var) {
      auto* v = static_cast<ty::Var*>(id->obj);
      // Escape analysis decides for address-taken variables (inside
      // range-over-func bodies too: it models the body as the closure it
      // is, and a defer there as one that outlives the body). A cell here
      // would be wrong, not just slower: the variable's value may be a frame
      // address, which a heap cell must not hold.
      if (!v->isGlobal && !c_.esc) c_.heapVars.insert(v);
    }
  }

  void expr(syn::Expr* e) {
    if (!e) return;
    if (c_.boxInFrame(e)) c_.frameBoxes[regions_.back()].push_back(e);
    switch (e->kind) {
      case syn::NodeKind::Ident: {
        auto* id = static_cast<syn::Ident*>(e);
        if (id->obj && id->obj->kind == ty::ObjKind::Var) use(static_cast<ty::Var*>(id->obj));
        return;
      }
      case syn::NodeKind::BasicLit: case syn::NodeKind::BadExpr: return;
      case syn::NodeKind::CompositeLit: {
        auto* cl = static_cast<syn::CompositeLit*>(e);
        if (c_.siteInFrame(cl)) frameSite(cl);
        for (syn::Expr* x : cl->elts) expr(x);
        return;
      }
      case syn::NodeKind::FuncLit: {
        auto* fl = static_cast<syn::FuncLit*>(e);
        if (c_.siteInFrame(fl)) frameSite(fl);
        c_.captures[fl];  // every literal gets an entry, even without captures
        func(fl, fl->sig, nullptr, fl->body);
        return;
      }
      case syn::NodeKind::ParenExpr: expr(static_cast<syn::ParenExpr*>(e)->x); return;
      case syn::NodeKind::SelectorExpr: {
        auto* s = static_cast<syn::SelectorExpr*>(e);
        if (s->selection && s->selection->kind == ty::SelectionKind::MethodVal) {
          auto* m = static_cast<ty::Func*>(s->selection->obj);
          ty::Type* xt = s->x->type ? ty::underlying(s->x->type) : nullptr;
          bool xIsPtr = xt && xt->kind == ty::Kind::Pointer;
          // A method value (not a call) that escape analysis keeps in the
          // frame gets a frame slot for its closure object, like a func
          // literal: whatever receiver pointer it holds moves with the stack.
          bool inFrame = s != calledFun_ && c_.siteInFrame(s);
          if (inFrame) frameSite(s);
          if (m->ptrRecv && !xIsPtr && !s->selection->indirect) {
            addressTaken(s->x);
            // A method value in the heap keeps the receiver's address in a
            // heap object: the variable must be in the heap too (escape
            // analysis already says so; this keeps it true without it).
            if (s != calledFun_ && !inFrame) {
              syn::Ident* id = rootVarIdent(s->x);
              if (id && id->obj && id->obj->kind == ty::ObjKind::Var && !static_cast<ty::Var*>(id->obj)->isGlobal)
                c_.heapVars.insert(static_cast<ty::Var*>(id->obj));
            }
          }
        }
        if (!s->selection) {
          // package-qualified name: nothing local
          if (s->x->kind != syn::NodeKind::Ident) expr(s->x);
          return;
        }
        expr(s->x);
        return;
      }
      case syn::NodeKind::IndexExpr: {
        auto* ix = static_cast<syn::IndexExpr*>(e);
        expr(ix->x);
        if (!ix->instance)
          for (syn::Expr* i : ix->indices) expr(i);
        return;
      }
      case syn::NodeKind::SliceExpr: {
        auto* s = static_cast<syn::SliceExpr*>(e);
        if (s->x->type && ty::underlying(s->x->type)->kind == ty::Kind::Array) addressTaken(s->x);
        expr(s->x);
        expr(s->lo);
        expr(s->hi);
        expr(s->max);
        return;
      }
      case syn::NodeKind::TypeAssertExpr: expr(static_cast<syn::TypeAssertExpr*>(e)->x); return;
      case syn::NodeKind::CallExpr: {
        auto* call = static_cast<syn::CallExpr*>(e);
        if ((call->builtin == syn::Builtin::New || call->builtin == syn::Builtin::Make) && c_.siteInFrame(call))
          frameSite(call);
        if (call->callKind == syn::CallKind::Call && c_.variadicInFrame(call)) frameSite(call);
        if (call->callKind != syn::CallKind::Conversion) {
          calledFun_ = syn::unparen(call->fun);
          expr(call->fun);
        }
        for (syn::Expr* a : call->args) expr(a);
        return;
      }
      case syn::NodeKind::StarExpr: expr(static_cast<syn::StarExpr*>(e)->x); return;
      case syn::NodeKind::UnaryExpr: {
        auto* u = static_cast<syn::UnaryExpr*>(e);
        if (u->op == syn::Tok::And && syn::unparen(u->x)->kind == syn::NodeKind::CompositeLit && c_.siteInFrame(u))
          frameSite(u);
        if (u->op == syn::Tok::And) addressTaken(u->x);
        expr(u->x);
        return;
      }
      case syn::NodeKind::BinaryExpr: {
        auto* b = static_cast<syn::BinaryExpr*>(e);
        expr(b->x);
        expr(b->y);
        return;
      }
      case syn::NodeKind::KeyValueExpr: {
        auto* kv = static_cast<syn::KeyValueExpr*>(e);
        // Struct literal keys are field names, not variables.
        if (kv->key && kv->key->kind != syn::NodeKind::Ident) expr(kv->key);
        else if (kv->key && static_cast<syn::Ident*>(kv->key)->obj &&
                 static_cast<syn::Ident*>(kv->key)->obj->kind == ty::ObjKind::Var &&
                 !static_cast<ty::Var*>(static_cast<syn::Ident*>(kv->key)->obj)->isField)
          expr(kv->key);
        expr(kv->value);
        return;
      }
      default:
        return;  // type expressions
    }
  }

  void stmts(const std::vector<syn::Stmt*>& list) {
    for (syn::Stmt* s : list) stmt(s);
  }

  void stmt(syn::Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case syn::NodeKind::DeclStmt: {
        auto* d = static_cast<syn::DeclStmt*>(s)->decl;
        if (d->tok != syn::Tok::Var) return;
        for (syn::Spec* sp : d->specs) {
          auto* vs = sp->as<syn::ValueSpec>();
          if (!vs) continue;
          for (syn::Expr* v : vs->values) expr(v);
          for (syn::Ident* n : vs->names) declare(n);
        }
        return;
      }
      case syn::NodeKind::LabeledStmt: stmt(static_cast<syn::LabeledStmt*>(s)->stmt); return;
      case syn::NodeKind::ExprStmt: expr(static_cast<syn::ExprStmt*>(s)->x); return;
      case syn::NodeKind::SendStmt: {
        auto* ss = static_cast<syn::SendStmt*>(s);
        expr(ss->chan);
        expr(ss->value);
        return;
      }
      case syn::NodeKind::IncDecStmt: expr(static_cast<syn::IncDecStmt*>(s)->x); return;
      case syn::NodeKind::AssignStmt: {
        auto* a = static_cast<syn::AssignStmt*>(s);
        for (syn::Expr* r : a->rhs) expr(r);
        if (a->tok == syn::Tok::Define) {
          for (syn::Expr* l : a->lhs)
            if (auto* id = l->as<syn::Ident>()) declare(id);
        }
        for (syn::Expr* l : a->lhs) expr(l);
        return;
      }
      case syn::NodeKind::GoStmt: expr(static_cast<syn::GoStmt*>(s)->call); return;
      case syn::NodeKind::DeferStmt: expr(static_cast<syn::DeferStmt*>(s)->call); return;
      case syn::NodeKind::ReturnStmt:
        for (syn::Expr* r : static_cast<syn::ReturnStmt*>(s)->results) expr(r);
        if (inRangeFunc()) markResultsCaptured();
        return;
      case syn::NodeKind::BlockStmt: stmts(static_cast<syn::BlockStmt*>(s)->list); return;
      case syn::NodeKind::IfStmt: {
        auto* i = static_cast<syn::IfStmt*>(s);
        stmt(i->init);
        expr(i->cond);
        stmt(i->body);
        stmt(i->els);
        return;
      }
      case syn::NodeKind::CaseClause: {
        auto* cc = static_cast<syn::CaseClause*>(s);
        for (syn::Expr* x : cc->list) expr(x);
        if (cc->implicitObj && cc->implicitObj->kind == ty::ObjKind::Var)
          owner_.emplace(static_cast<ty::Var*>(cc->implicitObj), regions_.back());
        stmts(cc->body);
        return;
      }
      case syn::NodeKind::SwitchStmt: {
        auto* sw = static_cast<syn::SwitchStmt*>(s);
        stmt(sw->init);
        expr(sw->tag);
        stmt(sw->body);
        return;
      }
      case syn::NodeKind::TypeSwitchStmt: {
        auto* ts = static_cast<syn::TypeSwitchStmt*>(s);
        stmt(ts->init);
        if (auto* as = ts->assign->as<syn::AssignStmt>()) {
          for (syn::Expr* r : as->rhs) expr(r);
        } else {
          stmt(ts->assign);
        }
        stmt(ts->body);
        return;
      }
      case syn::NodeKind::CommClause: {
        auto* cc = static_cast<syn::CommClause*>(s);
        stmt(cc->comm);
        stmts(cc->body);
        return;
      }
      case syn::NodeKind::SelectStmt: stmt(static_cast<syn::SelectStmt*>(s)->body); return;
      case syn::NodeKind::ForStmt: {
        auto* f = static_cast<syn::ForStmt*>(s);
        stmt(f->init);
        expr(f->cond);
        stmt(f->post);
        stmt(f->body);
        return;
      }
      case syn::NodeKind::RangeStmt: {
        auto* r = static_cast<syn::RangeStmt*>(s);
        expr(r->x);
        ty::Type* xt = r->x->type ? ty::underlying(r->x->type) : nullptr;
        bool overFunc = xt && xt->kind == ty::Kind::Signature;
        if (overFunc) {
          // The body becomes the yield function: a region of its own. Its
          // closure object is a site of the enclosing function (kept in the
          // frame when escape analysis says the body does not escape).
          if (c_.siteInFrame(r)) frameSite(r);
          c_.captures[r];
          regions_.push_back(r);
          rangeFuncs_.push_back(r);
        }
        if (r->tok == syn::Tok::Define) {
          if (auto* id = r->key ? r->key->as<syn::Ident>() : nullptr) declare(id);
          if (auto* id = r->value ? r->value->as<syn::Ident>() : nullptr) declare(id);
        } else {
          expr(r->key);
          expr(r->value);
        }
        stmt(r->body);
        if (overFunc) {
          regions_.pop_back();
          rangeFuncs_.pop_back();
        }
        return;
      }
      default:
        return;
    }
  }

  bool inRangeFunc() const { return !rangeFuncs_.empty(); }
  void markResultsCaptured() {
    // A return inside a range-over-func body stores the enclosing function's
    // results from inside the yield closure: they must be cells.
    for (size_t i = regions_.size(); i-- > 0;) {
      syn::Node* n = regions_[i];
      if (n->kind == syn::NodeKind::RangeStmt) continue;
      resultsOf_.push_back(n);
      break;
    }
  }

 public:
  std::vector<syn::Node*> resultsOf_;  // functions whose results must be cells

 private:
  Compiler& c_;
  std::vector<syn::Node*> regions_;
  std::vector<syn::RangeStmt*> rangeFuncs_;
  std::unordered_map<const ty::Var*, const syn::Node*> owner_;
};

}  // namespace

bool Compiler::siteInFrame(const syn::Node* n) const {
  if (!esc || !n) return false;
  auto it = esc->siteOnHeap.find(n);
  return it != esc->siteOnHeap.end() && !it->second;
}

bool Compiler::boxInFrame(const syn::Expr* e) const {
  if (!esc || !e) return false;
  auto it = esc->boxOnHeap.find(e);
  return it != esc->boxOnHeap.end() && !it->second;
}

bool Compiler::deferInFrame(const syn::Stmt* s) const {
  if (!esc || !s) return false;
  auto it = esc->deferOnHeap.find(s);
  return it != esc->deferOnHeap.end() && !it->second;
}

bool Compiler::variadicInFrame(const syn::CallExpr* call) const {
  if (!esc || !call) return false;
  auto it = esc->variadicOnHeap.find(call);
  return it != esc->variadicOnHeap.end() && !it->second;
}

bool Compiler::capturedByValue(const ty::Var* v) const {
  return esc && esc->capturedByValue.count(v) && !refOnly.count(v);
}

std::string Compiler::heapReason(const void* key) const {
  if (!esc) return "escape analysis not run";
  auto it = esc->reason.find(key);
  return it == esc->reason.end() ? std::string() : it->second;
}

bool Compiler::keptInFrameByEscape(const void* key) const {
  if (!esc || !key) return false;
  auto node = static_cast<const syn::Node*>(key);
  if (auto it = esc->siteOnHeap.find(node); it != esc->siteOnHeap.end()) return !it->second;
  if (auto it = esc->boxOnHeap.find(static_cast<const syn::Expr*>(key)); it != esc->boxOnHeap.end()) return !it->second;
  if (auto it = esc->variadicOnHeap.find(static_cast<const syn::CallExpr*>(key)); it != esc->variadicOnHeap.end())
    return !it->second;
  return false;
}

int32_t Compiler::allocSite(const std::string& what, int32_t func, int32_t line, const void* key,
                            const std::string& runtimeReason) {
  vm::AllocSite s;
  // Escape analysis's words for the site (what -m prints) when it has the
  // site; otherwise the caller's description.
  s.what = what;
  if (esc && key) {
    auto text = esc->siteText.find(key);
    if (text != esc->siteText.end()) s.what = text->second;
  }
  s.func = func;
  s.line = line;
  s.reason = heapReason(key);
  if (s.reason.empty()) s.reason = runtimeReason;
  if (s.reason.empty() && keptInFrameByEscape(key)) {
    // Escape analysis would keep it in the frame, as Go does; this VM
    // allocates some such objects in the heap anyway (string conversions,
    // boxes of pointer-free values, objects too big for their frame slot).
    // Safe, and worth saying so.
    s.reason = "does not escape, but Goroscope allocates it in the heap";
  }
  prog->allocSites.push_back(std::move(s));
  return static_cast<int32_t>(prog->allocSites.size() - 1);
}

void Compiler::analyze(ty::Package* pkg) {
  HeapVarAnalysis a(*this);
  for (syn::File* f : pkg->files) {
    for (syn::Decl* d : f->decls) {
      if (auto* fd = d->as<syn::FuncDecl>()) {
        // (A prelude function the program does not reach has no body here.)
        if (fd->body) a.func(fd, fd->sig, fd->recv, fd->body);
      } else if (auto* gd = d->as<syn::GenDecl>()) {
        if (gd->tok != syn::Tok::Var) continue;
        // Package-level initializers may contain closures.
        for (syn::Spec* sp : gd->specs) {
          auto* vs = sp->as<syn::ValueSpec>();
          if (!vs) continue;
          for (syn::Expr* v : vs->values) {
            // A pseudo-region: globals are never cells.
            syn::FuncLit dummy(v->pos);
            (void)dummy;
            a.func(v, nullptr, nullptr, nullptr);
          }
        }
      }
    }
  }
  // Results stored from inside range-over-func bodies.
  for (syn::Node* n : a.resultsOf_) {
    ty::Signature* sig = nullptr;
    if (auto* fd = n->as<syn::FuncDecl>()) {
      if (fd->name->obj && fd->name->obj->kind == ty::ObjKind::Func) sig = static_cast<ty::Func*>(fd->name->obj)->sig();
    }
    if (auto* fl = n->as<syn::FuncLit>()) sig = fl->type ? fl->type->as<ty::Signature>() : nullptr;
    if (!sig) continue;
    for (ty::Var* r : sig->results->vars) heapVars.insert(r);
  }
}

// ---------------------------------------------------------------- globals

void Compiler::layoutGlobals() {
  int64_t off = 0;
  for (ty::Package* p : packages) {
    for (ty::Var* v : p->globals) {
      int32_t a = talign(v->type);
      off = (off + a - 1) / a * a;
      globalOff[v] = static_cast<int32_t>(off);
      std::vector<int32_t> words;
      pointerWords(v->type, static_cast<int32_t>(off), &words);
      prog->globalPtrOffsets.insert(prog->globalPtrOffsets.end(), words.begin(), words.end());
      off += tsize(v->type);
    }
  }
  prog->globalsSize = (off + 7) / 8 * 8;
}

// The start function: each package's init in dependency order, then
// main.main. It is a wrapper, invisible in tracebacks (like runtime.main).
void Compiler::buildEntry() {
  int32_t entry = newFunc("runtime.main", syn::Pos{});
  prog->funcs[static_cast<size_t>(entry)].isWrapper = true;
  prog->entryFunc = entry;
  Job j;
  j.kind = JobKind::Entry;
  j.func = entry;
  work.push_back(std::move(j));
}

std::unique_ptr<vm::Program> Compiler::run(const std::vector<ty::Package*>& pkgs) {
  packages = pkgs;
  for (ty::Package* p : packages)
    if (p->path == "runtime") runtimePkg = p;
  // The runtime stubs come first: halt, panic resume, call-in return,
  // goroutine end (vm::StubPc).
  auto stub = [&](Op op) {
    Instr in;
    in.op = static_cast<uint16_t>(op);
    prog->code.push_back(in);
    prog->lines.push_back(0);
    prog->ptrmapAt.push_back(-1);
    prog->allocSiteAt.push_back(-1);
  };
  stub(Op::HALT);
  stub(Op::PANICRESUME);
  stub(Op::CALLINRET);
  stub(Op::GOEND);
  // Variables escape analysis moved to the heap get cells; analyze() adds
  // the captures and the cases of our own (or everything, without it).
  if (esc) heapVars.insert(esc->heapVars.begin(), esc->heapVars.end());
  for (ty::Package* p : packages) analyze(p);
  layoutGlobals();
  buildEntry();
  // Well-known runtime types.
  auto wkType = [&](const char* name, bool ptr) -> int32_t {
    if (!runtimePkg) return -1;
    ty::Object* o = runtimePkg->scope->lookupLocal(name);
    if (!o || o->kind != ty::ObjKind::TypeName) return -1;
    ty::Type* t = o->type;
    if (ptr) t = tc.pointerTo(t);
    return typeIndex(t);
  };
  prog->wk.runtimeErrorString = wkType("errorString", false);
  prog->wk.runtimePlainError = wkType("plainError", false);
  prog->wk.typeAssertionError = wkType("TypeAssertionError", true);
  prog->wk.panicNilError = wkType("PanicNilError", true);
  prog->wk.stringType = typeIndex(tc.basic(ty::Kind::String));
  prog->wk.errorIface = typeIndex(tc.errorType());
  while (!work.empty()) {
    Job j = std::move(work.front());
    work.pop_front();
    compileJob(j);
    if (work.empty()) finishTypes();
  }
  prog->finalize();
  if (!diags.empty()) return nullptr;
  return std::move(prog);
}

void Compiler::compileJob(const Job& job) {
  FuncGen g(*this, job);
  g.run();
}

}  // namespace gs::compile

namespace gs::compile {

std::unique_ptr<vm::Program> compileProgram(types::TypeContext& ctx, const syntax::SourceSet& sources,
                                            const std::vector<types::Package*>& packages,
                                            syntax::Diagnostics& diags, const CompileOptions& opts) {
  Compiler c(ctx, sources, diags, opts);
  return c.run(packages);
}

}  // namespace gs::compile
