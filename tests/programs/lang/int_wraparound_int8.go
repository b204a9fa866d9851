package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("127+1 =", a)
	a--
	fmt.Println("-128-1 =", a)
	var b int8 = 100
	var c int8 = 100
	fmt.Println("100+100 =", b+c)
	fmt.Println("100*3 =", b*3)
	fmt.Println("-128*-1 =", int8(-128)*int8(-1+0*int(a)))
	m := int8(-128)
	fmt.Println("-(-128) =", -m)
	fmt.Println("-128/-1 =", m/int8(-1*len("x")))
	fmt.Println("-128%-1 =", m%int8(-1*len("x")))
	var prod int8 = 1
	for i := 0; i < 10; i++ {
		prod *= 3
		fmt.Print(prod, " ")
	}
	fmt.Println()
	var sum int8
	for i := 0; i < 20; i++ {
		sum += 13
	}
	fmt.Println("20*13 wrapped =", sum)
	var i16 int16 = 32767
	i16 += 2
	fmt.Println("int16 32767+2 =", i16)
	i16 = -32768
	i16 *= -1
	fmt.Println("int16 -32768*-1 =", i16)
}
