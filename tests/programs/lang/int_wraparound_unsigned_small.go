package main

import "fmt"

func main() {
	var u uint8 = 255
	u++
	fmt.Println("255+1 =", u)
	u--
	fmt.Println("0-1 =", u)
	var x uint8 = 200
	fmt.Println("200+100 =", x+100)
	fmt.Println("200*2 =", x*2)
	fmt.Println("200*200 =", x*x)
	var zero uint8
	fmt.Println("-0 =", -zero, "neg 1 =", -(zero + 1))
	fmt.Println("^200 =", ^x)
	var u16 uint16 = 65535
	u16 += 10
	fmt.Println("uint16 65535+10 =", u16)
	u16 = 300
	fmt.Println("uint16 300*300 =", u16*u16)
	two := uint16(2)
	fmt.Println("uint16 1-2 =", uint16(1)-two)
	var by byte = 'z'
	by += 10
	fmt.Println("'z'+10 as byte =", by)
	var h uint8 = 1
	for i := 0; i < 10; i++ {
		h *= 2
		fmt.Print(h, " ")
	}
	fmt.Println()
}
