package main

import "fmt"

func main() {
	x := 100
	x += 5
	fmt.Println("+=", x)
	x -= 15
	fmt.Println("-=", x)
	x *= 3
	fmt.Println("*=", x)
	x /= 7
	fmt.Println("/=", x)
	x %= 10
	fmt.Println("%=", x)
	x <<= 4
	fmt.Println("<<=", x)
	x >>= 2
	fmt.Println(">>=", x)
	x |= 0b1001
	fmt.Println("|=", x)
	x &= 0b1110
	fmt.Println("&=", x)
	x ^= 0xff
	fmt.Println("^=", x)
	x &^= 0xf0
	fmt.Println("&^=", x)
	s := "go"
	s += "pher"
	fmt.Println("string +=", s)
	f := 1.5
	f *= 4
	f -= 0.5
	f /= 2
	fmt.Println("float ops:", f)
	var u8 uint8 = 250
	u8 += 10
	fmt.Println("uint8 += wraps:", u8)
	arr := []int{1, 2, 3}
	i := 0
	arr[i] += 10 // index evaluated once
	arr[len(arr)-1] *= 2
	fmt.Println(arr)
	m := map[string]int{}
	m["k"] += 5
	m["k"] <<= 1
	fmt.Println(m)
	type P struct{ N int }
	p := &P{1}
	p.N += 41
	fmt.Println(p.N)
	c := complex(1, 1)
	c *= c
	fmt.Println("complex *=", c)
	calls := 0
	idx := func() int { calls++; return 1 }
	arr[idx()] += 100
	fmt.Println(arr, "index calls:", calls)
}
