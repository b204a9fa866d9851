package main

import "fmt"

// The builtins print and println write to stderr with their own formatting.

type T struct{ a int }

func main() {
	fmt.Println("stdout line 1")
	println("println:", 1, true, "str", 'x')
	println(3.5, -2.0, 1e21, 0.0)
	println(float32(0.1))
	println(int8(-5), uint64(1<<63), uintptr(42))
	println(1+2i, complex64(-1.5i))
	print("print without spaces:", 1, 2, "three", "\n")
	print(true, false, "\n")
	println()
	var err error
	println(err == nil, nil == err)
	println("nil slice len", len([]int(nil)))
	s := "done"
	println(s, len(s))
	fmt.Println("stdout line 2")
	var i8 int8 = 127
	i8++
	println("wrapped", i8)
	println(-0.0, 1.0/3.0, 100.0, 123456789.0)
}
