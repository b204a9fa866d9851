package main

import (
	"fmt"
	"math"
)

func main() {
	c := complex(3, 4)
	fmt.Println("c =", c, "real:", real(c), "imag:", imag(c))
	fmt.Printf("%T %v\n", c, c)
	d := 1 + 2i
	fmt.Println("c+d =", c+d, "c-d =", c-d)
	fmt.Println("c*d =", c*d, "c/d =", c/d)
	fmt.Println("abs via hypot:", math.Hypot(real(c), imag(c)))
	conj := complex(real(c), -imag(c))
	fmt.Println("conj:", conj, "c*conj:", c*conj)
	fmt.Println("i*i =", 1i*1i)
	fmt.Println("== :", c == complex(3, 4), c != d)
	var z complex128
	fmt.Println("zero:", z)
	fmt.Println("negative parts:", complex(-1.5, -2.25))
	fmt.Println("big parts:", complex(1e21, 1e-7))
	const k = (1 + 2i) * (3 - 1i) // constant complex arithmetic
	fmt.Println("const k =", k, real(k), imag(k))
	const r = real(k) // real of a constant is constant
	var ri int = r
	fmt.Println("real const as int:", ri)
	inf := math.Inf(1)
	fmt.Println("inf parts:", complex(inf, math.NaN()))
	fmt.Println(c / 0)
	fmt.Printf("%v %.2f\n", c*c*c, c/d)
}
