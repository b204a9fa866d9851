package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int            { return c.n }
func (c Counter) IncCopy()            { c.n++ } // modifies a copy
func (c *Counter) Inc()               { c.n++ }
func (c *Counter) Add(k int) *Counter { c.n += k; return c }
func (c Counter) String() string      { return fmt.Sprintf("%s=%d", c.name, c.n) }

func main() {
	c := Counter{name: "c"}
	c.IncCopy()
	fmt.Println("after IncCopy:", c.Get())
	c.Inc() // auto address: (&c).Inc()
	fmt.Println("after Inc:", c.Get())
	p := &c
	p.Inc()
	fmt.Println("via pointer:", p.Get(), c.n) // auto deref: (*p).Get()
	p.IncCopy()
	fmt.Println("pointer IncCopy:", c.n)
	c.Add(10).Add(100)
	fmt.Println(c)
	fmt.Println(p)
	arr := []Counter{{name: "a"}, {name: "b"}}
	arr[0].Inc() // slice elements are addressable
	for i := range arr {
		arr[i].Add(i + 1)
	}
	fmt.Println(arr)
	for _, x := range arr {
		x.Inc() // increments the copy
	}
	fmt.Println(arr)
	m := map[string]*Counter{"k": {name: "k"}}
	m["k"].Inc()
	fmt.Println(m["k"].Get())
	vals := map[string]Counter{"v": {name: "v", n: 5}}
	fmt.Println(vals["v"].Get()) // value method on non-addressable map element is fine
}
