// S-expression dumps of syntax trees, and Go-syntax printing of
// expressions for error messages.
#include "core/syntax/astdump.h"

namespace gs::syntax {

// ---------------------------------------------------------------------------
// Go syntax (cmd/compile's syntax.String, "short form")

namespace {

class GoPrinter {
 public:
  std::string out;

  void expr(const Expr* x) {
    if (!x) return;
    switch (x->kind) {
      case NodeKind::BadExpr:
        out += "<bad expr>";
        return;
      case NodeKind::Ident:
        out += static_cast<const Ident*>(x)->name;
        return;
      case NodeKind::BasicLit:
        out += static_cast<const BasicLit*>(x)->value;
        return;
      case NodeKind::FuncLit: {
        auto* f = static_cast<const FuncLit*>(x);
        expr(f->sig);
        out += ' ';
        out += f->body && !f->body->list.empty() ? "{…}" : "{}";
        return;
      }
      case NodeKind::CompositeLit: {
        auto* c = static_cast<const CompositeLit*>(x);
        expr(c->typeExpr);
        out += c->elts.empty() ? "{}" : "{…}";
        return;
      }
      case NodeKind::ParenExpr:
        out += '(';
        expr(static_cast<const ParenExpr*>(x)->x);
        out += ')';
        return;
      case NodeKind::SelectorExpr: {
        auto* s = static_cast<const SelectorExpr*>(x);
        expr(s->x);
        out += '.';
        expr(s->sel);
        return;
      }
      case NodeKind::IndexExpr: {
        auto* ix = static_cast<const IndexExpr*>(x);
        expr(ix->x);
        out += '[';
        list(ix->indices);
        out += ']';
        return;
      }
      case NodeKind::SliceExpr: {
        auto* s = static_cast<const SliceExpr*>(x);
        expr(s->x);
        out += '[';
        expr(s->lo);
        out += ':';
        expr(s->hi);
        if (s->max) {
          out += ':';
          expr(s->max);
        }
        out += ']';
        return;
      }
      case NodeKind::TypeAssertExpr: {
        auto* t = static_cast<const TypeAssertExpr*>(x);
        expr(t->x);
        out += ".(";
        if (t->typeExpr) {
          expr(t->typeExpr);
        } else {
          out += "type";
        }
        out += ')';
        return;
      }
      case NodeKind::CallExpr: {
        auto* c = static_cast<const CallExpr*>(x);
        expr(c->fun);
        out += '(';
        list(c->args);
        if (c->hasEllipsis) out += "...";
        out += ')';
        return;
      }
      case NodeKind::StarExpr:
        out += '*';
        expr(static_cast<const StarExpr*>(x)->x);
        return;
      case NodeKind::UnaryExpr: {
        auto* u = static_cast<const UnaryExpr*>(x);
        out += tokSpelling(u->op);
        expr(u->x);
        return;
      }
      case NodeKind::BinaryExpr: {
        auto* b = static_cast<const BinaryExpr*>(x);
        expr(b->x);
        out += ' ';
        out += tokSpelling(b->op);
        out += ' ';
        expr(b->y);
        return;
      }
      case NodeKind::KeyValueExpr: {
        auto* kv = static_cast<const KeyValueExpr*>(x);
        expr(kv->key);
        out += ": ";
        expr(kv->value);
        return;
      }
      case NodeKind::ArrayType: {
        auto* a = static_cast<const ArrayType*>(x);
        out += '[';
        if (a->len && a->len->is<Ellipsis>() && !static_cast<const Ellipsis*>(a->len)->elem) {
          out += "...";
        } else {
          expr(a->len);
        }
        out += ']';
        expr(a->elem);
        return;
      }
      case NodeKind::Ellipsis:
        out += "...";
        expr(static_cast<const Ellipsis*>(x)->elem);
        return;
      case NodeKind::StructType: {
        auto* s = static_cast<const StructType*>(x);
        out += "struct{";
        if (s->fields) {
          bool first = true;
          for (const Field* f : s->fields->list) {
            if (!first) out += "; ";
            first = false;
            field(f);
            if (f->tag) {
              out += ' ';
              out += f->tag->value;
            }
          }
        }
        out += '}';
        return;
      }
      case NodeKind::FuncType:
        out += "func";
        signature(static_cast<const FuncType*>(x));
        return;
      case NodeKind::InterfaceType: {
        auto* it = static_cast<const InterfaceType*>(x);
        out += "interface{";
        if (it->elems) {
          bool first = true;
          for (const Field* f : it->elems->list) {
            if (!first) out += "; ";
            first = false;
            if (!f->names.empty() && f->typeExpr && f->typeExpr->is<FuncType>()) {
              out += f->names[0]->name;
              signature(static_cast<const FuncType*>(f->typeExpr));
            } else {
              expr(f->typeExpr);
            }
          }
        }
        out += '}';
        return;
      }
      case NodeKind::MapType: {
        auto* m = static_cast<const MapType*>(x);
        out += "map[";
        expr(m->key);
        out += ']';
        expr(m->value);
        return;
      }
      case NodeKind::ChanType: {
        auto* c = static_cast<const ChanType*>(x);
        if (c->dir == ChanDir::Recv) out += "<-";
        out += "chan";
        if (c->dir == ChanDir::Send) out += "<-";
        out += ' ';
        // chan (<-chan T) must not print as chan <-chan T
        auto* e = c->elem ? c->elem->as<ChanType>() : nullptr;
        if (c->dir == ChanDir::Both && e && e->dir == ChanDir::Recv) {
          out += '(';
          expr(c->elem);
          out += ')';
        } else {
          expr(c->elem);
        }
        return;
      }
      default:
        out += "<?>";
        return;
    }
  }

