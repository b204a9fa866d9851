# command-line-arguments
./prog.go:6:14: moved to heap: r
./prog.go:14:8: func literal does not escape
./prog.go:21:9: func literal escapes to heap
