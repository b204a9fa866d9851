// bufio.Reader.ReadString('\n') returns each line with its newline; the last
// line may come without one, together with io.EOF. Empty input gives "" and
// io.EOF at once.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	n := 0
	for {
		line, err := r.ReadString('\n')
		if line != "" {
			n++
			fmt.Printf("line %d: %q (trimmed %q)\n", n, line, strings.TrimRight(line, "\r\n"))
		}
		if err == io.EOF {
			fmt.Printf("EOF after %d lines, last chunk %q\n", n, line)
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
	}
	b, err := r.ReadByte()
	fmt.Println("ReadByte after EOF:", b, err)
}