  void list(const std::vector<Expr*>& xs) {
    for (size_t i = 0; i < xs.size(); i++) {
      if (i > 0) out += ", ";
      expr(xs[i]);
    }
  }

  // names Type (or just Type)
  void field(const Field* f) {
    for (size_t i = 0; i < f->names.size(); i++) {
      if (i > 0) out += ", ";
      out += f->names[i]->name;
    }
    if (!f->names.empty()) out += ' ';
    expr(unparen(f->typeExpr));
  }

  void params(const FieldList* fl, char open, char close) {
    out += open;
    if (fl) {
      for (size_t i = 0; i < fl->list.size(); i++) {
        if (i > 0) out += ", ";
        field(fl->list[i]);
      }
    }
    out += close;
  }

  void signature(const FuncType* t) {
    params(t->params, '(', ')');
    if (const FieldList* r = t->results) {
      out += ' ';
      if (r->list.size() == 1 && r->list[0]->names.empty()) {
        expr(r->list[0]->typeExpr);
      } else {
        params(r, '(', ')');
      }
    }
  }
};

}  // namespace

std::string exprString(const Expr* x) {
  GoPrinter p;
  p.expr(x);
  return p.out;
}

std::string exprListString(const std::vector<Expr*>& list) {
  GoPrinter p;
  p.list(list);
  return p.out;
}

std::string stmtString(const Stmt* s) {
  GoPrinter p;
  switch (s->kind) {
    case NodeKind::ExprStmt:
      p.expr(static_cast<const ExprStmt*>(s)->x);
      break;
    case NodeKind::SendStmt: {
      auto* d = static_cast<const SendStmt*>(s);
      p.expr(d->chan);
      p.out += " <- ";
      p.expr(d->value);
      break;
    }
    case NodeKind::IncDecStmt: {
      auto* i = static_cast<const IncDecStmt*>(s);
      p.expr(i->x);
      p.out += tokSpelling(i->tok);
      break;
    }
    case NodeKind::AssignStmt: {
      auto* a = static_cast<const AssignStmt*>(s);
      p.list(a->lhs);
      p.out += ' ';
      p.out += tokSpelling(a->tok);
      p.out += ' ';
      p.list(a->rhs);
      break;
    }
    case NodeKind::RangeStmt: {
      auto* r = static_cast<const RangeStmt*>(s);
      if (r->key) {
        p.expr(r->key);
        if (r->value) {
          p.out += ", ";
          p.expr(r->value);
        }
        p.out += ' ';
        p.out += tokSpelling(r->tok);
        p.out += ' ';
      }
      p.out += "range ";
      p.expr(r->x);
      break;
    }
    case NodeKind::GoStmt:
      p.out += "go ";
      p.expr(static_cast<const GoStmt*>(s)->call);
      break;
    case NodeKind::DeferStmt:
      p.out += "defer ";
      p.expr(static_cast<const DeferStmt*>(s)->call);
      break;
    case NodeKind::ReturnStmt: {
      auto* r = static_cast<const ReturnStmt*>(s);
      p.out += "return";
      if (!r->results.empty()) {
        p.out += ' ';
        p.list(r->results);
      }
      break;
    }
    case NodeKind::BranchStmt: {
      auto* b = static_cast<const BranchStmt*>(s);
      p.out += tokSpelling(b->tok);
      if (b->label) {
        p.out += ' ';
        p.out += b->label->name;
      }
      break;
    }
    default:
      break;
  }
  return p.out;
}

// ---------------------------------------------------------------------------
// S-expression dump

namespace {

class Dumper {
 public:
  explicit Dumper(const DumpOptions& opts) : opts_(opts) {}
  std::string out;

