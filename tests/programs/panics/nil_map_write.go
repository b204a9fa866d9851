package main

import "fmt"

type Counter struct {
	counts map[string]int
}

// Add writes into the map without creating it first.
func (c *Counter) Add(word string) {
	c.counts[word]++
}

func main() {
	c := &Counter{}
	fmt.Println("reading a nil map is fine:", c.counts["go"], len(c.counts))
	c.Add("go")
	fmt.Println("not reached")
}
