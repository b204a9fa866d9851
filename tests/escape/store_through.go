// Storing through a pointer is a store into the heap: the stored value
// escapes and the pointer parameter's content leaks.
package main

//go:noinline
func set(pp **int) {
	x := 1
	*pp = &x
}

//go:noinline
func setField(p *struct{ q *int }, v *int) {
	p.q = v
}

//go:noinline
func swap(a, b *int) {
	*a, *b = *b, *a
}

func main() {
	var p *int
	set(&p)
	s := struct{ q *int }{}
	n := 2
	setField(&s, &n)
	a, b := 1, 2
	swap(&a, &b)
	println(*p, *s.q, a, b)
}
