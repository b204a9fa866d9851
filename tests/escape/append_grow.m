# command-line-arguments
./prog.go:18:11: make([]int, 0, 4) escapes to heap
./prog.go:25:2: moved to heap: x
./prog.go:26:2: moved to heap: y
./prog.go:30:13: make([]*int, 0, 2) does not escape
./prog.go:36:8: leaking param: dst to result ~r0 level=0
./prog.go:36:19: src does not escape
./prog.go:41:41: []int{...} does not escape
