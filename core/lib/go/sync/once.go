package sync

// Once performs exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls f if and only if Do is called for the first time for this Once.
// Other callers wait until f has returned. If f panics, Do considers it
// returned: later calls do nothing.
func (o *Once) Do(f func()) {
	if o.done == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer o.markDone()
		f()
	}
}

func (o *Once) markDone() { o.done = 1 }

// OnceFunc returns a function that calls f only once. If f panics, the
// returned function panics with the same value on every call.
func OnceFunc(f func()) func() {
	var (
		once     Once
		finished bool // f returned normally
		failure  any  // what f panicked with
	)
	run := func() {
		defer func() {
			failure = recover()
			if !finished {
				// The first caller sees the panic too.
				panic(failure)
			}
		}()
		f()
		f = nil
		finished = true
	}
	return func() {
		once.Do(run)
		if !finished {
			panic(failure)
		}
	}
}

// OnceValue returns a function that calls f only once and returns its
// value. If f panics, the returned function panics with the same value on
// every call.
func OnceValue[T any](f func() T) func() T {
	var (
		once     Once
		finished bool
		failure  any
		result   T
	)
	run := func() {
		defer func() {
			failure = recover()
			if !finished {
				panic(failure)
			}
		}()
		result = f()
		f = nil
		finished = true
	}
	return func() T {
		once.Do(run)
		if !finished {
			panic(failure)
		}
		return result
	}
}

// OnceValues returns a function that calls f only once and returns its
// values. If f panics, the returned function panics with the same value on
// every call.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once     Once
		finished bool
		failure  any
		r1       T1
		r2       T2
	)
	run := func() {
		defer func() {
			failure = recover()
			if !finished {
				panic(failure)
			}
		}()
		r1, r2 = f()
		f = nil
		finished = true
	}
	return func() (T1, T2) {
		once.Do(run)
		if !finished {
			panic(failure)
		}
		return r1, r2
	}
}
