// A goroutine can recover its own panic; a deferred recover in main would not
// catch it. Each worker converts a panic into an error value sent to main.
package main

import (
	"errors"
	"fmt"
)

type outcome struct {
	id  int
	val int
	err error
}

func safeDiv(id, a, b int, out chan<- outcome) {
	defer func() {
		if r := recover(); r != nil {
			out <- outcome{id: id, err: fmt.Errorf("worker %d recovered: %v", id, r)}
		}
	}()
	if a < 0 {
		panic(errors.New("negative input"))
	}
	out <- outcome{id: id, val: a / b}
}

func main() {
	inputs := [][2]int{{10, 2}, {7, 0}, {-1, 3}, {9, 3}}
	out := make(chan outcome)
	for i, in := range inputs {
		go safeDiv(i, in[0], in[1], out)
	}
	results := make([]outcome, len(inputs))
	for range inputs {
		o := <-out
		results[o.id] = o
	}
	for _, o := range results {
		if o.err != nil {
			fmt.Println("error:", o.err)
		} else {
			fmt.Println("ok:", o.id, o.val)
		}
	}
}
