package main

import "fmt"

var x = "package x"

func show() { fmt.Println("show sees:", x) }

func main() {
	fmt.Println("1:", x)
	x := "main x"
	fmt.Println("2:", x)
	show()
	{
		x := "block x"
		fmt.Println("3:", x)
		{
			x := 42 // different type in inner scope
			fmt.Println("4:", x+1)
		}
		fmt.Println("5:", x)
	}
	fmt.Println("6:", x)

	if x := len(x); x > 3 {
		fmt.Println("7: if-scoped x =", x)
	} else {
		fmt.Println("7: else x =", x)
	}
	fmt.Println("8:", x)

	for x := 0; x < 2; x++ {
		fmt.Println("9: loop x =", x)
	}

	switch x := 3.5; {
	case x > 3:
		fmt.Println("10: switch x =", x)
	}

	// Shadowing a builtin name is legal too.
	len := func(s string) int { return 99 }
	fmt.Println("11: shadowed len =", len(x))

	y := 1
	func() {
		y := 2
		y++
		fmt.Println("12: inner y =", y)
	}()
	fmt.Println("13: outer y =", y)
}
