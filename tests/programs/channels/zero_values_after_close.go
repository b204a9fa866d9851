// After a channel is closed and drained, receives return the element type's
// zero value. This prints zero values of several element types.
package main

import "fmt"

type rec struct {
	name string
	tags []string
	n    int
}

func drained[T any]() (T, bool) {
	ch := make(chan T)
	close(ch)
	v, ok := <-ch
	return v, ok
}

func main() {
	i, ok := drained[int]()
	fmt.Println(i, ok)
	s, _ := drained[string]()
	fmt.Printf("%q\n", s)
	f, _ := drained[float64]()
	fmt.Println(f)
	b, _ := drained[bool]()
	fmt.Println(b)
	r, _ := drained[rec]()
	fmt.Printf("%+v %v\n", r, r.tags == nil)
	a, _ := drained[[2]string]()
	fmt.Printf("%q\n", a)
	e, _ := drained[error]()
	fmt.Println(e == nil, e)
	m, _ := drained[map[string]int]()
	fmt.Println(m == nil, len(m))
	c, _ := drained[chan int]()
	fmt.Println(c == nil)
	r2, ok2 := drained[rune]()
	fmt.Println(r2, ok2)
}
