package main

import "fmt"

func Naturals(yield func(int) bool) {
	for i := 1; ; i++ {
		if !yield(i) {
			fmt.Println("  Naturals: yield returned false at", i)
			return
		}
	}
}

func Words(yield func(int, string) bool) {
	defer fmt.Println("  Words: deferred cleanup runs when loop ends")
	for i, w := range []string{"alpha", "beta", "gamma", "delta"} {
		if !yield(i, w) {
			return
		}
	}
}

func main() {
	// break stops an infinite iterator
	for n := range Naturals {
		if n*n > 30 {
			break
		}
		fmt.Println("n:", n)
	}
	// continue just moves on to the next yield
	for n := range Naturals {
		if n > 6 {
			break
		}
		if n%2 == 0 {
			continue
		}
		fmt.Println("odd:", n)
	}
	for i, w := range Words {
		fmt.Println(i, w)
		if w == "beta" {
			break
		}
	}
	fmt.Println("after Words loop")
	// labeled break out of nested range-over-func loops
outer:
	for a := range Naturals {
		for b := range Naturals {
			if a*b > 4 {
				fmt.Println("breaking outer at", a, b)
				break outer
			}
			if b > a {
				continue outer
			}
			fmt.Println("pair", a, b)
		}
	}
	fmt.Println("done")
}
