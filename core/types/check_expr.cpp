// Expressions: operands, unary and binary operators, constants and untyped
// conversions, comparisons, shifts, composite literals, function literals
// and type assertions.
#include <algorithm>
#include <map>

#include "core/types/check_internal.h"

namespace gs::types {

using namespace syntax;

namespace {
bool isComparisonOp(Tok op) {
  return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq;
}

// go/types' opPos: the operator position of an operation, else the start.
Pos opPosOf(Checker& c, Expr* e) {
  if (auto* b = e->as<BinaryExpr>()) return b->opPos;
  if (e->kind == NodeKind::UnaryExpr) return e->pos;
  return c.startPos(e);
}

std::string opName(Expr* e) {
  if (auto* u = e->as<UnaryExpr>()) {
    if (u->op == Tok::Xor) return "bitwise complement";
    return "";
  }
  if (auto* b = e->as<BinaryExpr>()) {
    switch (b->op) {
      case Tok::Add: return "addition";
      case Tok::Sub: return "subtraction";
      case Tok::Xor: return "bitwise XOR";
      case Tok::Mul: return "multiplication";
      case Tok::Shl: return "shift";
      default: return "";
    }
  }
  return "";
}

Type* maxType(Type* x, Type* y) {
  if (x == y || identical(x, y)) return x;
  auto isUntypedNumeric = [](Type* t) {
    return t->isBasic() && (t->kind == Kind::UntypedInt || t->kind == Kind::UntypedRune ||
                            t->kind == Kind::UntypedFloat || t->kind == Kind::UntypedComplex);
  };
  if (isUntypedNumeric(x) && isUntypedNumeric(y)) return x->kind > y->kind ? x : y;
  return nullptr;
}

enum ConvCode { kOk = 0, kTruncated = 1, kOverflow = 2, kInvalidConst = 3, kInvalidUntyped = 4 };
}  // namespace

// ---------------------------------------------------------------------------
// Entry points

Checker::ExprKind Checker::rawExpr(Type* T, Operand& x, Expr* e, Type* hint, bool allowGeneric) {
  ExprKind kind = exprInternal(T, x, e, hint);
  if (!allowGeneric && x.mode != OpMode::Invalid && x.mode != OpMode::NoValue) {
    const char* what = nullptr;
    if (isGenericType(x.type)) what = "type";
    else if (auto* s = x.type->as<Signature>(); s && !s->typeParams.empty()) {
      if (T && underlying(T)->kind == Kind::Signature) {
        // Reverse type inference from the target function type.
        funcInst(x, nullptr, T, true);
        record(x);
        return kind;
      }
      what = "function";
    }
    if (what) {
      error(startPos(x.expr), std::string("cannot use generic ") + what + " " + exprStr(x.expr) +
                                  " without instantiation");
      x.mode = OpMode::Invalid;
      x.type = ctx.basic(Kind::Invalid);
    }
  }
  record(x);
  return kind;
}

void Checker::expr(Type* T, Operand& x, Expr* e) {
  rawExpr(T, x, e, nullptr, false);
  exclude(x, (1u << static_cast<int>(OpMode::NoValue)) | (1u << static_cast<int>(OpMode::Builtin)) |
                 (1u << static_cast<int>(OpMode::TypeExpr)));
  singleValue(x);
}

void Checker::genericExpr(Operand& x, Expr* e) {
  rawExpr(nullptr, x, e, nullptr, true);
  exclude(x, (1u << static_cast<int>(OpMode::NoValue)) | (1u << static_cast<int>(OpMode::Builtin)) |
                 (1u << static_cast<int>(OpMode::TypeExpr)));
  singleValue(x);
}

void Checker::multiExpr(Expr* e, bool allowCommaOk, std::vector<Operand>* out, bool* commaOk) {
  Operand x;
  rawExpr(nullptr, x, e, nullptr, false);
  exclude(x, (1u << static_cast<int>(OpMode::NoValue)) | (1u << static_cast<int>(OpMode::Builtin)) |
                 (1u << static_cast<int>(OpMode::TypeExpr)));
  *commaOk = false;
  if (x.mode != OpMode::Invalid && x.type && x.type->kind == Kind::Tuple) {
    for (Var* v : static_cast<Tuple*>(x.type)->vars) {
      Operand o;
      o.mode = OpMode::Value;
      o.expr = e;
      o.type = v->type;
      out->push_back(o);
    }
    return;
  }
  out->push_back(x);
  if (allowCommaOk && (x.mode == OpMode::MapIndex || x.mode == OpMode::CommaOk)) {
    Operand x2;
    x2.mode = OpMode::Value;
    x2.expr = e;
    x2.type = ctx.basic(Kind::UntypedBool);
    out->push_back(x2);
    *commaOk = true;
  }
}

void Checker::exprWithHint(Operand& x, Expr* e, Type* hint) {
  rawExpr(nullptr, x, e, hint, false);
  exclude(x, (1u << static_cast<int>(OpMode::NoValue)) | (1u << static_cast<int>(OpMode::Builtin)) |
                 (1u << static_cast<int>(OpMode::TypeExpr)));
  singleValue(x);
}

void Checker::exprOrType(Operand& x, Expr* e, bool allowGeneric) {
  rawExpr(nullptr, x, e, nullptr, allowGeneric);
  exclude(x, 1u << static_cast<int>(OpMode::NoValue));
  singleValue(x);
}

void Checker::exclude(Operand& x, unsigned modeset) {
  if (!(modeset & (1u << static_cast<int>(x.mode)))) return;
  std::string msg;
  switch (x.mode) {
    case OpMode::NoValue:
      if (modeset & (1u << static_cast<int>(OpMode::TypeExpr))) msg = opString(x) + " used as value";
      else msg = opString(x) + " used as value or type";
      break;
    case OpMode::Builtin: msg = opString(x) + " must be called"; break;
    case OpMode::TypeExpr: msg = opString(x) + " is not an expression"; break;
    default: return;
  }
  error(x.expr ? startPos(x.expr) : Pos{}, msg);
  x.mode = OpMode::Invalid;
}

void Checker::singleValue(Operand& x) {
  if (x.mode == OpMode::Value && x.type && x.type->kind == Kind::Tuple) {
    error(startPos(x.expr), "multiple-value " + opString(x) + " in single-value context");
    x.mode = OpMode::Invalid;
  }
}

void Checker::useExpr(Expr* e) {
  if (!e) return;
  Operand x;
  Expr* n = unparen(e);
  if (auto* id = n->as<Ident>()) {
    if (id->name == "_") return;
    exprOrType(x, id, true);
    return;
  }
  rawExpr(nullptr, x, e, nullptr, true);
}

void Checker::useExprs(const std::vector<Expr*>& es) {
  for (Expr* e : es) useExpr(e);
}

void Checker::useLHS(const std::vector<Expr*>& es) {
  for (Expr* e : es) {
    Expr* n = unparen(e);
    if (auto* id = n->as<Ident>()) {
      if (id->name == "_") continue;
      Var* v = nullptr;
      bool used = false;
      if (Object* obj = env.scope->lookup(id->name); obj && obj->kind == ObjKind::Var && obj->pkg == pkg) {
        v = static_cast<Var*>(obj);
        used = v->used;
      }
      Operand x;
      exprOrType(x, id, true);
      if (v) v->used = used;
      continue;
    }
    useExpr(e);
  }
}

bool Checker::isNilExpr(Expr* e) {
  auto* id = unparen(e)->as<Ident>();
  return id && id->obj && id->obj->kind == ObjKind::Nil;
}

// ---------------------------------------------------------------------------
// exprInternal

Checker::ExprKind Checker::exprInternal(Type* T, Operand& x, Expr* e, Type* hint) {
  x.mode = OpMode::Invalid;
  x.type = ctx.basic(Kind::Invalid);
  x.expr = e;
  auto fail = [&]() {
    x.mode = OpMode::Invalid;
    x.expr = e;
    return ExprKind::Statement;
  };
  switch (e->kind) {
    case NodeKind::BadExpr: return fail();
    case NodeKind::Ident: ident(x, static_cast<Ident*>(e), nullptr, false); break;
    case NodeKind::Ellipsis:
      error(e->pos, "invalid use of '...'");
      return fail();
    case NodeKind::BasicLit: {
      auto* lit = static_cast<BasicLit*>(e);
      if (lit->bad) return fail();
      if ((lit->litKind == Tok::Int || lit->litKind == Tok::Float || lit->litKind == Tok::Imag) &&
          lit->value.size() > 10000) {
        error(e->pos, strprintf("excessively long constant: %s... (%zu chars)", lit->value.substr(0, 10).c_str(),
                                lit->value.size()));
        return fail();
      }
      Constant v = makeFromLiteral(lit->value, lit->litKind);
      if (v.isUnknown()) {
        // Exponents too large to represent exactly.
        error(e->pos, "malformed constant: " + lit->value);
        return fail();
      }
      x.mode = OpMode::Constant;
      x.val = std::move(v);
      switch (lit->litKind) {
        case Tok::Int: x.type = ctx.basic(Kind::UntypedInt); break;
        case Tok::Float: x.type = ctx.basic(Kind::UntypedFloat); break;
        case Tok::Imag: x.type = ctx.basic(Kind::UntypedComplex); break;
        case Tok::Char: x.type = ctx.basic(Kind::UntypedRune); break;
        default: x.type = ctx.basic(Kind::UntypedString); break;
      }
      x.expr = e;
      overflow(x, opPosOf(*this, e));
      break;
    }
    case NodeKind::FuncLit:
      funcLit(x, static_cast<FuncLit*>(e));
      if (x.invalid()) return fail();
      break;
    case NodeKind::CompositeLit:
      compositeLit(x, static_cast<CompositeLit*>(e), hint);
      if (x.invalid()) return fail();
      break;
    case NodeKind::ParenExpr: {
      ExprKind k = rawExpr(nullptr, x, static_cast<ParenExpr*>(e)->x, nullptr, false);
      x.expr = e;
      return k;
    }
    case NodeKind::SelectorExpr: selector(x, static_cast<SelectorExpr*>(e), nullptr, false); break;
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<IndexExpr*>(e);
      if (indexExprImpl(x, ix)) funcInst(x, ix, T, true);
      if (x.invalid()) return fail();
      break;
    }
    case NodeKind::SliceExpr:
      sliceExpr(x, static_cast<SliceExpr*>(e));
      if (x.invalid()) return fail();
      break;
    case NodeKind::TypeAssertExpr: {
      auto* a = static_cast<TypeAssertExpr*>(e);
      expr(nullptr, x, a->x);
      if (x.invalid()) return fail();
      if (!a->typeExpr) {
        error(e->pos, "invalid syntax tree: use of .(type) outside type switch");
        return fail();
      }
      if (isTypeParam(x.type)) {
        error(startPos(a->x), "invalid operation: cannot use type assertion on type parameter value " + opString(x));
        return fail();
      }
      if (underlying(x.type)->kind != Kind::Interface) {
        error(startPos(a->x), "invalid operation: " + opString(x) + " is not an interface");
        return fail();
      }
      Type* Tt = varType(a->typeExpr);
      if (Tt->kind == Kind::Invalid) return fail();
      typeAssertion(e, x, Tt, false);
      x.mode = OpMode::CommaOk;
      x.type = Tt;
      break;
    }
    case NodeKind::CallExpr: return callExpr(x, static_cast<CallExpr*>(e));
    case NodeKind::StarExpr: {
      auto* s = static_cast<StarExpr*>(e);
      exprOrType(x, s->x, false);
      switch (x.mode) {
        case OpMode::Invalid: return fail();
        case OpMode::TypeExpr:
          x.type = ctx.make<PointerType>(x.type);
          break;
        default: {
          Type* base = nullptr;
          bool ok = underIs(x.type, [&](Type* u) {
            auto* p = u ? u->as<PointerType>() : nullptr;
            if (!p) {
              if (x.isNil()) error(startPos(s->x), "invalid operation: cannot indirect nil");
              else error(startPos(s->x), "invalid operation: cannot indirect " + opString(x));
              return false;
            }
            if (base && !identical(p->elem, base)) {
              error(startPos(s->x), "invalid operation: pointers of " + opString(x) + " must have identical base types");
              return false;
            }
            base = p->elem;
            return true;
          });
          if (!ok) return fail();
          x.mode = OpMode::Variable;
          x.type = base;
        }
      }
      break;
    }
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<UnaryExpr*>(e);
      unary(x, u);
      if (x.invalid()) return fail();
      if (u->op == Tok::Arrow) {
        x.expr = e;
        return ExprKind::Statement;  // receive operations may be statements
      }
      break;
    }
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<BinaryExpr*>(e);
      binary(x, e, b->x, b->y, b->op, b->opPos);
      if (x.invalid()) return fail();
      break;
    }
    case NodeKind::KeyValueExpr:
      error(startPos(e), "invalid syntax tree: no key:value expected");
      return fail();
    case NodeKind::ArrayType: case NodeKind::StructType: case NodeKind::FuncType: case NodeKind::InterfaceType:
    case NodeKind::MapType: case NodeKind::ChanType:
      x.mode = OpMode::TypeExpr;
      x.type = typExpr(e);
      break;
    default:
      return fail();
  }
  x.expr = e;
  return ExprKind::Expression;
}

