package sync

// A WaitGroup waits for a collection of goroutines to finish. state holds
// the counter in its high 32 bits and the number of waiters in the low 32.
type WaitGroup struct {
	noCopy noCopy
	state  uint64
	sema   uint32
}

// Add adds delta (possibly negative) to the counter. When the counter
// reaches zero every Wait returns; a negative counter panics.
func (wg *WaitGroup) Add(delta int)

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait()
