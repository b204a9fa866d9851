// core/inspect: the snapshot JSON of a program stopped in a known state.
// The program deadlocks on purpose, so after VM::run() returns every
// goroutine is still there, blocked where the test expects it.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/compile/driver.h"
#include "core/inspect/inspect.h"
#include "core/runtime/host.h"
#include "tests/unit/capture_host.h"
#include "core/vm/vm.h"

namespace gs {
namespace {

using CaptureHost = testing::CaptureHost;

// The JSON object (balanced braces) that starts at the `{` before `needle`.
std::string objectAround(const std::string& json, const std::string& needle) {
  size_t at = json.find(needle);
  if (at == std::string::npos) return "";
  size_t start = json.rfind('{', at);
  int depth = 0;
  for (size_t i = start; i < json.size(); i++) {
    if (json[i] == '{') depth++;
    if (json[i] == '}' && --depth == 0) return json.substr(start, i - start + 1);
  }
  return "";
}

int64_t numberAfter(const std::string& s, const std::string& key) {
  size_t at = s.find("\"" + key + "\":");
  if (at == std::string::npos) return -1;
  return std::strtoll(s.c_str() + at + key.size() + 3, nullptr, 10);
}

struct Program {
  CaptureHost host;
  compile::BuildResult build;
  std::unique_ptr<vm::VM> machine;
  inspect::Snapshotter inspector;
  int code = -1;
  explicit Program(const char* src, inspect::Limits limits = {}) : inspector(limits) {
    compile::BuildInput in;
    in.source = src;
    build = compile::build(in);
    EXPECT_TRUE(build.ok) << build.errors;
    if (!build.ok) return;
    vm::RunOptions opts;
    opts.virtualTime = true;
    machine = std::make_unique<vm::VM>(*build.program, host, opts);
    inspector.attach(*machine);
    code = machine->run();
  }
};

const char* kBlocked = R"(package main

import "sync"

type Big struct{ a [64]int }

var keep *Big
var mu sync.Mutex
var wg sync.WaitGroup

func deep(n int) int {
	var pad [32]int
	pad[0] = n
	if n == 0 {
		return pad[0]
	}
	return deep(n-1) + pad[0]
}

func main() {
	ch := make(chan int, 4)
	ch <- 7
	ch <- 8
	keep = &Big{}
	keep.a[0] = 42
	_ = deep(200)
	mu.Lock()
	wg.Add(1)
	go func() { mu.Lock() }()
	go func() { wg.Wait() }()
	unbuf := make(chan string)
	go func() { <-unbuf }()
	_ = ch
	block := make(chan bool)
	<-block
}
)";

TEST(Inspect, BlockedGoroutinesChannelsSyncHeapAndEvents) {
  Program r(kBlocked);
  ASSERT_TRUE(r.machine);
  EXPECT_EQ(r.code, 2);  // all goroutines are asleep
  EXPECT_NE(r.host.err.find("deadlock"), std::string::npos);
  std::string js = r.inspector.snapshot(*r.machine, -1);

  EXPECT_EQ(numberAfter(js, "goroutinesTotal"), 4);
  EXPECT_NE(js.find("\"goroutinesCapped\":false"), std::string::npos);

  // main: blocked on a channel, its stack grew during deep(200).
  std::string g1 = objectAround(js, "{\"id\":1,");
  ASSERT_FALSE(g1.empty()) << js;
  EXPECT_NE(g1.find("\"state\":\"waiting\""), std::string::npos) << g1;
  EXPECT_NE(g1.find("\"waitReason\":\"chan receive\""), std::string::npos) << g1;
  EXPECT_NE(g1.find("\"func\":\"main.main\""), std::string::npos) << g1;
  EXPECT_GE(numberAfter(g1, "growths"), 1) << g1;
  EXPECT_NE(g1.find("\"history\":[2048,4096"), std::string::npos) << g1;
  EXPECT_GT(numberAfter(g1, "highWater"), 2048) << g1;
  // Few goroutines: every one has frames; main's frame has its slots.
  EXPECT_NE(g1.find("\"frames\":[{\"func\":\"main.main\""), std::string::npos) << g1;
  EXPECT_NE(g1.find("\"name\":\"ch\",\"type\":\"chan int\""), std::string::npos) << g1;

  // The three others, each with its creator.
  EXPECT_NE(js.find("\"waitReason\":\"sync.Mutex.Lock\""), std::string::npos);
  EXPECT_NE(js.find("\"waitReason\":\"semacquire\""), std::string::npos);
  EXPECT_NE(js.find("\"createdBy\":{\"goroutine\":1,\"func\":\"main.main\""), std::string::npos);
  EXPECT_NE(js.find("\"func\":\"main.main.func3\""), std::string::npos);

  // Channels: the buffered one with its contents, the unbuffered one with
  // a receiver waiting (goroutine 8, the third one started).
  EXPECT_NE(js.find("\"elemType\":\"int\",\"cap\":4,\"len\":2,\"closed\":false,\"buffer\":[\"7\",\"8\"]"),
            std::string::npos) << js;
  EXPECT_NE(js.find("\"elemType\":\"string\",\"cap\":0,\"len\":0,\"closed\":false,\"buffer\":[],\"recvWaiting\":[8]"),
            std::string::npos) << js;

  // Sync objects: the locked mutex with goroutine 6 waiting, the WaitGroup
  // with counter 1 and goroutine 7 waiting.
  EXPECT_NE(js.find("\"kind\":\"Mutex\",\"state\":\"locked, 1 waiting\",\"waiting\":[6]"), std::string::npos) << js;
  EXPECT_NE(js.find("\"kind\":\"WaitGroup\",\"state\":\"counter 1, waiters 1\",\"waiting\":[7]"), std::string::npos)
      << js;

  // The heap: the global's object is reachable; channels say why they are
  // in the heap; the totals are there.
  std::string big = objectAround(js, "\"type\":\"main.Big\",\"size\"");
  ASSERT_FALSE(big.empty()) << js;
  EXPECT_NE(big.find("\"reachable\":true"), std::string::npos) << big;
  EXPECT_GE(numberAfter(big, "size"), 512);  // its size class's slot
  EXPECT_NE(js.find("\"reason\":\"make(chan int, ...): channels always live in the heap\""), std::string::npos) << js;
  EXPECT_GE(numberAfter(js, "HeapObjects"), 4);

  // The event stream: creations, blocks, the stack growth.
  EXPECT_NE(js.find("\"kind\":\"created\",\"g\":6"), std::string::npos);
  EXPECT_NE(js.find("\"kind\":\"blocked\",\"g\":6,\"detail\":{\"reason\":\"sync.Mutex.Lock\""), std::string::npos)
      << js;
  EXPECT_NE(js.find("\"kind\":\"stackGrew\",\"g\":1,\"detail\":{\"old\":2048,\"new\":4096"), std::string::npos) << js;

  // Events are handed out once.
  std::string again = r.inspector.snapshot(*r.machine, -1);
  EXPECT_NE(again.find("\"events\":[],\"eventsDropped\":0"), std::string::npos);
}

TEST(Inspect, UnreachableObjectsAndSelectedFrames) {
  Program r(R"(package main

type T struct{ p *int; n int }

var sink *T

func main() {
	for i := 0; i < 3; i++ {
		sink = &T{n: i}
	}
	x := 5
	sink.p = &x
	select {}
}
)");
  ASSERT_TRUE(r.machine);
  std::string js = r.inspector.snapshot(*r.machine, 1);
  // Three T objects were allocated; only the last is still reachable (no
  // collection ran, so the first two are garbage still in the heap).
  size_t reachable = 0, unreachable = 0;
  const std::string obj = "\"type\":\"main.T\",\"size\"";  // heap objects, not frame slots
  for (size_t at = js.find(obj); at != std::string::npos; at = js.find(obj, at + 1)) {
    size_t flag = js.find("\"reachable\":", at);  // the object's own flag (after its site)
    if (js.compare(flag + 12, 4, "true") == 0) reachable++;
    else unreachable++;
  }
  EXPECT_EQ(reachable, 1u) << js;
  EXPECT_EQ(unreachable, 2u) << js;
  // x moved to the heap: main's slot points at its cell.
  std::string g1 = objectAround(js, "{\"id\":1,");
  EXPECT_NE(g1.find("\"name\":\"x\",\"type\":\"*int\""), std::string::npos) << g1;
  EXPECT_NE(g1.find("\"value\":\"&5\",\"pointsTo\":"), std::string::npos) << g1;
  EXPECT_NE(g1.find("\"waitReason\":\"select (no cases)\""), std::string::npos) << g1;
}

TEST(Inspect, ListingsAreCappedWithTotals) {
  inspect::Limits limits;
  limits.goroutines = 50;
  limits.heapObjects = 20;
  limits.events = 100;
  Program r(R"(package main

func main() {
	c := make(chan int)
	for i := 0; i < 10000; i++ {
		go func() { <-c }()
	}
	<-c
}
)", limits);
  ASSERT_TRUE(r.machine);
  std::string js = r.inspector.snapshot(*r.machine, 9000);
  EXPECT_EQ(numberAfter(js, "goroutinesTotal"), 10001);
  EXPECT_NE(js.find("\"goroutinesCapped\":true"), std::string::npos);
  EXPECT_NE(js.find("\"capped\":true"), std::string::npos);
  EXPECT_GE(numberAfter(js, "objectsTotal"), 10000);
  // 50 listed plus the selected one, which also gets its frames.
  size_t listed = 0;
  for (size_t at = js.find("\"stack\":{\"size\""); at != std::string::npos; at = js.find("\"stack\":{\"size\"", at + 1)) listed++;
  EXPECT_EQ(listed, 51u);
  std::string sel = objectAround(js, "{\"id\":9000,");
  EXPECT_NE(sel.find("\"frames\":[{\"func\":\"main.main.func1\""), std::string::npos) << sel;
  // The event stream kept the newest 100 and counted the rest.
  EXPECT_GT(numberAfter(js, "eventsDropped"), 10000);
  // The one channel lists its first receivers and counts them all.
  size_t list = js.find("\"recvWaiting\":[");
  ASSERT_NE(list, std::string::npos);
  std::string ids = js.substr(list, js.find(']', list) - list);
  EXPECT_EQ(std::count(ids.begin(), ids.end(), ','), 99) << ids;  // capped at 100
  EXPECT_EQ(numberAfter(js, "recvWaitingTotal"), 10001);
}

// Every kind of heap allocation names its site: what (as `build -m` words
// it), the function and line, and why it is in the heap.
const char* kSites = R"(package main

import (
	"fmt"
	"strings"
)

type T struct{ n int }

func (t *T) Inc() { t.n++ }

var (
	sinkF   func() int
	sinkM   func()
	sinkI   any
	sinkS   []int
	sinkMap map[string]int
	sinkC   chan int
	sinkB   []byte
	sinkStr string
	sinkR   []rune
	sinkA   []int
	sinkJ   string
	sinkV   []any
	sinkU   string
)

//go:noinline
func variadic(xs ...any) { sinkV = xs }

//go:noinline
func build(n int, s string) {
	x := 1
	sinkF = func() int { x++; return x } // closure
	t := &T{}
	sinkM = t.Inc // method value
	v := n * 3
	sinkI = v // box
	sinkS = make([]int, n) // makeslice
	sinkMap = map[string]int{"a": 1} // map literal
	sinkC = make(chan int, 2) // channel
	sinkB = []byte(s) // bytes
	sinkStr = s + "!" // concat
	sinkR = []rune(s) // runes
	for i := 0; i < 5; i++ {
		sinkA = append(sinkA, i) // append
	}
	sinkJ = strings.Repeat(s, 3) // native
	variadic(n, s) // variadic
	sinkU = string(sinkB) // string
}

func main() {
	build(4, "hello")
	fmt.Println(len(sinkJ))
}
)";

