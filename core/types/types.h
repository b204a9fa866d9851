// Go types, objects and scopes, and the facts the type checker records.
//
// This is the single place where Go's type sizes and alignments live
// (sizeOf/alignOf below): the compiler's frame layout, the runtime type
// descriptors and unsafe.Sizeof all ask here. Sizes are Go's amd64 ones (see
// docs/architecture.md, "Values"): pointer-shaped 8, string 16, slice 24,
// interface 16, int 8.
//
// Types are not hash-consed: use identical(a, b) for type identity. Every
// Type is owned by the TypeContext it was made in (one per compilation).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/syntax/ast.h"

namespace gs::types {

using syntax::Pos;

class Package;
class TypeContext;
class Object;
class Var;
class Func;
class TypeName;

enum class Kind : uint8_t {
  Invalid,
  // basic types
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64,
  Uintptr, Float32, Float64, Complex64, Complex128, String, UnsafePointer,
  // untyped constant kinds
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex,
  UntypedString, UntypedNil,
  // composite types
  Pointer, Array, Slice, Map, Chan, Struct, Signature, Interface,
  Named, TypeParam, Tuple,
};

class Type {
 public:
  explicit Type(Kind k) : kind(k) {}
  virtual ~Type() = default;
  const Kind kind;
  // Checker: set on the type object made for an alias declaration
  // (`type A = []int`, `type MyInt = int`, the latter as a copy of the basic
  // type) so that error messages say "A" as Go's do. It changes nothing
  // else: identity, underlying types and run-time names ignore it.
  TypeName* alias = nullptr;

