// The same reading code works on any io.Reader: fmt.Fscan and bufio.Scanner
// over strings.NewReader, with ScanLines, ScanWords, ScanRunes and a custom
// split function that splits on commas.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

// commaSplit is a bufio.SplitFunc: a token ends at a comma or at EOF, and
// surrounding spaces are trimmed. Returning 0, nil asks for more data.
func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
	for i, b := range data {
		if b == ',' {
			return i + 1, []byte(strings.TrimSpace(string(data[:i]))), nil
		}
	}
	if atEOF && len(data) > 0 {
		return len(data), []byte(strings.TrimSpace(string(data))), nil
	}
	return 0, nil, nil
}

func main() {
	r := strings.NewReader("3\n10 20 30\nextra")
	var n int
	fmt.Fscan(r, &n)
	sum := 0
	for i := 0; i < n; i++ {
		var v int
		fmt.Fscan(r, &v)
		sum += v
	}
	var word string
	c, err := fmt.Fscan(r, &word)
	fmt.Println("sum:", sum, "then:", word, c, err)
	c, err = fmt.Fscan(r, &word)
	fmt.Println("at end:", c, err)

	for _, split := range []struct {
		name string
		fn   bufio.SplitFunc
	}{{"lines", bufio.ScanLines}, {"words", bufio.ScanWords}, {"runes", bufio.ScanRunes}, {"commas", commaSplit}} {
		sc := bufio.NewScanner(strings.NewReader("héllo wörld,\nsecond , third"))
		sc.Split(split.fn)
		var toks []string
		for sc.Scan() {
			toks = append(toks, sc.Text())
		}
		fmt.Printf("%-6s %d %q\n", split.name, len(toks), toks)
	}
}
