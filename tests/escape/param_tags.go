// Parameter tags: does not escape, leaking param, leaking param content,
// leaking param to result.
package main

type T struct{ p *int }

var sink *int

//go:noinline
func noEscape(p *int) int { return *p }

//go:noinline
func leakToResult(p *int) *int { return p }

//go:noinline
func leakToHeap(p *int) { sink = p }

//go:noinline
func leakContent(t *T) { sink = t.p }

//go:noinline
func sliceParam(s []int) int { return len(s) }

//go:noinline
func twoResults(a, b *int) (*int, *int) { return b, a }

//go:noinline
func deref(pp **int) *int { return *pp }

func main() {
	a, b, c := 1, 2, 3
	d := T{&c}
	println(noEscape(&a), *leakToResult(&b))
	leakToHeap(&c)
	leakContent(&d)
	println(sliceParam([]int{1, 2, 3}))
	e, f := 5, 6
	x, y := twoResults(&e, &f)
	g := 7
	pg := &g
	println(*x, *y, *deref(&pg))
}
