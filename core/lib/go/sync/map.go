package sync

// Map is a map safe for concurrent use: each method is one step (none
// contains a call or a loop that could let another goroutine in), except
// Range, which may see a mix of states like Go's.
type Map struct {
	m map[any]any
}

// Load returns the value stored for key, and whether there was one.
func (m *Map) Load(key any) (value any, ok bool) {
	value, ok = m.m[key]
	return
}

// Store sets the value for key.
func (m *Map) Store(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

// LoadOrStore returns the existing value for key if present (loaded is
// true); otherwise it stores value and returns it.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

// LoadAndDelete deletes the value for key, returning the previous value.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

// Delete deletes the value for key.
func (m *Map) Delete(key any) {
	delete(m.m, key)
}

// Swap stores value for key and returns the previous value, if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	previous, loaded = m.m[key]
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return
}

// CompareAndSwap swaps the values for key if the stored value equals old
// (which must be comparable).
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete deletes the entry for key if its value equals old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f for each key and value; it stops when f returns false.
// No key is visited twice; entries stored or deleted meanwhile may or may
// not be seen.
func (m *Map) Range(f func(key, value any) bool) {
	for k, v := range m.m {
		if !f(k, v) {
			break
		}
	}
}

// Clear deletes all the entries.
func (m *Map) Clear() {
	m.m = nil
}
