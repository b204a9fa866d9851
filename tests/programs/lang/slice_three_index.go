package main

import "fmt"

func main() {
	arr := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := arr[2:5]
	fmt.Println(s, len(s), cap(s))
	t := arr[2:5:7]
	fmt.Println(t, len(t), cap(t))
	u := t[:cap(t)]
	fmt.Println("extend to cap:", u)
	v := arr[:0:0]
	fmt.Println(v, len(v), cap(v))
	w := arr[5:5:10]
	fmt.Println(len(w), cap(w))
	w = append(w, 100)
	fmt.Println("append into array:", arr)
	x := arr[1:3:3]
	x = append(x, 200)
	fmt.Println("append after cap limit, arr:", arr, "x:", x)
	sl := []string{"a", "b", "c", "d", "e"}
	p := sl[1:2:4]
	fmt.Println(p, len(p), cap(p), p[:3])
	q := p[1:2:3]
	fmt.Println(q, len(q), cap(q))
	ptr := &arr
	r := ptr[3:6:8]
	fmt.Println(r, len(r), cap(r))
	lo, hi, mx := 1, 2, 3
	fmt.Println(sl[lo:hi:mx], cap(sl[lo:hi:mx]))
	fmt.Println(sl[:], sl[2:], sl[:2], len(sl[5:]))
}
