package strings

import "io"

// Replacer replaces a list of strings with replacements; it is safe to
// share.
//
// Go picks one of several algorithms depending on the pairs, all with the
// same result, which we compute directly: scanning s from the left, at each
// position the first pair (in argument order) whose old string is a prefix
// of the rest wins, its new string is emitted and the scan continues after
// the match. An empty old string matches at every position, but not twice
// in a row at the same position (so "" -> "-" turns "ab" into "-a-b-").
type Replacer struct {
	oldnew  []string
	byFirst [256][]int // pair indices (ascending) whose old starts with that byte
	empty   int        // index of the first pair with an empty old, or -1
}

// NewReplacer returns a Replacer for the old, new pairs; it panics with an
// odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{oldnew: append([]string(nil), oldnew...), empty: -1}
	for i := 0; i < len(oldnew); i += 2 {
		old := oldnew[i]
		if old == "" {
			if r.empty < 0 {
				r.empty = i
			}
			continue
		}
		r.byFirst[old[0]] = append(r.byFirst[old[0]], i)
	}
	return r
}

// match returns the pair index that matches at the start of s (-1: none),
// ignoring the empty old string if skipEmpty.
func (r *Replacer) match(s string, skipEmpty bool) int {
	best := -1
	if len(s) > 0 {
		for _, i := range r.byFirst[s[0]] {
			if HasPrefix(s, r.oldnew[i]) {
				best = i
				break
			}
		}
	}
	if r.empty >= 0 && !skipEmpty && (best < 0 || r.empty < best) {
		best = r.empty
	}
	return best
}

// Replace returns s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b []byte
	last := 0
	prevEmpty := false
	changed := false
	for i := 0; i <= len(s); {
		if r.empty < 0 && (i == len(s) || len(r.byFirst[s[i]]) == 0) {
			i++
			continue
		}
		k := r.match(s[i:], prevEmpty)
		if k < 0 {
			prevEmpty = false
			i++
			continue
		}
		old := r.oldnew[k]
		prevEmpty = old == ""
		if !changed {
			changed = true
			b = make([]byte, 0, len(s))
		}
		b = append(b, s[last:i]...)
		b = append(b, r.oldnew[k+1]...)
		i += len(old)
		last = i
	}
	if !changed {
		return s
	}
	b = append(b, s[last:]...)
	return string(b)
}

// WriteString writes s with all replacements performed to w.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
