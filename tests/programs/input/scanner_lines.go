// bufio.Scanner over os.Stdin, line by line: prints each line numbered with
// its length. Err is nil at a clean end of input.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines := 0
	longest := ""
	for sc.Scan() {
		line := sc.Text()
		lines++
		fmt.Printf("%3d (%2d) %s\n", lines, len(line), strings.TrimSpace(line))
		if len(line) > len(longest) {
			longest = line
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	if lines == 0 {
		fmt.Println("no input")
		return
	}
	fmt.Println("lines:", lines)
	fmt.Printf("longest: %q\n", longest)
}
