package main

import "fmt"

type resource struct{ name string }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func (r *resource) Close() { fmt.Println("close", r.name) }

// All defers in a loop run at function end, in reverse.
func processAll(names []string) {
	for _, n := range names {
		r := open(n)
		defer r.Close()
	}
	fmt.Println("processAll body done")
}

// Wrapping the body in a function closes each resource per iteration.
func processEach(names []string) {
	for _, n := range names {
		func() {
			r := open(n)
			defer r.Close()
			fmt.Println("use", r.name)
		}()
	}
}

func counts() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("counts: ")
}

func main() {
	processAll([]string{"a", "b", "c"})
	fmt.Println("---")
	processEach([]string{"x", "y"})
	fmt.Println("---")
	counts()
	fmt.Println()
}
