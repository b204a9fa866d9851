package main

import "fmt"

func main() {
	// * / % << >> & &^ bind tighter than + - | ^, which bind tighter than comparisons
	fmt.Println(2+3*4, (2+3)*4)
	fmt.Println(10-4-3, 10-(4-3)) // left associative
	fmt.Println(100/10/5, 100/(10/5))
	fmt.Println(1+2<<3, (1+2)<<3) // << is multiplicative
	fmt.Println(6&3|8, 6&(3|8))
	fmt.Println(5|2^7, 5|(2^7)) // | and ^ same level, left to right
	fmt.Println(7&^5+1, 7&^(5+1))
	fmt.Println(-2*-3, - -4, ^0+1)
	fmt.Println(17%5*2, 17%(5*2))
	fmt.Println(1 < 2 == true, 3 > 2 != false)
	a, b, c := true, false, true
	fmt.Println(a || b && !c, (a || b) && !c) // && binds tighter than ||
	fmt.Println(!a == b, !(a == b))
	x := 5
	fmt.Println(x > 3 && x < 10 || x == 0)
	fmt.Println(-x%3, (-x)%3, -(x % 3))
	fmt.Println(^x&0xf, ^(x & 0xf))
	y := 2.0
	fmt.Println(1/y*4, 1/(y*4))
	fmt.Println(x*x-2*x+1 == (x-1)*(x-1))
	var u uint8 = 3
	fmt.Println(u<<2+1, u<<(2+1))
	p := &x
	fmt.Println(*p**p, -*p)
	s := []int{10, 20, 30}
	i := 1
	fmt.Println(s[i]+s[i+1]*2, len(s)*2-1)
	fmt.Println(+x, -(-x), 0-x)
}
