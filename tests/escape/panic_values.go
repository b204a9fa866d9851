// panic's argument is converted to interface and escapes; recover's
// result is used locally.
package main

type E struct{ code int }

//go:noinline
func boom(n int) {
	if n > 0 {
		panic(E{n})
	}
	panic("constant")
}

//go:noinline
func safe(n int) (r int) {
	defer func() {
		if v := recover(); v != nil {
			r = -1
		}
	}()
	boom(n)
	return 0
}

//go:noinline
func wrap(p *int) {
	panic(p)
}

func main() {
	println(safe(1), safe(0))
	x := 1
	defer func() { recover() }()
	wrap(&x)
}
