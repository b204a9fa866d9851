package sync

// Cond is a condition variable: a rendezvous point for goroutines waiting
// for or announcing an event. L is held while the condition is checked or
// changed.
type Cond struct {
	noCopy noCopy
	L      Locker
	queue  condQueue
}

// condQueue lists the waiting goroutines, oldest first. Each waiter sleeps
// on its own semaphore, so a Signal that comes between Wait's Unlock and
// its sleep is not lost: the sleep then returns at once.
type condQueue struct {
	head, tail *condWaiter
}

type condWaiter struct {
	sema uint32
	next *condWaiter
}

func semacquireCond(addr *uint32)

func semrelease(addr *uint32)

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// push and pop contain no calls or loops: each runs as one step.
func (q *condQueue) push(w *condWaiter) {
	if q.tail == nil {
		q.head = w
	} else {
		q.tail.next = w
	}
	q.tail = w
}

func (q *condQueue) pop() *condWaiter {
	w := q.head
	if w != nil {
		q.head = w.next
		if q.head == nil {
			q.tail = nil
		}
		w.next = nil
	}
	return w
}

func (q *condQueue) popAll() *condWaiter {
	w := q.head
	q.head = nil
	q.tail = nil
	return w
}

// Wait unlocks c.L, suspends the goroutine until Signal or Broadcast wakes
// it, and locks c.L again before returning.
func (c *Cond) Wait() {
	w := &condWaiter{}
	c.queue.push(w)
	c.L.Unlock()
	semacquireCond(&w.sema)
	c.L.Lock()
}

// Signal wakes the goroutine that has waited longest, if any.
func (c *Cond) Signal() {
	if w := c.queue.pop(); w != nil {
		semrelease(&w.sema)
	}
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	w := c.queue.popAll()
	for w != nil {
		next := w.next
		semrelease(&w.sema)
		w = next
	}
}