// ---------------------------------------------------------------------------
// Function literals

void Checker::funcLit(Operand& x, FuncLit* e) {
  Scope* scope = nullptr;
  Signature* sig = funcType(e->sig, nullptr, e, &scope);
  e->scope = scope;
  funcScopes[e] = scope;
  if (e->body) {
    DeclInfo* decl = env.decl;
    const Constant* iota = env.iota;
    Node* outerFunc = env.funcNode;
    (void)outerFunc;
    delayed.push_back([this, e, sig, decl, iota] {
      Environment saved = env;
      env.decl = decl;
      funcBody(e, "<function literal>", sig, e->body, iota);
      env = saved;
    });
  }
  x.mode = OpMode::Value;
  x.type = sig;
}

// ---------------------------------------------------------------------------
// Unary expressions

bool Checker::op(Operand& x, Tok opTok) {
  bool ok;
  switch (opTok) {
    case Tok::Add: case Tok::Sub: ok = allNumeric(x.type); break;
    case Tok::Xor: ok = allInteger(x.type); break;
    case Tok::Not: ok = allBoolean(x.type); break;
    default: ok = false; break;
  }
  if (!ok) {
    error(startPos(x.expr), "invalid operation: operator " + std::string(tokSpelling(opTok)) + " not defined on " +
                                opString(x));
  }
  return ok;
}

