// Fan-in of two independent producers into one channel using a goroutine per
// source. Each source tags its values; the receiver checks that each source's
// values arrive in that source's own order (which Go guarantees per channel),
// and prints the collected values sorted.
package main

import (
	"fmt"
	"sort"
)

type msg struct {
	from string
	seq  int
}

func producer(name string, n int) <-chan msg {
	out := make(chan msg)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- msg{name, i}
		}
	}()
	return out
}

func fanIn(a, b <-chan msg) <-chan msg {
	out := make(chan msg)
	done := make(chan bool)
	forward := func(c <-chan msg) {
		for m := range c {
			out <- m
		}
		done <- true
	}
	go forward(a)
	go forward(b)
	go func() {
		<-done
		<-done
		close(out)
	}()
	return out
}

func main() {
	last := map[string]int{}
	inOrder := true
	var all []msg
	for m := range fanIn(producer("ping", 5), producer("pong", 7)) {
		if m.seq != last[m.from]+1 {
			inOrder = false
		}
		last[m.from] = m.seq
		all = append(all, m)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].from != all[j].from {
			return all[i].from < all[j].from
		}
		return all[i].seq < all[j].seq
	})
	fmt.Println("per-source order kept:", inOrder)
	fmt.Println(all)
	fmt.Println("ping:", last["ping"], "pong:", last["pong"])
}
