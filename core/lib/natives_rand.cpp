// Package math/rand's natives: seeding and stepping the Go-exact source
// (core/lib/rand_impl.h) whose state lives in Go memory, as the struct
//
//   type rngSource struct { tap, feed int32; vec [607]int64 }
//
// (core/lib/go/math/rand/rand.go), i.e. rand::Source's fields at the same
// offsets. Seeding runs rand_impl's Source::seed and copies the state in;
// a step is Source::uint64's three lines done on that memory.
#include <cstddef>
#include <iterator>
#include <vector>

#include "core/lib/natives.h"
#include "core/lib/rand_impl.h"
#include "core/vm/vm.h"

namespace gs::lib {

namespace {

constexpr size_t kTapOff = 0;
constexpr size_t kFeedOff = 4;
constexpr size_t kVecOff = 8;

// The receiver of a method without parameters returning one word: the
// result comes first, the receiver after it.
uint8_t* receiverAfterWordResult(uint8_t* args) { return rt::loadPtr(args + 8); }

// One generator step on the state at p (rand::Source::uint64).
uint64_t step(uint8_t* p) {
  int32_t tap = rt::load<int32_t>(p + kTapOff) - 1;
  if (tap < 0) tap += rand::kLen;
  int32_t feed = rt::load<int32_t>(p + kFeedOff) - 1;
  if (feed < 0) feed += rand::kLen;
  uint8_t* vf = p + kVecOff + 8 * static_cast<size_t>(feed);
  uint64_t v = rt::load<uint64_t>(vf) + rt::load<uint64_t>(p + kVecOff + 8 * static_cast<size_t>(tap));
  rt::store<uint64_t>(vf, v);
  rt::store<int32_t>(p + kTapOff, tap);
  rt::store<int32_t>(p + kFeedOff, feed);
  return v;
}

// func (rng *rngSource) Seed(seed int64)
void randSeed(vm::VM& vm, uint8_t* args) {
  Args a(args);
  int64_t seed = a.arg<int64_t>();
  a.beginResults();
  uint8_t* p = rt::loadPtr(a.at(8, 8));
  if (!p) {
    vm.panicRuntimeError("invalid memory address or nil pointer dereference");
    return;
  }
  rand::Source src;
  src.seed(seed);
  rt::store<int32_t>(p + kTapOff, static_cast<int32_t>(src.tap));
  rt::store<int32_t>(p + kFeedOff, static_cast<int32_t>(src.feed));
  for (int i = 0; i < rand::kLen; i++) rt::store<int64_t>(p + kVecOff + 8 * static_cast<size_t>(i), src.vec[i]);
}

// func (rng *rngSource) Uint64() uint64
void randUint64(vm::VM& vm, uint8_t* args) {
  uint8_t* p = receiverAfterWordResult(args);
  if (!p) {
    vm.panicRuntimeError("invalid memory address or nil pointer dereference");
    return;
  }
  Args a(args);
  a.beginResults();
  a.result<uint64_t>(step(p));
}

// func (rng *rngSource) Int63() int64
void randInt63(vm::VM& vm, uint8_t* args) {
  uint8_t* p = receiverAfterWordResult(args);
  if (!p) {
    vm.panicRuntimeError("invalid memory address or nil pointer dereference");
    return;
  }
  Args a(args);
  a.beginResults();
  a.result<int64_t>(static_cast<int64_t>(step(p) & ((uint64_t(1) << 63) - 1)));
}

// func randomSeed() int64
// Seeds the top-level functions until the program calls rand.Seed (Go
// seeds them randomly too).
void randRandomSeed(vm::VM& vm, uint8_t* args) {
  Args a(args);
  a.beginResults();
  uint64_t x = static_cast<uint64_t>(vm.host().wallNanos()) ^ (static_cast<uint64_t>(vm.host().monoNanos()) << 17);
  // Mix the bits (splitmix64's finalizer) so close clock readings differ widely.
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  a.result<int64_t>(static_cast<int64_t>(x));
}

}  // namespace

void registerRandNatives(std::vector<NativeEntry>& out) {
  static const NativeEntry entries[] = {
      {"math/rand.(*rngSource).Int63", randInt63},
      {"math/rand.(*rngSource).Seed", randSeed},
      {"math/rand.(*rngSource).Uint64", randUint64},
      {"math/rand.randomSeed", randRandomSeed},
  };
  out.insert(out.end(), std::begin(entries), std::end(entries));
}

}  // namespace gs::lib
