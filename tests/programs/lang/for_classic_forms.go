package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print("a", i, " ")
	}
	fmt.Println()
	j := 0
	for j < 3 { // while-style
		fmt.Print("b", j, " ")
		j++
	}
	fmt.Println()
	k := 0
	for { // infinite with break
		if k >= 3 {
			break
		}
		fmt.Print("c", k, " ")
		k++
	}
	fmt.Println()
	for i := 0; i < 10; i++ {
		if i%3 != 0 {
			continue
		}
		fmt.Print("d", i, " ")
	}
	fmt.Println()
	n := 0
	for ; n < 3; n++ {
	}
	fmt.Println("n after empty body:", n)
	for i := 10; i > 0; i /= 2 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, j := 0, 5; i < j; i, j = i+1, j-1 {
		fmt.Print(i, j, " ")
	}
	fmt.Println()
	m := 0
	for m < 5 {
		m += 2
	}
	fmt.Println("m:", m)
	for i := 0; i < 3; {
		fmt.Print("e", i, " ")
		i++
	}
	fmt.Println()
	// nested loops with a product table
	for i := 1; i <= 3; i++ {
		for j := 1; j <= 3; j++ {
			fmt.Printf("%3d", i*j)
		}
		fmt.Println()
	}
}
