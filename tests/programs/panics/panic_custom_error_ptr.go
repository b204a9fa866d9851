package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

func parseLine(n int, text string) {
	if text == "" {
		panic(&ParseError{Line: n, Msg: "blank line"})
	}
	fmt.Println(n, text)
}

func main() {
	defer fmt.Println("main's deferred print runs first")
	for i, line := range []string{"a = 1", "b = 2", ""} {
		parseLine(i+1, line)
	}
}
