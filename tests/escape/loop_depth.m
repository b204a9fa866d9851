# command-line-arguments
./prog.go:9:3: moved to heap: x
