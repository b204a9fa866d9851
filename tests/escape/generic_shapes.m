# command-line-arguments
./prog.go:11:9: &Box[go.shape.*uint8]{...} escapes to heap
./prog.go:16:11: make([]go.shape.string, n) escapes to heap
./prog.go:25:2: moved to heap: b
./prog.go:25:2: moved to heap: b
./prog.go:31:12: &struct {}{} escapes to heap
