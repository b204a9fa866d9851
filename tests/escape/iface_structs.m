# command-line-arguments
./prog.go:12:7: leaking param: n to result ~r0 level=0
./prog.go:17:13: leaking param: i
./prog.go:23:13: leaking param: i to result ~r0 level=0
./prog.go:28:12: leaking param: n to result ~r0 level=0
./prog.go:33:13: leaking param: i to result ~r0 level=0
./prog.go:38:2: moved to heap: x
./prog.go:41:17: &S{...} does not escape
./prog.go:42:17: N{...} does not escape
./prog.go:42:40: N{...} escapes to heap
