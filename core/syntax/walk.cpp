#include "core/syntax/walk.h"

namespace gs::syntax {

namespace {

struct Out {
  std::vector<Node*>* v;
  void add(Node* n) const {
    if (n) v->push_back(n);
  }
  template <class T>
  void all(const std::vector<T*>& xs) const {
    for (T* x : xs) add(x);
  }
};

}  // namespace

void appendChildren(Node* n, std::vector<Node*>* out) {
  Out o{out};
  switch (n->kind) {
    case NodeKind::BadExpr: case NodeKind::Ident: case NodeKind::BasicLit: case NodeKind::BadStmt:
    case NodeKind::EmptyStmt: case NodeKind::ImportSpec:
      return;
    case NodeKind::CompositeLit: {
      auto* e = static_cast<CompositeLit*>(n);
      o.add(e->typeExpr);
      o.all(e->elts);
      return;
    }
    case NodeKind::FuncLit: {
      auto* e = static_cast<FuncLit*>(n);
      o.add(e->sig);
      o.add(e->body);
      return;
    }
    case NodeKind::ParenExpr: o.add(static_cast<ParenExpr*>(n)->x); return;
    case NodeKind::SelectorExpr: {
      auto* e = static_cast<SelectorExpr*>(n);
      o.add(e->x);
      o.add(e->sel);
      return;
    }
    case NodeKind::IndexExpr: {
      auto* e = static_cast<IndexExpr*>(n);
      o.add(e->x);
      o.all(e->indices);
      return;
    }
    case NodeKind::SliceExpr: {
      auto* e = static_cast<SliceExpr*>(n);
      o.add(e->x);
      o.add(e->lo);
      o.add(e->hi);
      o.add(e->max);
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto* e = static_cast<TypeAssertExpr*>(n);
      o.add(e->x);
      o.add(e->typeExpr);
      return;
    }
    case NodeKind::CallExpr: {
      auto* e = static_cast<CallExpr*>(n);
      o.add(e->fun);
      o.all(e->args);
      return;
    }
    case NodeKind::StarExpr: o.add(static_cast<StarExpr*>(n)->x); return;
    case NodeKind::UnaryExpr: o.add(static_cast<UnaryExpr*>(n)->x); return;
    case NodeKind::BinaryExpr: {
      auto* e = static_cast<BinaryExpr*>(n);
      o.add(e->x);
      o.add(e->y);
      return;
    }
    case NodeKind::KeyValueExpr: {
      auto* e = static_cast<KeyValueExpr*>(n);
      o.add(e->key);
      o.add(e->value);
      return;
    }
    case NodeKind::ArrayType: {
      auto* e = static_cast<ArrayType*>(n);
      o.add(e->len);
      o.add(e->elem);
      return;
    }
    case NodeKind::StructType: o.add(static_cast<StructType*>(n)->fields); return;
    case NodeKind::FuncType: {
      auto* e = static_cast<FuncType*>(n);
      o.add(e->typeParams);
      o.add(e->params);
      o.add(e->results);
      return;
    }
    case NodeKind::InterfaceType: o.add(static_cast<InterfaceType*>(n)->elems); return;
    case NodeKind::MapType: {
      auto* e = static_cast<MapType*>(n);
      o.add(e->key);
      o.add(e->value);
      return;
    }
    case NodeKind::ChanType: o.add(static_cast<ChanType*>(n)->elem); return;
    case NodeKind::Ellipsis: o.add(static_cast<Ellipsis*>(n)->elem); return;
    case NodeKind::DeclStmt: o.add(static_cast<DeclStmt*>(n)->decl); return;
    case NodeKind::LabeledStmt: {
      auto* s = static_cast<LabeledStmt*>(n);
      o.add(s->label);
      o.add(s->stmt);
      return;
    }
    case NodeKind::ExprStmt: o.add(static_cast<ExprStmt*>(n)->x); return;
    case NodeKind::SendStmt: {
      auto* s = static_cast<SendStmt*>(n);
      o.add(s->chan);
      o.add(s->value);
      return;
    }
    case NodeKind::IncDecStmt: o.add(static_cast<IncDecStmt*>(n)->x); return;
    case NodeKind::AssignStmt: {
      auto* s = static_cast<AssignStmt*>(n);
      o.all(s->lhs);
      o.all(s->rhs);
      return;
    }
    case NodeKind::GoStmt: o.add(static_cast<GoStmt*>(n)->call); return;
    case NodeKind::DeferStmt: o.add(static_cast<DeferStmt*>(n)->call); return;
    case NodeKind::ReturnStmt: o.all(static_cast<ReturnStmt*>(n)->results); return;
    case NodeKind::BranchStmt: o.add(static_cast<BranchStmt*>(n)->label); return;
    case NodeKind::BlockStmt: o.all(static_cast<BlockStmt*>(n)->list); return;
    case NodeKind::IfStmt: {
      auto* s = static_cast<IfStmt*>(n);
      o.add(s->init);
      o.add(s->cond);
      o.add(s->body);
      o.add(s->els);
      return;
    }
    case NodeKind::CaseClause: {
      auto* s = static_cast<CaseClause*>(n);
      o.all(s->list);
      o.all(s->body);
      return;
    }
    case NodeKind::SwitchStmt: {
      auto* s = static_cast<SwitchStmt*>(n);
      o.add(s->init);
      o.add(s->tag);
      o.add(s->body);
      return;
    }
    case NodeKind::TypeSwitchStmt: {
      auto* s = static_cast<TypeSwitchStmt*>(n);
      o.add(s->init);
      o.add(s->assign);
      o.add(s->body);
      return;
    }
    case NodeKind::CommClause: {
      auto* s = static_cast<CommClause*>(n);
      o.add(s->comm);
      o.all(s->body);
      return;
    }
    case NodeKind::SelectStmt: o.add(static_cast<SelectStmt*>(n)->body); return;
    case NodeKind::ForStmt: {
      auto* s = static_cast<ForStmt*>(n);
      o.add(s->init);
      o.add(s->cond);
      o.add(s->post);
      o.add(s->body);
      return;
    }
    case NodeKind::RangeStmt: {
      auto* s = static_cast<RangeStmt*>(n);
      o.add(s->key);
      o.add(s->value);
      o.add(s->x);
      o.add(s->body);
      return;
    }
    case NodeKind::ValueSpec: {
      auto* s = static_cast<ValueSpec*>(n);
      o.all(s->names);
      o.add(s->typeExpr);
      o.all(s->values);
      return;
    }
    case NodeKind::TypeSpec: {
      auto* s = static_cast<TypeSpec*>(n);
      o.add(s->name);
      o.add(s->typeParams);
      o.add(s->typeExpr);
      return;
    }
    case NodeKind::GenDecl: o.all(static_cast<GenDecl*>(n)->specs); return;
    case NodeKind::FuncDecl: {
      auto* d = static_cast<FuncDecl*>(n);
      o.add(d->recv);
      o.add(d->name);
      o.add(d->sig);
      o.add(d->body);
      return;
    }
    case NodeKind::Field: {
      auto* f = static_cast<Field*>(n);
      o.all(f->names);
      o.add(f->typeExpr);
      o.add(f->tag);
      return;
    }
    case NodeKind::FieldList: o.all(static_cast<FieldList*>(n)->list); return;
    case NodeKind::File: o.all(static_cast<File*>(n)->decls); return;
  }
}

}  // namespace gs::syntax
