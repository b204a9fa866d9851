package atomic

// A Value holds values of one consistent concrete type, loaded and stored
// atomically. The zero Value returns nil from Load.
type Value struct {
	v any
}

// sameType reports whether a and b hold the same dynamic type.
func sameType(a, b any) bool

// Load returns the value set by the most recent Store, or nil.
func (v *Value) Load() (val any) {
	return v.v
}

// Store sets the value to val. Storing nil, or a value of another type
// than the first one stored, panics.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if v.v != nil && !sameType(v.v, val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
}

// Swap stores new and returns the previous value (nil if there was none).
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	if v.v != nil && !sameType(v.v, new) {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	return
}

// CompareAndSwap stores new if the current value equals old, comparing
// with the dynamic type (old must be comparable when a value is stored).
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	if !sameType(v.v, new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
