package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.`

type wordCount struct {
	word  string
	count int
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	fmt.Println("total words:", len(words), "distinct:", len(freq))
	list := make([]wordCount, 0, len(freq))
	for w, c := range freq {
		list = append(list, wordCount{w, c})
	}
	// Sort by count descending, then alphabetically, so the order is total.
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for i, wc := range list {
		if i == 10 {
			break
		}
		bar := strings.Repeat("#", wc.count)
		fmt.Printf("%2d. %-12s %3d %s\n", i+1, wc.word, wc.count, bar)
	}
	byLen := map[int][]string{}
	for w := range freq {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := make([]int, 0, len(byLen))
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		ws := byLen[l]
		sort.Strings(ws)
		fmt.Printf("len %2d: %s\n", l, strings.Join(ws, ", "))
	}
	fmt.Println(freq)
}
