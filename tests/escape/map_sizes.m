# command-line-arguments
./prog.go:10:21: map[string]int{...} does not escape
./prog.go:11:11: make(map[int]int) does not escape
./prog.go:12:11: make(map[int]int, 100) does not escape
./prog.go:13:11: make(map[int]int, n) does not escape
./prog.go:20:13: make(map[int]*int) escapes to heap
./prog.go:25:25: map[string]int{} escapes to heap
./prog.go:29:10: m does not escape
./prog.go:30:2: moved to heap: k
./prog.go:30:5: moved to heap: v
./prog.go:37:19: map[*int]*int{} does not escape
