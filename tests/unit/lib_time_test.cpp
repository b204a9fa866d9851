// Packages time and context on the goroutine runtime: the two clocks
// (virtual, the playground's, and real, from the host), timers with
// Go 1.23's synchronous channels, and context deadlines. Real time runs on
// a fake host clock that sleepUntil advances, so the results are exact.
#include <gtest/gtest.h>

#include <string>

#include "core/compile/driver.h"
#include "core/runtime/host.h"
#include "core/vm/vm.h"

namespace gs {
namespace {

// A host whose clocks only move when the runtime sleeps.
class FakeClockHost : public rt::Host {
 public:
  explicit FakeClockHost(int64_t wallAtZero) : wallAtZero_(wallAtZero) {}
  void write(int fd, const char* d, size_t n) override { (fd == 1 ? out : err).append(d, n); }
  int64_t wallNanos() override { return wallAtZero_ + mono_; }
  int64_t monoNanos() override { return mono_; }
  void sleepUntil(int64_t m) override {
    if (m > mono_) mono_ = m;
  }
  int readInput(std::string*, int64_t) override { return 0; }
  std::string out, err;

 private:
  int64_t wallAtZero_;
  int64_t mono_ = 5000;  // an arbitrary start: the VM measures from it
};

// Builds and runs a Go program; returns its standard output (errors and
// exit status are checked).
std::string run(const std::string& src, bool virtualTime, int64_t wallAtZero = 0) {
  compile::BuildInput in;
  in.source = src;
  compile::BuildResult r = compile::build(in);
  EXPECT_TRUE(r.ok) << r.errors;
  if (!r.ok) return "";
  FakeClockHost host(wallAtZero);
  vm::RunOptions opts;
  opts.virtualTime = virtualTime;
  vm::VM machine(*r.program, host, opts);
  EXPECT_EQ(machine.run(), 0) << host.err;
  EXPECT_EQ(host.err, "");
  return host.out;
}

TEST(Time, VirtualClockStartsAtThePlaygroundEpoch) {
  const char* src = R"(package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println(start)
	time.Sleep(2 * time.Second)
	fmt.Println(time.Now(), time.Since(start))
	fmt.Println(start.Unix(), start.UTC(), start.Location())
}
)";
  EXPECT_EQ(run(src, true),
            "2009-11-10 23:00:00 +0000 UTC m=+0.000000001\n"
            "2009-11-10 23:00:02 +0000 UTC m=+2.000000001 2s\n"
            "1257894000 2009-11-10 23:00:00 +0000 UTC Local\n");
}

TEST(Time, RealClockComesFromTheHost) {
  const char* src = R"(package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(1500 * time.Millisecond)
	fmt.Println(time.Since(start))
	fmt.Println(start.UTC().Format(time.RFC3339Nano))
	v := <-time.After(250 * time.Millisecond)
	fmt.Println(v.Sub(start), v.UTC())
}
)";
  // The host's wall clock reads 2023-11-14 22:13:20 UTC when its monotonic
  // clock reads 0; the fake starts at monotonic 5000ns.
  EXPECT_EQ(run(src, false, 1700000000LL * 1000000000LL),
            "1.5s\n"
            "2023-11-14T22:13:20.000005Z\n"
            "1.75s 2023-11-14 22:13:21.750005 +0000 UTC\n");
}

TEST(Time, TimerChannelsAreSynchronousAsInGo123) {
  const char* src = R"(package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(10 * time.Millisecond)
	fmt.Println(len(t.C), cap(t.C))
	time.Sleep(20 * time.Millisecond) // fired, value not received
	fmt.Println(t.Stop(), t.Stop())   // true: the pending value is discarded
	select {
	case <-t.C:
		fmt.Println("stale")
	default:
		fmt.Println("empty")
	}
	fmt.Println(t.Reset(time.Second), t.Reset(time.Millisecond))
	<-t.C
	fmt.Println(t.Reset(time.Millisecond))

	tk := time.NewTicker(100 * time.Millisecond)
	start := time.Now()
	time.Sleep(350 * time.Millisecond) // ticks at 200 and 300 are dropped
	a := <-tk.C
	b := <-tk.C
	tk.Stop()
	fmt.Println(a.Sub(start), b.Sub(start))

	n := 0
	f := time.AfterFunc(time.Second, func() { n++ })
	fmt.Println(f.C == nil, f.Stop(), f.Reset(time.Millisecond))
	time.Sleep(time.Second)
	fmt.Println(n, f.Stop(), time.Tick(0) == nil)
}
)";
  EXPECT_EQ(run(src, true),
            "0 0\n"
            "true false\n"
            "empty\n"
            "false true\n"
            "false\n"
            "100ms 400ms\n"
            "true true false\n"
            "1 false true\n");
}

TEST(Time, ContextDeadlinesInVirtualTime) {
  const char* src = R"(package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	v := context.WithValue(ctx, key("k"), "v")
	child, cancelChild := context.WithCancelCause(v)
	defer cancelChild(nil)
	fmt.Println(child)
	<-child.Done()
	fmt.Println(child.Err(), context.Cause(child), errors.Is(ctx.Err(), context.DeadlineExceeded))
	fmt.Println(v.Value(key("k")), context.WithoutCancel(child).Err())
	stop := context.AfterFunc(ctx, func() {})
	fmt.Println(stop())
}
)";
  EXPECT_EQ(run(src, true),
            "context.Background.WithDeadline(2009-11-10 23:00:01 +0000 UTC m=+1.000000001 [1s])"
            ".WithValue(main.key, v).WithCancel\n"
            "context deadline exceeded context deadline exceeded true\n"
            "v <nil>\n"
            "false\n");
}

TEST(Time, FormatAndParseRoundTrip) {
  const char* src = R"(package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.March, 9, 14, 5, 7, 120000000, time.FixedZone("X", -(5*3600 + 30*60)))
	for _, l := range []string{time.RFC3339Nano, time.RFC1123Z, time.RubyDate, "2006-01-02 15:04:05.000 -07:00:00"} {
		s := t.Format(l)
		p, err := time.Parse(l, s)
		fmt.Println(s, p.Equal(t.Truncate(time.Second)) || p.Equal(t), err)
	}
	_, err := time.Parse(time.DateOnly, "2024-02-30")
	fmt.Println(err)
}
)";
  EXPECT_EQ(run(src, true),
            "2024-03-09T14:05:07.12-05:30 true <nil>\n"
            "Sat, 09 Mar 2024 14:05:07 -0530 true <nil>\n"
            "Sat Mar 09 14:05:07 -0530 2024 true <nil>\n"
            "2024-03-09 14:05:07.120 -05:30:00 true <nil>\n"
            "parsing time \"2024-02-30\": day out of range\n");
}

}  // namespace
}  // namespace gs