void Checker::unary(Operand& x, UnaryExpr* e) {
  expr(nullptr, x, e->x);
  if (x.invalid()) return;
  Tok opTok = e->op;
  switch (opTok) {
    case Tok::And: {
      if (!unparen(e->x)->is<CompositeLit>() && x.mode != OpMode::Variable) {
        error(startPos(e->x), "invalid operation: cannot take address of " + opString(x));
        x.mode = OpMode::Invalid;
        return;
      }
      x.mode = OpMode::Value;
      x.type = ctx.make<PointerType>(x.type);
      return;
    }
    case Tok::Arrow: {
      Type* u = coreType(x.type);
      if (!u) {
        error(startPos(e->x), "invalid operation: cannot receive from " + opString(x) + " (no core type)");
        x.mode = OpMode::Invalid;
        return;
      }
      auto* ch = u->as<ChanType>();
      if (!ch) {
        error(startPos(e->x), "invalid operation: cannot receive from non-channel " + opString(x));
        x.mode = OpMode::Invalid;
        return;
      }
      if (ch->dir == ChanDir::Send) {
        error(startPos(e->x), "invalid operation: cannot receive from send-only channel " + opString(x));
        x.mode = OpMode::Invalid;
        return;
      }
      x.mode = OpMode::CommaOk;
      x.type = ch->elem;
      env.hasCallOrRecv = true;
      return;
    }
    case Tok::Tilde:
      if (!allInteger(x.type)) {
        error(e->pos, "cannot use ~ outside of interface or type constraint");
        x.mode = OpMode::Invalid;
        return;
      }
      error(e->pos, "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)");
      opTok = Tok::Xor;
      break;
    default: break;
  }
  if (!op(x, opTok)) {
    x.mode = OpMode::Invalid;
    return;
  }
  if (x.mode == OpMode::Constant) {
    if (x.val.isUnknown()) return;
    unsigned prec = 0;
    if (isUnsignedType(x.type)) prec = static_cast<unsigned>(sizeOf(x.type) * 8);
    x.val = unaryOp(opTok, x.val, prec);
    x.expr = e;
    overflow(x, opPosOf(*this, x.expr));
    return;
  }
  x.mode = OpMode::Value;
}

