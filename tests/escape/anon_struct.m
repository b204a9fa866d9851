# command-line-arguments
./prog.go:19:2: moved to heap: a
./prog.go:19:5: moved to heap: b
./prog.go:27:13: []*pt{...} does not escape
./prog.go:27:14: &pt{...} does not escape
./prog.go:27:22: &pt{...} does not escape
./prog.go:28:23: map[string][]int{...} does not escape
./prog.go:28:29: []int{...} escapes to heap
