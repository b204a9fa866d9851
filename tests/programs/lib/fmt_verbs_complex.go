package main

import (
	"fmt"
	"math"
)

func main() {
	c := complex(1.5, -2.25)
	fmt.Println(c)
	fmt.Printf("%v %g %f %e %E %G\n", c, c, c, c, c, c)
	fmt.Printf("%.2f %8.2f %+.1f\n", c, c, c)
	fmt.Printf("%+v %#v %T\n", c, c, c)
	var c64 complex64 = complex64(complex(0.1, 0.2))
	fmt.Println(c64)
	fmt.Printf("%v %T\n", c64, c64)
	fmt.Println(complex(0, 0), complex(-1, 0), complex(0, -1))
	fmt.Println(complex(math.Inf(1), math.NaN()))
	fmt.Println(real(c), imag(c))
	z := 3 + 4i
	fmt.Println(z*z, z+1, -z)
	fmt.Printf("%d\n", c)
	fmt.Printf("%s\n", c)
	fmt.Println([]complex128{1, 2i, 3 + 3i})
}
