#include "core/runtime/map.h"

#include <cstring>

#include "core/runtime/typeops.h"

namespace gs::rt {

namespace {
constexpr int32_t kEmpty = -1, kTomb = -2;
constexpr uint8_t kLive = 1, kDead = 2;

uint32_t alignUp(uint32_t x, uint32_t a) { return (x + a - 1) / a * a; }

uint64_t nextPow2(uint64_t x) {
  uint64_t p = 8;
  while (p < x) p <<= 1;
  return p;
}
}  // namespace

GoMap* Maps::make(const RType* mapType, int64_t hint, int32_t site) {
  auto* m = reinterpret_cast<GoMap*>(heap_.alloc(sizeof(GoMap), kMapObj, site));
  if (!m) return nullptr;
  m->type = mapType;
  const RType* k = mapType->key;
  const RType* v = mapType->elem;
  uint32_t kAlign = static_cast<uint32_t>(k->align > 8 ? 8 : k->align);
  uint32_t vAlign = static_cast<uint32_t>(v->align > 8 ? 8 : v->align);
  m->keyOff = alignUp(9, kAlign ? kAlign : 1);
  m->valOff = alignUp(m->keyOff + static_cast<uint32_t>(k->size), vAlign ? vAlign : 1);
  m->entrySize = alignUp(m->valOff + static_cast<uint32_t>(v->size), 8);
  m->seed = hashBytes(&m, sizeof m, 0x9e3779b97f4a7c15ull);
  if (hint < 0) hint = 0;
  if (!rebuild(m, hint > 8 ? hint : 0)) return nullptr;
  return m;
}

// Makes a fresh entry array of newEntriesCap (compacting live entries into
// it) and a fresh index sized for it.
bool Maps::rebuild(GoMap* m, int64_t newEntriesCap) {
  if (newEntriesCap < m->count) newEntriesCap = m->count;
  // The map's storage is charged to the map's own allocation site (make or
  // the literal), whichever assignment made it grow.
  int32_t site = Heap::header(reinterpret_cast<uint8_t*>(m))->site;
  uint8_t* newEntries = nullptr;
  if (newEntriesCap > 0) {
    newEntries = heap_.alloc(static_cast<uint64_t>(newEntriesCap) * m->entrySize, nullptr, site);
    if (!newEntries) return false;
  }
  uint64_t indexCap = nextPow2(static_cast<uint64_t>(newEntriesCap) * 2);
  auto* index = reinterpret_cast<int32_t*>(heap_.alloc(indexCap * sizeof(int32_t), nullptr, site));
  if (!index) return false;
  std::memset(index, 0xff, indexCap * sizeof(int32_t));
  int64_t n = 0;
  for (int64_t i = 0; i < m->entriesLen; i++) {
    uint8_t* e = entry(m, m->entries, i);
    if (e[8] != kLive) continue;
    uint8_t* d = newEntries + n * m->entrySize;
    std::memcpy(d, e, m->entrySize);
    uint64_t h = load<uint64_t>(e);
    uint64_t slot = h & (indexCap - 1);
    while (index[slot] != kEmpty) slot = (slot + 1) & (indexCap - 1);
    index[slot] = static_cast<int32_t>(n);
    n++;
  }
  m->entries = newEntries;
  m->entriesLen = n;
  m->entriesCap = newEntriesCap;
  m->index = index;
  m->indexMask = indexCap - 1;
  m->tombstones = 0;
  return true;
}

int64_t Maps::find(GoMap* m, const uint8_t* key, uint64_t h, const RType** bad) {
  uint64_t slot = h & m->indexMask;
  const RType* kt = m->type->key;
  for (;;) {
    int32_t ix = m->index[slot];
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      uint8_t* e = entry(m, m->entries, ix);
      if (load<uint64_t>(e) == h && valuesEqual(kt, e + m->keyOff, key, bad)) return ix;
    }
    slot = (slot + 1) & m->indexMask;
  }
}

const uint8_t* Maps::lookup(GoMap* m, const uint8_t* key, MapError* err, const RType** bad) {
  *err = MapError::None;
  *bad = nullptr;
  if (!m) {
    // Go still hashes the key of a lookup in a nil map (and panics for an
    // unhashable interface key).
    return nullptr;
  }
  if (m->count == 0) return nullptr;
  uint64_t h = hashValue(m->type->key, key, m->seed, bad);
  if (*bad) {
    *err = MapError::Unhashable;
    return nullptr;
  }
  int64_t ix = find(m, key, h, bad);
  if (*bad) {
    *err = MapError::Unhashable;
    return nullptr;
  }
  return ix < 0 ? nullptr : entry(m, m->entries, ix) + m->valOff;
}

