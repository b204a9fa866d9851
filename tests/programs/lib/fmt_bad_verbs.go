package main

import (
	"errors"
	"fmt"
)

type point struct{ x, y int }

func main() {
	fmt.Printf("%d\n", "x")
	fmt.Printf("%s\n", 5)
	fmt.Printf("%f\n", "1.5")
	fmt.Printf("%d\n", 2.5)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n", 3)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "two", 3.0)
	fmt.Printf("no verbs\n", 7)
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%%d %d\n", 4)
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("trailing %5")
	fmt.Println()
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%d\n", point{1, 2})
	fmt.Printf("%s\n", point{1, 2})
	fmt.Printf("%x\n", point{10, 11})
	fmt.Printf("%d\n", map[string]int{"a": 1})
	fmt.Printf("%s\n", map[string]int{"a": 1})
	fmt.Printf("%d\n", errors.New("oops"))
	fmt.Printf("%.2d\n", "str")
	fmt.Printf("%s|%v\n", []interface{}{1, "a", nil}, []interface{}{1, "a", nil})
	fmt.Printf("%d\n", []interface{}{1, "a", 2.5})
	fmt.Printf("%!d(string=x)\n")
	s := fmt.Sprintf("%d %s", 1)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%v", 1, 2))
	fmt.Println(fmt.Sprintf("x", nil))
	fmt.Println(fmt.Sprintf("%-!", 1))
	fmt.Println(fmt.Sprintf("%t %t", true))
	fmt.Println(fmt.Sprintf("%c", "c"))
	fmt.Println(fmt.Sprintf("%U", 1.0))
	fmt.Println(fmt.Sprintf("%e", 1))
}
