#include "core/cli/options.h"

#include <cstdlib>

namespace gs::cli {

const char* const kRunFlagsUsage =
    "  --max-stack=BYTES   per-goroutine stack limit (default 1000000000, Go's)\n"
    "  --mem-limit=BYTES   memory budget for stacks and heap (default 1GiB; suffixes KiB MiB GiB)\n"
    "  --stress-stack      move the stack at every call (a debugging mode)\n"
    "  --stress-gc         collect garbage at every check point (a debugging mode)\n"
    "  --virtual-time      sleeping jumps a virtual clock that starts at 2009-11-10 23:00:00 UTC\n"
    "                      (the Go playground's time); CPU work takes no time\n"
    "  --seed=N            seed for the scheduler's random choices (select), default 1\n"
    "  --trace=sched,stack,gc  print runtime events (goroutines, stacks, collections) to stderr\n"
    "  --inspect-at-exit   print the runtime snapshot (docs/inspect.md) as JSON to stderr at exit\n";

bool parseSize(const std::string& s, uint64_t* out) {
  char* end = nullptr;
  unsigned long long v = std::strtoull(s.c_str(), &end, 10);
  if (end == s.c_str()) return false;
  std::string suf(end);
  uint64_t mul = 1;
  if (suf.empty() || suf == "B") mul = 1;
  else if (suf == "KiB" || suf == "K") mul = 1ull << 10;
  else if (suf == "MiB" || suf == "M") mul = 1ull << 20;
  else if (suf == "GiB" || suf == "G") mul = 1ull << 30;
  else if (suf == "KB") mul = 1000;
  else if (suf == "MB") mul = 1000 * 1000;
  else if (suf == "GB") mul = 1000ull * 1000 * 1000;
  else return false;
  *out = v * mul;
  return true;
}

int parseRunFlags(const std::vector<std::string>& args, RunFlags* flags, std::string* error) {
  vm::RunOptions& opts = flags->vm;
  size_t i = 0;
  for (; i < args.size(); i++) {
    const std::string& a = args[i];
    if (a.rfind("--", 0) != 0) break;
    if (a.rfind("--max-stack=", 0) == 0) {
      if (!parseSize(a.substr(12), &opts.maxStack)) {
        *error = "goroscope: bad --max-stack value " + a + "\n";
        return -1;
      }
    } else if (a.rfind("--mem-limit=", 0) == 0) {
      if (!parseSize(a.substr(12), &opts.memLimit)) {
        *error = "goroscope: bad --mem-limit value " + a + "\n";
        return -1;
      }
    } else if (a == "--stress-stack") {
      opts.stressStack = true;
    } else if (a == "--stress-gc") {
      opts.stressGC = true;
    } else if (a == "--virtual-time") {
      opts.virtualTime = true;
    } else if (a == "--real-time") {
      opts.virtualTime = false;
    } else if (a.rfind("--seed=", 0) == 0) {
      opts.seed = std::strtoull(a.c_str() + 7, nullptr, 10);
    } else if (a.rfind("--trace=", 0) == 0) {
      opts.trace = a.substr(8);
    } else if (a == "--inspect-at-exit") {
      flags->inspectAtExit = true;
    } else {
      *error = "goroscope: unknown flag " + a + "\n";
      return -1;
    }
  }
  return static_cast<int>(i);
}

}  // namespace gs::cli
