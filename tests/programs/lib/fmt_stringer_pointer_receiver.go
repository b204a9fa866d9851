package main

import "fmt"

type Counter struct {
	name string
	n    int
}

// String has a pointer receiver: only *Counter is a Stringer.
func (c *Counter) String() string {
	if c == nil {
		return "Counter(nil)"
	}
	return fmt.Sprintf("%s=%d", c.name, c.n)
}

type Box struct {
	C *Counter
	V Counter
}

func main() {
	c := Counter{"hits", 3}
	fmt.Println(c)
	fmt.Println(&c)
	fmt.Printf("%v %+v\n", c, c)
	fmt.Printf("%v %s\n", &c, &c)
	fmt.Printf("%+v\n", &c)
	var nc *Counter
	fmt.Println(nc)
	fmt.Printf("%v %s\n", nc, nc)
	cs := []*Counter{{"a", 1}, {"b", 2}}
	fmt.Println(cs)
	vals := []Counter{{"a", 1}, {"b", 2}}
	fmt.Println(vals)
	b := Box{C: &Counter{"inner", 9}, V: Counter{"v", 0}}
	fmt.Println(b)
	fmt.Printf("%+v\n", b)
	m := map[string]*Counter{"x": {"x", 10}, "a": {"a", 1}}
	fmt.Println(m)
	var s fmt.Stringer = &c
	c.n = 100
	fmt.Println(s)
	fmt.Printf("%d\n", &c)
}
