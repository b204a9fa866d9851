# command-line-arguments
./prog.go:8:13: leaking param: ppp to result ~r0 level=2
./prog.go:11:12: leaking param content: pp
./prog.go:14:10: leaking param: s to result ~r0 level=0
./prog.go:17:11: leaking param: s to result ~r0 level=1
./prog.go:24:2: moved to heap: y
./prog.go:27:34: []*int{...} does not escape
