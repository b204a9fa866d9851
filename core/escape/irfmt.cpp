// Expressions, types and positions printed the way cmd/compile prints its IR
// in -m messages (ir/fmt.go, types/fmt.go). The IR Go prints has been
// through its front end: parentheses are gone, implicit conversions and
// implicit & / * are not shown, constants print as their values ("5" for a
// named constant K, "8" for 1 << 3, "int8(1)" for a typed 1), implicit
// embedded fields are shown ("e.C.n"), a variadic call's implicit slice is
// "... argument" and a function literal is "func literal".
#include <algorithm>
#include <cstdio>

#include "core/escape/internal.h"

namespace gs::escape {

namespace {

// Precedences of cmd/compile's OpPrec (primary expressions 8, unary 7, ...).
int binaryPrec(syn::Tok op) {
  switch (op) {
    case syn::Tok::Mul: case syn::Tok::Quo: case syn::Tok::Rem: case syn::Tok::Shl:
    case syn::Tok::Shr: case syn::Tok::And: case syn::Tok::AndNot:
      return 6;
    case syn::Tok::Add: case syn::Tok::Sub: case syn::Tok::Or: case syn::Tok::Xor:
      return 5;
    case syn::Tok::Eql: case syn::Tok::Neq: case syn::Tok::Lss: case syn::Tok::Leq:
    case syn::Tok::Gtr: case syn::Tok::Geq:
      return 4;
    case syn::Tok::LAnd:
      return 2;
    case syn::Tok::LOr:
      return 1;
    default:
      return 5;
  }
}

const char* builtinName(syn::Builtin b) {
  switch (b) {
#define GS_BUILTIN_NAME(name, spelling) case syn::Builtin::name: return spelling;
    GS_BUILTINS(GS_BUILTIN_NAME)
#undef GS_BUILTIN_NAME
    default: return "?";
  }
}

bool isUnsafeBuiltin(syn::Builtin b) {
  switch (b) {
    case syn::Builtin::Alignof: case syn::Builtin::Offsetof: case syn::Builtin::Sizeof:
    case syn::Builtin::Add: case syn::Builtin::Slice: case syn::Builtin::String:
    case syn::Builtin::StringData: case syn::Builtin::SliceData:
      return true;
    default:
      return false;
  }
}

// The printed type of a constant: untyped kinds get the type the Go front
// end gives them (noder's idealType).
const ty::Type* constType(const ty::Type* t, const ty::Constant& c, ty::TypeContext* tc) {
  (void)tc;
  return t;
}

}  // namespace

std::string IrPrinter::type(const ty::Type* t) const {
  if (!t) return "<nil>";
  switch (t->kind) {
    case ty::Kind::Pointer:
      return "*" + type(t->as<ty::PointerType>()->elem);
    case ty::Kind::Array: {
      auto* a = t->as<ty::ArrayType>();
      return "[" + std::to_string(a->len) + "]" + type(a->elem);
    }
    case ty::Kind::Slice:
      return "[]" + type(t->as<ty::SliceType>()->elem);
    case ty::Kind::Map: {
      auto* m = t->as<ty::MapType>();
      return "map[" + type(m->key) + "]" + type(m->elem);
    }
    case ty::Kind::Chan: {
      auto* c = t->as<ty::ChanType>();
      switch (c->dir) {
        case syn::ChanDir::Recv: return "<-chan " + type(c->elem);
        case syn::ChanDir::Send: return "chan<- " + type(c->elem);
        default: {
          // chan (<-chan T) needs parentheses.
          auto* inner = c->elem->as<ty::ChanType>();
          if (inner && inner->dir == syn::ChanDir::Recv) return "chan (" + type(c->elem) + ")";
          return "chan " + type(c->elem);
        }
      }
    }
    case ty::Kind::Struct: {
      auto* s = t->as<ty::StructType>();
      if (s->fields.empty()) return "struct {}";
      std::string out = "struct { ";
      for (size_t i = 0; i < s->fields.size(); i++) {
        if (i) out += "; ";
        const ty::Var* f = s->fields[i];
        if (f->embedded) {
          out += type(f->type);
        } else {
          out += f->name + " " + type(f->type);
        }
        if (i < s->tags.size() && !s->tags[i].empty()) out += " " + ty::quoteGo(s->tags[i]);
      }
      return out + " }";
    }
    case ty::Kind::Signature: {
      auto* sig = t->as<ty::Signature>();
      std::string out = "func(";
      for (size_t i = 0; i < sig->params->vars.size(); i++) {
        if (i) out += ", ";
        ty::Type* pt = sig->params->vars[i]->type;
        if (sig->variadic && i + 1 == sig->params->vars.size()) {
          auto* sl = pt->as<ty::SliceType>();
          out += "..." + type(sl ? sl->elem : pt);
        } else {
          out += type(pt);
        }
      }
      out += ")";
      size_t nr = sig->results->vars.size();
      if (nr == 1) {
        out += " " + type(sig->results->vars[0]->type);
      } else if (nr > 1) {
        out += " (";
        for (size_t i = 0; i < nr; i++) {
          if (i) out += ", ";
          out += type(sig->results->vars[i]->type);
        }
        out += ")";
      }
      return out;
    }
    case ty::Kind::Interface: {
      auto* it = t->as<ty::InterfaceType>();
      if (it->isUniverseAny) return "any";
      std::vector<ty::Func*> methods = it->allMethods;
      if (methods.empty() && !it->complete) methods = it->explicitMethods;
      if (methods.empty()) return "interface {}";
      std::string out = "interface { ";
      for (size_t i = 0; i < methods.size(); i++) {
        if (i) out += "; ";
        std::string sig = type(methods[i]->type);  // "func(...) ..."
        out += methods[i]->name + sig.substr(4);
      }
      return out + " }";
    }
    case ty::Kind::Named: {
      auto* n = static_cast<const ty::NamedType*>(t);
      std::string name = n->obj ? n->obj->name : "?";
      if (n->obj && n->obj->pkg && n->obj->pkg != local) name = n->obj->pkg->name + "." + name;
      if (!n->typeArgs.empty()) {
        name += "[";
        for (size_t i = 0; i < n->typeArgs.size(); i++) {
          if (i) name += ",";
          name += type(n->typeArgs[i]);
        }
        name += "]";
      }
      return name;
    }
    case ty::Kind::TypeParam: {
      if (shapes) {
        auto it = shapes->find(t);
        if (it != shapes->end()) return it->second;
      }
      auto* p = static_cast<const ty::TypeParamType*>(t);
      return p->obj ? p->obj->name : "?";
    }
    case ty::Kind::Tuple: {
      auto* tu = t->as<ty::Tuple>();
      std::string out = "(";
      for (size_t i = 0; i < tu->vars.size(); i++) {
        if (i) out += ", ";
        out += type(tu->vars[i]->type);
      }
      return out + ")";
    }
    default:
      break;
  }
  if (t->isBasic()) return static_cast<const ty::BasicType*>(t)->name;
  return "?";
}

// OLITERAL: the value, with its type unless that is the default type for
// the value's kind; runes (the `rune` type) print quoted.
std::string IrPrinter::constant(const ty::Constant& c, const ty::Type* t) const {
  (void)constType;
  if (c.kind == ty::Constant::CKind::Unknown) return "<unknown>";
  const ty::Type* typ = t;
  // Untyped constants left untyped by the checker get the type Go's
  // front end gives them (noder's idealType).
  const char* idealName = nullptr;
  if (typ && typ->isUntyped()) {
    switch (typ->kind) {
      case ty::Kind::UntypedInt: case ty::Kind::UntypedFloat: case ty::Kind::UntypedComplex: {
        idealName = "uint";
        ty::Constant iv = ty::toInt(c);
        if (iv.kind == ty::Constant::CKind::Int && iv.sign() < 0) idealName = "int";
        break;
      }
      case ty::Kind::UntypedRune: idealName = "int32"; break;
      case ty::Kind::UntypedBool: idealName = "bool"; break;
      case ty::Kind::UntypedString: idealName = "string"; break;
      default: break;
    }
  }
  std::string val = c.toString();
  if (!idealName && typ && typ->isBasic() && std::string(static_cast<const ty::BasicType*>(typ)->name) == "rune" &&
      c.kind == ty::Constant::CKind::Int) {
    bool exact = false;
    int64_t r = c.int64Val(&exact);
    if (exact && r >= 0 && r <= 0x10FFFF) {
      // Go's %q of an integer: a quoted character literal.
      std::string q;
      if (r == '\'') q = "'\\''";
      else if (r == '\\') q = "'\\\\'";
      else if (r >= 0x20 && r < 0x7f) q = std::string("'") + static_cast<char>(r) + "'";
      else {
        std::string s = ty::quoteGo(std::string());
        // Reuse the string quoter for the escape sequence of one rune.
        std::string utf8;
        uint32_t u = static_cast<uint32_t>(r);
        if (u < 0x80) utf8 += static_cast<char>(u);
        else if (u < 0x800) { utf8 += static_cast<char>(0xC0 | (u >> 6)); utf8 += static_cast<char>(0x80 | (u & 0x3F)); }
        else if (u < 0x10000) { utf8 += static_cast<char>(0xE0 | (u >> 12)); utf8 += static_cast<char>(0x80 | ((u >> 6) & 0x3F)); utf8 += static_cast<char>(0x80 | (u & 0x3F)); }
        else { utf8 += static_cast<char>(0xF0 | (u >> 18)); utf8 += static_cast<char>(0x80 | ((u >> 12) & 0x3F)); utf8 += static_cast<char>(0x80 | ((u >> 6) & 0x3F)); utf8 += static_cast<char>(0x80 | (u & 0x3F)); }
        std::string dq = ty::quoteGo(utf8);
        q = "'" + dq.substr(1, dq.size() - 2) + "'";
        (void)s;
      }
      return q;
    }
  }
  // Is typ the default type for the value's kind?
  std::string tname = idealName ? idealName : (typ ? type(typ) : "");
  const char* def = nullptr;
  switch (c.kind) {
    case ty::Constant::CKind::Bool: def = "bool"; break;
    case ty::Constant::CKind::String: def = "string"; break;
    case ty::Constant::CKind::Int: def = "int"; break;
    case ty::Constant::CKind::Float: def = "float64"; break;
    case ty::Constant::CKind::Complex: def = "complex128"; break;
    default: break;
  }
  bool isDefault = !typ || (typ->isUntyped() && !idealName) || (def && tname == def && (typ->isBasic() || idealName));
  if (isDefault) return val;
  return tname + "(" + val + ")";
}

std::string IrPrinter::exprList(const std::vector<syn::Expr*>& list) const {
  std::string out;
  for (size_t i = 0; i < list.size(); i++) {
    if (i) out += ", ";
    out += expr(list[i]);
  }
  return out;
}

// Appends the implicit embedded fields a selector goes through (x.M on a
// promoted method or field prints as x.Inner.M) and returns the type of the
// last one (se->x's type when there are none).
ty::Type* IrPrinter::appendEmbeddedPath(const syn::SelectorExpr* se, std::string* out) const {
  ty::Type* cur = se->x->type;
  const auto& path = se->selection->index;
  for (size_t i = 0; i + 1 < path.size() && cur; i++) {
    ty::Type* base = cur;
    if (auto* p = ty::underlying(base)->as<ty::PointerType>()) base = p->elem;
    auto* st = ty::underlying(base)->as<ty::StructType>();
    if (!st || path[i] < 0 || static_cast<size_t>(path[i]) >= st->fields.size()) break;
    ty::Var* f = st->fields[static_cast<size_t>(path[i])];
    *out += "." + f->name;
    cur = f->type;
  }
  return cur;
}

std::string IrPrinter::call(const syn::CallExpr* c) const {
  const syn::Expr* fun = syn::unparen(const_cast<syn::Expr*>(c->fun));
  std::string head;
  std::string args;
  // A method call on a concrete type is T.M(recv, args) in Go's IR
  // (FixMethodCall); interface method calls stay x.M(args).
  if (auto* se = fun->as<syn::SelectorExpr>(); se && se->selection && se->selection->kind == ty::SelectionKind::MethodVal) {
    auto* m = static_cast<const ty::Func*>(se->selection->obj);
    // The receiver expression with its implicit fields (or the go/defer
    // temporary that holds the receiver).
    std::string recv = expr(se->x, 8);
    const std::string* renamedRecv = nullptr;
    if (rename) {
      auto it = rename->find(se);
      if (it != rename->end()) renamedRecv = &it->second;
    }
    ty::Type* cur = appendEmbeddedPath(se, &recv);
    bool iface = m->iface || (cur && cur->kind != ty::Kind::TypeParam && ty::underlying(cur)->kind == ty::Kind::Interface) ||
                 (cur && cur->kind == ty::Kind::TypeParam);
    if (iface) {
      head = recv + "." + se->sel->name;
    } else {
      ty::Type* rt = m->sig() && m->sig()->recv ? m->sig()->recv->type : nullptr;
      // The receiver type as instantiated: the base named type of x's path.
      ty::Type* base = cur;
      if (base && ty::underlying(base)->kind == ty::Kind::Pointer && base->kind != ty::Kind::Named)
        base = ty::underlying(base)->as<ty::PointerType>()->elem;
      std::string tn = base ? type(base) : (rt ? type(rt) : "?");
      head = m->ptrRecv ? "(*" + tn + ")." + se->sel->name : tn + "." + se->sel->name;
      args = renamedRecv ? *renamedRecv : recv;
    }
  } else {
    head = expr(fun, 8);
  }
  std::string list;
  const syn::Expr* a0 = c->args.size() == 1 ? syn::unparen(const_cast<syn::Expr*>(c->args[0])) : nullptr;
  auto* tu = a0 && a0->type ? a0->type->as<ty::Tuple>() : nullptr;
  if (tu && tu->vars.size() > 1) {
    // f(g()): the reader's temporaries; the first carries g's call as its
    // init, which Go's printer shows as a conversion.
    int base = -1;
    if (temps) {
      auto it = temps->find(a0);
      if (it != temps->end()) base = it->second;
    }
    for (size_t i = 0; i < tu->vars.size(); i++) {
      if (i) list += ", ";
      std::string name = base >= 0 ? ".autotmp_" + std::to_string(base + static_cast<int>(i)) : ".autotmp";
      if (i == 0) name = type(tu->vars[0]->type) + "(" + name + ")";
      list += name;
    }
  } else {
    list = exprList(c->args);
  }
  bool ddd = c->hasEllipsis;
  // A call of a variadic function without `...`: Go's FixVariadicCall
  // replaces the extra arguments by one implicit slice literal, printed as
  // "... argument" (or nil when there are none), and marks the call `...`.
  ty::Type* ft = fun->type ? ty::underlying(fun->type) : nullptr;
  auto* sig = ft ? ft->as<ty::Signature>() : nullptr;
  if (sig && sig->variadic && !ddd && !(tu && tu->vars.size() > 1) && !sig->params->vars.empty()) {
    size_t nfixed = sig->params->vars.size() - 1;
    std::vector<syn::Expr*> fixed(c->args.begin(), c->args.begin() + static_cast<long>(std::min(nfixed, c->args.size())));
    list = exprList(fixed);
    if (!list.empty()) list += ", ";
    list += c->args.size() > nfixed ? "... argument" : "nil";
    ddd = true;
  }
  if (!args.empty() && !list.empty()) args += ", ";
  args += list;
  if (ddd) args += "...";
  return head + "(" + args + ")";
}

std::string IrPrinter::expr(const syn::Expr* e, int prec) const {
  e = syn::unparen(const_cast<syn::Expr*>(e));
  if (!e) return "<nil>";
  if (rename) {
    auto it = rename->find(e);
    if (it != rename->end()) return it->second;
  }
  // Constants (named constants, constant expressions, constant conversions)
  // are OLITERALs: their value.
  if (e->mode == syn::ExprMode::Constant && e->constant) {
    std::string s = constant(*e->constant, e->type);
    // A complex value prints with its own parentheses; negative numbers get
    // none in Go (exprFmt's OLITERAL has precedence 8).
    return s;
  }
  switch (e->kind) {
    case syn::NodeKind::Ident: {
      auto* id = e->as<syn::Ident>();
      if (id->obj && id->obj->kind == ty::ObjKind::Nil) return "nil";
      if (id->obj && id->obj->kind == ty::ObjKind::Func && id->obj->pkg && id->obj->pkg != local)
        return id->obj->pkg->name + "." + id->name;
      if (id->obj && id->obj->kind == ty::ObjKind::Var && static_cast<ty::Var*>(id->obj)->isGlobal &&
          id->obj->pkg && id->obj->pkg != local)
        return id->obj->pkg->name + "." + id->name;
      return id->name;
    }
    case syn::NodeKind::BasicLit:
      return e->as<syn::BasicLit>()->value;
    case syn::NodeKind::CompositeLit: {
      auto* cl = e->as<syn::CompositeLit>();
      ty::Type* t = cl->type;
      std::string prefix;
      if (t && t->kind == ty::Kind::Pointer) {
        prefix = "&";
        t = t->as<ty::PointerType>()->elem;
      }
      std::string body = cl->elts.empty() ? "{}" : "{...}";
      std::string s = prefix + type(t) + body;
      return s;
    }
    case syn::NodeKind::FuncLit:
      return "func literal";
    case syn::NodeKind::SelectorExpr: {
      auto* se = e->as<syn::SelectorExpr>();
      if (!se->selection) {
        // Package-qualified name.
        std::string pkgName;
        if (auto* xi = syn::unparen(se->x)->as<syn::Ident>()) pkgName = xi->name;
        if (se->sel->obj && se->sel->obj->pkg && se->sel->obj->pkg != local) return se->sel->obj->pkg->name + "." + se->sel->name;
        return se->sel->name;
      }
      if (se->selection->kind == ty::SelectionKind::MethodExpr) {
        std::string t = type(se->selection->recv);
        if (se->selection->recv && se->selection->recv->kind == ty::Kind::Pointer) t = "(" + t + ")";
        return t + "." + se->sel->name;
      }
      // Implicit embedded fields along the path are printed.
      std::string out = expr(se->x, 8);
      appendEmbeddedPath(se, &out);
      return out + "." + se->sel->name;
    }
    case syn::NodeKind::IndexExpr: {
      auto* ix = e->as<syn::IndexExpr>();
      std::string out = expr(ix->x, 8) + "[";
      for (size_t i = 0; i < ix->indices.size(); i++) {
        if (i) out += ", ";
        out += expr(ix->indices[i]);
      }
      return out + "]";
    }
    case syn::NodeKind::SliceExpr: {
      auto* sl = e->as<syn::SliceExpr>();
      std::string out = expr(sl->x, 8) + "[";
      if (sl->lo) out += expr(sl->lo);
      out += ":";
      if (sl->hi) out += expr(sl->hi);
      if (sl->slice3) {
        out += ":";
        if (sl->max) out += expr(sl->max);
      }
      return out + "]";
    }
    case syn::NodeKind::TypeAssertExpr: {
      auto* ta = e->as<syn::TypeAssertExpr>();
      return expr(ta->x, 8) + ".(" + type(e->type) + ")";
    }
    case syn::NodeKind::CallExpr: {
      auto* c = e->as<syn::CallExpr>();
      if (c->callKind == syn::CallKind::Conversion && !c->args.empty()) {
        const syn::Expr* x = syn::unparen(c->args[0]);
        ty::Type* t = c->type;
        bool named = t && (t->kind == ty::Kind::Named || t->isBasic() ||
                           (t->kind == ty::Kind::Interface && t->as<ty::InterfaceType>()->isUniverseAny));
        std::string ts = type(t);
        if (!named) ts = "(" + ts + ")";
        return ts + "(" + expr(x) + ")";
      }
      if (c->callKind == syn::CallKind::Builtin) {
        std::string name = builtinName(c->builtin);
        if (isUnsafeBuiltin(c->builtin)) name = "unsafe." + name;
        if (c->builtin == syn::Builtin::Make && !c->args.empty()) {
          std::string out = "make(" + type(c->type);
          for (size_t i = 1; i < c->args.size(); i++) out += ", " + expr(c->args[i]);
          return out + ")";
        }
        if (c->builtin == syn::Builtin::New && !c->args.empty()) {
          ty::Type* t = c->type;
          if (auto* p = t ? t->as<ty::PointerType>() : nullptr) t = p->elem;
          return "new(" + type(t) + ")";
        }
        std::string out = name + "(" + exprList(c->args);
        if (c->hasEllipsis) out += "...";
        return out + ")";
      }
      return call(c);
    }
    case syn::NodeKind::StarExpr: {
      auto* st = e->as<syn::StarExpr>();
      std::string s = "*" + expr(st->x, 8);
      return prec > 7 ? "(" + s + ")" : s;
    }
    case syn::NodeKind::UnaryExpr: {
      auto* u = e->as<syn::UnaryExpr>();
      std::string op = std::string(syn::tokSpelling(u->op));
      const syn::Expr* x = syn::unparen(u->x);
      std::string s = op;
      if (auto* ux = x->as<syn::UnaryExpr>(); ux && ux->op == u->op && x->mode != syn::ExprMode::Constant) s += " ";
      s += expr(x, 8);
      return prec > 7 ? "(" + s + ")" : s;
    }
    case syn::NodeKind::BinaryExpr: {
      auto* be = e->as<syn::BinaryExpr>();
      int p = binaryPrec(be->op);
      std::string s = expr(be->x, p) + " " + std::string(syn::tokSpelling(be->op)) + " " + expr(be->y, p + 1);
      // A string concatenation chain is one OADDSTR: its operands print at
      // the same precedence.
      return prec > p ? "(" + s + ")" : s;
    }
    case syn::NodeKind::KeyValueExpr: {
      auto* kv = e->as<syn::KeyValueExpr>();
      return expr(kv->key) + ":" + expr(kv->value);
    }
    case syn::NodeKind::ArrayType: case syn::NodeKind::StructType: case syn::NodeKind::FuncType:
    case syn::NodeKind::InterfaceType: case syn::NodeKind::MapType: case syn::NodeKind::ChanType:
      return type(e->type);
    default:
      return "<expr>";
  }
}

std::string IrPrinter::stmt(const syn::Stmt* s) const {
  if (!s) return "<nil>";
  switch (s->kind) {
    case syn::NodeKind::AssignStmt: {
      auto* a = s->as<syn::AssignStmt>();
      if (a->tok == syn::Tok::Define) return exprList(a->lhs) + " := " + exprList(a->rhs);
      if (a->tok == syn::Tok::Assign) return exprList(a->lhs) + " = " + exprList(a->rhs);
      // x op= y
      std::string op = std::string(syn::tokSpelling(a->tok));
      return exprList(a->lhs) + " " + op + " " + exprList(a->rhs);
    }
    case syn::NodeKind::IncDecStmt: {
      auto* d = s->as<syn::IncDecStmt>();
      return expr(d->x) + (d->tok == syn::Tok::Inc ? "++" : "--");
    }
    case syn::NodeKind::ReturnStmt:
      return "return " + exprList(s->as<syn::ReturnStmt>()->results);
    case syn::NodeKind::SendStmt: {
      auto* ss = s->as<syn::SendStmt>();
      return expr(ss->chan, 3) + " <- " + expr(ss->value, 4);
    }
    case syn::NodeKind::ExprStmt:
      return expr(s->as<syn::ExprStmt>()->x);
    case syn::NodeKind::GoStmt:
      return "go " + expr(s->as<syn::GoStmt>()->call);
    case syn::NodeKind::DeferStmt:
      return "defer " + expr(s->as<syn::DeferStmt>()->call);
    case syn::NodeKind::RangeStmt:
      return "for loop";
    case syn::NodeKind::ForStmt:
      return "for loop";
    case syn::NodeKind::CaseClause:
      return "case";
    default:
      return "<stmt>";
  }
}

// ------------------------------------------------------------------ positions

namespace {

// Finds the '.' before position p (skipping spaces, newlines and comments
// backwards is rarely needed: selectors are almost always written x.f).
syn::Pos dotBefore(const syn::SourceSet& sources, syn::Pos p) {
  if (p.file < 0 || static_cast<size_t>(p.file) >= sources.size()) return p;
  const std::string& text = sources.file(p.file).text;
  // Offset of the line start.
  size_t off = 0;
  int line = 1;
  while (line < p.line && off < text.size()) {
    if (text[off] == '\n') line++;
    off++;
  }
  size_t at = off + static_cast<size_t>(p.col - 1);
  if (at > text.size()) return p;
  // Walk back over white space to the '.'.
  size_t i = at;
  int curLine = p.line;
  while (i > 0) {
    i--;
    char ch = text[i];
    if (ch == '.') {
      // Column of i on its line.
      size_t ls = i;
      while (ls > 0 && text[ls - 1] != '\n') ls--;
      return syn::Pos{p.file, curLine, static_cast<int32_t>(i - ls + 1)};
    }
    if (ch == '\n') {
      curLine--;
      continue;
    }
    if (ch != ' ' && ch != '\t' && ch != '\r') break;
  }
  return syn::Pos{p.file, p.line, p.col > 1 ? p.col - 1 : p.col};
}

}  // namespace

syn::Pos irPos(const syn::SourceSet& sources, const syn::Expr* e) {
  if (!e) return syn::Pos{};
  switch (e->kind) {
    case syn::NodeKind::CompositeLit: {
      auto* cl = e->as<syn::CompositeLit>();
      return cl->lbrace.valid() ? cl->lbrace : cl->pos;
    }
    case syn::NodeKind::SelectorExpr: {
      auto* se = e->as<syn::SelectorExpr>();
      return dotBefore(sources, se->sel->pos);
    }
    case syn::NodeKind::IndexExpr: {
      auto* ix = e->as<syn::IndexExpr>();
      return ix->lbrack.valid() ? ix->lbrack : ix->pos;
    }
    case syn::NodeKind::SliceExpr: {
      auto* sl = e->as<syn::SliceExpr>();
      return sl->lbrack.valid() ? sl->lbrack : sl->pos;
    }
    case syn::NodeKind::TypeAssertExpr: {
      auto* ta = e->as<syn::TypeAssertExpr>();
      if (ta->lparen.valid()) return dotBefore(sources, ta->lparen);
      return ta->pos;
    }
    case syn::NodeKind::CallExpr: {
      auto* c = e->as<syn::CallExpr>();
      return c->lparen.valid() ? c->lparen : c->pos;
    }
    case syn::NodeKind::BinaryExpr:
      return e->as<syn::BinaryExpr>()->opPos;
    case syn::NodeKind::KeyValueExpr: {
      auto* kv = e->as<syn::KeyValueExpr>();
      return kv->colon.valid() ? kv->colon : kv->pos;
    }
    default:
      return e->pos;
  }
}

syn::Pos stmtPos(const syn::Stmt* s) {
  if (!s) return syn::Pos{};
  switch (s->kind) {
    case syn::NodeKind::AssignStmt:
      return s->as<syn::AssignStmt>()->tokPos;
    case syn::NodeKind::IncDecStmt:
      return s->as<syn::IncDecStmt>()->tokPos;
    case syn::NodeKind::SendStmt: {
      auto* ss = s->as<syn::SendStmt>();
      return ss->arrow.valid() ? ss->arrow : ss->pos;
    }
    default:
      return s->pos;
  }
}

}  // namespace gs::escape