  template <class T> T* as() { return kind == T::TheKind ? static_cast<T*>(this) : nullptr; }
  template <class T> const T* as() const {
    return kind == T::TheKind ? static_cast<const T*>(this) : nullptr;
  }
  bool isBasic() const { return kind <= Kind::UntypedNil; }
  bool isUntyped() const { return kind >= Kind::UntypedBool && kind <= Kind::UntypedNil; }
};

// Predicates on basic kinds (true only for basic types of that class;
// untyped kinds included where it makes sense, as go/types' isInteger etc.).
bool isIntegerKind(Kind k);   // int.., uint.., uintptr, untyped int/rune
bool isUnsignedKind(Kind k);  // uint.., uintptr
bool isFloatKind(Kind k);     // float32/64, untyped float
bool isComplexKind(Kind k);   // complex64/128, untyped complex
bool isNumericKind(Kind k);   // integer, float or complex
bool isStringKind(Kind k);    // string, untyped string
bool isBooleanKind(Kind k);   // bool, untyped bool

// Underlying type (Go spec "Underlying types"): a Named's underlying type,
// the type itself otherwise. For a TypeParam, the TypeParam itself.
Type* underlying(Type* t);

struct BasicType : Type {
  static constexpr Kind TheKind = Kind::Invalid;  // basic types are matched by isBasic()
  const char* name;  // "int", "untyped int", "unsafe.Pointer", "invalid type"
  BasicType(Kind k, const char* n) : Type(k), name(n) {}
};

struct PointerType : Type {
  static constexpr Kind TheKind = Kind::Pointer;
  Type* elem;
  explicit PointerType(Type* e) : Type(TheKind), elem(e) {}
};

struct ArrayType : Type {
  static constexpr Kind TheKind = Kind::Array;
  Type* elem;
  int64_t len;
  ArrayType(Type* e, int64_t n) : Type(TheKind), elem(e), len(n) {}
};

struct SliceType : Type {
  static constexpr Kind TheKind = Kind::Slice;
  Type* elem;
  explicit SliceType(Type* e) : Type(TheKind), elem(e) {}
};

struct MapType : Type {
  static constexpr Kind TheKind = Kind::Map;
  Type *key, *elem;
  MapType(Type* k, Type* e) : Type(TheKind), key(k), elem(e) {}
};

struct ChanType : Type {
  static constexpr Kind TheKind = Kind::Chan;
  syntax::ChanDir dir;
  Type* elem;
  ChanType(syntax::ChanDir d, Type* e) : Type(TheKind), dir(d), elem(e) {}
};

// A struct field is a Var with isField set; offsets are filled by layout.
struct StructType : Type {
  static constexpr Kind TheKind = Kind::Struct;
  std::vector<Var*> fields;
  std::vector<std::string> tags;  // one per field, "" when absent
  StructType() : Type(TheKind) {}
};

// An ordered list of variables: parameters, results, multi-value results.
struct Tuple : Type {
  static constexpr Kind TheKind = Kind::Tuple;
  std::vector<Var*> vars;
  Tuple() : Type(TheKind) {}
  size_t size() const { return vars.size(); }
};

class TypeParamType;

// A function or method signature. Identity ignores recv and parameter names.
struct Signature : Type {
  static constexpr Kind TheKind = Kind::Signature;
  Var* recv = nullptr;                    // method receiver or null
  std::vector<TypeParamType*> typeParams;  // generic functions
  std::vector<TypeParamType*> recvTypeParams;  // methods of generic types
  Tuple* params = nullptr;   // never null
  Tuple* results = nullptr;  // never null
  bool variadic = false;     // last param is ...T (its type is []T)
  Signature() : Type(TheKind) {}
};

// A term of a union in a constraint: T or ~T.
struct Term {
  bool tilde = false;
  Type* type = nullptr;
};

struct InterfaceType : Type {
  static constexpr Kind TheKind = Kind::Interface;
  // Constraint elements. A union element `~int | string` inside an
  // interface is itself an InterfaceType with implicit set, no methods or
  // embeddeds, and its terms filled in (complete from the start). A
  // constraint written without `interface` in a type parameter list
  // ([T ~int | string]) is an implicit InterfaceType embedding that union.
  // Implicit interfaces print as their terms, not as interface{...}.
  bool implicit = false;
  bool isUniverseAny = false;  // the predeclared `any` (prints as "any")
  std::vector<Func*> explicitMethods;  // declared in this interface, source order
  std::vector<Type*> embeddeds;        // embedded interfaces, unions, ~T
  // Computed type set (complete() fills these):
  std::vector<Func*> allMethods;  // explicit + embedded, sorted by name
  bool hasTerms = false;          // a constraint with a type restriction
  std::vector<Term> terms;        // union of terms when hasTerms
  bool comparable = false;        // embeds `comparable`
  bool complete = false;
  InterfaceType() : Type(TheKind) {}
  bool isEmpty() const { return allMethods.empty() && !hasTerms && !comparable; }
  // true if usable only as a constraint (has terms or comparable)
  bool isConstraintOnly() const { return hasTerms || comparable; }
};

// A defined type `type T U`, or an instance `List[int]` of a generic one.
class NamedType : public Type {
 public:
  static constexpr Kind TheKind = Kind::Named;
  TypeName* obj = nullptr;
  Type* underlyingType = nullptr;  // never a Named after resolution
  std::vector<Func*> methods;      // declared methods, source order (origin's for instances)
  std::vector<TypeParamType*> typeParams;  // generic origin: its parameters
  NamedType* origin = nullptr;     // instances: the generic type; else this
  std::vector<Type*> typeArgs;     // instances: the arguments
  // Instances are expanded lazily: underlyingType stays null until
  // underlying() needs it, because an instance can be created while its
  // origin is still being declared (type List[T any] struct{ next *List[T] }).
  TypeContext* expandCtx = nullptr;
  std::vector<NamedType*> instances;  // generic origins: instances made so far
  NamedType() : Type(TheKind) { origin = this; }
  bool isGeneric() const { return !typeParams.empty() && typeArgs.empty(); }
  bool isInstance() const { return !typeArgs.empty(); }
};

class TypeParamType : public Type {
 public:
  static constexpr Kind TheKind = Kind::TypeParam;
  TypeName* obj = nullptr;
  int index = 0;             // position in its declaring list
  Type* constraint = nullptr;  // an interface (possibly implicit `interface{~int}`)
  TypeParamType() : Type(TheKind) {}
};

// ---------------------------------------------------------------------------
// Objects: named language entities.

enum class ObjKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Label, Nil };

class Object {
 public:
  Object(ObjKind k, Pos p, Package* pkg, std::string n, Type* t)
      : kind(k), pos(p), pkg(pkg), name(std::move(n)), type(t) {}
  virtual ~Object() = default;
  const ObjKind kind;
  Pos pos;
  Package* pkg;  // null for universe objects
  std::string name;
  Type* type;
  class Scope* parent = nullptr;  // declaring scope; null for fields and methods
  bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
  // "main.f", "fmt.Println", "int"
  std::string qualifiedName() const;
};