// ---------------------------------------------------------------------------
// Constants and untyped conversions

void Checker::overflow(Operand& x, Pos opPos) {
  if (x.val.isUnknown()) {
    error(opPos, "constant result is not representable");
    return;
  }
  if (isTyped(x.type)) {
    representable(x, asBasic(x.type));
    return;
  }
  if (x.val.kind == Constant::CKind::Int && x.val.bitLen() > 512) {
    std::string o = opName(x.expr);
    if (!o.empty()) o += " ";
    error(opPos, "constant " + o + "overflow");
    x.val = makeUnknown();
  }
}

bool Checker::representation(Operand& x, BasicType* typ, Constant* out, int* code) {
  Constant v = x.val;
  if (!types::representable(x.val, repKind(typ->kind), &v)) {
    if (isNumericType(x.type) && isNumericKind(typ->kind)) {
      if (!isIntegerType(x.type) && isIntegerKind(typ->kind)) *code = kTruncated;
      else *code = kOverflow;
    } else {
      *code = kInvalidConst;
    }
    return false;
  }
  *out = v;
  *code = kOk;
  return true;
}

void Checker::invalidConversion(Operand& x, Type* target, int code) {
  std::string msg;
  switch (code) {
    case kTruncated: msg = opString(x) + " truncated to " + typeStr(target); break;
    case kOverflow: msg = opString(x) + " overflows " + typeStr(target); break;
    default: msg = "cannot convert " + opString(x) + " to type " + typeStr(target); break;
  }
  error(startPos(x.expr), msg);
}

void Checker::representable(Operand& x, BasicType* typ) {
  if (!typ) return;
  Constant v;
  int code;
  if (!representation(x, typ, &v, &code)) {
    invalidConversion(x, typ, code);
    x.mode = OpMode::Invalid;
    return;
  }
  x.val = v;
}

bool Checker::implicitTypeAndValue(Operand& x, Type* target, Type** outType, Constant* outVal, int* code) {
  *code = kOk;
  *outType = x.type;
  bool hasVal = false;
  if (x.invalid() || isTyped(x.type) || target->kind == Kind::Invalid) return false;
  if (isUntypedType(target)) {
    if (Type* m = maxType(x.type, target)) {
      *outType = m;
      return false;
    }
    *code = kInvalidUntyped;
    return false;
  }
  if (x.isNil()) {
    if (hasNil(target)) {
      *outType = target;
      return false;
    }
    *code = kInvalidUntyped;
    return false;
  }
  Type* u = underlying(target);
  if (auto* tp = target->as<TypeParamType>()) {
    // Each type in the type set must accept the value.
    InterfaceType* it = interfaceOf(tp);
    bool ok = it && it->hasTerms && !it->terms.empty();
    if (ok) {
      for (auto& term : it->terms) {
        Type* t2;
        Constant v2;
        int c2;
        Operand tmp = x;
        implicitTypeAndValue(tmp, underlying(term.type), &t2, &v2, &c2);
        if (c2 != kOk) ok = false;
      }
    }
    if (!ok) {
      *code = kInvalidUntyped;
      return false;
    }
    *outType = target;
    return false;
  }
  if (u->isBasic()) {
    auto* b = static_cast<BasicType*>(u);
    if (x.mode == OpMode::Constant) {
      Constant v;
      int c;
      if (!representation(x, b, &v, &c)) {
        *code = c;
        return false;
      }
      *outType = target;
      *outVal = v;
      return true;
    }
    switch (x.type->kind) {
      case Kind::UntypedBool:
        if (!isBooleanKind(b->kind)) *code = kInvalidUntyped;
        break;
      case Kind::UntypedInt: case Kind::UntypedRune: case Kind::UntypedFloat: case Kind::UntypedComplex:
        if (!isNumericKind(b->kind)) *code = kInvalidUntyped;
        break;
      case Kind::UntypedString:
        if (!isStringKind(b->kind)) *code = kInvalidUntyped;
        break;
      default: *code = kInvalidUntyped; break;
    }
    if (*code != kOk) return false;
    *outType = target;
    return hasVal;
  }
  if (auto* it = u->as<InterfaceType>()) {
    completeInterface(it);
    if (!it->isEmpty()) {
      *code = kInvalidUntyped;  // untyped values cannot be assigned to non-empty interfaces
      return false;
    }
    *outType = defaultType(ctx, x.type);
    return false;
  }
  *code = kInvalidUntyped;
  return false;
}

