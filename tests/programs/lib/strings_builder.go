package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(',')
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune('界')
	b.WriteRune('!')
	fmt.Println(b.String(), b.Len())
	n, err := b.WriteString(" more")
	fmt.Println(n, err)
	n, err = b.WriteRune('é')
	fmt.Println(n, err)
	n, err = b.Write([]byte{'x', 'y'})
	fmt.Println(n, err)
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Grow(64)
	fmt.Println(b.Len(), b.Cap() >= 64)
	for i := 0; i < 5; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d^2=%d", i, i*i)
	}
	fmt.Println(b.String())
	var lines strings.Builder
	for i := 3; i > 0; i-- {
		lines.WriteString(strings.Repeat("#", i))
		lines.WriteByte('\n')
	}
	fmt.Print(lines.String())
	s1 := lines.String()
	lines.WriteString("tail")
	fmt.Printf("%q %q\n", s1, lines.String())
	var big strings.Builder
	for i := 0; i < 1000; i++ {
		big.WriteByte(byte('a' + i%26))
	}
	fmt.Println(big.Len(), big.String()[:30], big.String()[990:])
	b.WriteRune(-1)
	b.WriteRune(0x10FFFF + 1)
	fmt.Printf("%q\n", b.String()[len(b.String())-6:])
}
