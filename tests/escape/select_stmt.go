// select: sends store into the heap; received values come from it.
package main

//go:noinline
func f(a chan *int, b chan *int, q chan bool) int {
	x := 1
	select {
	case a <- &x:
		return 1
	case p := <-b:
		return *p
	case v, ok := <-b:
		if ok {
			return *v
		}
	case <-q:
	default:
	}
	return 0
}

func main() {
	a := make(chan *int, 1)
	println(f(a, nil, nil))
}
