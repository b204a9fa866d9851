package main

import "fmt"

func t(name string, v bool) bool {
	fmt.Print(name, " ")
	return v
}

func main() {
	fmt.Println(true && false, true || false, !true, !false)
	// short-circuit evaluation
	fmt.Println("=", t("A", false) && t("B", true))
	fmt.Println("=", t("A", true) && t("B", false))
	fmt.Println("=", t("A", true) || t("B", false))
	fmt.Println("=", t("A", false) || t("B", true))
	fmt.Println("=", t("A", false) || t("B", false) && t("C", true))
	var b bool
	fmt.Println("zero:", b)
	b = 3 > 2 == true
	fmt.Println("3 > 2 == true:", b)
	x := 5
	inRange := x > 0 && x < 10
	fmt.Println("inRange:", inRange, !inRange == false)
	fmt.Println(true == true, true != false, false == false)
	type Flag bool
	var f Flag = x%2 == 1
	fmt.Printf("%v %T\n", f, f)
	flags := []bool{true, false, true}
	n := 0
	for _, v := range flags {
		if v {
			n++
		}
	}
	fmt.Println("true count:", n, flags)
}
