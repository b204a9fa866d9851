package main

import "fmt"

type Tank struct{ level int }

func (t *Tank) Drain(n int) {
	if n > t.level {
		panic(fmt.Errorf("cannot drain %d, only %d left", n, t.level))
	}
	t.level -= n
	fmt.Println("level now", t.level)
}

func main() {
	t := &Tank{level: 10}
	drain := t.Drain // method value bound to t
	drain(4)
	drain(4)
	drain(4)
}
