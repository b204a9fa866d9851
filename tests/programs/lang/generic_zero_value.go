package main

import "fmt"

func ZeroOf[T any]() T {
	var zero T
	return zero
}

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

func OrDefault[T comparable](v, def T) T {
	if IsZero(v) {
		return def
	}
	return v
}

type Config struct {
	Name string
	Port int
}

type Optional[T any] struct {
	val   T
	valid bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) Get() (T, bool) { return o.val, o.valid }
func (o Optional[T]) OrElse(d T) T {
	if o.valid {
		return o.val
	}
	return d
}

func main() {
	fmt.Printf("%v|%q|%v|%v|%v|%v\n", ZeroOf[int](), ZeroOf[string](), ZeroOf[bool](), ZeroOf[float64](), ZeroOf[[]int]() == nil, ZeroOf[map[string]int]() == nil)
	fmt.Printf("%+v %v %v\n", ZeroOf[Config](), ZeroOf[*Config]() == nil, ZeroOf[any]() == nil)
	fmt.Println(IsZero(0), IsZero(""), IsZero("x"), IsZero(Config{}), IsZero(Config{Port: 1}))
	fmt.Println(OrDefault("", "fallback"), OrDefault("set", "fallback"), OrDefault(0, 8080))
	fmt.Println(OrDefault(Config{}, Config{"def", 80}))
	o := Some(3)
	v, ok := o.Get()
	fmt.Println(v, ok, o.OrElse(9))
	n := None[string]()
	s, ok := n.Get()
	fmt.Printf("%q %v %q\n", s, ok, n.OrElse("else"))
	fmt.Printf("%T %T\n", o, n)
	var e error
	fmt.Println(IsZero(e))
}
