# command-line-arguments
./prog.go:7:2: moved to heap: n
./prog.go:8:9: func literal escapes to heap
./prog.go:17:9: func literal does not escape
