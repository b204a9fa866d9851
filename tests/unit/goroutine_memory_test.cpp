// Issue 3's memory promise: 100,000 goroutines parked at once fit in under
// 300 MB of process memory (real Go 1.23 needs about 265 MB for the same
// program). ctest runs every test in a process of its own, so the peak
// resident set size of this process is this test's.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <string>

#include "core/compile/driver.h"
#include "core/runtime/host.h"
#include "tests/unit/capture_host.h"
#include "core/vm/vm.h"

namespace gs {
namespace {

using CaptureHost = testing::CaptureHost;

TEST(GoroutineMemory, HundredThousandParkedGoroutinesFitIn300MB) {
  compile::BuildInput in;
  in.source = R"(package main

import (
	"fmt"
	"runtime"
)

func main() {
	block := make(chan struct{})
	done := make(chan struct{})
	for i := 0; i < 100_000; i++ {
		go func() {
			<-block
			done <- struct{}{}
		}()
	}
	runtime.Gosched()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(runtime.NumGoroutine(), ms.StackInuse >= 100_000*2048)
	close(block)
	for i := 0; i < 100_000; i++ {
		<-done
	}
	fmt.Println("all done")
}
)";
  compile::BuildResult r = compile::build(in);
  ASSERT_TRUE(r.ok) << r.errors;
  CaptureHost host;
  vm::RunOptions opts;
  opts.virtualTime = true;
  vm::VM machine(*r.program, host, opts);
  EXPECT_EQ(machine.run(), 0) << host.err;
  EXPECT_EQ(host.out, "100001 true\nall done\n");
  struct rusage ru {};
  ASSERT_EQ(getrusage(RUSAGE_SELF, &ru), 0);
  double peakMB = static_cast<double>(ru.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
  RecordProperty("peak_rss_mb", static_cast<int>(peakMB));
  EXPECT_LT(peakMB, 300.0);
}

}  // namespace
}  // namespace gs
