#include "core/compile/driver.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/compile/compiler.h"
#include "core/escape/escape.h"
#include "core/lib/prelude.h"
#include "core/syntax/parser.h"

namespace gs::compile {

namespace {

// Standard library packages Go has but Goroscope does not provide; importing
// one gives a clear message instead of Go's "not in std".
const char* const kKnownStd[] = {
    "archive/tar", "archive/zip", "bufio", "bytes", "compress/gzip", "container/heap", "container/list",
    "container/ring", "context", "crypto", "crypto/md5", "crypto/rand", "crypto/sha1", "crypto/sha256",
    "database/sql", "embed", "encoding", "encoding/base64", "encoding/binary", "encoding/csv", "encoding/hex",
    "encoding/json", "encoding/xml", "flag", "go/ast", "go/parser", "go/token", "hash", "hash/crc32",
    "hash/fnv", "html", "html/template", "image", "io/fs", "io/ioutil", "log", "log/slog", "math/big",
    "math/cmplx", "math/rand/v2", "mime", "net", "net/http", "net/url", "os/exec", "os/signal", "path",
    "path/filepath", "reflect", "regexp", "runtime/debug", "strings", "sync", "sync/atomic", "syscall",
    "testing", "text/tabwriter", "text/template", "time", "unicode/utf16", "unique", "unsafe",
};

class PreludeImporter : public types::Importer {
 public:
  PreludeImporter(types::TypeContext& tc, syntax::SourceSet& sources, syntax::AstArena& arena,
                  syntax::Diagnostics& diags)
      : tc_(tc), sources_(sources), arena_(arena), diags_(diags) {
    for (const lib::PreludeFile& f : lib::preludeSources()) {
      std::string path(f.path);
      size_t slash = path.rfind('/');
      std::string dir = slash == std::string::npos ? "" : path.substr(0, slash);
      files_[dir].push_back(&f);
    }
  }

  types::Package* importPackage(const std::string& path, std::string* err) override {
    if (path == "unsafe") return tc_.unsafePackage();
    auto done = checked_.find(path);
    if (done != checked_.end()) return done->second;
    auto it = files_.find(path);
    if (it == files_.end()) {
      bool known = std::find(std::begin(kKnownStd), std::end(kKnownStd), path) != std::end(kKnownStd);
      if (known) {
        *err = "package " + path + " is not supported in Goroscope yet";
      } else {
        *err = "package " + path + " is not in std (/usr/local/go/src/" + path + ")";
      }
      return nullptr;
    }
    if (inProgress_.count(path)) {
      *err = "import cycle not allowed";
      return nullptr;
    }
    inProgress_.insert(path);
    std::vector<syntax::File*> files;
    for (const lib::PreludeFile* pf : it->second) {
      syntax::SourceFile sf;
      sf.name = "/usr/local/go/src/" + std::string(pf->path);
      sf.text = std::string(pf->text);
      sf.isPrelude = true;
      int32_t idx = sources_.add(std::move(sf));
      files.push_back(syntax::parseFile(arena_, sources_, idx, diags_, lazy(path)));
    }
    std::unique_ptr<types::LazyBodies> bodies;
    types::Package* pkg =
        types::checkPackage(tc_, sources_, path, files, *this, diags_, true, lazy(path) ? &bodies : nullptr);
    if (bodies) lazyBodies_.push_back(std::move(bodies));
    inProgress_.erase(path);
    checked_[path] = pkg;
    order.push_back(pkg);
    return pkg;
  }

  bool has(const std::string& path) const { return files_.count(path) > 0; }
  // Packages whose function bodies are parsed and checked only when the
  // program reaches them: all but runtime, whose bodies the VM's errors use.
  static bool lazy(const std::string& path) { return path != "runtime"; }
  std::vector<types::Package*> order;  // dependency order

