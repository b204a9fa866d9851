package main

import "fmt"

func main() {
	// Floats accept %b (binary exponent) and %x/%X (hex mantissa).
	for _, f := range []float64{1, 0.5, -2.75, 1024, 0.1, 1e-10} {
		fmt.Printf("%b | %x | %X | %.3x | %#x\n", f, f, f, f, f)
	}
	fmt.Printf("%x %b\n", float32(1.5), float32(1.5))
	fmt.Printf("[%12.2x] [%-12x] [%+x]\n", 3.0, 3.0, 3.0)
	fmt.Printf("%x\n", complex(1, 2))
	// Integers with float verbs and vice versa.
	fmt.Printf("%f %e %g\n", 3, 3, 3)
	fmt.Printf("%d %o %c %U\n", 3.0, 3.0, 3.0, 3.0)
	fmt.Printf("%s %q\n", 3.5, 3.5)
	fmt.Printf("%t %t\n", 0, "")
	fmt.Printf("%q %v %s\n", 'x', 'x', 'x')
	fmt.Printf("%x %X\n", -1.0, 255.0)
	fmt.Printf("%e\n", int64(5))
	fmt.Printf("%s\n", []int{1, 2})
	fmt.Printf("%q\n", []int{65, 66})
	fmt.Printf("%x\n", []float64{1, 2})
	fmt.Printf("%c %c\n", uint8(72), int64(105))
	fmt.Printf("%U\n", uint8(72))
	fmt.Printf("%b\n", []int{5, 6})
	fmt.Printf("%.1f\n", []float64{1.25, 2.35})
	fmt.Printf("%08.3f\n", []float64{-1.5})
	fmt.Printf("%t\n", []bool{true})
	fmt.Printf("%d\n", [2]bool{})
	fmt.Printf("%s\n", struct {
		A int
		B string
	}{1, "b"})
}