class Var : public Object {
 public:
  Var(Pos p, Package* pkg, std::string n, Type* t) : Object(ObjKind::Var, p, pkg, std::move(n), t) {}
  bool isField = false;
  bool embedded = false;   // embedded struct field
  bool isParam = false;    // parameter or receiver
  bool isResult = false;   // (named or unnamed) result
  bool isGlobal = false;   // package-level variable
  bool used = false;       // for "declared and not used"
  int64_t offset = -1;     // fields: byte offset in the struct (layout)
  // The function (FuncDecl or FuncLit) that declares this variable; null for
  // globals and fields. Used to find variables captured by closures.
  syntax::Node* declaringFunc = nullptr;
};

struct Constant;

class ConstObj : public Object {
 public:
  ConstObj(Pos p, Package* pkg, std::string n, Type* t, Constant* v)
      : Object(ObjKind::Const, p, pkg, std::move(n), t), value(v) {}
  Constant* value;
};

class TypeName : public Object {
 public:
  TypeName(Pos p, Package* pkg, std::string n, Type* t)
      : Object(ObjKind::TypeName, p, pkg, std::move(n), t) {}
  bool isAlias = false;
};

class Func : public Object {
 public:
  Func(Pos p, Package* pkg, std::string n, Signature* sig)
      : Object(ObjKind::Func, p, pkg, std::move(n), sig) {}
  Signature* sig() const { return static_cast<Signature*>(type); }
  syntax::FuncDecl* decl = nullptr;  // null for interface methods
  bool ptrRecv = false;              // method with a pointer receiver
  Func* origin = nullptr;            // methods of instantiated types: the generic method
  InterfaceType* iface = nullptr;    // interface methods: the declaring interface
  // A lazily checked prelude function whose body has not been checked yet
  // (types::checkPackage's lazy): decl->body is null until it is.
  bool bodyWaiting = false;
  // Not reached by the program (types::checkNeededBodies): its body waits,
  // or it was never even declared (no type). Nothing may analyze or compile it.
  bool unreached() const { return bodyWaiting || !type; }
  // "main.(*T).M", "main.T.M", "main.f" — Go's traceback name. Type
  // arguments are not spelled out: a generic function is "main.Map[...]" and
  // a method of a generic type "main.(*List[...]).Push", as Go prints them.
  std::string fullName() const;
};

class PkgName : public Object {
 public:
  PkgName(Pos p, Package* pkg, std::string n, Package* imported)
      : Object(ObjKind::PkgName, p, pkg, std::move(n), nullptr), imported(imported) {}
  Package* imported;
  bool used = false;
};

class BuiltinObj : public Object {
 public:
  BuiltinObj(std::string n, syntax::Builtin id) : Object(ObjKind::Builtin, {}, nullptr, std::move(n), nullptr), id(id) {}
  syntax::Builtin id;
};

class Label : public Object {
 public:
  Label(Pos p, Package* pkg, std::string n) : Object(ObjKind::Label, p, pkg, std::move(n), nullptr) {}
  bool used = false;
};

class NilObj : public Object {
 public:
  explicit NilObj(Type* untypedNil) : Object(ObjKind::Nil, {}, nullptr, "nil", untypedNil) {}
};

// ---------------------------------------------------------------------------

class Scope {
 public:
  Scope(Scope* parent, syntax::Node* node) : parent(parent), node(node) {}
  Scope* parent;
  syntax::Node* node;  // the node that opened the scope (File, FuncType, BlockStmt, ...)
  std::vector<Scope*> children;
  std::map<std::string, Object*> names;
  Object* lookupLocal(const std::string& n) const {
    auto it = names.find(n);
    return it == names.end() ? nullptr : it->second;
  }
  // Looks n up here and in enclosing scopes.
  Object* lookup(const std::string& n) const;
  // Inserts obj; returns the existing object with that name instead if any.
  Object* insert(Object* obj);
};

// What x.f selects (go/types' Selection).
enum class SelectionKind : uint8_t { FieldVal, MethodVal, MethodExpr };

