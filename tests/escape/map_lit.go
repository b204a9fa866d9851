// Maps: a local make(map) stays on the stack; a returned map literal
// escapes; keys and values stored in a map go to the heap.
package main

//go:noinline
func f() int {
	m := make(map[string]int)
	m["a"] = 1
	m2 := make(map[int]int, 100)
	m2[1] = 2
	return len(m) + len(m2)
}

//go:noinline
func g() map[string]int {
	return map[string]int{"x": 1}
}

//go:noinline
func h() int {
	x := 5
	m := map[int]*int{}
	m[0] = &x
	lit := map[string]*int{"y": &x}
	return len(m) + len(lit)
}

func main() { println(f(), len(g()), h()) }
