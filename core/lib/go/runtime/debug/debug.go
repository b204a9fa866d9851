// Package runtime/debug: the parts of Go's runtime/debug that make sense
// in Goroscope. Natives (natives_runtime.cpp):
//
//	runtime/debug.setMaxStack(bytes int) int   the VM's per-goroutine stack limit
//	runtime/debug.stack() []byte               the running goroutine's traceback
//	runtime/debug.setGCPercent(percent int) int the collector's pacing target (GOGC)
//	runtime/debug.FreeOSMemory()               a collection, then empty spans are released
package debug

import "os"

func setMaxStack(bytes int) int

func stack() []byte

// SetMaxStack sets the maximum size of a single goroutine's stack and
// returns the previous setting. A goroutine that needs more dies with
// "fatal error: stack overflow".
func SetMaxStack(bytes int) int {
	return setMaxStack(bytes)
}

func setGCPercent(percent int) int

// SetGCPercent sets the garbage collection target percentage (GOGC: the
// next collection when the heap has grown by that percentage over what the
// last one left live) and returns the previous setting. A negative
// percentage turns pacing off.
func SetGCPercent(percent int) int {
	return setGCPercent(percent)
}

var memoryLimit int64 = 1<<63 - 1

// SetMemoryLimit sets the soft memory limit and returns the previous one
// (math.MaxInt64 at first); a negative limit only queries it.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

// SetMaxThreads returns 10000, Go's default; there are no threads to limit.
func SetMaxThreads(threads int) int {
	return 10000
}

// SetTraceback is accepted and ignored.
func SetTraceback(level string) {}

// SetPanicOnFault is accepted; it returns the previous setting.
var panicOnFault bool

func SetPanicOnFault(enabled bool) bool {
	old := panicOnFault
	panicOnFault = enabled
	return old
}

// FreeOSMemory forces a garbage collection, then returns the memory of
// empty spans to the system.
func FreeOSMemory()

// Stack returns a formatted stack trace of the calling goroutine.
func Stack() []byte {
	return stack()
}

// PrintStack prints the stack trace of the calling goroutine to standard
// error.
func PrintStack() {
	os.Stderr.Write(Stack())
}