void Checker::convertUntyped(Operand& x, Type* target) {
  Type* newType;
  Constant val;
  int code;
  bool hasVal = implicitTypeAndValue(x, target, &newType, &val, &code);
  if (code != kOk) {
    Type* t = target;
    if (!isTypeParam(target)) t = underlying(target);
    invalidConversion(x, t, code);
    x.mode = OpMode::Invalid;
    return;
  }
  if (hasVal) {
    x.val = val;
    updateExprVal(x.expr, val);
  }
  if (newType != x.type) {
    x.type = newType;
    updateExprType(x.expr, newType, false);
  }
}

// ---------------------------------------------------------------------------
// Binary expressions

void Checker::matchTypes(Operand& x, Operand& y) {
  auto mayConvert = [&](Operand& a, Operand& b) {
    if (isTyped(a.type) && isTyped(b.type)) return false;
    if (isInterfaceType(a.type) || isInterfaceType(b.type)) return true;
    if (allBoolean(a.type) != allBoolean(b.type)) return false;
    if (allString(a.type) != allString(b.type)) return false;
    if (a.isNil()) return hasNil(b.type);
    if (b.isNil()) return hasNil(a.type);
    if (isPointerType(a.type) || isPointerType(b.type)) return false;
    return true;
  };
  if (mayConvert(x, y)) {
    convertUntyped(x, y.type);
    if (x.invalid()) return;
    convertUntyped(y, x.type);
    if (y.invalid()) {
      x.mode = OpMode::Invalid;
      return;
    }
  }
}

namespace {
std::string kindString(Checker& c, Type* t) {
  if (isTypeParam(t)) return "type parameter " + c.typeStr(t);
  switch (underlying(t)->kind) {
    case Kind::Array: return "array";
    case Kind::Slice: return "slice";
    case Kind::Struct: return "struct";
    case Kind::Pointer: return "pointer";
    case Kind::Signature: return "func";
    case Kind::Interface: return "interface";
    case Kind::Map: return "map";
    case Kind::Chan: return "chan";
    default: return c.typeStr(t);
  }
}
}  // namespace

void Checker::comparison(Operand& x, Operand& y, Tok opTok, bool switchCase) {
  if (x.type->kind == Kind::Invalid || y.type->kind == Kind::Invalid) {
    x.mode = OpMode::Invalid;
    return;
  }
  if (switchCase) opTok = Tok::Eql;
  Operand* errOp = &x;
  std::string cause;
  bool ok = assignableTo(x, y.type, nullptr, nullptr) || assignableTo(y, x.type, nullptr, nullptr);
  if (!ok) {
    errOp = &y;
    cause = "mismatched types " + typeStr(x.type) + " and " + typeStr(y.type);
  } else {
    switch (opTok) {
      case Tok::Eql: case Tok::Neq:
        if (x.isNil() || y.isNil()) {
          Type* typ = x.isNil() ? y.type : x.type;
          if (!hasNil(typ)) {
            errOp = &y;
            ok = false;
          }
        } else if (!comparableType(x.type, true)) {
          errOp = &x;
          ok = false;
          Type* u = underlying(x.type);
          if (u->kind == Kind::Slice || u->kind == Kind::Signature || u->kind == Kind::Map)
            cause = kindString(*this, x.type) + " can only be compared to nil";
          else
            comparableType(x.type, true, &cause, pkg);
        } else if (!comparableType(y.type, true)) {
          errOp = &y;
          ok = false;
          Type* u = underlying(y.type);
          if (u->kind == Kind::Slice || u->kind == Kind::Signature || u->kind == Kind::Map)
            cause = kindString(*this, y.type) + " can only be compared to nil";
          else
            comparableType(y.type, true, &cause, pkg);
        }
        break;
      default:
        if (!allOrdered(x.type)) {
          errOp = &x;
          ok = false;
        } else if (!allOrdered(y.type)) {
          errOp = &y;
          ok = false;
        }
        break;
    }
  }
  if (ok) {
    if (x.mode == OpMode::Constant && y.mode == OpMode::Constant) {
      x.val = makeBool(compare(x.val, opTok, y.val));
    } else {
      x.mode = OpMode::Value;
      updateExprType(x.expr, defaultType(ctx, x.type), true);
      updateExprType(y.expr, defaultType(ctx, y.type), true);
    }
    x.type = ctx.basic(Kind::UntypedBool);
    return;
  }
  if (cause.empty()) {
    if (isTypeParam(x.type) || isTypeParam(y.type)) {
      if (!isTypeParam(x.type)) errOp = &y;
      cause = "type parameter " + typeStr(errOp->type) + " is not comparable with " + std::string(tokSpelling(opTok));
    } else {
      cause = "operator " + std::string(tokSpelling(opTok)) + " not defined on " + kindString(*this, errOp->type);
    }
  }
  if (switchCase) {
    error(startPos(x.expr), "invalid case " + exprStr(x.expr) + " in switch on " + exprStr(y.expr) + " (" + cause + ")");
  } else {
    error(startPos(errOp->expr), "invalid operation: " + exprStr(x.expr) + " " + std::string(tokSpelling(opTok)) + " " +
                                     exprStr(y.expr) + " (" + cause + ")");
  }
  x.mode = OpMode::Invalid;
}

