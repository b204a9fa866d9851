package main

import "fmt"

func main() {
	runes := []rune{'A', 'z', 'é', 'Ω', 'Ж', '世', '😀', '\t', '\x00', 0x7f, 0xa0, 0x2028, 0xfffd}
	for _, r := range runes {
		fmt.Printf("%d %c %q %+q %U %#U %x\n", r, r, r, r, r, r, r)
	}
	fmt.Printf("%#q %#q %#q\n", 'a', '\n', '`')
	fmt.Printf("%q\n", []rune("héllo"))
	fmt.Printf("%c\n", []rune("héllo"))
	fmt.Printf("%U\n", []rune("ab"))
	fmt.Println([]rune("hé"))
	fmt.Printf("%v %T\n", 'x', 'x')
	fmt.Printf("%q\n", rune(0xD800))
	fmt.Printf("%c|\n", rune(0xD800))
	fmt.Printf("%U\n", rune(0x10FFFF))
	fmt.Printf("%#U\n", rune(0x10FFFF+1))
	fmt.Printf("%#U\n", rune(-5))
	fmt.Printf("%08U|%-8c|%8c|\n", 'a', 'b', 'c')
	fmt.Printf("%.2U|%.6U|%#.6U\n", 'a', 'a', 'a')
}
