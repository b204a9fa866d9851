package main

import "fmt"

type Meters float64
type Seconds float64

func main() {
	var i int = 7
	var i32 int32 = 7
	var f float64 = 7.0
	var u uint8 = 7
	// mixed types must be converted explicitly before comparing or combining
	fmt.Println(int32(i) == i32, float64(i) == f, uint8(i) == u)
	fmt.Println(i+int(i32)+int(u), f+float64(i32)/2)
	var big int64 = 1 << 40
	fmt.Println(int32(big) == 0, big > int64(i))
	d := Meters(100)
	t := Seconds(9.58)
	speed := float64(d) / float64(t)
	fmt.Printf("%.4f m/s\n", speed)
	fmt.Println(d > 50, t < 10) // untyped constants adapt
	fmt.Println(Meters(t) < d)
	var r rune = 'A'
	var by byte = 'A'
	fmt.Println(r == rune(by), string(r) == string(by))
	// untyped constants work with any numeric type
	fmt.Println(i*2, i32*2, f*2, u*2)
	const c = 3
	fmt.Println(i < c, f > c, u == c)
	var ui uint = 3
	var si int = -1
	fmt.Println(si < int(ui), uint(si) > ui) // converting -1 to uint wraps
	fmt.Println(float32(0.1) == float32(float64(0.1)), float64(float32(0.1)) == 0.1)
	var e any = i
	fmt.Println(e == 7, e == int32(7), e == any(7))
	cmpx := complex(float64(i), f)
	fmt.Println(cmpx, real(cmpx) == f)
}
