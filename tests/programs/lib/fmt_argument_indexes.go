package main

import "fmt"

func main() {
	fmt.Printf("%[2]d %[1]d\n", 11, 22)
	fmt.Printf("%[3]s %[1]s %[2]s\n", "a", "b", "c")
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %#[1]x\n", 64)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
	fmt.Printf("%[2]d %d\n", 1, 2, 3)
	fmt.Printf("%[3]*.[2]*[1]f\n", 12.0, 2, 6)
	fmt.Printf("%[1]*[2]d|\n", 5, 9)
	fmt.Printf("%6.2f %6.2[1]f %[1]*.[2]*[3]f\n", 3.14159, 2, 1.5)
	fmt.Printf("%[5]d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%[x]d\n", 1)
	fmt.Printf("%[1]\n", 1)
	fmt.Printf("%[2]d\n", 1)
	fmt.Printf("%[1]d %[2]d\n", 1)
	fmt.Printf("%[1]s-%[1]q-%[1]v\n", "rep")
	fmt.Printf("%[2]v %[1]T\n", 1.5, []int{1})
	fmt.Printf("%[1]d %[3]d\n", 1, 2, 3)
	fmt.Printf("%-[1]*[2]d|\n", 4, 8)
	s := fmt.Sprintf("%[2]s=%[1]d", 5, "five")
	fmt.Println(s)
}
