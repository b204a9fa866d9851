# command-line-arguments
./prog.go:8:18: moved to heap: x
./prog.go:11:15: moved to heap: b
./prog.go:14:21: moved to heap: r