// The 1-based line of the first line of src containing marker.
int lineOf(const std::string& src, const std::string& marker) {
  size_t at = src.find(marker);
  if (at == std::string::npos) return -1;
  return 1 + static_cast<int>(std::count(src.begin(), src.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

TEST(Inspect, EveryHeapObjectNamesItsSiteAndReason) {
  Program r(kSites);
  ASSERT_TRUE(r.machine);
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.host.out, "15\n");
  std::string js = r.inspector.snapshot(*r.machine, -1);
  const std::string src = kSites;
  struct Want {
    const char* marker;  // the source line
    const char* reason;  // the start of the object's reason: "what: why"
  };
  const Want wants[] = {
      {"x := 1", "moved to heap: x: captured by reference by a closure that escapes"},
      {"// closure", "func literal: stored in a global or a heap object"},
      {"t := &T{}", "&T{}: the receiver of a method value that escapes"},
      {"// method value", "t.Inc: stored in a global or a heap object"},
      {"// box", "v: stored in a global or a heap object"},
      {"// makeslice", "make([]int, n): non-constant size"},
      {"// map literal", "map[string]int{...}: stored in a global or a heap object"},
      {"// channel", "make(chan int, ...): channels always live in the heap"},
      {"// bytes", "([]byte)(s): stored in a global or a heap object"},
      {"// concat", "s + \"!\": stored in a global or a heap object"},
      {"// runes", "([]rune)(s): stored in a global or a heap object"},
      {"// append", "append growth of []int: append outgrew the slice's capacity"},
      {"// native", "strings.Repeat(...): made inside the library function strings.Repeat"},
      {"// variadic", "... argument: stored in a global or a heap object"},
      {"// variadic", "s: stored in an object that is in the heap"},
      {"// string", "string(sinkB): stored in a global or a heap object"},
  };
  for (const Want& w : wants) {
    int line = lineOf(src, w.marker);
    std::string needle = "\"site\":{\"func\":\"main.build\",\"line\":" + std::to_string(line) +
                         ",\"col\":0},\"reason\":\"" + w.reason;
    // JSON escapes the quotes of s + "!".
    std::string escaped;
    for (char ch : needle.substr(needle.find("\"reason\":\"") + 10)) {
      if (ch == '"') escaped += '\\';
      escaped += ch;
    }
    needle = needle.substr(0, needle.find("\"reason\":\"") + 10) + escaped;
    EXPECT_NE(js.find(needle), std::string::npos) << "no object with " << needle;
  }
  // Every object this program allocated, the library's and the runtime's
  // included, has a site: none shows up without an origin.
  EXPECT_EQ(js.find("\"site\":{\"func\":\"\",\"line\":0"), std::string::npos) << js;
}

}  // namespace
}  // namespace gs
