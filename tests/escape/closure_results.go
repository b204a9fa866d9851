// A closure's results stay attributable to its call sites while every call
// is known; once the closure escapes, its results are assumed to escape.
package main

//go:noinline
func tick() {}

var sinkF func() *int

//go:noinline
func known() int {
	u := 1
	get := func() *int {
		tick()
		tick()
		return &u
	}
	p := get()
	return *p
}

//go:noinline
func lost() int {
	v := 2
	get := func() *int {
		tick()
		tick()
		return &v
	}
	sinkF = get
	return *get()
}

func main() { println(known(), lost()) }
