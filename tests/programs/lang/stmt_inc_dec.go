package main

import "fmt"

type T struct{ n int }

func main() {
	i := 0
	i++
	i++
	i--
	fmt.Println("i:", i)
	f := 1.5
	f++
	fmt.Println("float++:", f)
	var u uint = 0
	u--
	fmt.Println("uint--:", u)
	var b byte = 255
	b++
	fmt.Println("byte++:", b)
	arr := [3]int{}
	arr[1]++
	arr[2]--
	fmt.Println(arr)
	m := map[string]int{}
	m["x"]++
	m["x"]++
	m["y"]--
	fmt.Println(m)
	t := T{}
	t.n++
	p := &t
	p.n++
	fmt.Println(t.n)
	ptr := &i
	*ptr++
	fmt.Println("via pointer:", i)
	c := 1 + 1i
	c++
	fmt.Println("complex++:", c)
	r := 'a'
	r++
	fmt.Println(string(r))
	sl := []float32{0.5}
	sl[0]++
	fmt.Println(sl)
	count := 0
	for j := 10; j > 0; j-- {
		count++
	}
	fmt.Println("count:", count)
}
