# command-line-arguments
./prog.go:8:7: i does not escape
./prog.go:26:11: o.Inner.n escapes to heap
./prog.go:27:12: &Inner{} escapes to heap
./prog.go:29:11: w.Inner.Bump escapes to heap