void Checker::shift(Operand& x, Operand& y, Expr* e, Tok opTok) {
  Constant xval;
  bool hasX = false;
  if (x.mode == OpMode::Constant) {
    xval = toInt(x.val);
    hasX = true;
  }
  if (allInteger(x.type) || (isUntypedType(x.type) && hasX && xval.kind == Constant::CKind::Int)) {
    // ok
  } else {
    error(startPos(x.expr), "invalid operation: shifted operand " + opString(x) + " must be integer");
    x.mode = OpMode::Invalid;
    return;
  }
  Constant yval;
  if (y.mode == OpMode::Constant) {
    yval = toInt(y.val);
    if (yval.kind == Constant::CKind::Int && yval.sign() < 0) {
      error(startPos(y.expr), "invalid operation: negative shift count " + opString(y));
      x.mode = OpMode::Invalid;
      return;
    }
    if (isUntypedType(y.type)) {
      representable(y, ctx.basic(Kind::Uint));
      if (y.invalid()) {
        x.mode = OpMode::Invalid;
        return;
      }
    }
  } else {
    if (allInteger(y.type)) {
      // signed shift counts are fine since go1.13
    } else if (isUntypedType(y.type)) {
      convertUntyped(y, ctx.basic(Kind::Uint));
      if (y.invalid()) {
        x.mode = OpMode::Invalid;
        return;
      }
    } else {
      error(startPos(y.expr), "invalid operation: shift count " + opString(y) + " must be integer");
      x.mode = OpMode::Invalid;
      return;
    }
  }
  if (x.mode == OpMode::Constant) {
    if (y.mode == OpMode::Constant) {
      if (x.val.isUnknown() || y.val.isUnknown()) {
        x.val = makeUnknown();
        if (!isIntegerType(x.type)) x.type = ctx.basic(Kind::UntypedInt);
        return;
      }
      const uint64_t shiftBound = 1023 - 1 + 52;
      bool exact;
      uint64_t s = yval.uint64Val(&exact);
      if (!exact || s > shiftBound) {
        error(startPos(y.expr), "invalid operation: invalid shift count " + opString(y));
        x.mode = OpMode::Invalid;
        return;
      }
      if (!isIntegerType(x.type)) x.type = ctx.basic(Kind::UntypedInt);
      x.val = types::shift(xval, opTok, s);
      x.expr = e;
      overflow(x, opPosOf(*this, e));
      return;
    }
    if (isUntypedType(x.type)) {
      // Non-constant shift of an untyped constant: the lhs takes the type
      // it would have without the shift (decided by the context).
      auto it = untyped.find(x.expr);
      if (it != untyped.end()) it->second.isLhs = true;
      x.mode = OpMode::Value;
      return;
    }
  }
  if (!allInteger(x.type)) {
    error(startPos(x.expr), "invalid operation: shifted operand " + opString(x) + " must be integer");
    x.mode = OpMode::Invalid;
    return;
  }
  x.mode = OpMode::Value;
}

void Checker::binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Tok opTok, Pos opPos) {
  (void)opPos;
  Operand y;
  expr(nullptr, x, lhs);
  expr(nullptr, y, rhs);
  if (x.invalid()) return;
  if (y.invalid()) {
    x.mode = OpMode::Invalid;
    x.expr = y.expr;
    return;
  }
  if (opTok == Tok::Shl || opTok == Tok::Shr) {
    shift(x, y, e, opTok);
    return;
  }
  matchTypes(x, y);
  if (x.invalid()) return;
  if (isComparisonOp(opTok)) {
    comparison(x, y, opTok, false);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (x.type->kind != Kind::Invalid && y.type->kind != Kind::Invalid) {
      if (e) {
        error(startPos(x.expr), "invalid operation: " + exprStr(e) + " (mismatched types " + typeStr(x.type) + " and " +
                                    typeStr(y.type) + ")");
      } else {
        error(startPos(x.expr), "invalid operation: " + exprStr(lhs) + " " + std::string(tokSpelling(opTok)) + "= " +
                                    exprStr(rhs) + " (mismatched types " + typeStr(x.type) + " and " +
                                    typeStr(y.type) + ")");
      }
    }
    x.mode = OpMode::Invalid;
    return;
  }
  bool ok;
  switch (opTok) {
    case Tok::Add: ok = allNumericOrString(x.type); break;
    case Tok::Sub: case Tok::Mul: case Tok::Quo: ok = allNumeric(x.type); break;
    case Tok::Rem: case Tok::And: case Tok::Or: case Tok::Xor: case Tok::AndNot: ok = allInteger(x.type); break;
    case Tok::LAnd: case Tok::LOr: ok = allBoolean(x.type); break;
    default: ok = false; break;
  }
  if (!ok) {
    error(startPos(x.expr), "invalid operation: operator " + std::string(tokSpelling(opTok)) + " not defined on " +
                                opString(x));
    x.mode = OpMode::Invalid;
    return;
  }
  if (opTok == Tok::Quo || opTok == Tok::Rem) {
    if ((x.mode == OpMode::Constant || allInteger(x.type)) && y.mode == OpMode::Constant && y.val.sign() == 0) {
      error(startPos(y.expr), "invalid operation: division by zero");
      x.mode = OpMode::Invalid;
      return;
    }
  }
  if (x.mode == OpMode::Constant && y.mode == OpMode::Constant) {
    if (x.val.isUnknown() || y.val.isUnknown()) {
      x.val = makeUnknown();
      return;
    }
    bool intDiv = opTok == Tok::Quo && isIntegerType(x.type);
    x.val = binaryOp(x.val, opTok, y.val, intDiv);
    x.expr = e;
    overflow(x, opPosOf(*this, e ? e : lhs));
    return;
  }
  x.mode = OpMode::Value;
}

