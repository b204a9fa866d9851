package main

import "fmt"

func main() {
	var re, im float64 = 1.5, -2
	c := complex(re, im)
	fmt.Printf("%v %T\n", c, c)
	var r32, i32 float32 = 0.5, 0.25
	c64 := complex(r32, i32)
	fmt.Printf("%v %T %T\n", c64, c64, real(c64))
	// untyped constant arguments
	const k = complex(1, 2)
	fmt.Printf("%v %T\n", k, k)
	var fromConst complex64 = k
	fmt.Println(fromConst)
	fmt.Println(real(3+4i), imag(3+4i), real(5), imag(5.0))
	// building a complex from int values needs conversion
	a, b := 3, 4
	z := complex(float64(a), float64(b))
	fmt.Println(z*z, z/complex(0, 1))
	// modulus squared
	fmt.Println(real(z)*real(z) + imag(z)*imag(z))
	zs := []complex128{1, 1i, -1, -1i}
	prod := complex(1, 0)
	for _, v := range zs {
		prod *= v
		fmt.Print(prod, " ")
	}
	fmt.Println()
	fmt.Println(complex(0, 0) == 0, 1i == complex(0, 1))
	m := map[complex128]string{1i: "i", 1: "one"}
	fmt.Println(m[complex(0, 1)], m[1+0i])
	// powers of i by repeated multiplication
	p := complex128(1)
	for n := 0; n < 5; n++ {
		fmt.Printf("i^%d = %v\n", n, p)
		p *= 1i
	}
}
