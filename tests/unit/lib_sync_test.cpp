// Library tests for sync, sync/atomic, runtime, runtime/debug, os.Stdin,
// bufio and fmt scanning: Go programs run end to end. The host hands
// standard input over in chunks, as a terminal or the page does, which the
// golden programs (whole input at once) cannot show. Expected outputs come
// from real Go 1.23.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/compile/driver.h"
#include "core/runtime/host.h"
#include "core/vm/vm.h"

namespace gs {
namespace {

class ChunkHost : public rt::Host {
 public:
  explicit ChunkHost(std::vector<std::string> chunks = {}) : chunks_(std::move(chunks)) {}
  void write(int fd, const char* d, size_t n) override { (fd == 1 ? out : err).append(d, n); }
  int64_t wallNanos() override { return 0; }
  int64_t monoNanos() override { return 0; }
  void sleepUntil(int64_t) override {}
  // One chunk per call, then the end of input.
  int readInput(std::string* out, int64_t) override {
    if (next_ >= chunks_.size()) return 0;
    *out += chunks_[next_++];
    reads++;
    return 1;
  }
  std::string out, err;
  int reads = 0;

 private:
  std::vector<std::string> chunks_;
  size_t next_ = 0;
};

// Builds and runs src in virtual time; returns the exit status.
int run(const std::string& src, ChunkHost* host) {
  compile::BuildInput in;
  in.source = src;
  compile::BuildResult r = compile::build(in);
  EXPECT_TRUE(r.ok) << r.errors;
  if (!r.ok) return -1;
  vm::RunOptions opts;
  opts.virtualTime = true;
  vm::VM machine(*r.program, *host, opts);
  return machine.run();
}

TEST(LibSync, SizesAreGos) {
  ChunkHost h;
  EXPECT_EQ(run(R"(package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	var once sync.Once
	var i64 atomic.Int64
	var b atomic.Bool
	var v atomic.Value
	fmt.Println(unsafe.Sizeof(mu), unsafe.Sizeof(rw), unsafe.Sizeof(wg), unsafe.Sizeof(once),
		unsafe.Sizeof(i64), unsafe.Sizeof(b), unsafe.Sizeof(v))
}
)",
                &h),
            0);
  EXPECT_EQ(h.out, "8 24 16 12 8 4 16\n");
}

// A goroutine that keeps re-locking a mutex (unlocking it only briefly)
// cannot starve a waiter: once woken and overtaken, the waiter gets the
// mutex handed over.
TEST(LibSync, MutexWaiterIsNotStarved) {
  ChunkHost h;
  EXPECT_EQ(run(R"(package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	stop := false
	got := make(chan int)
	mu.Lock()
	go func() {
		mu.Lock()
		stop = true
		mu.Unlock()
		got <- 1
	}()
	go func() {
		for {
			mu.Lock()
			s := stop
			for i := 0; i < 100; i++ {
			}
			mu.Unlock()
			if s {
				return
			}
		}
	}()
	mu.Unlock()
	<-got
	fmt.Println("waiter got the mutex")
}
)",
                &h),
            0);
  EXPECT_EQ(h.out, "waiter got the mutex\n");
}

TEST(LibSync, MisuseIsFatalOrPanics) {
  ChunkHost a;
  EXPECT_EQ(run(R"(package main

import "sync"

func main() {
	defer func() { recover() }()
	var mu sync.Mutex
	mu.Unlock()
}
)",
                &a),
            2);
  EXPECT_EQ(a.err.rfind("fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n", 0), 0u) << a.err;

  ChunkHost b;
  EXPECT_EQ(run(R"(package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	defer func() { fmt.Println(recover()) }()
	wg.Add(1)
	wg.Add(-2)
}
)",
                &b),
            0);
  EXPECT_EQ(b.out, "sync: negative WaitGroup counter\n");
}

