// Package sync/atomic: atomic memory primitives (Go 1.23 API).
//
// One goroutine runs at a time and Go code is only preempted at calls and
// loop back-edges, so each function below — a few loads and stores with no
// call or loop — is atomic as written. The one native is
// sync/atomic.sameType (natives_sync.cpp), Value's type check.
package atomic

import "unsafe"

// SwapInt32 stores new into *addr and returns the previous value.
func SwapInt32(addr *int32, new int32) (old int32) {
	old = *addr
	*addr = new
	return
}

func SwapInt64(addr *int64, new int64) (old int64) {
	old = *addr
	*addr = new
	return
}

func SwapUint32(addr *uint32, new uint32) (old uint32) {
	old = *addr
	*addr = new
	return
}

func SwapUint64(addr *uint64, new uint64) (old uint64) {
	old = *addr
	*addr = new
	return
}

func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) {
	old = *addr
	*addr = new
	return
}

func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer) {
	old = *addr
	*addr = new
	return
}

// CompareAndSwapInt32 stores new into *addr if it holds old, and reports
// whether it did.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// AddInt32 adds delta to *addr and returns the new value.
func AddInt32(addr *int32, delta int32) (new int32) {
	*addr += delta
	return *addr
}

func AddUint32(addr *uint32, delta uint32) (new uint32) {
	*addr += delta
	return *addr
}

func AddInt64(addr *int64, delta int64) (new int64) {
	*addr += delta
	return *addr
}

func AddUint64(addr *uint64, delta uint64) (new uint64) {
	*addr += delta
	return *addr
}

func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) {
	*addr += delta
	return *addr
}

// AndInt32 clears the bits of *addr not in mask and returns the old value.
func AndInt32(addr *int32, mask int32) (old int32) {
	old = *addr
	*addr = old & mask
	return
}

func AndUint32(addr *uint32, mask uint32) (old uint32) {
	old = *addr
	*addr = old & mask
	return
}

func AndInt64(addr *int64, mask int64) (old int64) {
	old = *addr
	*addr = old & mask
	return
}

func AndUint64(addr *uint64, mask uint64) (old uint64) {
	old = *addr
	*addr = old & mask
	return
}

func AndUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	old = *addr
	*addr = old & mask
	return
}

// OrInt32 sets the bits of mask in *addr and returns the old value.
func OrInt32(addr *int32, mask int32) (old int32) {
	old = *addr
	*addr = old | mask
	return
}

func OrUint32(addr *uint32, mask uint32) (old uint32) {
	old = *addr
	*addr = old | mask
	return
}

func OrInt64(addr *int64, mask int64) (old int64) {
	old = *addr
	*addr = old | mask
	return
}

func OrUint64(addr *uint64, mask uint64) (old uint64) {
	old = *addr
	*addr = old | mask
	return
}

func OrUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	old = *addr
	*addr = old | mask
	return
}

// LoadInt32 returns *addr.
func LoadInt32(addr *int32) (val int32) { return *addr }

func LoadInt64(addr *int64) (val int64) { return *addr }

func LoadUint32(addr *uint32) (val uint32) { return *addr }

func LoadUint64(addr *uint64) (val uint64) { return *addr }

func LoadUintptr(addr *uintptr) (val uintptr) { return *addr }

func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer) { return *addr }

// StoreInt32 stores val into *addr.
func StoreInt32(addr *int32, val int32) { *addr = val }

func StoreInt64(addr *int64, val int64) { *addr = val }

func StoreUint32(addr *uint32, val uint32) { *addr = val }

func StoreUint64(addr *uint64, val uint64) { *addr = val }

func StoreUintptr(addr *uintptr, val uintptr) { *addr = val }

func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer) { *addr = val }
