package main

import "fmt"

type Triple struct{ A, B, C int }

type Big struct {
	Data [10]int
	Name string
}

func main() {
	var s []Triple
	for i := 0; i < 20; i++ {
		s = append(s, Triple{i, i * 2, i * 3})
		fmt.Println("len", len(s), "cap", cap(s))
	}
	fmt.Println(s[19])
	var t []Triple
	last := -1
	for i := 0; i < 1500; i++ {
		t = append(t, Triple{})
		if cap(t) != last {
			last = cap(t)
			fmt.Println("len", len(t), "-> cap", cap(t))
		}
	}
	var b []Big
	for i := 0; i < 20; i++ {
		b = append(b, Big{Name: "b"})
		fmt.Print(cap(b), " ")
	}
	fmt.Println()
	type pair struct {
		a int32
		b bool
	}
	var p []pair
	for i := 0; i < 20; i++ {
		p = append(p, pair{int32(i), i%2 == 0})
		fmt.Print(cap(p), " ")
	}
	fmt.Println()
	var e []struct{}
	for i := 0; i < 5; i++ {
		e = append(e, struct{}{})
		fmt.Print(len(e), ":", cap(e) >= len(e), " ")
	}
	fmt.Println()
}