struct Selection {
  SelectionKind kind;
  Type* recv;            // type of x (for MethodExpr: the receiver type T or *T)
  Object* obj;           // Var (field) or Func (method)
  std::vector<int> index;  // path of field indices through embedded fields, last = the field/method index
  bool indirect;         // a pointer indirection is needed somewhere on the path
};

// An instantiation of a generic function or type.
struct Instance {
  Object* generic = nullptr;       // Func or TypeName
  std::vector<Type*> typeArgs;
  Type* type = nullptr;            // the instantiated signature or NamedType
};

// Initialization of package-level variables, in Go's dependency order.
struct Initializer {
  std::vector<Var*> lhs;  // one var, or several for `var a, b = f()`
  syntax::Expr* rhs = nullptr;
};

class LazyBodies;

class Package {
 public:
  std::string path;  // "main", "fmt", "strings"
  std::string name;
  Scope* scope = nullptr;
  std::vector<syntax::File*> files;
  std::vector<Package*> imports;
  std::vector<Initializer> initOrder;   // checker
  std::vector<Func*> initFuncs;         // func init() in source order
  std::vector<Var*> globals;            // package-level vars, declaration order
  std::vector<Func*> funcs;             // package-level funcs and methods, source order
  bool isPrelude = false;
  // A lazily checked prelude package (types::checkPackage's lazy): declares
  // its constants and functions when another package first uses them.
  LazyBodies* lazy = nullptr;
  // Generic functions used as values whose type arguments were inferred
  // without an IndexExpr or call to hold them (`apply(xs, double)` with a
  // generic `double`): the expression (an Ident or SelectorExpr) -> its
  // instance. Explicit instantiations are in IndexExpr::instance, calls in
  // CallExpr::instance.
  std::map<const syntax::Expr*, Instance*> implicitInstances;
};

// ---------------------------------------------------------------------------
// Layout: Go (amd64) sizes and alignments. Struct field offsets are stored in
// the field Vars by layoutStruct (called lazily by sizeOf).

int64_t sizeOf(Type* t);
int64_t alignOf(Type* t);
// Fills the offsets of t's fields (idempotent); returns false if t is too
// large.
bool layoutStruct(StructType* t);

// The type's name. Two spellings exist in Go and both are needed:
//  * local == nullptr: the run-time name, as %T and reflect print it:
//    "int", "uint8" (for byte), "[]string", "map[string]int", "*main.T",
//    "func(int) string", "struct { A int }", "interface {}" (also for any),
//    "main.List[int]", "main.Pair[int,string]".
//  * local != nullptr: the compiler's error-message spelling (types2's
//    TypeString with local as the qualifier): types of `local` are
//    unqualified, others qualified by package name; "byte", "any",
//    "struct{A int}", "interface{M()}", "func(x int) string",
//    "List[int]", "Pair[int, string]".
std::string typeString(const Type* t, const Package* local = nullptr);
// The error-message spelling with every package qualified (local may be
// null).
std::string checkerTypeString(const Type* t, const Package* local);

// For passes that walk the types a type is built from: appends the parts of
// a type literal other than an interface (the element of a pointer, slice,
// array or channel; a map's key and element; struct fields' and tuple
// variables' types; a signature's parameter and result tuples) and returns
// true. Returns false, appending nothing, for named types, interfaces,
// type parameters and basic types, which each pass treats its own way.
bool appendTypeParts(Type* t, std::vector<Type*>* out);

// Type identity (Go spec "Type identity").
bool identical(Type* a, Type* b);
// Like identical, but ignores struct tags (conversion rules).
bool identicalIgnoreTags(Type* a, Type* b);

// Computes an interface's type set (allMethods, terms, comparable) from its
// explicit methods and embedded elements; embedded types must be resolved.
// Idempotent.
void completeInterface(InterfaceType* t);
// The interface (completed) behind a constraint or interface type t:
// underlying(t) for interfaces, the constraint for type parameters; null
// otherwise.
InterfaceType* interfaceOf(Type* t);

// Go spec "Core types": the single underlying type of all types in t's type
// set, or null if there is none. For non-type-parameters, underlying(t).
Type* coreType(Type* t);
// Like coreType, but []byte and string count as the same (for append/copy
// and slicing): returns the string type when the set mixes them.
Type* coreString(Type* t);

}  // namespace gs::types
