# command-line-arguments
./prog.go:22:2: moved to heap: x
./prog.go:30:2: moved to heap: y
./prog.go:31:7: &Pair{...} escapes to heap
./prog.go:36:19: leaking param: p to result ~r0 level=1
