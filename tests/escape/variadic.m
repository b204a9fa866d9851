# command-line-arguments
./prog.go:8:12: xs does not escape
./prog.go:11:11: leaking param: ps
./prog.go:14:12: leaking param: ps to result ~r0 level=1
./prog.go:20:2: moved to heap: a
./prog.go:20:5: moved to heap: b
./prog.go:17:15: ... argument does not escape
./prog.go:18:13: []int{...} does not escape
./prog.go:21:6: ... argument escapes to heap
./prog.go:23:16: ... argument does not escape
./prog.go:24:14: []*int{...} does not escape
