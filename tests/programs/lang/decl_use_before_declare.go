package main

import "fmt"

// Everything at package level may be used before the point where it is declared.

func main() {
	fmt.Println("greeting:", greeting)
	fmt.Println("double(21):", double(21))
	p := Point{X: limit, Y: limit * 2}
	fmt.Println("point:", p, "sum:", p.Sum())
	var c Celsius = freezing
	fmt.Println("freezing:", c, "as F:", c.ToF())
	fmt.Println("table:", table)
	fmt.Println("counter after calls:", bump(), bump(), bump())
}

var greeting = prefix + " world"

const prefix = "hello"

const limit = 7

func double(x int) int { return x * factor }

const factor = 2

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

type Celsius float64

const freezing Celsius = 0

func (c Celsius) ToF() float64 { return float64(c)*9/5 + 32 }

var table = [3]int{limit, double(limit), double(double(limit))}

var counter int

func bump() int {
	counter++
	return counter
}