uint8_t* Maps::assign(GoMap* m, const uint8_t* key, MapError* err, const RType** bad) {
  *err = MapError::None;
  *bad = nullptr;
  if (!m) {
    *err = MapError::NilMapWrite;
    return nullptr;
  }
  uint64_t h = hashValue(m->type->key, key, m->seed, bad);
  if (*bad) {
    *err = MapError::Unhashable;
    return nullptr;
  }
  int64_t ix = find(m, key, h, bad);
  if (*bad) {
    *err = MapError::Unhashable;
    return nullptr;
  }
  if (ix >= 0) return entry(m, m->entries, ix) + m->valOff;
  if (m->entriesLen == m->entriesCap ||
      static_cast<uint64_t>(m->entriesLen + m->tombstones + 1) * 4 > (m->indexMask + 1) * 3) {
    int64_t cap = m->count * 2;
    if (cap < 8) cap = 8;
    if (!rebuild(m, cap)) {
      *err = MapError::OutOfMemory;
      return nullptr;
    }
  }
  int64_t n = m->entriesLen++;
  uint8_t* e = entry(m, m->entries, n);
  std::memset(e, 0, m->entrySize);
  store<uint64_t>(e, h);
  e[8] = kLive;
  std::memcpy(e + m->keyOff, key, static_cast<size_t>(m->type->key->size));
  uint64_t slot = h & m->indexMask;
  while (m->index[slot] >= 0) slot = (slot + 1) & m->indexMask;
  if (m->index[slot] == kTomb) m->tombstones--;
  m->index[slot] = static_cast<int32_t>(n);
  m->count++;
  return e + m->valOff;
}

void Maps::remove(GoMap* m, const uint8_t* key, MapError* err, const RType** bad) {
  *err = MapError::None;
  *bad = nullptr;
  if (!m || m->count == 0) return;
  uint64_t h = hashValue(m->type->key, key, m->seed, bad);
  if (*bad) {
    *err = MapError::Unhashable;
    return;
  }
  uint64_t slot = h & m->indexMask;
  const RType* kt = m->type->key;
  for (;;) {
    int32_t ix = m->index[slot];
    if (ix == kEmpty) return;
    if (ix >= 0) {
      uint8_t* e = entry(m, m->entries, ix);
      if (load<uint64_t>(e) == h && valuesEqual(kt, e + m->keyOff, key, bad)) {
        e[8] = kDead;
        // Clear key and value so the collector does not retain what they point to.
        std::memset(e + m->keyOff, 0, m->entrySize - m->keyOff);
        m->index[slot] = kTomb;
        m->tombstones++;
        m->count--;
        return;
      }
      if (*bad) {
        *err = MapError::Unhashable;
        return;
      }
    }
    slot = (slot + 1) & m->indexMask;
  }
}

void Maps::clear(GoMap* m) {
  if (!m) return;
  for (int64_t i = 0; i < m->entriesLen; i++) {
    uint8_t* e = entry(m, m->entries, i);
    if (e[8] == kLive) {
      e[8] = kDead;
      std::memset(e + m->keyOff, 0, m->entrySize - m->keyOff);
    }
  }
  m->count = 0;
  // Start over on new arrays so running iterators keep their snapshot.
  m->entriesLen = 0;
  rebuild(m, m->entriesCap);
}

MapIter* Maps::iterate(GoMap* m) {
  auto* it = reinterpret_cast<MapIter*>(heap_.alloc(sizeof(MapIter), kMapIterObj, -1));
  if (!it) return nullptr;
  it->map = m;
  it->entries = m ? m->entries : nullptr;
  it->len = m ? m->entriesLen : 0;
  it->pos = 0;
  return it;
}

bool Maps::next(MapIter* it, const uint8_t** key, uint8_t** value) {
  GoMap* m = it->map;
  if (!m) return false;
  while (it->pos < it->len) {
    uint8_t* e = entry(m, it->entries, it->pos++);
    if (e[8] != kLive) continue;
    if (it->entries == m->entries) {
      *key = e + m->keyOff;
      *value = e + m->valOff;
      return true;
    }
    // The map moved to a new array: the snapshot's entry counts only if its
    // key is still present; report the live value.
    const RType* bad = nullptr;
    int64_t ix = find(m, e + m->keyOff, load<uint64_t>(e), &bad);
    if (ix < 0) continue;
    uint8_t* live = entry(m, m->entries, ix);
    *key = live + m->keyOff;
    *value = live + m->valOff;
    return true;
  }
  return false;
}

}  // namespace gs::rt
