# command-line-arguments
./prog.go:19:9: &Pair[go.shape.string,go.shape.int]{...} escapes to heap
