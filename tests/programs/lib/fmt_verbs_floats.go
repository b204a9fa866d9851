package main

import "fmt"

func main() {
	xs := []float64{0, 1, -1, 3.14159265358979, 1e6, 1e21, 1e-7, 123456789.125, 0.1, 2.0 / 3.0}
	for _, x := range xs {
		fmt.Printf("%v|%e|%E|%f|%F|%g|%G\n", x, x, x, x, x, x, x)
	}
	fmt.Println("-- precision")
	x := 1234.5678
	fmt.Printf("%.0f %.1f %.2f %.10f\n", x, x, x, x)
	fmt.Printf("%.0e %.1e %.3e %.10e\n", x, x, x, x)
	fmt.Printf("%.0g %.1g %.3g %.5g %.10g\n", x, x, x, x, x)
	fmt.Printf("%.3G %.3E\n", 1.23456e-10, 1.23456e-10)
	fmt.Println("-- width and flags")
	fmt.Printf("[%10.3f] [%-10.3f] [%010.3f] [%+.3f] [% .3f]\n", x, x, x, x, x)
	fmt.Printf("[%10.3f] [%-10.3f] [%010.3f] [%+.3f] [% .3f]\n", -x, -x, -x, -x, -x)
	fmt.Printf("[%12.4e] [%-12.4e] [%012.4e] [%+e]\n", x, x, x, x)
	fmt.Printf("[%#g] [%#.3g] [%#e] [%#.0f] [%#.0e]\n", 1.0, 2.0, 3.0, 4.0, 5.0)
	fmt.Printf("[%g] [%g] [%g] [%g]\n", 100000.0, 1000000.0, 1e20, 1e21)
	fmt.Printf("[%g] [%g] [%g]\n", 0.0001, 0.00001, 1.0/3.0)
	fmt.Printf("[%v] [%v] [%v]\n", 1e20, 1e21, 1e-5)
	fmt.Println("-- float32")
	var f32 float32 = 0.1
	fmt.Printf("%v %g %f %.10f %e\n", f32, f32, f32, f32, f32)
	fmt.Println(f32, float64(f32), float32(1)/3)
	fmt.Printf("%T %T\n", f32, x)
	fmt.Println(1.0, 2.5, -0.5, 1e100, 123456789.0, 1234567890123.0)
}
