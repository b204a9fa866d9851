# command-line-arguments
./prog.go:9:2: moved to heap: x
