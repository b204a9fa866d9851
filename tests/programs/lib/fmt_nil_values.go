package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
}

func find(ok bool) error {
	if ok {
		return nil
	}
	return errors.New("not found")
}

func main() {
	var s []string
	var m map[string]int
	var i interface{}
	var e error
	var sh Shape
	var f func()
	var p *int
	fmt.Println(s, m, i, e, sh, p)
	fmt.Printf("%v %v %v %v %v\n", s, m, i, e, sh)
	fmt.Printf("%+v %+v %+v\n", i, e, sh)
	fmt.Printf("%#v %#v %#v %#v %#v\n", s, m, i, e, sh)
	fmt.Printf("%T %T %T %T %T %T\n", s, m, i, e, sh, p)
	fmt.Printf("%d %s %q\n", i, i, i)
	fmt.Println(f == nil)
	fmt.Printf("%v %T\n", f, f)
	fmt.Println(find(true), find(false))
	err := find(true)
	fmt.Printf("[%v] [%s] [%10v]\n", err, err, err)
	fmt.Println(err == nil, i == nil, s == nil, m == nil)
	fmt.Println(fmt.Sprint(nil), fmt.Sprint(nil, nil), fmt.Sprint(s, m))
	fmt.Println([]interface{}{nil, s, m, p})
	fmt.Printf("%v\n", []error{nil, errors.New("x")})
	fmt.Printf("%#v\n", []interface{}{nil})
	fmt.Printf("%x %X\n", s, m)
	fmt.Println(len(s), len(m), cap(s))
	type wrap struct {
		E error
		I interface{}
		S []int
		M map[int]int
		P *int
	}
	fmt.Printf("%v\n%+v\n%#v\n", wrap{}, wrap{}, wrap{})
}
