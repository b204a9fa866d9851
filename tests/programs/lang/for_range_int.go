package main

import "fmt"

type Count int

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 3 {
		n++
	}
	fmt.Println("n:", n)
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -2 {
		fmt.Println("never", i)
	}
	// type of the loop variable follows the range expression
	for i := range Count(2) {
		fmt.Printf("%v %T\n", i, i)
	}
	var u8 uint8 = 3
	for i := range u8 {
		fmt.Printf("%v %T; ", i, i)
	}
	fmt.Println()
	// the limit is evaluated once
	limit := 3
	for i := range limit {
		limit = 10
		fmt.Print(i, " ")
	}
	fmt.Println("limit now", limit)
	var i int
	for i = range 4 {
	}
	fmt.Println("assigned form, last i:", i)
	sum := 0
	for i := range 101 {
		sum += i
	}
	fmt.Println("sum 0..100:", sum)
	for i := range 3 {
		i *= 10 // modifying the copy does not affect iteration
		fmt.Print(i, " ")
	}
	fmt.Println()
	const c = 2
	for i := range c {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
}
