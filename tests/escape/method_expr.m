# command-line-arguments
./prog.go:10:7: leaking param: t to result ~r0 level=0
./prog.go:13:7: leaking param content: t
./prog.go:19:2: moved to heap: y
