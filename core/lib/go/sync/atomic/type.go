package atomic

// noCopy marks values that must not be copied after first use.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// align64 asks for 8-byte alignment on 32-bit platforms (a no-op here).
type align64 struct{}

// A Bool is an atomic boolean value.
type Bool struct {
	_ noCopy
	v uint32
}

func (x *Bool) Load() bool { return x.v != 0 }

func (x *Bool) Store(val bool) {
	if val {
		x.v = 1
	} else {
		x.v = 0
	}
}

func (x *Bool) Swap(new bool) (old bool) {
	old = x.v != 0
	if new {
		x.v = 1
	} else {
		x.v = 0
	}
	return
}

func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	if (x.v != 0) != old {
		return false
	}
	if new {
		x.v = 1
	} else {
		x.v = 0
	}
	return true
}

// A Pointer is an atomic pointer of type *T.
type Pointer[T any] struct {
	_ [0]*T
	_ noCopy
	v *T
}

func (x *Pointer[T]) Load() *T { return x.v }

func (x *Pointer[T]) Store(val *T) { x.v = val }

func (x *Pointer[T]) Swap(new *T) (old *T) {
	old = x.v
	x.v = new
	return
}

func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

// An Int32 is an atomic int32.
type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32 { return x.v }

func (x *Int32) Store(val int32) { x.v = val }

func (x *Int32) Swap(new int32) (old int32) {
	old = x.v
	x.v = new
	return
}

func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

func (x *Int32) Add(delta int32) (new int32) {
	x.v += delta
	return x.v
}

func (x *Int32) And(mask int32) (old int32) {
	old = x.v
	x.v = old & mask
	return
}

func (x *Int32) Or(mask int32) (old int32) {
	old = x.v
	x.v = old | mask
	return
}

// An Int64 is an atomic int64.
type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

func (x *Int64) Load() int64 { return x.v }

func (x *Int64) Store(val int64) { x.v = val }

func (x *Int64) Swap(new int64) (old int64) {
	old = x.v
	x.v = new
	return
}

func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

func (x *Int64) Add(delta int64) (new int64) {
	x.v += delta
	return x.v
}

func (x *Int64) And(mask int64) (old int64) {
	old = x.v
	x.v = old & mask
	return
}

func (x *Int64) Or(mask int64) (old int64) {
	old = x.v
	x.v = old | mask
	return
}

// A Uint32 is an atomic uint32.
type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32 { return x.v }

func (x *Uint32) Store(val uint32) { x.v = val }

func (x *Uint32) Swap(new uint32) (old uint32) {
	old = x.v
	x.v = new
	return
}

func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

func (x *Uint32) Add(delta uint32) (new uint32) {
	x.v += delta
	return x.v
}

func (x *Uint32) And(mask uint32) (old uint32) {
	old = x.v
	x.v = old & mask
	return
}

func (x *Uint32) Or(mask uint32) (old uint32) {
	old = x.v
	x.v = old | mask
	return
}

// A Uint64 is an atomic uint64.
type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

func (x *Uint64) Load() uint64 { return x.v }

func (x *Uint64) Store(val uint64) { x.v = val }

func (x *Uint64) Swap(new uint64) (old uint64) {
	old = x.v
	x.v = new
	return
}

func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

func (x *Uint64) Add(delta uint64) (new uint64) {
	x.v += delta
	return x.v
}

func (x *Uint64) And(mask uint64) (old uint64) {
	old = x.v
	x.v = old & mask
	return
}

func (x *Uint64) Or(mask uint64) (old uint64) {
	old = x.v
	x.v = old | mask
	return
}

// A Uintptr is an atomic uintptr.
type Uintptr struct {
	_ noCopy
	v uintptr
}

func (x *Uintptr) Load() uintptr { return x.v }

func (x *Uintptr) Store(val uintptr) { x.v = val }

func (x *Uintptr) Swap(new uintptr) (old uintptr) {
	old = x.v
	x.v = new
	return
}

func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

func (x *Uintptr) Add(delta uintptr) (new uintptr) {
	x.v += delta
	return x.v
}

func (x *Uintptr) And(mask uintptr) (old uintptr) {
	old = x.v
	x.v = old & mask
	return
}

func (x *Uintptr) Or(mask uintptr) (old uintptr) {
	old = x.v
	x.v = old | mask
	return
}