 private:
  types::TypeContext& tc_;
  syntax::SourceSet& sources_;
  syntax::AstArena& arena_;
  syntax::Diagnostics& diags_;
  std::map<std::string, std::vector<const lib::PreludeFile*>> files_;
  std::map<std::string, types::Package*> checked_;
  std::set<std::string> inProgress_;
  // The lazily checked packages' checkers (Package::lazy), kept for
  // types::checkNeededBodies.
  std::vector<std::unique_ptr<types::LazyBodies>> lazyBodies_;
};

}  // namespace

BuildResult build(const BuildInput& in) {
  BuildResult out;
  // Everything of one compilation lives in these; the Program keeps only
  // what it copied (names, RTypes, code).
  auto sources = std::make_unique<syntax::SourceSet>();
  auto arena = std::make_unique<syntax::AstArena>();
  auto tc = std::make_unique<types::TypeContext>();
  syntax::Diagnostics diags;

  syntax::SourceFile user;
  user.name = in.displayName;
  user.text = in.source;
  int32_t userIdx = sources->add(std::move(user));
  syntax::File* file = syntax::parseFile(*arena, *sources, userIdx, diags);
  // Go type-checks unless there was a syntax error proper; other parser
  // errors (labels, lexical errors) are reported together with type errors.
  if (diags.hasSyntaxErrors()) {
    out.errors = diags.formatAll(*sources);
    return out;
  }
  // Prelude packages report into their own list: an error there is ours.
  syntax::Diagnostics preludeDiags;
  PreludeImporter importer(*tc, *sources, *arena, preludeDiags);
  std::string err;
  // package runtime is always part of a program (the VM builds its errors).
  if (importer.has("runtime")) importer.importPackage("runtime", &err);
  auto preludeFailed = [&] {
    if (preludeDiags.empty()) return false;
    out.errors = "internal error in the Go prelude:\n" + preludeDiags.formatAll(*sources);
    return true;
  };
  types::Package* mainPkg = types::checkPackage(*tc, *sources, "main", {file}, importer, diags, false);
  if (preludeFailed()) return out;
  if (!diags.empty() || !mainPkg) {
    out.errors = diags.formatAll(*sources);
    // Unknown imports are reported by the go command without the header.
    out.errorsHaveHeader = out.errors.find("is not in std") == std::string::npos;
    if (!out.errorsHaveHeader) {
      // go build prints the position without "./".
      std::string& e = out.errors;
      if (e.rfind("./", 0) == 0) e.erase(0, 2);
    }
    return out;
  }
  // Go's linker reports a missing main function.
  types::Object* mainFn = mainPkg->scope->lookupLocal("main");
  if (!mainFn || mainFn->kind != types::ObjKind::Func) {
    out.errors = "runtime.main_main\xc2\xb7" "f: function main is undeclared in the main package\n";
    return out;
  }
  std::vector<types::Package*> packages = importer.order;
  packages.push_back(mainPkg);
  types::checkNeededBodies(packages);  // (the importer keeps the lazy checkers alive)
  if (preludeFailed()) return out;
  // Escape analysis runs for every build: the compiler places variables
  // and allocations by its decisions (frame or heap). Messages are only
  // produced for `build -m`.
  escape::EscapeInfo escInfo = escape::analyzeProgram(*tc, *sources, packages, in.escapeVerbosity);
  if (in.escapeVerbosity > 0) out.escapeMessages = escape::formatMessages(escInfo, *sources);
  CompileOptions opts;
  opts.escape = &escInfo;
  opts.tracebackPaths.resize(sources->size());
  for (size_t i = 0; i < sources->size(); i++) opts.tracebackPaths[i] = sources->file(static_cast<int32_t>(i)).name;
  opts.tracebackPaths[static_cast<size_t>(userIdx)] = in.tracebackPath;
  out.program = compileProgram(*tc, *sources, packages, diags, opts);
  if (!out.program) {
    out.errors = diags.formatAll(*sources);
    return out;
  }
  out.ok = true;
  // The type context, trees and sources are released here: RTypes and
  // FuncInfos hold copies of every name they need.
  return out;
}

std::unique_ptr<vm::Program> compileProgram(types::TypeContext& ctx, const syntax::SourceSet& sources,
                                            const std::vector<types::Package*>& packages,
                                            syntax::Diagnostics& diags, const CompileOptions& opts);

}  // namespace gs::compile
