// -m=2: fields and embedded structs: a field's address returned, a field
// reached through an embedded struct (each implicit selection is a step).
package main

type Inner struct{ p *int }

type Outer struct {
	Inner
	name string
}

//go:noinline
func fieldAddr(o *Outer) *string {
	return &o.name
}

//go:noinline
func viaEmbedded() int {
	var o Outer
	x := 7
	o.p = &x
	return *o.p
}

//go:noinline
func copyOut(o Outer) *int {
	return o.p
}

func main() {
	o := &Outer{name: "n"}
	println(*fieldAddr(o), viaEmbedded(), copyOut(Outer{}) == nil)
}
