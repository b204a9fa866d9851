package main

import "fmt"

type Number interface {
	int | int32 | int64 | float32 | float64
}

type Signed interface{ ~int | ~int64 }

// A constraint interface can have both a type set and methods.
type StringableInt interface {
	~int
	String() string
}

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	var total T
	for _, x := range xs {
		total += x
	}
	return float64(total) / float64(len(xs))
}

func Abs[T Signed](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Describe[T StringableInt](x T) string {
	return fmt.Sprintf("%s (next %s)", x.String(), (x + 1).String())
}

func Convert[To, From Number](f From) To { return To(f) }

func main() {
	fmt.Println(Max(3, 7), Max(2.5, -1.0), Max[int32](5, 4))
	fmt.Println(Average([]int{1, 2, 4}), Average([]float32{0.5, 0.25}), Average([]int64{}))
	fmt.Println(Abs(-5), Abs(int64(-1<<40)))
	fmt.Println(Describe(Code(41)))
	fmt.Println(Convert[int](3.99), Convert[float32](int64(7)), Convert[int32, float64](-2.5))
	fmt.Printf("%T\n", Convert[float64, int](1))
}
