# command-line-arguments
./prog.go:13:4: moved to heap: v
