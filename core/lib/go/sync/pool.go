package sync

// A Pool is a set of temporary objects that may be individually saved and
// retrieved. Goroutines take turns on one processor, so a single stack of
// items stands in for Go's per-P caches; nothing is dropped by garbage
// collections.
type Pool struct {
	noCopy noCopy
	items  []any

	// New optionally specifies a function to generate a value when Get
	// would otherwise return nil.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}

// Get takes an item from the pool (the most recently put one), or returns
// the result of calling p.New (nil without New).
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}
