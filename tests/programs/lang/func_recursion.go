package main

import (
	"fmt"
	"strings"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func power(base, exp int) int {
	if exp == 0 {
		return 1
	}
	half := power(base, exp/2)
	if exp%2 == 0 {
		return half * half
	}
	return half * half * base
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [16]int // a bigger frame on every level
	pad[n%16] = n
	return depth(n-1) + 1 + pad[n%16] - n
}

func render(n int, indent int) string {
	if n == 0 {
		return ""
	}
	return strings.Repeat(" ", indent) + fmt.Sprint(n) + "\n" + render(n-1, indent+2)
}

func main() {
	for i := 0; i <= 20; i += 5 {
		fmt.Println("fib", i, fib(i))
	}
	fmt.Println("ackermann(2,3):", ackermann(2, 3), "ackermann(3,3):", ackermann(3, 3))
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[:5])
	fmt.Println(power(3, 13), power(2, 62))
	fmt.Println("deep recursion:", depth(10000))
	fmt.Print(render(4, 0))
}
