package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) {
	l.lines = append(l.lines, l.prefix+s)
}

func (l *Logger) Count() int { return len(l.lines) }

type Service struct {
	*Logger // embedded pointer: shared between copies
	Name    string
}

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Wrapper struct{ Counter }

func main() {
	shared := &Logger{prefix: "> "}
	s1 := Service{shared, "one"}
	s2 := Service{Logger: shared, Name: "two"}
	s1.Log("from one")
	s2.Log("from two")
	fmt.Println(s1.Count(), s2.Count(), shared.lines)
	s3 := s1 // copy shares the Logger
	s3.Log("from copy")
	fmt.Println(len(s1.lines), s1.prefix)
	// embedded value: copies are independent
	w1 := Wrapper{}
	w1.Inc()
	w2 := w1
	w2.Inc()
	w2.Inc()
	fmt.Println(w1.n, w2.n)
	// pointer to struct with embedded value still promotes
	wp := &w1
	wp.Inc()
	fmt.Println(w1.n, wp.Counter.n)
	var nilEmbed Service
	fmt.Println("nil embedded pointer:", nilEmbed.Logger == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(nilEmbed.prefix)
	}()
}
