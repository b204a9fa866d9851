// Values converted to interfaces: the box escapes when the interface does;
// pointer-shaped values need no box; constants are boxed too.
package main

type Shape interface{ Area() int }

type Sq struct{ s int }

//go:noinline
func (q Sq) Area() int { return q.s * q.s }

var sinkI interface{}
var sinkS Shape

//go:noinline
func useIface(s Shape) int { return s.Area() }

//go:noinline
func keep(s Shape) { sinkS = s }

func main() {
	q := Sq{3}
	println(useIface(q))
	keep(Sq{4})
	var i interface{} = 42
	sinkI = i
	n := 1000
	sinkI = n
	sinkI = &n
	sinkI = "const"
	sinkI = 2.5
	sinkI = true
	sinkI = q
}
