// Equality and hashing of Go values, driven by their RType: what ==, map
// keys and interface comparison need.
#pragma once

#include <cstdint>

#include "core/runtime/rtype.h"
#include "core/runtime/value.h"

namespace gs::rt {

// a == b for two values of type t. When the comparison reaches an interface
// holding an uncomparable dynamic type, returns false and sets *bad to that
// type (Go panics: "comparing uncomparable type []int").
bool valuesEqual(const RType* t, const uint8_t* a, const uint8_t* b, const RType** bad);

// Equality of two interface values (either empty or non-empty: the first
// word is the dynamic RType* in both).
bool ifaceEqual(const GoIface& a, const GoIface& b, const RType** bad);

// Hash of a value of type t, consistent with valuesEqual. Sets *bad to an
// unhashable dynamic type inside an interface ("hash of unhashable type").
uint64_t hashValue(const RType* t, const uint8_t* p, uint64_t seed, const RType** bad);

uint64_t hashBytes(const void* p, size_t n, uint64_t seed);

}  // namespace gs::rt
