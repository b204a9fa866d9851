// Escape tags of the prelude's native functions (FuncDecls without body).
//
// The tags are those Go 1.23 computes for the real library function of the
// same name (`go build -gcflags=-m` on the standard library), so that -m
// output for calls such as fmt.Println matches Go's. They must also be true
// of our C++ implementations: a native listed here never keeps a pointer
// argument beyond the call, except as its result where a result flow is
// given. A native that is not listed leaks every parameter to the heap.
#include <cstring>

#include "core/escape/internal.h"

namespace gs::escape {

namespace {

// One spec per parameter (receiver first), comma-separated:
//   "-"        does not escape
//   "heap"     leaking param
//   "content"  leaking param content (heap, one dereference)
//   "rN" / "rN.L"  leaks to result N with L dereferences (level)
//   "mut"      written through (mutated), does not escape
// Specs combine with '+': "r0+mut".
struct NativeTag {
  const char* name;
  const char* params;
};

const NativeTag kNativeTags[] = {
    // fmt: formatting reads its operands; the values inside the interfaces
    // may be passed to String/Error methods, which Go cannot see through.
    {"fmt.Sprintf", "-,content"},
    {"fmt.Sprint", "content"},
    {"fmt.Sprintln", "content"},
    {"fmt.Printf", "-,content"},
    {"fmt.Print", "content"},
    {"fmt.Println", "content"},
    {"fmt.errorf", "-,content"},
    // strings
    {"strings.bytesView", "r0"},
    {"strings.Index", "-,-"},
    {"strings.IndexByte", "-"},
    {"strings.LastIndex", "-,-"},
    {"strings.LastIndexByte", "-"},
    {"strings.Count", "-,-"},
    {"strings.Compare", "heap,heap"},
    {"strings.Repeat", "r0"},
    {"strings.Join", "r0.1,-"},
    {"strings.ToUpper", "r0"},
    {"strings.ToLower", "r0"},
    // strconv
    {"strconv.quoteWith", "-"},
    {"strconv.unquote", "r0"},
    {"strconv.unquoteChar", "r2"},
    {"strconv.quotedPrefix", "r0"},
    {"strconv.CanBackquote", "-"},
    {"strconv.parseInt", "-"},
    {"strconv.parseUint", "-"},
    {"strconv.parseFloat", "-"},
    // errors
    {"errors.isComparable", "-"},
    {"errors.checkAsTarget", "-"},
    {"errors.assignTo", "heap,-"},
    // runtime
    {"runtime.ReadMemStats", "mut"},
    // sort
    {"sort.sliceLen", "-"},
    {"sort.sliceSwap", "mut"},
    // os
    {"os.writeFd", "-"},
    {"os.writeFdString", "-"},
    // math/rand
    {"math/rand.(*rngSource).Seed", "mut"},
    {"math/rand.(*rngSource).Int63", "mut"},
    {"math/rand.(*rngSource).Uint64", "mut"},
};

bool parseSpec(const std::string& spec, Leaks* out) {
  size_t start = 0;
  while (start <= spec.size()) {
    size_t plus = spec.find('+', start);
    std::string part = spec.substr(start, plus == std::string::npos ? std::string::npos : plus - start);
    if (part == "-" || part.empty()) {
      // nothing
    } else if (part == "heap") {
      out->addHeap(0);
    } else if (part == "content") {
      out->addHeap(1);
    } else if (part == "mut") {
      out->addMutator(0);
    } else if (part[0] == 'r' && part.size() >= 2) {
      int res = part[1] - '0';
      int level = 0;
      if (part.size() > 3 && part[2] == '.') level = part[3] - '0';
      if (res < 0 || res >= Leaks::kNumResults) return false;
      out->addResult(res, level);
    } else {
      return false;
    }
    if (plus == std::string::npos) break;
    start = plus + 1;
  }
  return true;
}

}  // namespace

bool lookupNativeTags(const std::string& fullName, size_t nparams, std::vector<Leaks>* tags) {
  for (const NativeTag& t : kNativeTags) {
    if (fullName != t.name) continue;
    std::vector<Leaks> out;
    std::string specs = t.params;
    size_t start = 0;
    while (start <= specs.size()) {
      size_t comma = specs.find(',', start);
      Leaks l;
      if (!parseSpec(specs.substr(start, comma == std::string::npos ? std::string::npos : comma - start), &l)) return false;
      out.push_back(l);
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
    if (out.size() != nparams) return false;
    *tags = out;
    return true;
  }
  return false;
}

}  // namespace gs::escape
