// Expressions as cmd/compile's error messages spell them (the "short form"
// of its syntax printer): operators with single spaces, function literal and
// composite literal bodies shown as "{…}", parameter lists with grouped
// names.
#include "core/types/check_internal.h"

namespace gs::types {

using namespace syntax;

namespace {
struct ExprPrinter {
  std::string out;

  void fieldList(const FieldList* fl, const char* sep) {
    if (!fl) return;
    for (size_t i = 0; i < fl->list.size(); i++) {
      const Field* f = fl->list[i];
      if (i) out += sep;
      for (size_t j = 0; j < f->names.size(); j++) {
        if (j) out += ", ";
        out += f->names[j]->name;
      }
      if (!f->names.empty()) out += ' ';
      node(unparen(f->typeExpr));
      if (f->tag) {
        out += ' ';
        out += f->tag->value;
      }
    }
  }

  void params(const FieldList* fl) {
    out += '(';
    fieldList(fl, ", ");
    out += ')';
  }

  void signature(const syntax::FuncType* ft) {
    params(ft->params);
    const FieldList* r = ft->results;
    if (r && !r->list.empty()) {
      out += ' ';
      if (r->list.size() == 1 && r->list[0]->names.empty()) node(unparen(r->list[0]->typeExpr));
      else params(r);
    }
  }

  void exprList(const std::vector<Expr*>& list) {
    for (size_t i = 0; i < list.size(); i++) {
      if (i) out += ", ";
      node(list[i]);
    }
  }

  void node(const Node* n) {
    if (!n) return;
    switch (n->kind) {
      case NodeKind::BadExpr: out += "<bad expr>"; return;
      case NodeKind::Ident: out += static_cast<const Ident*>(n)->name; return;
      case NodeKind::BasicLit: out += static_cast<const BasicLit*>(n)->value; return;
      case NodeKind::FuncLit: {
        auto* f = static_cast<const FuncLit*>(n);
        out += "func";
        if (f->sig) signature(f->sig);
        out += " {";
        if (f->body && !f->body->list.empty()) out += "…";
        out += '}';
        return;
      }
      case NodeKind::CompositeLit: {
        auto* c = static_cast<const CompositeLit*>(n);
        if (c->typeExpr) node(c->typeExpr);
        out += '{';
        if (!c->elts.empty()) out += "…";
        out += '}';
        return;
      }
      case NodeKind::ParenExpr:
        out += '(';
        node(static_cast<const ParenExpr*>(n)->x);
        out += ')';
        return;
      case NodeKind::SelectorExpr: {
        auto* s = static_cast<const SelectorExpr*>(n);
        node(s->x);
        out += '.';
        node(s->sel);
        return;
      }
      case NodeKind::IndexExpr: {
        auto* ix = static_cast<const IndexExpr*>(n);
        node(ix->x);
        out += '[';
        exprList(ix->indices);
        out += ']';
        return;
      }
      case NodeKind::SliceExpr: {
        auto* s = static_cast<const SliceExpr*>(n);
        node(s->x);
        out += '[';
        node(s->lo);
        out += ':';
        node(s->hi);
        if (s->max) {
          out += ':';
          node(s->max);
        }
        out += ']';
        return;
      }
      case NodeKind::TypeAssertExpr: {
        auto* t = static_cast<const TypeAssertExpr*>(n);
        node(t->x);
        out += ".(";
        if (t->typeExpr) node(t->typeExpr);
        else out += "type";
        out += ')';
        return;
      }
      case NodeKind::CallExpr: {
        auto* c = static_cast<const CallExpr*>(n);
        node(c->fun);
        out += '(';
        exprList(c->args);
        if (c->hasEllipsis) out += "...";
        out += ')';
        return;
      }
      case NodeKind::StarExpr:
        out += '*';
        node(static_cast<const StarExpr*>(n)->x);
        return;
      case NodeKind::UnaryExpr: {
        auto* u = static_cast<const UnaryExpr*>(n);
        out += tokSpelling(u->op);
        node(u->x);
        return;
      }
      case NodeKind::BinaryExpr: {
        auto* b = static_cast<const BinaryExpr*>(n);
        node(b->x);
        out += ' ';
        out += tokSpelling(b->op);
        out += ' ';
        node(b->y);
        return;
      }
      case NodeKind::KeyValueExpr: {
        auto* kv = static_cast<const KeyValueExpr*>(n);
        node(kv->key);
        out += ": ";
        node(kv->value);
        return;
      }
      case NodeKind::ArrayType: {
        auto* a = static_cast<const syntax::ArrayType*>(n);
        out += '[';
        if (a->len) {
          if (a->len->kind == NodeKind::Ellipsis) out += "...";
          else node(a->len);
        }
        out += ']';
        node(a->elem);
        return;
      }
      case NodeKind::StructType:
        out += "struct{";
        fieldList(static_cast<const syntax::StructType*>(n)->fields, "; ");
        out += '}';
        return;
      case NodeKind::FuncType:
        out += "func";
        signature(static_cast<const syntax::FuncType*>(n));
        return;
      case NodeKind::InterfaceType: {
        auto* it = static_cast<const syntax::InterfaceType*>(n);
        out += "interface{";
        if (it->elems) {
          for (size_t i = 0; i < it->elems->list.size(); i++) {
            const Field* f = it->elems->list[i];
            if (i) out += "; ";
            if (!f->names.empty()) {
              out += f->names[0]->name;
              if (auto* ft = f->typeExpr ? f->typeExpr->as<syntax::FuncType>() : nullptr) signature(ft);
            } else {
              node(f->typeExpr);
            }
          }
        }
        out += '}';
        return;
      }
      case NodeKind::MapType: {
        auto* m = static_cast<const syntax::MapType*>(n);
        out += "map[";
        node(m->key);
        out += ']';
        node(m->value);
        return;
      }
      case NodeKind::ChanType: {
        auto* c = static_cast<const syntax::ChanType*>(n);
        if (c->dir == ChanDir::Recv) out += "<-";
        out += "chan";
        if (c->dir == ChanDir::Send) out += "<-";
        out += ' ';
        auto* e = c->elem ? c->elem->as<syntax::ChanType>() : nullptr;
        if (c->dir == ChanDir::Both && e && e->dir == ChanDir::Recv) {
          out += '(';
          node(c->elem);
          out += ')';
        } else {
          node(c->elem);
        }
        return;
      }
      case NodeKind::Ellipsis:
        out += "...";
        node(static_cast<const syntax::Ellipsis*>(n)->elem);
        return;
      default: out += "?"; return;
    }
  }
};
}  // namespace

std::string exprString(const syntax::Node* e) {
  ExprPrinter p;
  p.node(e);
  return p.out;
}

}  // namespace gs::types
