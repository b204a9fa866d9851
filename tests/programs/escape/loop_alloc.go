// Allocations inside loops: a non-escaping new/&T{}/make/slice literal
// reuses one frame slot but starts from its zero value every iteration;
// per-iteration loop variables captured by closures that escape the
// iteration get their own storage.
package main

import "fmt"

type acc struct {
	vals [4]int
	n    int
}

//go:noinline
func fill(a *acc, k int) {
	a.vals[k%4] += k
	a.n++
}

func main() {
	total := 0
	for i := 0; i < 10; i++ {
		a := new(acc) // fresh zero value each iteration
		fill(a, i)
		fill(a, i+1)
		total += a.vals[0] + a.vals[1] + a.vals[2] + a.vals[3] + a.n*100
		b := &acc{n: i}
		fill(b, 2)
		total += b.n + b.vals[2]
		s := make([]int, 5)
		s[i%5] += i
		for _, v := range s {
			total += v
		}
		lit := []int{i, i * 2}
		lit[0] += lit[1]
		total += lit[0]
	}
	fmt.Println(total)

	// Closures that outlive the iteration: each sees its own i.
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Closures used only inside the iteration (they stay in the frame).
	sum := 0
	for i := 0; i < 5; i++ {
		j := i * 10
		add := func(k int) { sum += k + j + i }
		add(1)
		add(2)
	}
	fmt.Println(sum)

	// Pointers to per-iteration variables kept past the iteration.
	var ptrs []*int
	for i := range 3 {
		v := i + 7
		ptrs = append(ptrs, &v)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// range over a slice with addresses of the value variable.
	words := []string{"a", "bb", "ccc"}
	var wp []*string
	for _, w := range words {
		wp = append(wp, &w)
	}
	for _, p := range wp {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
