// bufio.Scanner with bufio.ScanWords: counts word frequencies on stdin and
// prints them sorted by count, then alphabetically.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	freq := map[string]int{}
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.Trim(sc.Text(), ".,;:!?\"'"))
		if w == "" {
			continue
		}
		freq[w]++
		total++
	}
	fmt.Println("words:", total, "distinct:", len(freq))
	words := make([]string, 0, len(freq))
	for w := range freq {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if freq[words[i]] != freq[words[j]] {
			return freq[words[i]] > freq[words[j]]
		}
		return words[i] < words[j]
	})
	for i, w := range words {
		if i == 5 {
			break
		}
		fmt.Printf("%-10s %d\n", w, freq[w])
	}
	fmt.Println("scanner error:", sc.Err())
}
