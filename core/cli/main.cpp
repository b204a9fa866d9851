// The native `goroscope` command.
//
//   goroscope run [flags] FILE.go [args...]   compile and run, like `go run`
//   goroscope build --frames FILE.go          print every function's frame layout
//   goroscope build -S FILE.go                print the bytecode
//   goroscope build -m[=2] FILE.go            print escape analysis decisions, like go build -gcflags=-m
//   goroscope version | --help
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>
#include <string>
#include <vector>

#include "core/cli/options.h"
#include "core/compile/driver.h"
#include "core/inspect/inspect.h"
#include "core/runtime/host.h"
#include "core/vm/vm.h"

namespace {

constexpr const char* kVersion = "goroscope 0.1 (Go 1.23 language, bytecode VM)";

const char* kUsage =
    "Goroscope runs Go programs on a bytecode VM that shows what the Go runtime does.\n"
    "\n"
    "Usage:\n"
    "  goroscope run [flags] FILE.go [arguments...]\n"
    "        compile and run the program, like `go run`; the exit status is the\n"
    "        program's (2 after a panic or fatal error, 1 for compile errors)\n"
    "  goroscope build --frames FILE.go\n"
    "        print each function's frame: its size and every slot (name, type, offset, size)\n"
    "  goroscope build -S FILE.go\n"
    "        print the bytecode\n"
    "  goroscope build -m FILE.go, goroscope build -m=2 FILE.go\n"
    "        print the escape analysis decisions (moved to heap, escapes to heap, parameter\n"
    "        leaks) like `go build -gcflags=-m`; -m=2 explains each flow\n"
    "  goroscope version\n"
    "\n"
    "Flags for run:\n";

class CliHost : public gs::rt::Host {
 public:
  CliHost() { std::setvbuf(stdout, nullptr, _IOFBF, 1 << 16); }
  ~CliHost() override { std::fflush(stdout); }
  void write(int fd, const char* data, size_t n) override {
    if (fd == 2) {
      std::fflush(stdout);
      std::fwrite(data, 1, n, stderr);
      std::fflush(stderr);
    } else {
      std::fwrite(data, 1, n, stdout);
    }
  }
  int64_t wallNanos() override {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
  int64_t monoNanos() override {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
  }
  int readInput(std::string* out, int64_t deadlineMono) override {
    std::fflush(stdout);
    if (deadlineMono != INT64_MAX) {
      int64_t wait = deadlineMono - monoNanos();
      if (wait < 0) wait = 0;
      struct pollfd pfd = {0, POLLIN, 0};
      int r = poll(&pfd, 1, static_cast<int>(std::min<int64_t>(wait / 1000000 + 1, INT32_MAX)));
      if (r == 0) return -1;
    }
    char buf[65536];
    ssize_t n = ::read(0, buf, sizeof buf);
    if (n <= 0) return 0;
    out->append(buf, static_cast<size_t>(n));
    return 1;
  }
  void sleepUntil(int64_t mono) override {
    std::fflush(stdout);
    int64_t now = monoNanos();
    if (mono > now) std::this_thread::sleep_for(std::chrono::nanoseconds(mono - now));
  }
};

bool readFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

std::string absolutePath(const std::string& p) {
  if (!p.empty() && p[0] == '/') return p;
  char buf[4096];
  if (!getcwd(buf, sizeof buf)) return p;
  std::string cwd(buf);
  std::string rel = p;
  if (rel.rfind("./", 0) == 0) rel = rel.substr(2);
  return cwd + "/" + rel;
}

std::string displayName(const std::string& p) {
  if (p.find('/') == std::string::npos) return "./" + p;
  return p;
}

int compileErrorExit(const gs::compile::BuildResult& r) {
  if (r.errorsHaveHeader) std::fputs("# command-line-arguments\n", stderr);
  std::fputs(r.errors.c_str(), stderr);
  return 1;
}

int cmdRun(const std::vector<std::string>& args) {
  gs::cli::RunFlags flags;
  std::string error;
  int first = gs::cli::parseRunFlags(args, &flags, &error);
  if (first < 0) {
    std::fputs(error.c_str(), stderr);
    return 2;
  }
  gs::vm::RunOptions& opts = flags.vm;
  size_t i = static_cast<size_t>(first);
  if (i >= args.size()) {
    std::fputs("goroscope run: no Go file given\n", stderr);
    return 2;
  }
  const std::string& file = args[i];
  gs::compile::BuildInput in;
  if (!readFile(file, &in.source)) {
    std::fprintf(stderr, "goroscope: cannot read %s\n", file.c_str());
    return 1;
  }
  in.displayName = displayName(file);
  in.tracebackPath = absolutePath(file);
  gs::compile::BuildResult r = gs::compile::build(in);
  if (!r.ok) return compileErrorExit(r);
  std::string base = file.substr(file.rfind('/') == std::string::npos ? 0 : file.rfind('/') + 1);
  if (base.size() > 3 && base.substr(base.size() - 3) == ".go") base = base.substr(0, base.size() - 3);
  opts.args.push_back("/tmp/go-build/" + base);
  for (size_t k = i + 1; k < args.size(); k++) opts.args.push_back(args[k]);
  CliHost host;
  gs::vm::VM vm(*r.program, host, opts);
  gs::inspect::Snapshotter inspector;
  if (flags.inspectAtExit) inspector.attach(vm);
  int code = vm.run();
  std::fflush(stdout);
  if (flags.inspectAtExit) {
    std::string json = inspector.snapshot(vm, -1);
    json += '\n';
    std::fwrite(json.data(), 1, json.size(), stderr);
  }
  return code;
}

const char* slotKindName(gs::vm::SlotKind k) {
  switch (k) {
    case gs::vm::SlotKind::Param: return "param";
    case gs::vm::SlotKind::Result: return "result";
    case gs::vm::SlotKind::Receiver: return "receiver";
    case gs::vm::SlotKind::Local: return "local";
    case gs::vm::SlotKind::Temp: return "temp";
    case gs::vm::SlotKind::Outgoing: return "outgoing";
  }
  return "?";
}

int cmdBuild(const std::vector<std::string>& args) {
  bool frames = false, disasm = false;
  int escape = 0;
  std::string file;
  for (const std::string& a : args) {
    if (a == "--frames") frames = true;
    else if (a == "-S") disasm = true;
    else if (a == "-m" || a == "-m=1") escape = 1;
    else if (a == "-m=2" || a == "-m=3") escape = 2;
    else if (a.rfind("-", 0) == 0) {
      std::fprintf(stderr, "goroscope build: unknown flag %s\n", a.c_str());
      return 2;
    } else file = a;
  }
  if (file.empty()) {
    std::fputs("goroscope build: no Go file given\n", stderr);
    return 2;
  }
  gs::compile::BuildInput in;
  if (!readFile(file, &in.source)) {
    std::fprintf(stderr, "goroscope: cannot read %s\n", file.c_str());
    return 1;
  }
  in.displayName = displayName(file);
  in.tracebackPath = absolutePath(file);
  in.escapeVerbosity = escape;
  gs::compile::BuildResult r = gs::compile::build(in);
  // Like go build, the compiler's -m report goes to stderr under the
  // package header (printed only when there is something to report).
  if (escape > 0 && !r.escapeMessages.empty()) {
    std::fputs("# command-line-arguments\n", stderr);
    std::fputs(r.escapeMessages.c_str(), stderr);
  }
  if (!r.ok) return compileErrorExit(r);
  const gs::vm::Program& p = *r.program;
  if (disasm) std::fputs(gs::vm::disassemble(p).c_str(), stdout);
  if (frames || (!disasm && escape == 0)) {
    // User functions only (package main), in source order.
    for (const gs::vm::FuncInfo& f : p.funcs) {
      if (f.isWrapper || f.native || f.entry < 0) continue;
      if (f.name.rfind("main.", 0) != 0) continue;
      std::printf("%s: frame %d bytes (args %d)\n", f.name.c_str(), f.frameSize, f.argsEnd);
      std::vector<gs::vm::SlotInfo> slots = f.slots;
      std::stable_sort(slots.begin(), slots.end(),
                       [](const gs::vm::SlotInfo& a, const gs::vm::SlotInfo& b) { return a.offset < b.offset; });
      for (const gs::vm::SlotInfo& s : slots) {
        std::printf("  %-8s %-12s %-24s offset %4d size %4d%s\n", slotKindName(s.kind), s.name.c_str(),
                    s.type.c_str(), s.offset, s.size, s.heapCell ? " (pointer to heap cell)" : "");
      }
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::string usage = std::string(kUsage) + gs::cli::kRunFlagsUsage;
    std::fputs(usage.c_str(), args.empty() ? stderr : stdout);
    return args.empty() ? 2 : 0;
  }
  std::string cmd = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (cmd == "version" || cmd == "--version") {
    std::puts(kVersion);
    return 0;
  }
  if (cmd == "run") return cmdRun(rest);
  if (cmd == "build") return cmdBuild(rest);
  std::fprintf(stderr, "goroscope: unknown command %s\n\n%s%s", cmd.c_str(), kUsage, gs::cli::kRunFlagsUsage);
  return 2;
}
