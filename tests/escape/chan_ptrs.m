# command-line-arguments
./prog.go:6:11: ch does not escape
./prog.go:7:2: moved to heap: x
./prog.go:12:11: ch does not escape
./prog.go:17:17: ch does not escape
./prog.go:18:11: make([]int, 3) escapes to heap
