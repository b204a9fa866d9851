package main

import "fmt"

// Go truncates toward zero; the remainder takes the sign of the dividend.

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {1, 5}, {-1, 5}, {9, 3}, {-9, 3}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%3d / %3d = %3d   %3d %% %3d = %3d   check: %v\n", a, b, a/b, a, b, a%b, (a/b)*b+a%b == a)
	}
	var x int8 = -7
	var y int8 = 2
	fmt.Println("int8:", x/y, x%y)
	var u uint8 = 250
	fmt.Println("uint8 250/7 250%7:", u/7, u%7)
	fmt.Println("int64:", int64(-1<<40)/3, int64(-1<<40)%3)
	// Constant division follows the same rules.
	const c1 = -7 / 2
	const c2 = -7 % 2
	fmt.Println("const:", c1, c2)
	// Shifting a negative number right is not the same as dividing.
	n := -7
	fmt.Println("-7>>1 =", n>>1, "-7/2 =", n/2)
	// Euclidean-style modulo built from %.
	mod := func(a, m int) int { return ((a % m) + m) % m }
	fmt.Println("mod(-7,3) =", mod(-7, 3), "mod(7,3) =", mod(7, 3))
}
