// The universe scope (Go spec "Predeclared identifiers") and package unsafe,
// and the TypeContext that owns them.
#include "core/types/check.h"
#include "core/types/constant.h"

namespace gs::types {

void initUniverse(TypeContext& ctx);

TypeContext::TypeContext() { initUniverse(*this); }

// Objects refer to each other freely; none dereferences another in its
// destructor, so the arena may destroy them in any order (newest first).
TypeContext::~TypeContext() = default;

BasicType* TypeContext::basic(Kind k) const { return basics_[static_cast<size_t>(k)]; }
Type* TypeContext::errorType() const { return error_; }
Type* TypeContext::anyType() const { return any_; }
Type* TypeContext::comparableType() const { return comparable_; }
Package* TypeContext::unsafePackage() const { return unsafe_; }

void initUniverse(TypeContext& ctx) {
  // Basic types, indexed by Kind.
  static const char* const names[] = {
      "invalid type", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
      "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64",
      "complex128", "string", "unsafe.Pointer", "untyped bool", "untyped int",
      "untyped rune", "untyped float", "untyped complex", "untyped string", "untyped nil",
  };
  size_t nbasic = static_cast<size_t>(Kind::UntypedNil) + 1;
  ctx.basics_.resize(nbasic);
  for (size_t i = 0; i < nbasic; i++) ctx.basics_[i] = ctx.make<BasicType>(static_cast<Kind>(i), names[i]);

  Scope* u = ctx.make<Scope>(nullptr, nullptr);
  ctx.universe_ = u;
  auto defType = [&](const std::string& name, Type* t, bool alias) {
    auto* tn = ctx.make<TypeName>(Pos{}, nullptr, name, t);
    tn->isAlias = alias;
    u->insert(tn);
    return tn;
  };
  for (size_t i = static_cast<size_t>(Kind::Bool); i <= static_cast<size_t>(Kind::String); i++)
    defType(names[i], ctx.basics_[i], false);
  // byte and rune are aliases with their own spelling in messages.
  defType("byte", ctx.make<BasicType>(Kind::Uint8, "byte"), true);
  defType("rune", ctx.make<BasicType>(Kind::Int32, "rune"), true);

  // any = interface{}
  auto* anyIface = ctx.make<InterfaceType>();
  anyIface->isUniverseAny = true;
  anyIface->complete = true;
  ctx.any_ = anyIface;
  defType("any", anyIface, true);

  // type error interface { Error() string }
  {
    auto* named = ctx.make<NamedType>();
    auto* tn = defType("error", named, false);
    named->obj = tn;
    auto* iface = ctx.make<InterfaceType>();
    auto* sig = ctx.make<Signature>();
    sig->recv = ctx.make<Var>(Pos{}, nullptr, "", named);
    sig->recv->isParam = true;
    sig->params = ctx.make<Tuple>();
    sig->results = ctx.make<Tuple>();
    sig->results->vars.push_back(ctx.make<Var>(Pos{}, nullptr, "", ctx.basics_[static_cast<size_t>(Kind::String)]));
    auto* m = ctx.make<Func>(Pos{}, nullptr, "Error", sig);
    m->iface = iface;
    iface->explicitMethods.push_back(m);
    iface->allMethods.push_back(m);
    iface->complete = true;
    named->underlyingType = iface;
    ctx.error_ = named;
  }
  // type comparable interface{ comparable }
  {
    auto* named = ctx.make<NamedType>();
    auto* tn = defType("comparable", named, false);
    named->obj = tn;
    auto* iface = ctx.make<InterfaceType>();
    iface->comparable = true;
    iface->complete = true;
    named->underlyingType = iface;
    ctx.comparable_ = named;
  }

  // Constants and nil.
  Type* ubool = ctx.basics_[static_cast<size_t>(Kind::UntypedBool)];
  u->insert(ctx.make<ConstObj>(Pos{}, nullptr, "true", ubool, ctx.make<Constant>(makeBool(true))));
  u->insert(ctx.make<ConstObj>(Pos{}, nullptr, "false", ubool, ctx.make<Constant>(makeBool(false))));
  u->insert(ctx.make<ConstObj>(Pos{}, nullptr, "iota", ctx.basics_[static_cast<size_t>(Kind::UntypedInt)],
                               ctx.make<Constant>(makeInt64(0))));
  u->insert(ctx.make<NilObj>(ctx.basics_[static_cast<size_t>(Kind::UntypedNil)]));

  // Package unsafe.
  auto* unsafe = ctx.make<Package>();
  unsafe->path = "unsafe";
  unsafe->name = "unsafe";
  unsafe->scope = ctx.make<Scope>(u, nullptr);
  ctx.unsafe_ = unsafe;
  {
    auto* tn = ctx.make<TypeName>(Pos{}, unsafe, "Pointer", ctx.basics_[static_cast<size_t>(Kind::UnsafePointer)]);
    unsafe->scope->insert(tn);
  }

  // Built-in functions: the first group lives in the universe, the rest
  // (from Alignof on) in package unsafe.
  struct B {
    const char* name;
    syntax::Builtin id;
  };
  static const B builtins[] = {
#define GS_BUILTIN_ROW(id, spelling) {spelling, syntax::Builtin::id},
      GS_BUILTINS(GS_BUILTIN_ROW)
#undef GS_BUILTIN_ROW
  };
  for (const B& b : builtins) {
    bool isUnsafe = static_cast<int>(b.id) >= static_cast<int>(syntax::Builtin::Alignof);
    auto* obj = ctx.make<BuiltinObj>(b.name, b.id);
    obj->type = ctx.basics_[static_cast<size_t>(Kind::Invalid)];  // as go/types
    if (isUnsafe) {
      obj->pkg = unsafe;
      unsafe->scope->insert(obj);
    } else {
      u->insert(obj);
    }
  }
}

}  // namespace gs::types
