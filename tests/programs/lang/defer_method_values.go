package main

import "fmt"

type Logger struct {
	prefix string
	count  int
}

func (l Logger) Report()       { fmt.Println(l.prefix, "value receiver sees count", l.count) }
func (l *Logger) ReportPtr()   { fmt.Println(l.prefix, "pointer receiver sees count", l.count) }
func (l *Logger) Log(s string) { l.count++; fmt.Println(l.prefix, s) }

type Closer interface{ Close() }

type file struct{ name string }

func (f file) Close() { fmt.Println("closing", f.name) }

func main() {
	l := Logger{prefix: "[log]"}
	defer l.Report()    // receiver copied now (count 0)
	defer l.ReportPtr() // &l captured: sees final count
	m := l.Log
	defer m("deferred method value")
	l.Log("one")
	l.Log("two")
	var c Closer = file{"a.txt"}
	defer c.Close() // interface method value: dynamic receiver fixed now
	c = file{"b.txt"}
	defer c.Close()
	f := Closer.Close // method expression
	defer f(file{"c.txt"})
	fmt.Println("end of main, count =", l.count)
}
