package main

import "fmt"

func main() {
	t, f := true, false
	fmt.Println(t, f)
	fmt.Printf("%t %t\n", t, f)
	fmt.Printf("%v %v\n", t, f)
	fmt.Printf("[%6t] [%-6t] [%06t]\n", t, f, t)
	fmt.Printf("%#v %+v %T\n", t, f, t)
	fmt.Printf("%d\n", t)
	fmt.Printf("%s\n", f)
	fmt.Printf("%q\n", t)
	fmt.Printf("%x\n", t)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%t\n", "true")
	fmt.Println([]bool{true, false, true})
	fmt.Printf("%t\n", []bool{false, true})
	type flag bool
	var fl flag = true
	fmt.Printf("%v %t %T\n", fl, fl, fl)
	fmt.Println(!t, t && f, t || f, t == f, t != f)
	fmt.Print(t, f, "\n")
	fmt.Println(fmt.Sprint(t) + fmt.Sprint(f))
	fmt.Printf("%.1t|\n", true)
}