TEST(LibSync, DeadlockReportsGosWaitReasons) {
  ChunkHost h;
  EXPECT_EQ(run(R"(package main

import "sync"

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	c := sync.NewCond(&sync.Mutex{})
	mu.Lock()
	rw.Lock()
	wg.Add(1)
	go func() { mu.Lock() }()
	go func() { rw.RLock() }()
	go func() { c.L.Lock(); c.Wait() }()
	wg.Wait()
}
)",
                &h),
            2);
  EXPECT_NE(h.err.find("goroutine 1 [semacquire]:"), std::string::npos) << h.err;
  EXPECT_NE(h.err.find("[sync.Mutex.Lock]:"), std::string::npos) << h.err;
  EXPECT_NE(h.err.find("[sync.RWMutex.RLock]:"), std::string::npos) << h.err;
  EXPECT_NE(h.err.find("[sync.Cond.Wait]:"), std::string::npos) << h.err;
}

TEST(LibSync, SetMaxStackLimitsGoroutineStacks) {
  ChunkHost h;
  EXPECT_EQ(run(R"(package main

import (
	"fmt"
	"runtime/debug"
)

func deep(n int) int {
	var pad [64]byte
	return deep(n+1) + int(pad[n%64])
}

func main() {
	fmt.Println(debug.SetMaxStack(1 << 16))
	fmt.Println(debug.SetMaxStack(1 << 16))
	deep(0)
}
)",
                &h),
            2);
  EXPECT_EQ(h.out, "1000000000\n65536\n");
  EXPECT_NE(h.err.find("runtime: goroutine stack exceeds 65536-byte limit"), std::string::npos) << h.err;
  EXPECT_NE(h.err.find("fatal error: stack overflow"), std::string::npos) << h.err;
}

TEST(LibSync, GoschedAlternatesGoroutines) {
  ChunkHost h;
  EXPECT_EQ(run(R"(package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("g", i)
			runtime.Gosched()
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		fmt.Println("main", i)
		runtime.Gosched()
	}
	<-done
	fmt.Println(runtime.NumGoroutine())
}
)",
                &h),
            0);
  EXPECT_EQ(h.out, "main 0\ng 0\nmain 1\ng 1\nmain 2\ng 2\n1\n");
}

// Input arriving in pieces: fmt.Scan waits for the rest of a number,
// Scanln for its line, and a Scanner joins the pieces of a line.
TEST(LibInput, ScanningWaitsForMoreInput) {
  ChunkHost h({"1", " 2\n", "7\nfoo", "bar\nbaz\n"});
  EXPECT_EQ(run(R"(package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var a, b int
	n, err := fmt.Scan(&a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Scanln(&a)
	fmt.Println(n, err, a)
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		fmt.Printf("line %q\n", sc.Text())
	}
	fmt.Println(sc.Err())
}
)",
                &h),
            0);
  EXPECT_EQ(h.out, "2 <nil> 1 2\n1 <nil> 7\nline \"foobar\"\nline \"baz\"\n<nil>\n");
  EXPECT_EQ(h.reads, 4);
}

// os.Stdin.Read returns what has arrived (one chunk here), then io.EOF.
TEST(LibInput, StdinReadReturnsWhatArrived) {
  ChunkHost h({"ab", "cde"});
  EXPECT_EQ(run(R"(package main

import (
	"fmt"
	"os"
)

func main() {
	buf := make([]byte, 16)
	for {
		n, err := os.Stdin.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
}
)",
                &h),
            0);
  EXPECT_EQ(h.out, "2 \"ab\" <nil>\n3 \"cde\" <nil>\n0 \"\" EOF\n");
}

// Other goroutines run while one waits for input.
TEST(LibInput, ReadingBlocksOnlyTheReader) {
  ChunkHost h({"x\n"});
  EXPECT_EQ(run(R"(package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	done := make(chan string)
	go func() {
		line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
		done <- line
	}()
	fmt.Println("main runs")
	fmt.Printf("%q\n", <-done)
}
)",
                &h),
            0);
  EXPECT_EQ(h.out, "main runs\n\"x\\n\"\n");
}

}  // namespace
}  // namespace gs
