package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Printf("%s|%v|%q|%x|%X\n", s, s, s, s, s)
	fmt.Printf("[%15s] [%-15s] [%.3s] [%10.4s] [%-10.2s]\n", s, s, s, s, s)
	fmt.Printf("[% x] [% X] [%#x] [%# x]\n", "abc", "abc", "abc", "abc")
	fmt.Printf("[%+q] [%#q] [%#+q]\n", s, "back`tick", "plain")
	fmt.Printf("[%#q]\n", "no backticks here")
	fmt.Printf("[%q]\n", "tab\there\nnew \"quoted\" \\ bell\a nul\x00 del\x7f")
	fmt.Printf("[%+q]\n", "tab\there ü \u2028")
	fmt.Printf("[%q]\n", "\xff\xfe invalid")
	fmt.Printf("[%x] [%.2x] [%X]\n", "\xff\x00", "abcdef", "hi")
	fmt.Printf("[%010s] [%-010s]\n", "pad", "pad")
	fmt.Printf("[%8q] [%-8q]\n", "q", "q")
	fmt.Printf("[%s] [%q] [%v]\n", "", "", "")
	fmt.Printf("[%.0s] [%.10s]\n", "gone", "short")
	fmt.Printf("[%5.1q]\n", "abc")
	fmt.Printf("[%T] [%v]\n", s, len(s))
	type label string
	var l label = "named"
	fmt.Printf("%s %q %v %T %#v\n", l, l, l, l, l)
	fmt.Printf("%#v %#v\n", "with \"quotes\"", "")
	fmt.Printf("%s\n", []string{"a", "b c"})
	fmt.Printf("%q\n", []string{"a", "b c", ""})
	fmt.Printf("%x\n", []string{"hi", "yo"})
	fmt.Printf("%5s|\n", []string{"a", "b"})
}
