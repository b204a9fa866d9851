// Dereference levels in tags: content leaks and results several loads
// away from the parameter.
package main

var sink *int

//go:noinline
func deref2(ppp ***int) *int { return **ppp }

//go:noinline
func leak2(pp **int) { sink = *pp }

//go:noinline
func sub(s string) string { return s[1:] }

//go:noinline
func elem(s []*int) *int { return s[0] }

func main() {
	x := 1
	p := &x
	pp := &p
	println(*deref2(&pp))
	y := 2
	q := &y
	leak2(&q)
	println(sub("abc"), *elem([]*int{&x}))
}
