// A three-stage text pipeline: split lines into words, normalize them,
// and count them in the last stage. Order is preserved stage to stage.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func lines(text string) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		for _, l := range strings.Split(text, "\n") {
			out <- l
		}
	}()
	return out
}

func words(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for l := range in {
			for _, w := range strings.Fields(l) {
				out <- w
			}
		}
	}()
	return out
}

func normalize(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			w = strings.ToLower(strings.Trim(w, ".,!?"))
			if w != "" {
				out <- w
			}
		}
	}()
	return out
}

func main() {
	text := "The quick brown fox.\nThe lazy dog!\nA quick, quick fox?"
	counts := map[string]int{}
	var order []string
	for w := range normalize(words(lines(text))) {
		if counts[w] == 0 {
			order = append(order, w)
		}
		counts[w]++
	}
	fmt.Println("first-seen order:", strings.Join(order, " "))
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-6s %d\n", k, counts[k])
	}
}
