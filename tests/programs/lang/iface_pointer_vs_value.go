package main

import "fmt"

type Incrementer interface {
	Inc()
	Val() int
}

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Val() int { return c.n }

type ByValue struct{ n int }

func (b ByValue) Inc()     { b.n++ } // useless: modifies a copy
func (b ByValue) Val() int { return b.n }

func bump(i Incrementer, times int) {
	for k := 0; k < times; k++ {
		i.Inc()
	}
}

func main() {
	c := Counter{}
	var i Incrementer = &c // only *Counter implements Incrementer
	bump(i, 3)
	fmt.Println("pointer in interface shares:", c.n, i.Val())
	c.n = 100
	fmt.Println("interface sees change:", i.Val())

	bv := ByValue{}
	var j Incrementer = bv // value copied into interface
	bump(j, 3)
	fmt.Println("value receiver Inc has no effect:", j.Val(), bv.n)
	var k Incrementer = &bv // *ByValue also implements it
	bump(k, 2)
	fmt.Println("still no effect:", k.Val())

	fmt.Printf("%T %T %T\n", i, j, k)
	// Storing a value copies it; later changes to the variable are invisible.
	type Box struct{ V int }
	b := Box{1}
	var any1 any = b
	var any2 any = &b
	b.V = 2
	fmt.Println(any1.(Box).V, any2.(*Box).V)
	// Two interfaces holding the same pointer are equal.
	var x, y any = &b, &b
	fmt.Println("same pointer equal:", x == y)
	var p, q any = Box{2}, Box{2}
	fmt.Println("equal values equal:", p == q)
	var r, s any = &Box{2}, &Box{2}
	fmt.Println("different pointers equal:", r == s)
}
