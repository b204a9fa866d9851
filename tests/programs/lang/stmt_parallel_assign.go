package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println("swap:", a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println("rotate:", x, y, z)
	s := []int{10, 20, 30, 40}
	s[0], s[3] = s[3], s[0]
	fmt.Println("slice swap:", s)
	i := 1
	// index expressions on the left are evaluated before assignment happens
	i, s[i] = 2, 99
	fmt.Println("i, s[i]:", i, s)
	// fibonacci with parallel assignment
	f0, f1 := 0, 1
	for k := 0; k < 10; k++ {
		f0, f1 = f1, f0+f1
	}
	fmt.Println("fib(10):", f0)
	// gcd
	m, n := 1071, 462
	for n != 0 {
		m, n = n, m%n
	}
	fmt.Println("gcd:", m)
	// reverse in place
	r := []string{"a", "b", "c", "d", "e"}
	for l, h := 0, len(r)-1; l < h; l, h = l+1, h-1 {
		r[l], r[h] = r[h], r[l]
	}
	fmt.Println(r)
	type P struct{ X, Y int }
	p := P{1, 2}
	p.X, p.Y = p.Y, p.X
	fmt.Println(p)
	arr := [2]int{5, 6}
	arr[0], arr[1] = arr[1], arr[0]
	fmt.Println(arr)
	mm := map[string]int{"a": 1, "b": 2}
	mm["a"], mm["b"] = mm["b"], mm["a"]
	fmt.Println(mm)
	var q *P = &p
	q, q.X = nil, 100 // q.X uses the old q
	fmt.Println(q == nil, p.X)
}
