# command-line-arguments
./prog.go:11:9: leaking param: x
./prog.go:26:13: leaking param: x to result ~r0 level=0
./prog.go:32:16: x does not escape
./prog.go:41:2: moved to heap: n
