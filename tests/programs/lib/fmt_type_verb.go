package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Stack []int
type Table map[string][]int
type Handler func(int) error
type Empty struct{}
type Shape interface{ Area() float64 }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func main() {
	fmt.Printf("%T\n", Celsius(1))
	fmt.Printf("%T\n", Stack{})
	fmt.Printf("%T\n", Table{})
	fmt.Printf("%T\n", Handler(nil))
	fmt.Printf("%T\n", Empty{})
	fmt.Printf("%T\n", &Empty{})
	var sh Shape = Circle{2}
	fmt.Printf("%T %v\n", sh, sh.Area())
	fmt.Printf("%T\n", &sh)
	fmt.Printf("%T\n", errors.New("e"))
	fmt.Printf("%T\n", fmt.Errorf("w %w", errors.New("e")))
	fmt.Printf("%T\n", func(a int, b ...string) (bool, error) { return false, nil })
	fmt.Printf("%T\n", func() {})
	fmt.Printf("%T\n", [][2]map[int]*string{})
	fmt.Printf("%T\n", struct {
		A int
		b []byte
	}{})
	fmt.Printf("%T\n", []interface{}{})
	fmt.Printf("%T\n", map[interface{}]error{})
	fmt.Printf("%T\n", new(int))
	fmt.Printf("%T\n", [0]Celsius{})
	fmt.Printf("%T %T %T\n", 1+2i, complex64(1), 'r')
	fmt.Printf("%T %T\n", "", nil)
	fmt.Printf("[%10T] [%-10T]\n", 1, "s")
	fmt.Printf("%T %T\n", []Shape{sh}, map[Celsius]Stack{})
	var ip *int
	fmt.Printf("%T\n", &ip)
	fmt.Println(fmt.Sprintf("%T", uint64(0)) == "uint64")
}
