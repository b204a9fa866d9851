package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func total(shapes ...Shape) (area float64) {
	for _, s := range shapes {
		area += s.Area()
	}
	return
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, NewSquare(2), &Rect{1, 1}}
	for _, s := range shapes {
		fmt.Printf("%T area=%.3f perim=%.3f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Printf("total %.4f\n", total(shapes...))
	var s Shape
	fmt.Println("nil interface:", s == nil)
	s = Circle{2}
	fmt.Printf("%v %+v %T\n", s, s, s)
	s = Rect{2, 5}
	fmt.Println(s.Area())
	// interface value holds a copy
	r := Rect{1, 2}
	s = r
	r.W = 100
	fmt.Println(s.Area(), r.Area())
	// method value from an interface
	area := s.Area
	s = Circle{10}
	fmt.Println(area())
}
