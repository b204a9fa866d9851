# command-line-arguments
./prog.go:6:17: moved to heap: v
./prog.go:12:30: []int{...} does not escape
