package time

// Timers live in the VM's timer heap (core/vm/sched.cpp); a Timer or
// Ticker holds a handle to its runtime timer. Go 1.23 semantics: a timer
// channel has a one-element buffer that len and cap report as 0, and Stop
// and Reset empty it, so no value prepared before the call is received
// after it (and a value waiting in it counts as the timer still pending).

// Kinds of runtime timers (vm::Timer::Kind).
const (
	timerWakeG    = 0 // readies a sleeping goroutine
	timerSendTime = 1 // sends the time on a channel
	timerCallFunc = 2 // starts a goroutine running a function
)

func newRuntimeTimer(kind int, c chan Time, f func()) uintptr

// resetRuntimeTimer stops the timer, empties its channel and starts it for
// when (repeating every period if > 0); it returns whether the timer was
// pending (or had an unreceived value).
func resetRuntimeTimer(r uintptr, when int64, period int64) bool

// stopRuntimeTimer stops the timer and empties its channel; it returns
// whether the timer was pending (or had an unreceived value).
func stopRuntimeTimer(r uintptr) bool

// sleepOn parks the calling goroutine ("sleep") until the WakeG timer r,
// started for when, fires.
func sleepOn(r uintptr, when int64)

func freeRuntimeTimer(r uintptr)

// when returns the scheduler-clock instant d from now, saturating.
func when(d Duration) int64 {
	t := runtimeNano()
	if d <= 0 {
		return t
	}
	t += int64(d)
	if t < 0 {
		t = 1<<63 - 1
	}
	return t
}

// Sleep pauses the calling goroutine for at least d; d <= 0 returns at
// once (without yielding, as Go's does).
func Sleep(d Duration) {
	if d <= 0 {
		return
	}
	r := newRuntimeTimer(timerWakeG, nil, nil)
	sleepOn(r, when(d))
	freeRuntimeTimer(r)
}

// A Timer sends the current time on C once, after its duration (or, made
// by AfterFunc, calls a function in a new goroutine, and C is nil).
type Timer struct {
	C <-chan Time
	r uintptr
}

// NewTimer returns a Timer that sends the time on its channel after d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r = newRuntimeTimer(timerSendTime, c, nil)
	resetRuntimeTimer(t.r, when(d), 0)
	return t
}

// AfterFunc calls f in its own goroutine after d. Stop cancels the call if
// it has not started.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r = newRuntimeTimer(timerCallFunc, nil, f)
	resetRuntimeTimer(t.r, when(d), 0)
	return t
}

// Stop prevents the Timer from firing. It returns true if the call stopped
// the timer, false if it had already expired (and its value, if any, was
// received) or been stopped.
func (t *Timer) Stop() bool {
	if t.r == 0 {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopRuntimeTimer(t.r)
}

// Reset changes the timer to expire after d. It returns true if the timer
// had been active, false if it had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r == 0 {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetRuntimeTimer(t.r, when(d), 0)
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel: NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// A Ticker sends the time on C every period. A slow receiver misses ticks
// (they are dropped, not queued).
type Ticker struct {
	C <-chan Time
	r uintptr
}

// NewTicker returns a Ticker with period d; d must be positive.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.r = newRuntimeTimer(timerSendTime, c, nil)
	resetRuntimeTimer(t.r, when(d), int64(d))
	return t
}

// Stop turns off the ticker; no more ticks are sent.
func (t *Ticker) Stop() {
	if t.r == 0 {
		// Go tolerates this misuse for Tickers.
		return
	}
	stopRuntimeTimer(t.r)
}

// Reset stops the ticker and restarts it with period d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == 0 {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetRuntimeTimer(t.r, when(d), int64(d))
}

// Tick is NewTicker(d).C for tickers that run for the whole program; it
// returns nil for d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
