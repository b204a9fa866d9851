// Package context: deadlines, cancellation and request-scoped values that
// flow down a tree of Contexts (Go 1.23 API). Pure Go on channels, sync
// and time.
//
// The tree: every context made by WithCancel, WithDeadline, WithTimeout or
// AfterFunc is a canceler. When its parent is (or wraps) a *cancelCtx,
// the child registers in the parent's children set and the parent's
// cancel cancels it; otherwise a goroutine (or the parent's own AfterFunc
// method) watches the parent's Done channel. Cancelling removes a child
// from its parent so that the parent does not keep it alive.
//
// Locks are taken parent before child, never the other way, so cancelling
// a subtree cannot deadlock.
package context

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// A Context carries a deadline, a cancellation signal and values across
// API boundaries; its methods may be called from several goroutines.
type Context interface {
	// Deadline returns when the context will be cancelled, if ever.
	Deadline() (deadline time.Time, ok bool)
	// Done returns a channel closed when the context is cancelled, or nil
	// for a context that never is.
	Done() <-chan struct{}
	// Err is nil until Done is closed; then Canceled or DeadlineExceeded.
	Err() error
	// Value returns the value stored under key, or nil.
	Value(key any) any
}

// Canceled is the error Err returns after a cancel function was called.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is the error Err returns when the deadline passed.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// emptyCtx is never cancelled, has no values and no deadline.
type emptyCtx struct{}

func (emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (emptyCtx) Done() <-chan struct{}                   { return nil }
func (emptyCtx) Err() error                              { return nil }
func (emptyCtx) Value(key any) any                       { return nil }

type backgroundCtx struct{ emptyCtx }

func (backgroundCtx) String() string { return "context.Background" }

type todoCtx struct{ emptyCtx }

func (todoCtx) String() string { return "context.TODO" }

// Background returns the empty root context.
func Background() Context { return backgroundCtx{} }

// TODO returns an empty context for code that does not know which one to
// use yet.
func TODO() Context { return todoCtx{} }

// A CancelFunc cancels its context; calls after the first do nothing.
type CancelFunc func()

// A CancelCauseFunc cancels its context and records the cause (nil means
// Canceled).
type CancelCauseFunc func(cause error)

// WithCancel returns a copy of parent with a new Done channel, closed when
// cancel is called or when parent's Done channel is closed.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := withCancel(parent)
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithCancelCause is WithCancel whose cancel function records a cause,
// which Cause returns.
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	c := withCancel(parent)
	return c, func(cause error) { c.cancel(true, Canceled, cause) }
}

func withCancel(parent Context) *cancelCtx {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := &cancelCtx{}
	c.propagateCancel(parent, c)
	return c
}

// Cause returns why c was cancelled: the cause given to a CancelCauseFunc
// or a ...Cause constructor, else c.Err().
func Cause(c Context) error {
	if cc, ok := c.Value(&cancelCtxKey).(*cancelCtx); ok {
		cc.mu.Lock()
		defer cc.mu.Unlock()
		return cc.cause
	}
	return c.Err()
}

// AfterFunc arranges for f to run in its own goroutine after ctx is done
// (at once if it already is). stop cancels that; it returns true if it
// kept f from being started.
func AfterFunc(ctx Context, f func()) (stop func() bool) {
	a := &afterFuncCtx{f: f}
	a.cancelCtx.propagateCancel(ctx, a)
	return func() bool {
		stopped := false
		a.once.Do(func() { stopped = true })
		if stopped {
			a.cancel(true, Canceled, nil)
		}
		return stopped
	}
}

// afterFuncer is a Context with its own AfterFunc (a parent that is not
// one of ours can offer it instead of a watching goroutine).
type afterFuncer interface {
	AfterFunc(func()) func() bool
}

type afterFuncCtx struct {
	cancelCtx
	once sync.Once // starts f, or records that stop kept it from starting
	f    func()
}

func (a *afterFuncCtx) cancel(removeFromParent bool, err, cause error) {
	a.cancelCtx.cancel(false, err, cause)
	if removeFromParent {
		removeChild(a.Context, a)
	}
	a.once.Do(func() { go a.f() })
}

// A stopCtx is the parent of a cancelCtx registered through the parent's
// AfterFunc method; stop unregisters it.
type stopCtx struct {
	Context
	stop func() bool
}

