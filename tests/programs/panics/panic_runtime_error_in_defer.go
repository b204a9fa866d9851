package main

import "fmt"

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) {
	fmt.Println(l.prefix + msg)
}

func process(l *Logger) {
	// l is nil: evaluating l.Log for defer is fine, the call dereferences
	// it while process is panicking.
	defer l.Log("process done")
	fmt.Println("processing")
	panic("process failed")
}

func main() {
	var l *Logger // never set
	process(l)
}
