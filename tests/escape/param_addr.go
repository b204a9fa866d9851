// A parameter whose address escapes is moved to the heap (copied into a
// heap cell at entry); size limits never apply to parameters.
package main

type Big struct{ a [20000]int }

//go:noinline
func addrOfParam(x int) *int { return &x }

//go:noinline
func bigParam(b Big) *int { return &b.a[0] }

//go:noinline
func namedResult() (r int, p *int) {
	p = &r
	return
}

func main() {
	var b Big
	_, p := namedResult()
	println(*addrOfParam(1), *bigParam(b), *p)
}