// cancelCtxKey is the key under which a cancelCtx returns itself from
// Value: it finds the nearest cancelCtx above any context.
var cancelCtxKey int

// closedchan is the Done channel of contexts cancelled before anyone asked
// for their channel.
var closedchan = make(chan struct{})

func init() {
	close(closedchan)
}

// parentCancelCtx returns the *cancelCtx that parent is or wraps, when
// parent's Done channel is that context's own (a wrapper that changed Done
// must be watched, not trusted).
func parentCancelCtx(parent Context) (*cancelCtx, bool) {
	done := parent.Done()
	if done == closedchan || done == nil {
		return nil, false
	}
	p, ok := parent.Value(&cancelCtxKey).(*cancelCtx)
	if !ok {
		return nil, false
	}
	p.mu.Lock()
	pdone := p.done
	p.mu.Unlock()
	if (<-chan struct{})(pdone) != done {
		return nil, false
	}
	return p, true
}

// removeChild unregisters child from the cancelCtx that parent wraps.
func removeChild(parent Context, child canceler) {
	if s, ok := parent.(stopCtx); ok {
		s.stop()
		return
	}
	p, ok := parentCancelCtx(parent)
	if !ok {
		return
	}
	p.mu.Lock()
	if p.children != nil {
		delete(p.children, child)
	}
	p.mu.Unlock()
}

// A canceler is a context that can be cancelled directly.
type canceler interface {
	cancel(removeFromParent bool, err, cause error)
	Done() <-chan struct{}
}

// A cancelCtx can be cancelled; cancelling it cancels its children.
type cancelCtx struct {
	Context // the parent

	mu       sync.Mutex            // guards the fields below
	done     chan struct{}         // made on first use, closed by the first cancel
	children map[canceler]struct{} // nil once cancelled
	err      error                 // set by the first cancel
	cause    error                 // set by the first cancel
}

func (c *cancelCtx) Value(key any) any {
	if key == &cancelCtxKey {
		return c
	}
	return value(c.Context, key)
}

func (c *cancelCtx) Done() <-chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done == nil {
		c.done = make(chan struct{})
	}
	return c.done
}

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	err := c.err
	c.mu.Unlock()
	return err
}

// propagateCancel sets parent as c's parent and arranges for child (c or
// the context embedding it) to be cancelled when parent is.
func (c *cancelCtx) propagateCancel(parent Context, child canceler) {
	c.Context = parent
	done := parent.Done()
	if done == nil {
		return // parent is never cancelled
	}
	select {
	case <-done:
		child.cancel(false, parent.Err(), Cause(parent))
		return
	default:
	}
	if p, ok := parentCancelCtx(parent); ok {
		p.mu.Lock()
		if p.err != nil {
			// The parent was cancelled in the meantime.
			err, cause := p.err, p.cause
			p.mu.Unlock()
			child.cancel(false, err, cause)
			return
		}
		if p.children == nil {
			p.children = make(map[canceler]struct{})
		}
		p.children[child] = struct{}{}
		p.mu.Unlock()
		return
	}
	if a, ok := parent.(afterFuncer); ok {
		c.mu.Lock()
		stop := a.AfterFunc(func() {
			child.cancel(false, parent.Err(), Cause(parent))
		})
		c.Context = stopCtx{Context: parent, stop: stop}
		c.mu.Unlock()
		return
	}
	go func() {
		select {
		case <-parent.Done():
			child.cancel(false, parent.Err(), Cause(parent))
		case <-child.Done():
		}
	}()
}

type stringer interface {
	String() string
}

// contextName names a context for String: its own String, else its type.
func contextName(c Context) string {
	if s, ok := c.(stringer); ok {
		return s.String()
	}
	return fmt.Sprintf("%T", c)
}

func (c *cancelCtx) String() string {
	return contextName(c.Context) + ".WithCancel"
}

// cancel closes c.done, cancels c's children and, if removeFromParent,
// removes c from its parent's children. The first call wins: later calls
// change nothing.
func (c *cancelCtx) cancel(removeFromParent bool, err, cause error) {
	if err == nil {
		panic("context: internal error: missing cancel error")
	}
	if cause == nil {
		cause = err
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return
	}
	c.err = err
	c.cause = cause
	if c.done == nil {
		c.done = closedchan
	} else {
		close(c.done)
	}
	for child := range c.children {
		child.cancel(false, err, cause)
	}
	c.children = nil
	c.mu.Unlock()
	if removeFromParent {
		removeChild(c.Context, c)
	}
}

