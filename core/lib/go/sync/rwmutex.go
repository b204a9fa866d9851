package sync

// An RWMutex is a reader/writer mutual exclusion lock: any number of
// readers or one writer. A writer that waits blocks new readers, so
// writers are not starved. The zero value is unlocked.
type RWMutex struct {
	w           Mutex // held by the writer, and by a writer waiting for readers
	writerSem   uint32
	readerSem   uint32
	readerCount int32 // readers inside or queued; minus 1<<30 while a writer is active
	readerWait  int32 // readers a waiting writer still waits for
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock()

// TryRLock read-locks rw if no writer holds or waits for it.
func (rw *RWMutex) TryRLock() bool

// RUnlock undoes one RLock. Without a matching RLock it is a fatal error.
func (rw *RWMutex) RUnlock()

func rwLockWriter(rw *RWMutex)

// Lock locks rw for writing, waiting for the readers inside to leave.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	rwLockWriter(rw)
}

// TryLock write-locks rw if it is completely free.
func (rw *RWMutex) TryLock() bool

// Unlock unlocks rw for writing. Unlocking an unlocked RWMutex is a fatal
// error.
func (rw *RWMutex) Unlock()

// RLocker returns a Locker whose Lock and Unlock call rw.RLock and
// rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
