// fmt.Sscanln stops at a newline and requires the values to end there;
// fmt.Sscan treats newlines as spaces. Compare both on the same inputs.
package main

import "fmt"

func main() {
	inputs := []string{
		"3 4",
		"3 4\n",
		"3\n4",
		"3 4 5",
		"3",
		"",
		"  3   4  ",
	}
	for _, in := range inputs {
		var a, b int
		n1, err1 := fmt.Sscanln(in, &a, &b)
		fmt.Printf("Sscanln(%q): n=%d a=%d b=%d err=%v\n", in, n1, a, b, err1)
		a, b = 0, 0
		n2, err2 := fmt.Sscan(in, &a, &b)
		fmt.Printf("Sscan  (%q): n=%d a=%d b=%d err=%v\n", in, n2, a, b, err2)
	}
	var s1, s2 string
	n, err := fmt.Sscanln("hello world\nsecond line", &s1, &s2)
	fmt.Println(n, err, s1, s2)
}
