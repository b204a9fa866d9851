// io.ReadAll(os.Stdin) reads everything; empty stdin gives an empty slice
// and a nil error (EOF is not an error for ReadAll). Also a bufio.Reader
// rune loop and os.Stdin.Read returning io.EOF.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	data, err := io.ReadAll(os.Stdin)
	fmt.Println("bytes:", len(data), "err:", err)
	letters, digits, spaces := 0, 0, 0
	for _, r := range string(data) {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(" \t\r\n", r):
			spaces++
		default:
			letters++
		}
	}
	fmt.Println("other:", letters, "digits:", digits, "spaces:", spaces)

	buf := make([]byte, 16)
	n, err := os.Stdin.Read(buf)
	fmt.Println("Read after ReadAll:", n, err)

	br := bufio.NewReader(os.Stdin)
	r, size, err := br.ReadRune()
	fmt.Println("ReadRune:", r, size, err)
}
