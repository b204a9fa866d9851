package main

import "fmt"

func main() {
	var s []string
	for i := 0; i < 20; i++ {
		s = append(s, fmt.Sprint(i))
		fmt.Println("len", len(s), "cap", cap(s))
	}
	fmt.Println(s)
	var t []string
	last := -1
	for i := 0; i < 2000; i++ {
		t = append(t, "x")
		if cap(t) != last {
			last = cap(t)
			fmt.Println("len", len(t), "-> cap", cap(t))
		}
	}
	var f []float64
	for i := 0; i < 20; i++ {
		f = append(f, float64(i))
		fmt.Print(cap(f), " ")
	}
	fmt.Println()
	var a []any
	for i := 0; i < 20; i++ {
		a = append(a, i)
		fmt.Print(cap(a), " ")
	}
	fmt.Println()
}
