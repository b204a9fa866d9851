// Package sync: mutual exclusion locks, wait groups, Once, Cond, Map and
// Pool (Go 1.23 API).
//
// The lock states live in the values themselves with Go's sizes (Mutex 8
// bytes, RWMutex 24, WaitGroup 16, Once 12); the natives in
// core/lib/natives_sync.cpp change them atomically and block goroutines on
// the VM's semaphores, with the wait reasons Go prints in deadlock reports
// ("sync.Mutex.Lock", "sync.RWMutex.Lock", "sync.RWMutex.RLock",
// "semacquire", "sync.Cond.Wait"). Natives:
//
//	sync.mutexLock(m *Mutex, woken bool) bool   one locking attempt (parks on failure)
//	sync.(*Mutex).TryLock, sync.(*Mutex).Unlock
//	sync.(*RWMutex).RLock, RUnlock, TryLock, TryRLock, Unlock
//	sync.rwLockWriter(rw *RWMutex)              RWMutex.Lock after taking rw.w
//	sync.(*WaitGroup).Add, sync.(*WaitGroup).Wait
//	sync.semacquireCond(addr *uint32)           Cond.Wait's sleep
//	sync.semrelease(addr *uint32)
//
// Go code here is preemptible only at calls and loop back-edges; the few
// multi-step updates written in Go (Cond's wait list, Map, Pool) contain
// neither, so they run as one step.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// noCopy marks values that must not be copied after first use (go vet's
// copylocks check looks for the Lock method).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// A Mutex is a mutual exclusion lock; the zero value is unlocked. See
// natives_sync.cpp for the meaning of state.
type Mutex struct {
	state int32
	sema  uint32
}

// mutexLocked is the state bit of a held mutex (natives_sync.cpp's kLocked).
const mutexLocked = 1

func mutexLock(m *Mutex, woken bool) bool

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	// Fast path: unlocked, nobody waiting, not starving. No call or loop
	// back-edge separates the test from the store, so no other goroutine
	// can run in between (the VM preempts only there): this is the CAS.
	if m.state == 0 {
		m.state = mutexLocked
		return
	}
	woken := false
	for !mutexLock(m, woken) {
		woken = true
	}
}

// TryLock locks m if it is free and reports whether it did.
func (m *Mutex) TryLock() bool

// Unlock unlocks m. Unlocking an unlocked mutex is a fatal error.
func (m *Mutex) Unlock()
