// Range-over-func bodies whose iterator does not keep yield: the body's
// closure stays in the frame and reaches the enclosing function's variables
// through pointers into the frame. Those pointers, and pointers held by the
// captured variables themselves (p := &x), must follow the stack when it
// grows inside the loop body.
package main

import "fmt"

func each(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// A static iterator: yield does not escape, so neither does the body.
func upTo3(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func pairs(yield func(int, string) bool) {
	for i, s := range []string{"a", "b", "c", "d"} {
		if !yield(i, s) {
			return
		}
	}
}

//go:noinline
func grow(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return 0
	}
	return grow(n-1) + pad[n%64]
}

type box struct{ vals [4]int }

func pointerCapture() int {
	x := 0
	p := &x
	for i := range upTo3 {
		grow(3000)
		*p += i + 1
	}
	return x
}

func structAndSlice() (int, int) {
	var b box
	pb := &b
	arr := [3]int{1, 2, 3}
	s := arr[:]
	for i, name := range pairs {
		grow(1500)
		pb.vals[i] = len(name) * (i + 1)
		s[i%3] += i
	}
	return pb.vals[0] + pb.vals[1] + pb.vals[2] + pb.vals[3], s[0] + s[1] + s[2]
}

func nested() int {
	total := 0
	pt := &total
	for i := range upTo3 {
		for j := range upTo3 {
			grow(800)
			*pt += i*10 + j
		}
	}
	return total
}

func earlyReturn() (res string) {
	acc := ""
	pa := &acc
	for i, s := range pairs {
		grow(1200)
		*pa += s
		if i == 2 {
			return *pa + "!"
		}
	}
	return "unreachable"
}

func withBreakAndClosure() int {
	sum := 0
	add := func(k int) { sum += k }
	for i := range upTo3 {
		grow(2000)
		add(i + 5)
		if i == 1 {
			break
		}
	}
	return sum
}

func escapingIterator() int {
	y := 0
	py := &y
	for i := range each(4) {
		grow(1000)
		*py += i
	}
	return y
}

// Addresses taken inside the body: of a captured pointer variable (whose
// value is a frame address) and of a frame array.
func addrInBody() (int, [2]int) {
	y := 5
	q := &y
	for i := range upTo3 {
		r := &q
		grow(3000)
		**r += i
	}
	z := [2]int{1, 2}
	for i := range upTo3 {
		s := z[:]
		grow(3000)
		s[i%2] += 10
	}
	return y, z
}

var log []int

//go:noinline
func record(p *int) { log = append(log, *p) }

// A defer in the body that is passed the address of a body variable: the
// body's frame is gone when it runs, so the variable must be in the heap.
func bodyLocalDefer() {
	for i := range upTo3 {
		v := i * 10
		defer record(&v)
		grow(1000)
		v++
	}
	grow(2000)
}

func main() {
	fmt.Println(pointerCapture())
	fmt.Println(structAndSlice())
	fmt.Println(nested())
	fmt.Println(earlyReturn())
	fmt.Println(withBreakAndClosure())
	fmt.Println(escapingIterator())
	fmt.Println(addrInBody())
	bodyLocalDefer()
	fmt.Println(log)
}
