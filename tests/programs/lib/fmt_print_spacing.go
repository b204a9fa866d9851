package main

import "fmt"

// Print adds a space between operands only when neither side is a string;
// Println always separates operands with a space and ends with a newline.
func main() {
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, 2, "y", 3.5, true, "\n")
	fmt.Print(1, "a", 2, "\n")
	fmt.Print(true, false, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print('a', 'b', "\n")
	fmt.Print(1.5, "", 2.5, "\n")
	fmt.Println("a", "b")
	fmt.Println(1, 2, 3)
	fmt.Println("x", 1, 2, "y", 3.5, true)
	fmt.Println()
	fmt.Println("")
	fmt.Println(nil)
	s := fmt.Sprint("p", 7, 8, "q")
	fmt.Printf("%q len=%d\n", s, len(s))
	s = fmt.Sprint(7, 8)
	fmt.Printf("%q\n", s)
	s = fmt.Sprintln(7, "eight", 9)
	fmt.Printf("%q\n", s)
	s = fmt.Sprint()
	fmt.Printf("%q\n", s)
	s = fmt.Sprintln()
	fmt.Printf("%q\n", s)
	type name string
	fmt.Print(name("n1"), name("n2"), "\n")
	fmt.Print(name("n1"), 5, "\n")
	n, err := fmt.Println("count", "me")
	fmt.Println(n, err)
	n, err = fmt.Print("abc", 1, 2, "\n")
	fmt.Println(n, err)
	n, err = fmt.Printf("%d-%d\n", 10, 20)
	fmt.Println(n, err)
}