  void node(const Node* n) {
    if (!n) {
      out += '-';
      return;
    }
    switch (n->kind) {
      // ---- expressions
      case NodeKind::BadExpr: open("bad", n); close(); return;
      case NodeKind::Ident:
        out += static_cast<const Ident*>(n)->name;
        at(n);
        return;
      case NodeKind::BasicLit:
        out += static_cast<const BasicLit*>(n)->value;
        at(n);
        return;
      case NodeKind::CompositeLit: {
        auto* c = static_cast<const CompositeLit*>(n);
        open("complit", n);
        item(c->typeExpr);
        items(c->elts);
        close();
        return;
      }
      case NodeKind::FuncLit: {
        auto* f = static_cast<const FuncLit*>(n);
        open("funclit", n);
        item(f->sig);
        item(f->body);
        close();
        return;
      }
      case NodeKind::ParenExpr: open("paren", n); item(static_cast<const ParenExpr*>(n)->x); close(); return;
      case NodeKind::SelectorExpr: {
        auto* s = static_cast<const SelectorExpr*>(n);
        open("sel", n);
        item(s->x);
        item(s->sel);
        close();
        return;
      }
      case NodeKind::IndexExpr: {
        auto* ix = static_cast<const IndexExpr*>(n);
        open("index", n);
        item(ix->x);
        items(ix->indices);
        close();
        return;
      }
      case NodeKind::SliceExpr: {
        auto* s = static_cast<const SliceExpr*>(n);
        open(s->slice3 ? "slice3" : "slice", n);
        item(s->x);
        item(s->lo);
        item(s->hi);
        if (s->slice3) item(s->max);
        close();
        return;
      }
      case NodeKind::TypeAssertExpr: {
        auto* t = static_cast<const TypeAssertExpr*>(n);
        open("assert", n);
        item(t->x);
        if (t->typeExpr) {
          item(t->typeExpr);
        } else {
          out += " type";
        }
        close();
        return;
      }
      case NodeKind::CallExpr: {
        auto* c = static_cast<const CallExpr*>(n);
        open("call", n);
        item(c->fun);
        items(c->args);
        if (c->hasEllipsis) out += " ...";
        close();
        return;
      }
      case NodeKind::StarExpr: open("star", n); item(static_cast<const StarExpr*>(n)->x); close(); return;
      case NodeKind::UnaryExpr: {
        auto* u = static_cast<const UnaryExpr*>(n);
        open(tokSpelling(u->op), n);
        item(u->x);
        close();
        return;
      }
      case NodeKind::BinaryExpr: {
        auto* b = static_cast<const BinaryExpr*>(n);
        open(tokSpelling(b->op), n);
        item(b->x);
        item(b->y);
        close();
        return;
      }
      case NodeKind::KeyValueExpr: {
        auto* kv = static_cast<const KeyValueExpr*>(n);
        open("kv", n);
        item(kv->key);
        item(kv->value);
        close();
        return;
      }

      // ---- types
      case NodeKind::ArrayType: {
        auto* a = static_cast<const ArrayType*>(n);
        if (a->len) {
          open("array", n);
          item(a->len);
        } else {
          open("slicetype", n);
        }
        item(a->elem);
        close();
        return;
      }
      case NodeKind::StructType: {
        open("struct", n);
        fields(static_cast<const StructType*>(n)->fields);
        close();
        return;
      }
      case NodeKind::FuncType: {
        auto* f = static_cast<const FuncType*>(n);
        open("func", n);
        if (f->typeParams) fieldList(" (tparams", f->typeParams);
        fieldList(" (params", f->params);
        if (f->results) fieldList(" (results", f->results);
        close();
        return;
      }
      case NodeKind::InterfaceType: {
        open("interface", n);
        fields(static_cast<const InterfaceType*>(n)->elems);
        close();
        return;
      }
      case NodeKind::MapType: {
        auto* m = static_cast<const MapType*>(n);
        open("map", n);
        item(m->key);
        item(m->value);
        close();
        return;
      }
      case NodeKind::ChanType: {
        auto* c = static_cast<const ChanType*>(n);
        open(c->dir == ChanDir::Send ? "chan<-" : c->dir == ChanDir::Recv ? "<-chan" : "chan", n);
        item(c->elem);
        close();
        return;
      }
      case NodeKind::Ellipsis: {
        auto* e = static_cast<const Ellipsis*>(n);
        if (!e->elem) {
          out += "...";
          if (!opts_.leafPositionsOnly) at(n);
          return;
        }
        open("...", n);
        item(e->elem);
        close();
        return;
      }

      // ---- statements
      case NodeKind::BadStmt: open("badstmt", n); close(); return;
      case NodeKind::DeclStmt: node(static_cast<const DeclStmt*>(n)->decl); return;
      case NodeKind::EmptyStmt: open("empty", n); close(); return;
      case NodeKind::LabeledStmt: {
        auto* l = static_cast<const LabeledStmt*>(n);
        open("label", n);
        item(l->label);
        item(l->stmt);
        close();
        return;
      }
      case NodeKind::ExprStmt: open("expr", n); item(static_cast<const ExprStmt*>(n)->x); close(); return;
      case NodeKind::SendStmt: {
        auto* s = static_cast<const SendStmt*>(n);
        open("send", n);
        item(s->chan);
        item(s->value);
        close();
        return;
      }
      case NodeKind::IncDecStmt: {
        auto* s = static_cast<const IncDecStmt*>(n);
        open(tokSpelling(s->tok), n);
        item(s->x);
        close();
        return;
      }
      case NodeKind::AssignStmt: {
        auto* a = static_cast<const AssignStmt*>(n);
        open(tokSpelling(a->tok), n);
        exprs(a->lhs);
        exprs(a->rhs);
        close();
        return;
      }
      case NodeKind::GoStmt: open("go", n); item(static_cast<const GoStmt*>(n)->call); close(); return;
      case NodeKind::DeferStmt: open("defer", n); item(static_cast<const DeferStmt*>(n)->call); close(); return;
      case NodeKind::ReturnStmt: open("return", n); items(static_cast<const ReturnStmt*>(n)->results); close(); return;
      case NodeKind::BranchStmt: {
        auto* b = static_cast<const BranchStmt*>(n);
        open(tokSpelling(b->tok), n);
        if (b->label) item(b->label);
        close();
        return;
      }
      case NodeKind::BlockStmt: open("block", n); items(static_cast<const BlockStmt*>(n)->list); close(); return;
      case NodeKind::IfStmt: {
        auto* s = static_cast<const IfStmt*>(n);
        open("if", n);
        item(s->init);
        item(s->cond);
        item(s->body);
        item(s->els);
        close();
        return;
      }
      case NodeKind::CaseClause: {
        auto* c = static_cast<const CaseClause*>(n);
        if (c->list.empty()) {
          open("default", n);
        } else {
          open("case", n);
          exprs(c->list);
        }
        items(c->body);
        close();
        return;
      }
      case NodeKind::SwitchStmt: {
        auto* s = static_cast<const SwitchStmt*>(n);
        open("switch", n);
        item(s->init);
        item(s->tag);
        if (s->body) items(s->body->list);
        close();
        return;
      }
      case NodeKind::TypeSwitchStmt: {
        auto* s = static_cast<const TypeSwitchStmt*>(n);
        open("typeswitch", n);
        item(s->init);
        item(s->assign);
        if (s->body) items(s->body->list);
        close();
        return;
      }
      case NodeKind::CommClause: {
        auto* c = static_cast<const CommClause*>(n);
        if (!c->comm) {
          open("default", n);
        } else {
          open("comm", n);
          item(c->comm);
        }
        items(c->body);
        close();
        return;
      }
      case NodeKind::SelectStmt: {
        auto* s = static_cast<const SelectStmt*>(n);
        open("select", n);
        if (s->body) items(s->body->list);
        close();
        return;
      }
      case NodeKind::ForStmt: {
        auto* s = static_cast<const ForStmt*>(n);
        open("for", n);
        item(s->init);
        item(s->cond);
        item(s->post);
        item(s->body);
        close();
        return;
      }
      case NodeKind::RangeStmt: {
        auto* s = static_cast<const RangeStmt*>(n);
        open("range", n);
        item(s->key);
        item(s->value);
        out += ' ';
        out += s->tok == Tok::Illegal ? std::string_view("-") : tokSpelling(s->tok);
        item(s->x);
        item(s->body);
        close();
        return;
      }

      // ---- declarations
      case NodeKind::ImportSpec: {
        auto* s = static_cast<const ImportSpec*>(n);
        open("spec", n);
        item(s->name);
        item(s->path);
        close();
        return;
      }
      case NodeKind::ValueSpec: {
        auto* s = static_cast<const ValueSpec*>(n);
        open(inConst_ ? "spec#" + std::to_string(s->iota) : std::string("spec"), n);
        out += " (";
        for (size_t i = 0; i < s->names.size(); i++) {
          if (i > 0) out += ' ';
          node(s->names[i]);
        }
        out += ')';
        item(s->typeExpr);
        exprs(s->values);
        close();
        return;
      }
      case NodeKind::TypeSpec: {
        auto* s = static_cast<const TypeSpec*>(n);
        open("spec", n);
        item(s->name);
        if (s->typeParams) fieldList(" (tparams", s->typeParams);
        if (s->alias) out += " =";
        item(s->typeExpr);
        close();
        return;
      }
      case NodeKind::GenDecl: {
        auto* d = static_cast<const GenDecl*>(n);
        bool saved = inConst_;
        inConst_ = d->tok == Tok::Const;
        open(tokSpelling(d->tok), n);
        for (const Spec* s : d->specs) item(s);
        close();
        inConst_ = saved;
        return;
      }
      case NodeKind::FuncDecl: {
        auto* d = static_cast<const FuncDecl*>(n);
        open("funcdecl", n);
        for (const std::string& dir : d->directives) {
          out += ' ';
          out += dir;
        }
        if (d->recv) {
          fieldList(" (recv", d->recv);
        } else {
          out += " -";
        }
        item(d->name);
        item(d->sig);
        item(d->body);
        close();
        return;
      }

      // ---- other
      case NodeKind::Field: {
        auto* f = static_cast<const Field*>(n);
        open("field", n);
        out += " (";
        for (size_t i = 0; i < f->names.size(); i++) {
          if (i > 0) out += ' ';
          node(f->names[i]);
        }
        out += ')';
        item(f->typeExpr);
        if (f->tag) item(f->tag);
        close();
        return;
      }
      case NodeKind::FieldList:
        fieldList("(fields", static_cast<const FieldList*>(n));
        return;
      case NodeKind::File: {
        auto* f = static_cast<const File*>(n);
        open("file", n);
        item(f->packageName);
        for (const Decl* d : f->decls) {
          out += "\n  ";
          node(d);
        }
        close();
        return;
      }
    }
    out += "<?>";
  }