// WithoutCancel returns a context that keeps parent's values but is never
// cancelled, whatever happens to parent.
func WithoutCancel(parent Context) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	return withoutCancelCtx{parent}
}

type withoutCancelCtx struct {
	c Context
}

func (withoutCancelCtx) Deadline() (deadline time.Time, ok bool) { return }
func (withoutCancelCtx) Done() <-chan struct{}                   { return nil }
func (withoutCancelCtx) Err() error                              { return nil }
func (c withoutCancelCtx) Value(key any) any                     { return value(c, key) }
func (c withoutCancelCtx) String() string                        { return contextName(c.c) + ".WithoutCancel" }

// WithDeadline returns a copy of parent cancelled at d (or earlier, with
// parent). A parent deadline before d makes it a plain WithCancel.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return WithDeadlineCause(parent, d, nil)
}

// WithDeadlineCause is WithDeadline that records cause when the deadline
// passes.
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		return WithCancel(parent)
	}
	c := &timerCtx{deadline: d}
	c.cancelCtx.propagateCancel(parent, c)
	dur := time.Until(d)
	if dur <= 0 {
		c.cancel(true, DeadlineExceeded, cause) // already past
		return c, func() { c.cancel(false, Canceled, nil) }
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err == nil {
		c.timer = time.AfterFunc(dur, func() {
			c.cancel(true, DeadlineExceeded, cause)
		})
	}
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithTimeout is WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

// WithTimeoutCause is WithDeadlineCause(parent, time.Now().Add(timeout), cause).
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	return WithDeadlineCause(parent, time.Now().Add(timeout), cause)
}

// A timerCtx is a cancelCtx with a deadline, enforced by a timer.
type timerCtx struct {
	cancelCtx
	timer    *time.Timer // guarded by cancelCtx.mu
	deadline time.Time
}

func (c *timerCtx) Deadline() (deadline time.Time, ok bool) {
	return c.deadline, true
}

func (c *timerCtx) String() string {
	return contextName(c.cancelCtx.Context) + ".WithDeadline(" +
		c.deadline.String() + " [" + time.Until(c.deadline).String() + "])"
}

func (c *timerCtx) cancel(removeFromParent bool, err, cause error) {
	c.cancelCtx.cancel(false, err, cause)
	if removeFromParent {
		removeChild(c.cancelCtx.Context, c)
	}
	c.mu.Lock()
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.mu.Unlock()
}

// WithValue returns a copy of parent in which key's value is val. Keys
// should be of unexported types of their own to avoid collisions.
func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	return &valueCtx{parent, key, val}
}

// A valueCtx carries one key-value pair; other keys go to the parent.
type valueCtx struct {
	Context
	key, val any
}

// stringify names a key or value for String: its String method, the
// string itself, or else only its type (values are not printed with %v).
func stringify(v any) string {
	switch s := v.(type) {
	case stringer:
		return s.String()
	case string:
		return s
	case nil:
		return "<nil>"
	}
	return fmt.Sprintf("%T", v)
}

func (c *valueCtx) String() string {
	return contextName(c.Context) + ".WithValue(" + stringify(c.key) + ", " + stringify(c.val) + ")"
}

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return value(c.Context, key)
}

// value walks up the chain of our own context types iteratively (deep
// chains do not grow the stack), handing over to a foreign context's own
// Value method.
func value(c Context, key any) any {
	for {
		switch ctx := c.(type) {
		case *valueCtx:
			if key == ctx.key {
				return ctx.val
			}
			c = ctx.Context
		case *cancelCtx:
			if key == &cancelCtxKey {
				return c
			}
			c = ctx.Context
		case withoutCancelCtx:
			if key == &cancelCtxKey {
				return nil // cancellation does not cross WithoutCancel
			}
			c = ctx.c
		case *timerCtx:
			if key == &cancelCtxKey {
				return &ctx.cancelCtx
			}
			c = ctx.Context
		case backgroundCtx, todoCtx:
			return nil
		default:
			return c.Value(key)
		}
	}
}
