# command-line-arguments
./prog.go:9:2: moved to heap: x
./prog.go:15:9: &T{...} escapes to heap
./prog.go:20:2: moved to heap: t
./prog.go:21:13: &T{...} escapes to heap
