# command-line-arguments
./prog.go:12:2: moved to heap: x
./prog.go:18:11: make([]int, 4) escapes to heap
./prog.go:20:12: []int{...} escapes to heap
./prog.go:28:2: moved to heap: n
./prog.go:26:11: make(map[string]int) escapes to heap
./prog.go:29:9: n escapes to heap
