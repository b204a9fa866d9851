package main

import "fmt"

func main() {
	// a plain break inside switch only leaves the switch
	for i := 0; i < 5; i++ {
		switch {
		case i == 2:
			fmt.Println("break at", i, "leaves only the switch")
			break
		case i == 3:
			fmt.Println("i is 3")
		}
		fmt.Println("loop body end", i)
	}
	// a labeled break leaves the loop
loop:
	for i := 0; ; i++ {
		switch i {
		case 3:
			fmt.Println("breaking loop at", i)
			break loop
		default:
			fmt.Println("i =", i)
		}
	}
	// continue inside switch continues the loop
	for i := 0; i < 4; i++ {
		switch i % 2 {
		case 0:
			continue
		}
		fmt.Println("odd", i)
	}
	// break inside select-free type switch inside range
	for _, v := range []any{1, "s", 2.5, nil} {
		switch v.(type) {
		case string:
			fmt.Println("string found, break switch")
			break
		case nil:
			fmt.Println("nil")
		default:
			fmt.Println("value", v)
		}
	}
	// labeled switch and break to it
sw:
	switch {
	case true:
		for j := 0; j < 3; j++ {
			if j == 1 {
				break sw
			}
			fmt.Println("j =", j)
		}
		fmt.Println("not reached")
	}
	fmt.Println("after labeled switch")
}
