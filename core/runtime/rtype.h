// Runtime type descriptors.
//
// The compiler makes one RType per distinct Go type that the running program
// can observe: types stored in interfaces (type assertions, type switches,
// fmt), element types of maps/slices/channels the runtime allocates, and
// every heap-allocated type (the GC and the heap panel read it). RTypes are
// canonical: two RType pointers are equal if and only if the Go types are
// identical, so runtime type identity is pointer comparison.
//
// RTypes are immutable once the program starts, and outlive it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gs::rt {

// Same order as Go's reflect.Kind.
enum class RKind : uint8_t {
  Invalid, Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32,
  Uint64, Uintptr, Float32, Float64, Complex64, Complex128, Array, Chan, Func,
  Interface, Map, Pointer, Slice, String, Struct, UnsafePointer,
};

struct RType;

struct RField {
  std::string name;     // field name ("" never: embedded fields use the type name)
  const RType* type = nullptr;
  int64_t offset = 0;
  bool embedded = false;
  bool exported = false;
};

// One method in a type's method set.
struct RMethod {
  std::string name;        // "String"; unexported: "pkgpath.name" so names are unique
  const RType* mtype = nullptr;  // the method's signature without receiver (a Func RType)
  int32_t func = -1;       // index of the implementing function in the program
  // How the receiver reaches the function (see docs/architecture.md, "Calls"):
  // false: the function takes the receiver by value (the receiver slot holds
  //        a copy of the T value); when the dynamic type is *T the caller
  //        must load the value through the pointer (nil -> Go's panic
  //        "value method main.T.M called using nil *T pointer").
  // true:  the function takes the receiver as a pointer (the receiver slot
  //        holds the 8-byte pointer), i.e. a pointer-receiver method of *T.
  bool ptrRecv = false;
};

// An interface's method: name and signature.
struct RIMethod {
  std::string name;  // same naming rule as RMethod::name
  const RType* mtype = nullptr;
};

enum RTypeFlags : uint32_t {
  kComparable = 1u << 0,    // == is defined (may still panic for interface fields)
  kNamed = 1u << 1,         // a defined type
  kHasPointers = 1u << 2,   // the GC must scan values of this type
  kPointerShaped = 1u << 3, // stored directly in an interface's data word
  kRegularMemory = 1u << 4, // equality and hashing are plain memory compare
};

struct RType {
  RKind kind = RKind::Invalid;
  uint32_t flags = 0;
  int64_t size = 0;
  int64_t align = 1;
  std::string name;     // as %T prints it: "main.Point", "[]int", "map[string]int", "func(int) string"
  std::string pkgPath;  // defined types: "main", "time"; "" otherwise
  const RType* elem = nullptr;  // Array, Chan, Map (value), Pointer, Slice
  const RType* key = nullptr;   // Map
  int64_t len = 0;              // Array
  uint8_t chanDir = 0;          // Chan: 0 both, 1 send-only, 2 receive-only (syntax::ChanDir)
  std::vector<RField> fields;   // Struct
  std::vector<const RType*> in, out;  // Func
  bool variadic = false;        // Func
  std::vector<RIMethod> imethods;  // Interface: sorted by name
  std::vector<RMethod> methods;    // method set: sorted by name
  // Offsets (bytes, multiples of 8) of the pointer words inside a value of
  // this type: the GC scans exactly these. Strings, slices, interfaces,
  // maps, chans, funcs and pointers each contribute their pointer words.
  std::vector<uint32_t> ptrOffsets;
  int32_t id = -1;  // index in the program's type table

  bool has(RTypeFlags f) const { return (flags & f) != 0; }
  const RMethod* findMethod(const std::string& n) const;
};

}  // namespace gs::rt
