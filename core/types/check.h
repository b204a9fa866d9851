// The type checker's entry points.
//
// A program is checked one package at a time, dependencies first: the
// driver (core/compile/driver.*) parses the user's files, asks the Importer
// for every imported path (the importer parses and checks prelude packages
// recursively through this same API), then checks package main.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/syntax/ast.h"
#include "core/syntax/source.h"
#include "core/types/types.h"

namespace gs::types {

// Owns every Type, Object, Scope, Constant, Selection and Instance of one
// compilation, and holds the universe.
class TypeContext {
 public:
  TypeContext();
  ~TypeContext();
  TypeContext(const TypeContext&) = delete;
  TypeContext& operator=(const TypeContext&) = delete;

  template <class T, class... Args>
  T* make(Args&&... args) {
    return arena_.make<T>(std::forward<Args>(args)...);
  }

  Scope* universe() const { return universe_; }
  BasicType* basic(Kind k) const;    // predeclared basic types, incl. untyped kinds and Invalid
  Type* errorType() const;           // the predeclared `error` (a NamedType)
  Type* anyType() const;             // the predeclared alias `any` = interface{}
  Type* comparableType() const;      // the predeclared `comparable` (a NamedType)
  Package* unsafePackage() const;

  // Convenience constructors for composite types (new objects each time; use
  // identical() to compare).
  PointerType* pointerTo(Type* elem) { return make<PointerType>(elem); }
  SliceType* sliceOf(Type* elem) { return make<SliceType>(elem); }

 private:
  syntax::BumpArena arena_;  // first member: destroyed last
  Scope* universe_ = nullptr;
  std::vector<BasicType*> basics_;
  Type* error_ = nullptr;
  Type* any_ = nullptr;
  Type* comparable_ = nullptr;
  Package* unsafe_ = nullptr;
  friend void initUniverse(TypeContext&);
};

// Resolves import paths to checked packages.
class Importer {
 public:
  virtual ~Importer() = default;
  // Returns the checked package, or null and sets *err to the message that
  // is reported at the import spec (e.g. `package foo/bar is not in std`).
  virtual Package* importPackage(const std::string& path, std::string* err) = 0;
};

// Type-checks one package made of `files` (already parsed into `arena`).
// Errors go to diags with Go's wording. Returns the package (also when there
// were errors, so later errors can still be reported).
// For prelude packages (isPrelude), functions may lack bodies (they are
// implemented natively) and unused-variable/import checks still apply.
//
// With `lazy` (prelude packages only), function bodies are not checked up
// front: each waits, detached from its FuncDecl (Func::bodyWaiting), until
// *lazy's check() asks for it, except init functions and the bodies the
// package's variable initialization order depends on. Constants and
// functions other than methods are declared (their types checked) only
// when something uses them (until then their type is null). The prelude
// is known to be correct, so what nothing reaches need not be checked at
// all; checkNeededBodies decides which bodies are reached. Unused imports
// are not reported for such a package. *lazy must outlive every later use
// of the package's trees and must not outlive `importer`, `diags` or
// `sources`.
class LazyBodies;
Package* checkPackage(TypeContext& ctx, const syntax::SourceSet& sources,
                      const std::string& path, const std::vector<syntax::File*>& files,
                      Importer& importer, syntax::Diagnostics& diags, bool isPrelude,
                      std::unique_ptr<LazyBodies>* lazy = nullptr);

class LazyBodies {
 public:
  virtual ~LazyBodies() = default;
  // Type-checks fn's body now if it is waiting (its FuncDecl gets it back);
  // returns whether it was.
  virtual bool check(Func* fn) = 0;
  // Declares obj, one of the package's objects not declared yet (a
  // constant or function another package uses).
  virtual void declare(Object* obj) = 0;
};

// Checks every waiting body a program can reach (see checkPackage's lazy):
// the bodies its checked code refers to, and every method of every type
// that appears in checked code (its values may be put in an interface, and
// the compiler builds the method set of each run-time type it makes), until
// nothing new is reached (through each lazily checked package's
// Package::lazy). packages in dependency order, main last.
void checkNeededBodies(const std::vector<Package*>& packages);

// Field or method lookup (go/types' LookupFieldOrMethod): finds `name` in T
// (following embedded fields, auto-dereferencing one pointer level).
// addressable: whether a value of type T is addressable (affects pointer
// methods). Returns null if not found; fills index/indirect like Selection.
Object* lookupFieldOrMethod(Type* T, bool addressable, const Package* pkg,
                            const std::string& name, std::vector<int>* index,
                            bool* indirect);

// Whether V implements interface T; if not, the missing method (and whether
// it exists with a pointer receiver only).
bool implements(Type* V, InterfaceType* T, Func** missing = nullptr, bool* ptrRecvOnly = nullptr);

// Instantiation and substitution for generics (the compiler's
// monomorphization uses these). Substitution returns `t` itself when nothing
// changes; instantiating the same generic type with identical arguments
// returns the same NamedType.
struct SubstMap {
  std::vector<TypeParamType*> params;
  std::vector<Type*> args;
  Type* lookup(const TypeParamType* p) const;
  bool empty() const { return params.empty(); }
};
Type* subst(TypeContext& ctx, Type* t, const SubstMap& m);
NamedType* instantiate(TypeContext& ctx, NamedType* generic, const std::vector<Type*>& args);

}  // namespace gs::types
