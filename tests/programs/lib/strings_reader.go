package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReader("héllo")
	fmt.Println(r.Len(), r.Size())
	b, err := r.ReadByte()
	fmt.Println(b, string(b), err, r.Len())
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err, r.Len())
	fmt.Println(r.UnreadRune(), r.Len())
	ch, size, _ = r.ReadRune()
	fmt.Println(string(ch), size)
	buf := make([]byte, 2)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	n, err = r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	n, err = r.Read(buf)
	fmt.Println(n, err, r.Len())
	_, err = r.ReadByte()
	fmt.Println(err)
	fmt.Println(r.UnreadByte(), r.Len())
	r.Reset("new data")
	fmt.Println(r.Len(), r.Size())
	var sb strings.Builder
	for {
		c, _, err := r.ReadRune()
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		sb.WriteRune(c - 32*boolToRune(c >= 'a' && c <= 'z'))
	}
	fmt.Println(sb.String())
	fresh := strings.NewReader("x")
	fmt.Println(fresh.UnreadRune())
}

func boolToRune(b bool) rune {
	if b {
		return 1
	}
	return 0
}
