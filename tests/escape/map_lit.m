# command-line-arguments
./prog.go:7:11: make(map[string]int) does not escape
./prog.go:9:12: make(map[int]int, 100) does not escape
./prog.go:16:23: map[string]int{...} escapes to heap
./prog.go:21:2: moved to heap: x
./prog.go:22:19: map[int]*int{} does not escape
./prog.go:24:24: map[string]*int{...} does not escape
