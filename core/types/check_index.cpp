// Index and slice expressions (Go spec "Index expressions", "Slice
// expressions"), including instantiation syntax F[T] and indexing through
// type parameters with a common element type.
#include "core/types/check_internal.h"

namespace gs::types {

using namespace syntax;

// Returns true if e instantiates a generic function (x is that function).
bool Checker::indexExprImpl(Operand& x, IndexExpr* e) {
  exprOrType(x, e->x, true);
  switch (x.mode) {
    case OpMode::Invalid:
      useExprs(e->indices);
      return false;
    case OpMode::TypeExpr:
      // A generic type instantiation.
      x.mode = OpMode::Invalid;
      x.type = varType(e);
      if (x.type->kind != Kind::Invalid) x.mode = OpMode::TypeExpr;
      return false;
    case OpMode::Value:
      if (auto* sig = underlying(x.type)->as<Signature>(); sig && !sig->typeParams.empty()) return true;
      break;
    default: break;
  }
  // Not generic from here on.
  if (isGenericType(x.type)) {
    error(startPos(x.expr), "cannot use generic type " + exprStr(x.expr) + " without instantiation");
    x.mode = OpMode::Invalid;
    return false;
  }
  bool valid = false;
  int64_t length = -1;
  Type* byteT = ctx.universe()->lookup("byte")->type;
  Type* u = underlying(x.type);
  auto singleIndex = [&]() -> Expr* {
    if (e->indices.empty()) {
      error(startPos(e), "missing index for " + exprStr(e->x));
      return nullptr;
    }
    if (e->indices.size() > 1) error(startPos(e->indices[1]), "invalid operation: more than one index");
    return e->indices[0];
  };
  if (u->isBasic()) {
    if (isStringKind(u->kind)) {
      valid = true;
      if (x.mode == OpMode::Constant) length = static_cast<int64_t>(x.val.s.size());
      x.mode = OpMode::Value;
      x.type = byteT;
    }
  } else if (auto* a = u->as<ArrayType>()) {
    valid = true;
    length = a->len;
    if (x.mode != OpMode::Variable) x.mode = OpMode::Value;
    x.type = a->elem;
  } else if (auto* p = u->as<PointerType>()) {
    if (auto* a2 = underlying(p->elem)->as<ArrayType>()) {
      valid = true;
      length = a2->len;
      x.mode = OpMode::Variable;
      x.type = a2->elem;
    }
  } else if (auto* s = u->as<SliceType>()) {
    valid = true;
    x.mode = OpMode::Variable;
    x.type = s->elem;
  } else if (auto* m = u->as<MapType>()) {
    Expr* index = singleIndex();
    if (!index) {
      x.mode = OpMode::Invalid;
      return false;
    }
    Operand key;
    expr(nullptr, key, index);
    assignment(key, m->key, "map index");
    x.mode = OpMode::MapIndex;
    x.type = m->elem;
    x.expr = e;
    return false;
  } else if (isTypeParam(x.type)) {
    Type *key = nullptr, *elem = nullptr;
    OpMode mode = OpMode::Variable;
    bool first = true;
    bool ok = underIs(x.type, [&](Type* t) {
      if (!t) return false;
      int64_t l = -1;
      Type *k = nullptr, *el = nullptr;
      if (t->isBasic()) {
        if (isStringKind(t->kind)) {
          el = byteT;
          mode = OpMode::Value;
        }
      } else if (auto* a = t->as<ArrayType>()) {
        l = a->len;
        el = a->elem;
        if (x.mode != OpMode::Variable) mode = OpMode::Value;
      } else if (auto* p = t->as<PointerType>()) {
        if (auto* a2 = underlying(p->elem)->as<ArrayType>()) {
          l = a2->len;
          el = a2->elem;
        }
      } else if (auto* s = t->as<SliceType>()) {
        el = s->elem;
      } else if (auto* m = t->as<MapType>()) {
        k = m->key;
        el = m->elem;
      }
      if (!el) return false;
      if (first) {
        first = false;
        length = l;
        key = k;
        elem = el;
        return true;
      }
      if ((key == nullptr) != (k == nullptr) || (key && !identical(key, k))) return false;
      if (!identical(elem, el)) return false;
      if (l >= 0 && l < length) length = l;
      return true;
    });
    if (ok) {
      if (key) {
        Expr* index = singleIndex();
        if (!index) {
          x.mode = OpMode::Invalid;
          return false;
        }
        Operand k;
        expr(nullptr, k, index);
        assignment(k, key, "map index");
        x.mode = OpMode::MapIndex;
        x.type = elem;
        x.expr = e;
        return false;
      }
      valid = true;
      x.mode = mode;
      x.type = elem;
    }
  }
  if (!valid) {
    error(e->lbrack.valid() ? e->lbrack : startPos(e), "invalid operation: cannot index " + opString(x));
    useExprs(e->indices);
    x.mode = OpMode::Invalid;
    return false;
  }
  Expr* index = singleIndex();
  if (!index) {
    x.mode = OpMode::Invalid;
    return false;
  }
  bool ok;
  this->index(index, length, &ok);
  return false;
}

int64_t Checker::index(Expr* indexExpr, int64_t max, bool* ok, Operand* out) {
  *ok = false;
  Operand x;
  expr(nullptr, x, indexExpr);
  if (!isValidIndex(x, "index", false)) return -1;
  *ok = true;
  if (out) *out = x;
  if (x.mode != OpMode::Constant) return -1;
  if (x.val.isUnknown()) {
    *ok = false;
    return -1;
  }
  bool exact;
  int64_t v = x.val.int64Val(&exact);
  if (max >= 0 && v >= max) {
    error(startPos(x.expr), "invalid argument: index " + x.val.toString() + " out of bounds [0:" + std::to_string(max) +
                                "]");
    *ok = false;
    return -1;
  }
  return v;
}

bool Checker::isValidIndex(Operand& x, const char* what, bool allowNegative) {
  if (x.invalid()) return false;
  convertUntyped(x, ctx.basic(Kind::Int));
  if (x.invalid()) return false;
  if (!allInteger(x.type)) {
    error(startPos(x.expr), std::string("invalid argument: ") + what + " " + opString(x) + " must be integer");
    return false;
  }
  if (x.mode == OpMode::Constant) {
    if (!allowNegative && x.val.sign() < 0) {
      error(startPos(x.expr), std::string("invalid argument: ") + what + " " + opString(x) + " must not be negative");
      return false;
    }
    Constant v;
    if (!types::representable(x.val, RepKind::Int, &v)) {
      error(startPos(x.expr), std::string("invalid argument: ") + what + " " + opString(x) + " overflows int");
      return false;
    }
    x.val = v;
  }
  return true;
}

void Checker::sliceExpr(Operand& x, SliceExpr* e) {
  expr(nullptr, x, e->x);
  if (x.invalid()) {
    useExprs({e->lo, e->hi, e->max});
    return;
  }
  bool valid = false;
  int64_t length = -1;
  Type* u = coreString(x.type);
  if (!u) {
    error(startPos(e->x), "invalid operation: cannot slice " + opString(x) + ": " + typeStr(x.type) +
                              " has no core type");
    x.mode = OpMode::Invalid;
    return;
  }
  if (u->isBasic()) {
    if (isStringKind(u->kind)) {
      if (e->slice3) {
        Expr* at = e->max ? e->max : e;
        error(startPos(at), "invalid operation: 3-index slice of string");
        x.mode = OpMode::Invalid;
        return;
      }
      valid = true;
      if (x.mode == OpMode::Constant) length = static_cast<int64_t>(x.val.s.size());
      if (isUntypedType(x.type)) x.type = ctx.basic(Kind::String);
    }
  } else if (auto* a = u->as<ArrayType>()) {
    valid = true;
    length = a->len;
    if (x.mode != OpMode::Variable) {
      error(startPos(e->x), "invalid operation: " + opString(x) + " (slice of unaddressable value)");
      x.mode = OpMode::Invalid;
      return;
    }
    x.type = ctx.sliceOf(a->elem);
  } else if (auto* p = u->as<PointerType>()) {
    if (auto* a2 = underlying(p->elem)->as<ArrayType>()) {
      valid = true;
      length = a2->len;
      x.type = ctx.sliceOf(a2->elem);
    }
  } else if (u->kind == Kind::Slice) {
    valid = true;
  }
  if (!valid) {
    error(startPos(e->x), "invalid operation: cannot slice " + opString(x));
    x.mode = OpMode::Invalid;
    return;
  }
  x.mode = OpMode::Value;
  if (e->slice3 && (!e->hi || !e->max)) {
    error(startPos(e), "invalid syntax tree: 2nd and 3rd index required in 3-index slice");
    x.mode = OpMode::Invalid;
    return;
  }
  Expr* idx[3] = {e->lo, e->hi, e->max};
  int64_t ind[3];
  for (int i = 0; i < 3; i++) {
    int64_t v = -1;
    if (idx[i]) {
      int64_t max = length >= 0 ? length + 1 : -1;
      bool ok;
      int64_t r = index(idx[i], max, &ok);
      if (r >= 0) v = r;
    } else if (i == 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }
  for (int i = 0; i < 2; i++) {
    if (ind[i] > 0) {
      bool done = false;
      for (int j = i + 1; j < 3; j++) {
        if (ind[j] >= 0 && ind[j] < ind[i]) {
          error(startPos(idx[j] ? idx[j] : e), strprintf("invalid slice indices: %lld < %lld",
                                                         static_cast<long long>(ind[j]), static_cast<long long>(ind[i])));
          done = true;
          break;
        }
      }
      if (done) break;
    }
  }
}

}  // namespace gs::types
