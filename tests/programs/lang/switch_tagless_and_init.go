package main

import "fmt"

func grade(score int) string {
	switch { // tagless: first true case wins
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
	for _, s := range []int{95, 85, 72, 10, 90} {
		fmt.Println(s, grade(s))
	}
	switch x := 7; {
	case x > 5:
		fmt.Println("x > 5 with init")
	}
	switch y := 3 * 3; y {
	case 9:
		fmt.Println("y is 9")
	case 10:
		fmt.Println("y is 10")
	}
	// cases are evaluated top to bottom, left to right, lazily
	check := func(name string, v bool) bool { fmt.Print("eval ", name, "; "); return v }
	switch {
	case check("a", false), check("b", true):
		fmt.Println("matched a|b")
	case check("c", true):
		fmt.Println("matched c")
	}
	// switch on a function result, string tags
	switch s := fmt.Sprint(1 + 1); s {
	case "1":
		fmt.Println("one")
	case "2":
		fmt.Println("two as string")
	}
	// default in the middle is still only used when nothing matches
	switch v := 4; v {
	case 1:
		fmt.Println("1")
	default:
		fmt.Println("default for", v)
	case 2, 3:
		fmt.Println("2 or 3")
	}
	switch { // empty switch
	}
	var b bool
	switch b {
	case true:
		fmt.Println("true")
	case false:
		fmt.Println("false (zero)")
	}
}