// ---------------------------------------------------------------------------
// Composite literals

int64_t Checker::indexedElts(const std::vector<Expr*>& elts, Type* typ, int64_t length) {
  std::unordered_set<int64_t> visited;
  int64_t index = 0, max = 0;
  for (Expr* e : elts) {
    bool validIndex = false;
    Expr* eval = e;
    if (auto* kv = e->as<KeyValueExpr>()) {
      bool ok;
      Operand ix;
      int64_t i = this->index(kv->key, length, &ok, &ix);
      if (ok) {
        if (i >= 0) {
          index = i;
          validIndex = true;
        } else {
          error(startPos(e), "index " + exprStr(kv->key) + " must be integer constant");
        }
      }
      eval = kv->value;
    } else if (length >= 0 && index >= length) {
      error(startPos(e), strprintf("index %lld is out of bounds (>= %lld)", static_cast<long long>(index),
                                   static_cast<long long>(length)));
    } else {
      validIndex = true;
    }
    if (validIndex) {
      if (visited.count(index))
        error(startPos(e), strprintf("duplicate index %lld in array or slice literal", static_cast<long long>(index)));
      visited.insert(index);
    }
    index++;
    if (index > max) max = index;
    Operand x;
    exprWithHint(x, eval, typ);
    assignment(x, typ, "array or slice literal");
  }
  return max;
}

namespace {
// Map keys of constant literals, for duplicate detection.
std::string keyVal(const Constant& c) {
  switch (c.kind) {
    case Constant::CKind::Int:
    case Constant::CKind::Float:
      return "n" + c.re.num().toString() + "/" + c.re.den().toString();
    case Constant::CKind::Complex:
      if (c.im.isZero()) return "n" + c.re.num().toString() + "/" + c.re.den().toString();
      return "c" + c.exactString();
    case Constant::CKind::String: return "s" + c.s;
    case Constant::CKind::Bool: return c.b ? "btrue" : "bfalse";
    default: return "?";
  }
}
}  // namespace

