# command-line-arguments
./prog.go:8:9: moved to heap: x
