// Package runtime: the parts of Go's runtime package a program can use, and
// the error types the VM builds for run-time panics.
//
// The VM creates values of errorString, plainError, boundsError,
// *TypeAssertionError and *PanicNilError itself (vm.cpp, makeErrorValue):
// it writes the message string at offset 0 of the value, so their layouts
// must stay as they are.
//
// Natives (natives_runtime.cpp): GC, Gosched, Goexit, NumGoroutine, ReadMemStats.
package runtime

// Error identifies a run-time error (the kind of panic the runtime raises).
type Error interface {
	error
	// RuntimeError is a marker method.
	RuntimeError()
}

// errorString is a run-time error such as "runtime error: integer divide by zero".
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// plainError is a run-time error printed without the "runtime error: "
// prefix ("assignment to entry in nil map", "all goroutines are asleep").
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}

// boundsError is an index or slice bounds failure. Go keeps the operands
// and formats on demand; the VM stores the formatted message instead
// ("index out of range [5] with length 3").
type boundsError struct {
	msg string
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string {
	return "runtime error: " + e.msg
}

// TypeAssertionError is the panic of a failed type assertion.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	return e.msg
}

// PanicNilError is what panic(nil) panics with.
type PanicNilError struct {
	// The zero-size array of pointers keeps the type incomparable to a
	// plain struct{} and uncopyable as a value, as in Go.
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}

// GOOS and GOARCH name the platform Goroscope imitates (Go's js/wasm port).
const GOOS = "js"

const GOARCH = "wasm"

// Compiler is the name of the toolchain that built the program.
const Compiler = "gc"

// Version returns the Go release Goroscope follows.
func Version() string { return "go1.23" }

// GOMAXPROCS returns 1: goroutines take turns on one processor. A new
// setting is accepted and ignored.
func GOMAXPROCS(n int) int { return 1 }

// NumCPU returns 1.
func NumCPU() int { return 1 }

// NumCgoCall returns 0: there is no cgo.
func NumCgoCall() int64 { return 0 }

// NumGoroutine returns the number of goroutines that exist.
func NumGoroutine() int

// Gosched yields the processor to other goroutines.
func Gosched()

// Goexit runs the calling goroutine's deferred calls and then ends it.
// Other goroutines go on; when main calls it, the program ends once they
// have all finished or blocked ("no goroutines (main called
// runtime.Goexit) - deadlock!").
func Goexit()

// GC runs a garbage collection.
func GC()

// KeepAlive marks x as reachable up to this call.
func KeepAlive(x any) {}

// MemStats has Go's layout; ReadMemStats fills the fields Goroscope's heap
// accounts for (Alloc, TotalAlloc, Sys, Mallocs, Frees, HeapAlloc, HeapSys,
// HeapInuse, HeapObjects, StackInuse, StackSys, NextGC, LastGC,
// PauseTotalNs, PauseNs, PauseEnd, NumGC, NumForcedGC, EnableGC) and zeroes
// the others.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats fills m with the current memory statistics.
func ReadMemStats(m *MemStats)
