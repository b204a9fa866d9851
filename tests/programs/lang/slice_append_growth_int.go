package main

import "fmt"

func main() {
	var s []int
	fmt.Println("start len", len(s), "cap", cap(s))
	for i := 0; i < 20; i++ {
		s = append(s, i)
		fmt.Println("len", len(s), "cap", cap(s))
	}
	// larger growth sequence, only print when cap changes
	var t []int
	last := -1
	for i := 0; i < 5000; i++ {
		t = append(t, i)
		if cap(t) != last {
			last = cap(t)
			fmt.Println("len", len(t), "-> cap", cap(t))
		}
	}
	// appending many at once
	u := append([]int{}, 1, 2, 3, 4, 5)
	fmt.Println("5 at once: len", len(u), "cap", cap(u))
	u = append(u, make([]int, 10)...)
	fmt.Println("+10: len", len(u), "cap", cap(u))
	v := append(make([]int, 0, 3), 1, 2, 3, 4)
	fmt.Println("cap 3 +4: len", len(v), "cap", cap(v))
	w := append([]int(nil), make([]int, 7)...)
	fmt.Println("nil +7: len", len(w), "cap", cap(w))
}
