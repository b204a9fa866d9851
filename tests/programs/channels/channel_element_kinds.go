// Channels of various element types: structs, arrays, interfaces, funcs,
// slices and maps. Values are copied in (arrays and structs by value).
package main

import (
	"errors"
	"fmt"
)

type pair struct {
	k string
	v int
}

func main() {
	sc := make(chan pair, 1)
	sc <- pair{"a", 1}
	fmt.Println(<-sc)

	ac := make(chan [3]int, 1)
	arr := [3]int{1, 2, 3}
	ac <- arr
	arr[0] = 99
	fmt.Println(<-ac, arr)

	ic := make(chan any, 3)
	ic <- 42
	ic <- "str"
	ic <- nil
	for i := 0; i < 3; i++ {
		v := <-ic
		fmt.Printf("%v %T\n", v, v)
	}

	ec := make(chan error, 2)
	ec <- errors.New("boom")
	ec <- nil
	fmt.Println(<-ec, <-ec)

	fc := make(chan func(int) int, 1)
	fc <- func(x int) int { return x * 3 }
	fmt.Println((<-fc)(14))

	slc := make(chan []int, 1)
	s := []int{1, 2}
	slc <- s
	s[0] = 100 // the slice header is copied, the backing array is shared
	fmt.Println(<-slc)

	mc := make(chan map[string]int, 1)
	mc <- map[string]int{"x": 1}
	m := <-mc
	m["y"] = 2
	fmt.Println(len(m), m["x"], m["y"])

	bc := make(chan struct{}, 2)
	bc <- struct{}{}
	fmt.Println(len(bc), <-bc)
}
