# command-line-arguments
./prog.go:8:10: s does not escape
./prog.go:9:11: make([]int, len(s)) escapes to heap
./prog.go:15:11: leaking param content: a
./prog.go:15:11: leaking param: a to result ~r0 level=0
./prog.go:15:14: leaking param content: b
./prog.go:21:11: make([]int, 0, 4) does not escape
./prog.go:29:14: leaking param: s
./prog.go:34:23: []int{...} does not escape
