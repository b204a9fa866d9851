// A goroutine started by another goroutine: the "created by" line names the
// creating function (main.main.func1) and the goroutine it ran in.
package main

import "fmt"

type task struct{ name string }

func (t *task) run(results chan<- string) {
	if t.name == "" {
		panic(fmt.Errorf("task without a name"))
	}
	results <- t.name
}

func main() {
	results := make(chan string)
	go func() {
		tasks := []*task{{"first"}, {""}}
		for _, t := range tasks {
			go t.run(results)
			fmt.Println("finished:", <-results)
		}
	}()
	select {}
}
