package main

import (
	"fmt"
	"strconv"
)

// A constraint with a method: any type with a String method.
type Shower interface{ Show() string }

type Num int
type Word string

func (n Num) Show() string  { return "#" + strconv.Itoa(int(n)) }
func (w Word) Show() string { return "'" + string(w) + "'" }

func ShowAll[T Shower](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.Show()
	}
	return out
}

// Pointer-method constraint: PT must be *T and have Set.
type Setter[T any] interface {
	*T
	Set(string)
}

type Config struct{ v string }

func (c *Config) Set(s string) { c.v = "cfg:" + s }

type Flag struct{ on bool }

func (f *Flag) Set(s string) { f.on = s == "on" }

func ParseAll[T any, PT Setter[T]](vals []string) []T {
	out := make([]T, len(vals))
	for i, v := range vals {
		PT(&out[i]).Set(v)
	}
	return out
}

// Generic type whose method uses another generic type.
type Box[T any] struct{ V T }

func (b Box[T]) Map(f func(T) T) Box[T] { return Box[T]{f(b.V)} }

func Wrap[T any](v T) Box[Box[T]] { return Box[Box[T]]{Box[T]{v}} }

func main() {
	fmt.Println(ShowAll([]Num{1, 2, 3}))
	fmt.Println(ShowAll([]Word{"go", "vm"}))
	cfgs := ParseAll[Config]([]string{"a", "b"})
	fmt.Printf("%+v\n", cfgs)
	flags := ParseAll[Flag]([]string{"on", "off", "on"})
	fmt.Printf("%+v\n", flags)
	b := Box[int]{20}.Map(func(x int) int { return x + 1 }).Map(func(x int) int { return x * 2 })
	fmt.Println(b, b.V)
	w := Wrap("inner")
	fmt.Printf("%v %T\n", w, w)
	fmt.Println(w.V.V)
}
