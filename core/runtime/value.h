// Go values in memory: the shapes the VM, the runtime and the native library
// all read and write.
//
// Every Go value lives in its real Go (amd64) layout. A pointer always
// occupies 8 bytes, also under wasm32 where host addresses are 32 bits: it is
// stored as a uint64_t holding the host address (zero-extended). Never
// reinterpret a Go pointer slot as a host `T*` directly; use loadPtr/storePtr.
//
//   string      16  {ptr, len}
//   slice       24  {ptr, len, cap}
//   interface   16  {type *RType, data}  data: the value itself when the type is
//                   pointer-shaped (pointer, map, chan, func, unsafe.Pointer),
//                   otherwise a pointer to an immutable boxed copy
//   map, chan    8  pointer to the runtime's map / channel object (nil = 0)
//   func         8  pointer to a closure object whose first word is the
//                   function's index in the program's function table
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace gs::rt {

using GoInt = int64_t;
using GoUint = uint64_t;
using GoPtr = uint64_t;  // a Go pointer as stored in memory

struct RType;

inline uint8_t* toHost(GoPtr p) { return reinterpret_cast<uint8_t*>(static_cast<uintptr_t>(p)); }
inline GoPtr fromHost(const void* p) { return static_cast<GoPtr>(reinterpret_cast<uintptr_t>(p)); }

inline uint8_t* loadPtr(const uint8_t* slot) {
  GoPtr p;
  std::memcpy(&p, slot, sizeof p);
  return toHost(p);
}
inline void storePtr(uint8_t* slot, const void* p) {
  GoPtr v = fromHost(p);
  std::memcpy(slot, &v, sizeof v);
}

template <class T> inline T load(const uint8_t* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
template <class T> inline void store(uint8_t* p, T v) { std::memcpy(p, &v, sizeof v); }

// The three multi-word shapes. They are standard-layout and exactly as big
// as Go's, so a slot can be memcpy'd into one and back.
struct GoString {
  GoPtr ptr;
  GoInt len;
  const char* data() const { return reinterpret_cast<const char*>(toHost(ptr)); }
  std::string_view view() const { return {data(), static_cast<size_t>(len)}; }
};
static_assert(sizeof(GoString) == 16);

struct GoSlice {
  GoPtr ptr;
  GoInt len;
  GoInt cap;
  uint8_t* data() const { return toHost(ptr); }
};
static_assert(sizeof(GoSlice) == 24);

struct GoIface {
  GoPtr type;  // const RType*
  GoPtr data;
  const RType* rtype() const { return reinterpret_cast<const RType*>(toHost(type)); }
};
static_assert(sizeof(GoIface) == 16);

}  // namespace gs::rt
