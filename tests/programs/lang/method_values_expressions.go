package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Dist() int         { return abs(p.X) + abs(p.Y) }
func (p *Point) Move(dx, dy int)  { p.X += dx; p.Y += dy }
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	p := Point{1, 2}
	// method value: receiver bound (copied for value receivers) now
	dist := p.Dist
	move := p.Move // &p bound
	p.X = 10
	fmt.Println("bound value receiver sees old copy:", dist())
	move(1, 1)
	fmt.Println("bound pointer receiver moves p:", p)
	// method expressions: receiver becomes the first parameter
	fDist := Point.Dist
	fMove := (*Point).Move
	fAdd := Point.Add
	fPtrDist := (*Point).Dist // value method through pointer type
	fmt.Printf("%T\n%T\n%T\n%T\n", fDist, fMove, fAdd, fPtrDist)
	fMove(&p, -11, -3)
	fmt.Println(p, fDist(p), fPtrDist(&p), fAdd(p, Point{5, 5}))
	// method values stored in a slice
	q := &Point{0, 0}
	steps := []func(int, int){q.Move, q.Move}
	for i, s := range steps {
		s(i+1, i+2)
	}
	fmt.Println(*q)
	// method values from interface values
	var s fmt.Stringer = named("gopher")
	str := s.String
	fmt.Println(str())
	f := fmt.Stringer.String // method expression on an interface type
	fmt.Println(f(named("iface expr")))
}

type named string

func (n named) String() string { return "<" + string(n) + ">" }
