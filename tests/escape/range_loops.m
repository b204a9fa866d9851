# command-line-arguments
./prog.go:8:10: ps does not escape
./prog.go:17:15: xs does not escape
./prog.go:18:9: moved to heap: x
./prog.go:27:3: moved to heap: v
./prog.go:36:16: leaking param content: ps
./prog.go:47:2: moved to heap: c
./prog.go:44:20: []*int{...} does not escape
./prog.go:45:16: []int{...} does not escape
./prog.go:48:18: []*int{...} does not escape
