// math/rand's seeded generator, bit-for-bit equal to Go 1.23's rand.NewSource.
//
// The source is an additive lagged Fibonacci generator over Z/2^64:
//   x[k] = x[k-607] + x[k-273]   (mod 2^64)
// kept as a 607-word ring (`vec`) with two cursors, `feed` (where the next
// value is written) and `tap`, which always stay 334 apart. Seeding fills the
// ring from a Lehmer generator (x' = 48271 x mod 2^31-1) and XORs each word
// with a "cooked" constant: the ring's contents after 7.8e12 steps of the same
// generator started from a fixed reference seeding (Go's gen_cooked.go). We do
// not carry that table; cookedTable() computes it once by jumping ahead with
// polynomial arithmetic (see rand_impl.cpp), which takes a few milliseconds.
//
// The Rand functions below reproduce Go's algorithms exactly (which draws are
// made, in which order, and the rejection loops), so a program that seeds
// with rand.Seed(s) or rand.New(rand.NewSource(s)) sees Go's sequence.
// Functions that Go makes panic on bad arguments ("invalid argument to
// Intn") have that precondition here too: the Go-side wrapper checks the
// argument and panics before calling.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace gs::lib::rand {

constexpr int kLen = 607;  // ring length (the long lag)
constexpr int kTap = 273;  // the short lag

// The 607 cooked seeding constants (Go's rngCooked), computed on first use
// and cached for the life of the process.
const int64_t* cookedTable();

// rand.Source as Go's *rngSource.
struct Source {
  int tap = 0;
  int feed = 0;
  int64_t vec[kLen] = {};

  void seed(int64_t seed);  // rngSource.Seed
  uint64_t uint64();        // rngSource.Uint64: one step of the generator
  int64_t int63() { return static_cast<int64_t>(uint64() & ((uint64_t(1) << 63) - 1)); }
};

// rand.Rand over a Source (the Source64 path: Uint64 goes straight to the
// source). readVal/readPos are Rand.Read's buffered bytes.
struct Rand {
  Source src;
  int64_t readVal = 0;
  int8_t readPos = 0;

  explicit Rand(int64_t seedValue = 1) { seed(seedValue); }
  void seed(int64_t s) {  // Rand.Seed and the top-level rand.Seed
    src.seed(s);
    readPos = 0;
  }

  int64_t int63() { return src.int63(); }
  uint32_t uint32() { return static_cast<uint32_t>(int63() >> 31); }
  uint64_t uint64() { return src.uint64(); }
  int32_t int31() { return static_cast<int32_t>(int63() >> 32); }
  int64_t intValue() { return int63(); }  // Rand.Int on 64-bit int: the sign bit is already clear
  int64_t int63n(int64_t n);  // precondition n > 0
  int32_t int31n(int32_t n);  // precondition n > 0
  int64_t intn(int64_t n);    // precondition n > 0
  double float64();
  float float32();
  std::vector<int64_t> perm(int64_t n);  // precondition n >= 0
  // Calls swap(i, j) in Go's order; precondition n >= 0.
  void shuffle(int64_t n, const std::function<void(int64_t, int64_t)>& swap);
  void read(uint8_t* p, size_t n);  // Rand.Read (never fails)

 private:
  int32_t int31nLemire(int32_t n);  // Go's unexported r.int31n, used by Shuffle
};

}  // namespace gs::lib::rand