void Checker::compositeLit(Operand& x, CompositeLit* e, Type* hint) {
  Type *typ = nullptr, *base = nullptr;
  if (e->typeExpr) {
    auto* at = e->typeExpr->as<syntax::ArrayType>();
    if (at && at->len && at->len->kind == NodeKind::Ellipsis) {
      // [...]T: the length is the number of elements.
      auto* arr = ctx.make<types::ArrayType>(varType(at->elem), -1);
      typ = arr;
      base = typ;
    } else {
      typ = typExpr(e->typeExpr);
      base = typ;
    }
  } else if (hint) {
    typ = hint;
    Type* ct = coreType(typ);
    if (!ct) {
      error(startPos(e), "invalid composite literal element type " + typeStr(typ) + " (no core type)");
      x.mode = OpMode::Invalid;
      return;
    }
    base = ct;
    if (auto* p = ct->as<PointerType>()) base = p->elem;  // *T implies &T{}
  } else {
    error(startPos(e), "missing type in composite literal");
    x.mode = OpMode::Invalid;
    return;
  }
  Type* utyp = coreType(base);
  if (!utyp) utyp = ctx.basic(Kind::Invalid);
  switch (utyp->kind) {
    case Kind::Struct: {
      auto* st = static_cast<types::StructType*>(utyp);
      if (e->elts.empty()) break;
      const auto& fields = st->fields;
      if (e->elts[0]->is<KeyValueExpr>()) {
        std::vector<bool> visited(fields.size(), false);
        for (Expr* el : e->elts) {
          auto* kv = el->as<KeyValueExpr>();
          if (!kv) {
            error(startPos(el), "mixture of field:value and value elements in struct literal");
            continue;
          }
          auto* key = kv->key->as<Ident>();
          Operand v;
          // The value is checked before the field name is resolved.
          Type* ftype = nullptr;
          int fi = -1;
          if (key && key->name != "_") {
            for (size_t i = 0; i < fields.size(); i++)
              if (sameId(fields[i], pkg, key->name)) fi = static_cast<int>(i);
            if (fi >= 0) ftype = fields[static_cast<size_t>(fi)]->type;
          }
          (void)ftype;
          expr(nullptr, v, kv->value);
          if (!key) {
            error(startPos(kv), "invalid field name " + exprStr(kv->key) + " in struct literal");
            continue;
          }
          if (fi < 0) {
            // Unknown field: go/types' lookupError wording.
            int alt = -1;
            for (size_t i = 0; key->name != "_" && i < fields.size(); i++)
              if (sameId(fields[i], pkg, key->name, true)) alt = static_cast<int>(i);
            std::string msg;
            if (alt >= 0 && fields[static_cast<size_t>(alt)]->name != key->name) {
              msg = "unknown field " + key->name + " in struct literal of type " + typeStr(base) + ", but does have " +
                    fields[static_cast<size_t>(alt)]->name;
            } else if (alt >= 0) {
              msg = "cannot refer to unexported field " + key->name + " in struct literal of type " + typeStr(base);
            } else {
              msg = "unknown field " + key->name + " in struct literal of type " + typeStr(base);
            }
            error(key->pos, msg);
            continue;
          }
          Var* fld = fields[static_cast<size_t>(fi)];
          recordUse(key, fld);
          assignment(v, fld->type, "struct literal");
          if (visited[static_cast<size_t>(fi)]) {
            error(startPos(kv), "duplicate field name " + key->name + " in struct literal");
            continue;
          }
          visited[static_cast<size_t>(fi)] = true;
        }
      } else {
        for (size_t i = 0; i < e->elts.size(); i++) {
          Expr* el = e->elts[i];
          if (auto* kv = el->as<KeyValueExpr>()) {
            error(startPos(kv), "mixture of field:value and value elements in struct literal");
            continue;
          }
          Operand v;
          expr(nullptr, v, el);
          if (i >= fields.size()) {
            error(startPos(el), "too many values in struct literal of type " + typeStr(base));
            break;
          }
          Var* fld = fields[i];
          if (!fld->exported() && fld->pkg != pkg) {
            error(startPos(el), "implicit assignment to unexported field " + fld->name + " in struct literal of type " +
                                    typeStr(base));
            continue;
          }
          assignment(v, fld->type, "struct literal");
        }
        if (e->elts.size() < fields.size()) {
          error(e->rbrace, "too few values in struct literal of type " + typeStr(base));
        }
      }
      break;
    }
    case Kind::Array: {
      auto* at = static_cast<types::ArrayType*>(utyp);
      int64_t n = indexedElts(e->elts, at->elem, at->len);
      if (at->len < 0) {
        at->len = n;
        if (e->typeExpr) recordTypeAndValue(e->typeExpr, OpMode::TypeExpr, at, nullptr);
      }
      break;
    }
    case Kind::Slice:
      indexedElts(e->elts, static_cast<SliceType*>(utyp)->elem, -1);
      break;
    case Kind::Map: {
      auto* mt = static_cast<types::MapType*>(utyp);
      bool keyIsInterface = isInterfaceType(mt->key);
      std::map<std::string, std::vector<Type*>> visited;
      for (Expr* el : e->elts) {
        auto* kv = el->as<KeyValueExpr>();
        if (!kv) {
          error(startPos(el), "missing key in map literal");
          continue;
        }
        Operand k;
        exprWithHint(k, kv->key, mt->key);
        assignment(k, mt->key, "map literal");
        if (k.invalid()) continue;
        if (k.mode == OpMode::Constant) {
          bool duplicate = false;
          std::string key = keyVal(k.val);
          auto it = visited.find(key);
          if (keyIsInterface) {
            if (it != visited.end())
              for (Type* vt : it->second)
                if (identical(vt, k.type)) duplicate = true;
            visited[key].push_back(k.type);
          } else {
            duplicate = it != visited.end();
            visited[key];
          }
          if (duplicate) {
            error(startPos(kv->key), "duplicate key " + k.val.toString() + " in map literal");
            continue;
          }
        }
        Operand v;
        exprWithHint(v, kv->value, mt->elem);
        assignment(v, mt->elem, "map literal");
      }
      break;
    }
    default: {
      for (Expr* el : e->elts) {
        if (auto* kv = el->as<KeyValueExpr>()) useExpr(kv->value);
        else useExpr(el);
      }
      if (utyp->kind != Kind::Invalid) {
        error(startPos(e), "invalid composite literal type " + typeStr(typ));
        x.mode = OpMode::Invalid;
        return;
      }
      break;
    }
  }
  x.mode = OpMode::Value;
  x.type = typ;
}

// ---------------------------------------------------------------------------
// Type assertions

void Checker::typeAssertion(Expr* e, Operand& x, Type* T, bool typeSwitch) {
  // go/types' assertableTo: no static check needed if T is an interface
  // (or a type parameter, whose underlying type is its constraint).
  if (isTypeParam(T) || isInterfaceType(T)) return;
  InterfaceType* xi = interfaceOf(x.type);
  if (!xi) return;
  std::string cause;
  Func* m = missingMethod(T, xi, false, pkg, [this](Func* f) { objDecl(f, nullptr); }, &cause, nullptr);
  if (!m) return;
  if (typeSwitch) {
    error(startPos(e), "impossible type switch case: " + exprStr(e) + "\n\t" + opString(x) +
                           " cannot have dynamic type " + typeStr(T) + " " + cause);
    return;
  }
  error(startPos(e), "impossible type assertion: " + exprStr(e) + "\n\t" + typeStr(T) + " does not implement " +
                         typeStr(x.type) + " " + cause);
}

}  // namespace gs::types
