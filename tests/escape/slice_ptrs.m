# command-line-arguments
./prog.go:10:13: []*int{...} does not escape
./prog.go:15:12: s does not escape
./prog.go:16:2: moved to heap: x
./prog.go:22:2: moved to heap: c
./prog.go:23:15: []*int{...} escapes to heap
./prog.go:36:12: make([]*int, 1) does not escape
