package main

import "fmt"

func main() {
	var a complex64 = complex(1.5, -2)
	var b complex64 = 0.1 + 0.2i
	fmt.Printf("%T %v %v\n", a, a, b)
	fmt.Println("a+b:", a+b, "a*b:", a*b, "a/b:", a/b)
	fmt.Printf("real %T %v imag %T %v\n", real(a), real(a), imag(a), imag(a))
	var f32 float32 = 0.1
	c := complex(f32, f32*2)
	fmt.Printf("complex(float32...) -> %T %v\n", c, c)
	wide := complex128(b)
	fmt.Println("widened:", wide)
	narrow := complex64(complex(1.0/3, 2.0/3))
	fmt.Println("narrowed:", narrow, complex128(narrow))
	var acc complex64 = 1
	for i := 0; i < 4; i++ {
		acc *= 1i
		fmt.Println("acc:", acc)
	}
	acc += 2
	acc -= 1i
	acc /= 2
	fmt.Println("op-assign:", acc)
	fmt.Println(-a, a == complex64(complex(1.5, -2)))
}
