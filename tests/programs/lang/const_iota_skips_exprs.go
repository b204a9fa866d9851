package main

import "fmt"

const (
	_ = iota // skip zero
	one
	two
	_ // skip three
	four
)

const (
	x0 = iota * iota
	x1
	x2
	x3
)

const (
	s0 = "fixed" // iota not used, still counts
	s1 = iota    // 1
	s2           // 2
	s3 = 100     // explicit value
	s4           // repeats 100
	s5 = iota    // back to iota: 5
)

const (
	neg = -iota - 1
	neg2
	neg3
)

const (
	f0 = 1.5 * iota
	f1
	f2
)

func main() {
	fmt.Println(one, two, four)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(s0, s1, s2, s3, s4, s5)
	fmt.Println(neg, neg2, neg3)
	fmt.Println(f0, f1, f2)
	fmt.Printf("%T %T\n", f1, s5)
}