 private:
  void at(const Node* n) {
    if (!opts_.positions) return;
    out += '@';
    out += std::to_string(n->pos.line);
    out += ':';
    out += std::to_string(n->pos.col);
  }
  void open(std::string_view head, const Node* n) {
    out += '(';
    out += head;
    if (!opts_.leafPositionsOnly) at(n);
  }
  void close() { out += ')'; }
  void item(const Node* n) {
    out += ' ';
    node(n);
  }
  template <class T>
  void items(const std::vector<T*>& list) {
    for (const T* x : list) item(x);
  }
  // An expression list as one parenthesized item: " (a b)".
  void exprs(const std::vector<Expr*>& list) {
    out += " (";
    for (size_t i = 0; i < list.size(); i++) {
      if (i > 0) out += ' ';
      node(list[i]);
    }
    out += ')';
  }
  void fields(const FieldList* fl) {
    if (!fl) return;
    for (const Field* f : fl->list) item(f);
  }
  // head is e.g. " (params"
  void fieldList(const char* head, const FieldList* fl) {
    out += head;
    if (fl) {
      if (!opts_.leafPositionsOnly) at(fl);
      for (const Field* f : fl->list) item(f);
    }
    out += ')';
  }

  const DumpOptions& opts_;
  bool inConst_ = false;
};

}  // namespace

std::string dumpAst(const Node* n, const DumpOptions& opts) {
  Dumper d(opts);
  d.node(n);
  return d.out;
}

}  // namespace gs::syntax
