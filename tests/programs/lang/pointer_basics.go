package main

import "fmt"

func setTo(p *int, v int) { *p = v }

func newCounter() *int {
	n := 10 // escapes; still valid after return
	return &n
}

func main() {
	x := 1
	p := &x
	*p = 2
	fmt.Println("x:", x, "*p:", *p)
	setTo(&x, 3)
	fmt.Println("x:", x)
	q := new(int)
	fmt.Println("new int:", *q)
	*q += 5
	fmt.Println("after +=:", *q)
	s := new(string)
	*s = "hi"
	fmt.Printf("%q\n", *s)
	c := newCounter()
	*c++
	fmt.Println("counter:", *c)
	var nilp *int
	fmt.Println("nil pointer:", nilp == nil)
	p2 := p
	fmt.Println("same target:", p == p2, *p2)
	y := 3
	fmt.Println("different targets equal values:", p == &y, *p == y)
	arr := []int{1, 2, 3}
	ep := &arr[1]
	*ep = 20
	fmt.Println(arr)
	type T struct{ a, b int }
	tp := new(T)
	tp.b = 4
	fmt.Println(*tp)
	fmt.Printf("%+v\n", &T{1, 2})
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(*nilp)
	}()
}
