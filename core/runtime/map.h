// Go maps.
//
// A map value is a pointer to a GoMap, a heap object whose header type is the
// map's RType. Entries live in one dense array, in insertion order, each
// `{u64 hash, u8 state, key, value}`; an open-addressing index of int32
// entry numbers finds them. Deleting marks the entry dead (state 2); the
// array is rebuilt (compacted into a NEW array) when it fills up.
//
// Iteration walks the entry array. An iterator remembers the array it
// started on; if the map has since moved to a new array, the iterator keeps
// walking its old snapshot and re-looks-up each key in the live map, so
// deleted entries are skipped and values are current — Go's guarantees
// ("an entry removed before it is reached is not produced"; entries added
// during iteration may or may not be produced). Iteration order is insertion
// order: deterministic, which Go does not promise and programs must not rely on.
#pragma once

#include <cstdint>

#include "core/runtime/heap.h"
#include "core/runtime/rtype.h"

namespace gs::rt {

struct GoMap {
  const RType* type;   // the map type (key = type->key, value = type->elem)
  int64_t count;       // live entries
  uint8_t* entries;    // entriesCap entries of entrySize bytes
  int64_t entriesLen;  // entries used (live or dead)
  int64_t entriesCap;
  int32_t* index;      // indexCap slots: -1 empty, -2 tombstone, else entry number
  uint64_t indexMask;  // indexCap - 1
  int64_t tombstones;
  uint64_t seed;
  uint32_t entrySize, keyOff, valOff;
};

struct MapIter {
  GoMap* map;
  uint8_t* entries;  // the array this iteration walks
  int64_t len;       // its length when the iteration started
  int64_t pos;
};

// Outcome of an operation that may panic.
enum class MapError : uint8_t { None, NilMapWrite, Unhashable, OutOfMemory };

class Maps {
 public:
  explicit Maps(Heap& heap) : heap_(heap) {}

  // site: the map's allocation site (its storage, allocated as the map
  // grows, is charged to the same site).
  GoMap* make(const RType* mapType, int64_t hint, int32_t site = -1);
  // Pointer to the value for key, or null when absent (m may be nil).
  const uint8_t* lookup(GoMap* m, const uint8_t* key, MapError* err, const RType** bad);
  // Pointer to the value for key, inserting a zeroed value if absent.
  uint8_t* assign(GoMap* m, const uint8_t* key, MapError* err, const RType** bad);
  void remove(GoMap* m, const uint8_t* key, MapError* err, const RType** bad);
  void clear(GoMap* m);
  static int64_t len(const GoMap* m) { return m ? m->count : 0; }

  MapIter* iterate(GoMap* m);
  // Advances; false when done. Otherwise *key and *value point at the entry.
  bool next(MapIter* it, const uint8_t** key, uint8_t** value);

 private:
  uint8_t* entry(GoMap* m, uint8_t* entries, int64_t i) { return entries + i * m->entrySize; }
  int64_t find(GoMap* m, const uint8_t* key, uint64_t h, const RType** bad);
  bool rebuild(GoMap* m, int64_t newEntriesCap);
  Heap& heap_;
};

}  // namespace gs::rt
