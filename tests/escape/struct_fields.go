// Struct fields are not distinguished: storing a pointer into a local struct
// ties it to the struct's fate.
package main

type Pair struct {
	a, b *int
	n    int
}

var sink *int
var sinkP *Pair

//go:noinline
func local() int {
	x, y := 1, 2
	p := Pair{a: &x, b: &y}
	return *p.a + *p.b
}

//go:noinline
func leakField() {
	x := 1
	p := Pair{}
	p.a = &x
	sink = p.b
}

//go:noinline
func leakStruct() {
	y := 2
	p := &Pair{a: &y}
	sinkP = p
}

//go:noinline
func fieldOfParam(p *Pair) *int { return p.a }

func main() {
	println(local())
	leakField()
	leakStruct()
	z := 3
	q := Pair{a: &z}
	println(*fieldOfParam(&q))
}
