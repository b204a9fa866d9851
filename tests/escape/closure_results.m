# command-line-arguments
./prog.go:13:9: func literal does not escape
./prog.go:24:2: moved to heap: v
./prog.go:25:9: func literal escapes to heap
