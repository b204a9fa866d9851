// Calls of built-in functions (Go spec "Built-in functions") and of package
// unsafe's functions.
#include "core/types/check_internal.h"

namespace gs::types {

using namespace syntax;

namespace {
struct BuiltinInfo {
  const char* name;
  size_t nargs;
  bool variadic;
};

BuiltinInfo builtinInfo(Builtin id) {
  switch (id) {
    case Builtin::Append: return {"append", 1, true};
    case Builtin::Cap: return {"cap", 1, false};
    case Builtin::Clear: return {"clear", 1, false};
    case Builtin::Close: return {"close", 1, false};
    case Builtin::Complex: return {"complex", 2, false};
    case Builtin::Copy: return {"copy", 2, false};
    case Builtin::Delete: return {"delete", 2, false};
    case Builtin::Imag: return {"imag", 1, false};
    case Builtin::Len: return {"len", 1, false};
    case Builtin::Make: return {"make", 1, true};
    case Builtin::Max: return {"max", 1, true};
    case Builtin::Min: return {"min", 1, true};
    case Builtin::New: return {"new", 1, false};
    case Builtin::Panic: return {"panic", 1, false};
    case Builtin::Print: return {"print", 0, true};
    case Builtin::Println: return {"println", 0, true};
    case Builtin::Real: return {"real", 1, false};
    case Builtin::Recover: return {"recover", 0, false};
    case Builtin::Add: return {"Add", 2, false};
    case Builtin::Alignof: return {"Alignof", 1, false};
    case Builtin::Offsetof: return {"Offsetof", 1, false};
    case Builtin::Sizeof: return {"Sizeof", 1, false};
    case Builtin::Slice: return {"Slice", 2, false};
    case Builtin::SliceData: return {"SliceData", 1, false};
    case Builtin::String: return {"String", 2, false};
    case Builtin::StringData: return {"StringData", 1, false};
    default: return {"?", 0, false};
  }
}

// Whether t's size depends on a type parameter.
bool hasVarSize(Type* t, int depth = 0) {
  if (depth > 32) return false;
  if (isTypeParam(t)) return true;
  Type* u = underlying(t);
  if (auto* a = u->as<ArrayType>()) return hasVarSize(a->elem, depth + 1);
  if (auto* s = u->as<StructType>()) {
    for (Var* f : s->fields)
      if (hasVarSize(f->type, depth + 1)) return true;
  }
  return false;
}

Type* arrayPtrDeref(Type* t) {
  if (auto* p = t->as<PointerType>()) {
    if (auto* a = underlying(p->elem)->as<ArrayType>()) return a;
  }
  return t;
}
}  // namespace

bool Checker::builtin(Operand& x, CallExpr* call, Builtin id) {
  const auto& argList = call->args;
  BuiltinInfo bin = builtinInfo(id);
  if (call->hasEllipsis && id != Builtin::Append) {
    error(startPos(call), std::string("invalid operation: invalid use of ... with built-in ") + bin.name);
    useExprs(argList);
    return false;
  }
  bool savedCallOrRecv = env.hasCallOrRecv;
  if (id == Builtin::Len || id == Builtin::Cap) env.hasCallOrRecv = false;
  struct Restore {
    Checker* c;
    bool active;
    bool v;
    ~Restore() {
      if (active) c->env.hasCallOrRecv = v;
    }
  } restore{this, id == Builtin::Len || id == Builtin::Cap, savedCallOrRecv};

  std::vector<Operand> args;
  size_t nargs = 0;
  switch (id) {
    case Builtin::Make: case Builtin::New: case Builtin::Offsetof:
      nargs = argList.size();
      break;
    default: {
      if (argList.size() == 1) {
        bool commaOk;
        multiExpr(argList[0], false, &args, &commaOk);
      } else {
        for (Expr* e : argList) {
          Operand a;
          expr(nullptr, a, e);
          args.push_back(a);
        }
      }
      nargs = args.size();
      for (auto& a : args)
        if (a.invalid()) return false;
      if (nargs > 0) x = args[0];
      break;
    }
  }
  {
    const char* msg = nullptr;
    if (nargs < bin.nargs) msg = "not enough";
    else if (!bin.variadic && nargs > bin.nargs) msg = "too many";
    if (msg) {
      error(startPos(call), strprintf("invalid operation: %s arguments for %s (expected %zu, found %zu)", msg,
                                      exprStr(call).c_str(), bin.nargs, nargs));
      return false;
    }
  }
  Type* tInt = ctx.basic(Kind::Int);
  switch (id) {
    case Builtin::Append: {
      Type* S = x.type;
      Type* T = nullptr;
      Type* cs = coreType(S);
      if (auto* s = cs ? cs->as<SliceType>() : nullptr) {
        T = s->elem;
      } else {
        std::string cause;
        if (x.isNil()) cause = "have untyped nil";
        else if (isTypeParam(S)) {
          if (Type* u = coreType(S)) cause = opString(x) + " has core type " + typeStr(u);
          else cause = opString(x) + " has no core type";
        } else {
          cause = "have " + opString(x);
        }
        error(startPos(x.expr), "first argument to append must be a slice; " + cause);
        return false;
      }
      // append([]byte, string...) is allowed.
      if (nargs == 2 && call->hasEllipsis) {
        Operand tmp = x;
        if (assignableTo(tmp, ctx.sliceOf(ctx.universe()->lookup("byte")->type), nullptr, nullptr)) {
          Type* t = coreString(args[1].type);
          if (t && isStringType(t)) {
            if (isUntypedType(args[1].type)) convertUntyped(args[1], ctx.basic(Kind::String));
            x.mode = OpMode::Value;
            x.type = S;
            break;
          }
        }
      }
      auto* sig = ctx.make<Signature>();
      sig->params = ctx.make<Tuple>();
      sig->results = ctx.make<Tuple>();
      sig->params->vars.push_back(ctx.make<Var>(Pos{}, nullptr, "", S));
      sig->params->vars.push_back(ctx.make<Var>(Pos{}, nullptr, "", ctx.sliceOf(T)));
      sig->results->vars.push_back(ctx.make<Var>(Pos{}, nullptr, "", S));
      sig->variadic = true;
      Instance* dummy = nullptr;
      arguments(call, sig, {}, {}, args, &dummy);
      x.mode = OpMode::Value;
      x.type = S;
      break;
    }
    case Builtin::Cap: case Builtin::Len: {
      OpMode mode = OpMode::Invalid;
      Constant val;
      Type* t = arrayPtrDeref(underlying(x.type));
      if (t->isBasic()) {
        if (isStringKind(t->kind) && id == Builtin::Len) {
          if (x.mode == OpMode::Constant) {
            mode = OpMode::Constant;
            val = makeInt64(static_cast<int64_t>(x.val.s.size()));
          } else {
            mode = OpMode::Value;
          }
        }
      } else if (auto* a = t->as<ArrayType>()) {
        mode = OpMode::Value;
        if (!env.hasCallOrRecv) {
          mode = OpMode::Constant;
          val = a->len >= 0 ? makeInt64(a->len) : makeUnknown();
        }
      } else if (t->kind == Kind::Slice || t->kind == Kind::Chan) {
        mode = OpMode::Value;
      } else if (t->kind == Kind::Map) {
        if (id == Builtin::Len) mode = OpMode::Value;
      } else if (isTypeParam(x.type)) {
        bool ok = underIs(x.type, [&](Type* u) {
          if (!u) return false;
          Type* v = arrayPtrDeref(u);
          if (v->isBasic()) return isStringKind(v->kind) && id == Builtin::Len;
          if (v->kind == Kind::Array || v->kind == Kind::Slice || v->kind == Kind::Chan) return true;
          if (v->kind == Kind::Map) return id == Builtin::Len;
          return false;
        });
        if (ok) mode = OpMode::Value;
      }
      if (mode == OpMode::Invalid) {
        if (underlying(x.type)->kind != Kind::Invalid)
          error(startPos(x.expr), "invalid argument: " + opString(x) + " for built-in " + bin.name);
        return false;
      }
      x.mode = mode;
      x.type = tInt;
      x.val = val;
      break;
    }
    case Builtin::Clear: {
      bool ok = underIs(x.type, [&](Type* u) {
        if (u && (u->kind == Kind::Map || u->kind == Kind::Slice)) return true;
        error(startPos(x.expr), "invalid argument: cannot clear " + opString(x) +
                                    ": argument must be (or constrained by) map or slice");
        return false;
      });
      if (!ok) return false;
      x.mode = OpMode::NoValue;
      break;
    }
    case Builtin::Close: {
      bool ok = underIs(x.type, [&](Type* u) {
        auto* ch = u ? u->as<ChanType>() : nullptr;
        if (!ch) {
          error(startPos(x.expr), "invalid operation: cannot close non-channel " + opString(x));
          return false;
        }
        if (ch->dir == ChanDir::Recv) {
          error(startPos(x.expr), "invalid operation: cannot close receive-only channel " + opString(x));
          return false;
        }
        return true;
      });
      if (!ok) return false;
      x.mode = OpMode::NoValue;
      break;
    }
    case Builtin::Complex: {
      Operand& y = args[1];
      int d = 0;
      if (isUntypedType(x.type)) d |= 1;
      if (isUntypedType(y.type)) d |= 2;
      switch (d) {
        case 1: convertUntyped(x, y.type); break;
        case 2: convertUntyped(y, x.type); break;
        case 3:
          if (x.mode == OpMode::Constant && y.mode == OpMode::Constant) {
            auto toF = [&](Operand& o) {
              if (isNumericType(o.type) && o.val.imag().sign() == 0) o.type = ctx.basic(Kind::UntypedFloat);
            };
            toF(x);
            toF(y);
          } else {
            convertUntyped(x, ctx.basic(Kind::Float64));
            convertUntyped(y, ctx.basic(Kind::Float64));
          }
          break;
        default: break;
      }
      if (x.invalid() || y.invalid()) return false;
      if (!identical(x.type, y.type)) {
        error(startPos(x.expr), "invalid operation: " + exprStr(call) + " (mismatched types " + typeStr(x.type) +
                                    " and " + typeStr(y.type) + ")");
        return false;
      }
      Type* res = nullptr;
      if (BasicType* b = asBasic(x.type)) {
        if (b->kind == Kind::Float32) res = ctx.basic(Kind::Complex64);
        else if (b->kind == Kind::Float64) res = ctx.basic(Kind::Complex128);
        else if (b->kind == Kind::UntypedFloat) res = ctx.basic(Kind::UntypedComplex);
      }
      if (!res) {
        error(startPos(x.expr), "invalid argument: arguments have type " + typeStr(x.type) +
                                    ", expected floating-point");
        return false;
      }
      if (x.mode == OpMode::Constant && y.mode == OpMode::Constant) {
        x.val = binaryOp(toFloat(x.val), Tok::Add, makeImag(toFloat(y.val)));
      } else {
        x.mode = OpMode::Value;
      }
      x.type = res;
      break;
    }
    case Builtin::Copy: {
      Type* ct = coreType(x.type);
      auto* dst = ct ? ct->as<SliceType>() : nullptr;
      Operand& y = args[1];
      Type* src0 = coreString(y.type);
      if (src0 && isStringType(src0)) src0 = ctx.sliceOf(ctx.universe()->lookup("byte")->type);
      auto* src = src0 ? src0->as<SliceType>() : nullptr;
      if (!dst || !src) {
        error(startPos(x.expr), "invalid argument: copy expects slice arguments; found " + opString(x) + " and " +
                                    opString(y));
        return false;
      }
      if (!identical(dst->elem, src->elem)) {
        error(startPos(x.expr), "invalid argument: arguments to copy " + opString(x) + " and " + opString(y) +
                                    " have different element types " + typeStr(dst->elem) + " and " +
                                    typeStr(src->elem));
        return false;
      }
      if (isUntypedType(y.type)) convertUntyped(y, ctx.basic(Kind::String));
      x.mode = OpMode::Value;
      x.type = tInt;
      break;
    }
    case Builtin::Delete: {
      Type* key = nullptr;
      bool ok = underIs(x.type, [&](Type* u) {
        auto* m = u ? u->as<MapType>() : nullptr;
        if (!m) {
          error(startPos(x.expr), "invalid argument: " + opString(x) + " is not a map");
          return false;
        }
        if (key && !identical(m->key, key)) {
          error(startPos(x.expr), "invalid argument: maps of " + opString(x) + " must have identical key types");
          return false;
        }
        key = m->key;
        return true;
      });
      if (!ok) return false;
      x = args[1];
      assignment(x, key, "argument to delete");
      if (x.invalid()) return false;
      x.mode = OpMode::NoValue;
      break;
    }
    case Builtin::Imag: case Builtin::Real: {
      if (isUntypedType(x.type)) {
        if (x.mode == OpMode::Constant) {
          if (isNumericType(x.type)) x.type = ctx.basic(Kind::UntypedComplex);
        } else {
          convertUntyped(x, ctx.basic(Kind::Complex128));
          if (x.invalid()) return false;
        }
      }
      Type* res = nullptr;
      if (BasicType* b = asBasic(x.type)) {
        if (b->kind == Kind::Complex64) res = ctx.basic(Kind::Float32);
        else if (b->kind == Kind::Complex128) res = ctx.basic(Kind::Float64);
        else if (b->kind == Kind::UntypedComplex) res = ctx.basic(Kind::UntypedFloat);
      }
      if (!res) {
        error(startPos(x.expr), "invalid argument: argument has type " + typeStr(x.type) + ", expected complex type");
        return false;
      }
      if (x.mode == OpMode::Constant) {
        x.val = id == Builtin::Real ? x.val.real() : x.val.imag();
      } else {
        x.mode = OpMode::Value;
      }
      x.type = res;
      break;
    }
    case Builtin::Make: {
      Expr* arg0 = argList[0];
      Type* T = varType(arg0);
      if (T->kind == Kind::Invalid) return false;
      size_t min = 0;
      Type* ct = coreType(T);
      if (!ct) {
        error(startPos(arg0), "invalid argument: cannot make " + exprStr(arg0) + ": no core type");
        return false;
      }
      if (ct->kind == Kind::Slice) min = 2;
      else if (ct->kind == Kind::Map || ct->kind == Kind::Chan) min = 1;
      else {
        error(startPos(arg0), "invalid argument: cannot make " + exprStr(arg0) +
                                  "; type must be slice, map, or channel");
        return false;
      }
      if (nargs < min || min + 1 < nargs) {
        error(startPos(call), strprintf("invalid operation: %s expects %zu or %zu arguments; found %zu",
                                        exprStr(call).c_str(), min, min + 1, nargs));
        return false;
      }
      std::vector<int64_t> sizes;
      for (size_t i = 1; i < argList.size(); i++) {
        bool ok;
        int64_t size = index(argList[i], -1, &ok);
        if (size >= 0) sizes.push_back(size);
      }
      if (sizes.size() == 2 && sizes[0] > sizes[1]) {
        error(startPos(argList[1]), "invalid argument: length and capacity swapped");
      }
      x.mode = OpMode::Value;
      x.type = T;
      break;
    }
    case Builtin::Max: case Builtin::Min: {
      Tok opTok = id == Builtin::Max ? Tok::Gtr : Tok::Lss;
      for (size_t i = 0; i < args.size(); i++) {
        Operand& a = args[i];
        if (a.invalid()) return false;
        if (!allOrdered(a.type)) {
          error(startPos(a.expr), "invalid argument: " + opString(a) + " cannot be ordered");
          return false;
        }
        if (i > 0) {
          matchTypes(x, a);
          if (x.invalid()) return false;
          if (!identical(x.type, a.type)) {
            error(startPos(a.expr), "invalid argument: mismatched types " + typeStr(x.type) +
                                        " (previous argument) and " + typeStr(a.type) + " (type of " +
                                        exprStr(a.expr) + ")");
            return false;
          }
          if (x.mode == OpMode::Constant && a.mode == OpMode::Constant) {
            if (compare(a.val, opTok, x.val)) x = a;
          } else {
            x.mode = OpMode::Value;
          }
        }
      }
      if (x.mode != OpMode::Constant) {
        x.mode = OpMode::Value;
        assignment(x, emptyInterface(), std::string("argument to built-in ") + bin.name);
        if (x.invalid()) return false;
      }
      for (auto& a : args) updateExprType(a.expr, x.type, true);
      break;
    }
    case Builtin::New: {
      Type* T = varType(argList[0]);
      if (T->kind == Kind::Invalid) return false;
      x.mode = OpMode::Value;
      x.type = ctx.pointerTo(T);
      break;
    }
    case Builtin::Panic: {
      if (env.sig && !env.sig->results->vars.empty()) isPanic.insert(call);
      assignment(x, emptyInterface(), "argument to panic");
      if (x.invalid()) return false;
      x.mode = OpMode::NoValue;
      break;
    }
    case Builtin::Print: case Builtin::Println: {
      for (auto& a : args) {
        assignment(a, nullptr, std::string("argument to built-in") + bin.name);
        if (a.invalid()) return false;
      }
      x.mode = OpMode::NoValue;
      break;
    }
    case Builtin::Recover:
      x.mode = OpMode::Value;
      x.type = emptyInterface();
      break;
    case Builtin::Add: {
      assignment(x, ctx.basic(Kind::UnsafePointer), "argument to unsafe.Add");
      if (x.invalid()) return false;
      if (!isValidIndex(args[1], "length", true)) return false;
      x.mode = OpMode::Value;
      x.type = ctx.basic(Kind::UnsafePointer);
      break;
    }
    case Builtin::Alignof: case Builtin::Sizeof: {
      assignment(x, nullptr, id == Builtin::Alignof ? "argument to unsafe.Alignof" : "argument to unsafe.Sizeof");
      if (x.invalid()) return false;
      if (hasVarSize(x.type)) {
        x.mode = OpMode::Value;
      } else {
        int64_t v = id == Builtin::Alignof ? alignOf(x.type) : sizeOf(x.type);
        if (v < 0) {
          error(startPos(x.expr), opString(x) + " is too large");
          return false;
        }
        x.mode = OpMode::Constant;
        x.val = makeInt64(v);
      }
      x.type = ctx.basic(Kind::Uintptr);
      break;
    }
    case Builtin::Offsetof: {
      Expr* arg0 = argList[0];
      auto* selx = unparen(arg0)->as<SelectorExpr>();
      if (!selx) {
        error(startPos(arg0), "invalid argument: " + exprStr(arg0) + " is not a selector expression");
        useExpr(arg0);
        return false;
      }
      expr(nullptr, x, selx->x);
      if (x.invalid()) return false;
      Type* base = x.type;
      if (auto* p = underlying(base)->as<PointerType>(); p && underlying(p->elem)->kind == Kind::Struct)
        base = p->elem;
      LookupResult r = lookupFieldOrMethodEx(base, false, pkg, selx->sel->name);
      if (!r.obj) {
        error(startPos(x.expr), "invalid argument: " + typeStr(base) + " has no single field " + selx->sel->name);
        return false;
      }
      if (r.obj->kind == ObjKind::Func) {
        error(startPos(arg0), "invalid argument: " + exprStr(arg0) + " is a method value");
        return false;
      }
      if (r.indirect) {
        error(startPos(x.expr), "invalid argument: field " + selx->sel->name + " is embedded via a pointer in " +
                                    typeStr(base));
        return false;
      }
      auto* s = ctx.make<Selection>();
      s->kind = SelectionKind::FieldVal;
      s->recv = base;
      s->obj = r.obj;
      s->index = r.index;
      s->indirect = false;
      selx->selection = s;
      recordUse(selx->sel, r.obj);
      recordTypeAndValue(selx, x.mode == OpMode::Variable ? OpMode::Variable : OpMode::Value, r.obj->type, nullptr);
      if (hasVarSize(base)) {
        x.mode = OpMode::Value;
      } else {
        // Sum the offsets along the embedding path.
        int64_t offs = 0;
        Type* t = base;
        for (int i : r.index) {
          auto* st = underlying(t)->as<types::StructType>();
          if (!st) break;
          sizeOf(st);
          Var* f = st->fields[static_cast<size_t>(i)];
          offs += f->offset;
          t = f->type;
        }
        x.mode = OpMode::Constant;
        x.val = makeInt64(offs);
      }
      x.type = ctx.basic(Kind::Uintptr);
      break;
    }
    case Builtin::Slice: {
      Type* ct = coreType(x.type);
      auto* ptr = ct ? ct->as<PointerType>() : nullptr;
      if (!ptr) {
        error(startPos(x.expr), "invalid argument: " + opString(x) + " is not a pointer");
        return false;
      }
      if (!isValidIndex(args[1], "length", false)) return false;
      x.mode = OpMode::Value;
      x.type = ctx.sliceOf(ptr->elem);
      break;
    }
    case Builtin::SliceData: {
      Type* ct = coreType(x.type);
      auto* s = ct ? ct->as<SliceType>() : nullptr;
      if (!s) {
        error(startPos(x.expr), "invalid argument: " + opString(x) + " is not a slice");
        return false;
      }
      x.mode = OpMode::Value;
      x.type = ctx.pointerTo(s->elem);
      break;
    }
    case Builtin::String: {
      assignment(x, ctx.pointerTo(ctx.universe()->lookup("byte")->type), "argument to unsafe.String");
      if (x.invalid()) return false;
      if (!isValidIndex(args[1], "length", false)) return false;
      x.mode = OpMode::Value;
      x.type = ctx.basic(Kind::String);
      break;
    }
    case Builtin::StringData: {
      assignment(x, ctx.basic(Kind::String), "argument to unsafe.StringData");
      if (x.invalid()) return false;
      x.mode = OpMode::Value;
      x.type = ctx.pointerTo(ctx.universe()->lookup("byte")->type);
      break;
    }
    default: return false;
  }
  return true;
}

}  // namespace gs::types
