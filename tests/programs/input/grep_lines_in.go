// A tiny grep over stdin with bufio.Scanner: prints the lines containing
// "go" (case-insensitive) with their line numbers (input in
// grep_lines_in.in), then a summary.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lineNo, matches := 0, 0
	blank := 0
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			blank++
			continue
		}
		if strings.Contains(strings.ToLower(line), "go") {
			matches++
			fmt.Printf("%d: %s\n", lineNo, line)
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%d of %d lines matched, %d blank\n", matches, lineNo, blank)
}
