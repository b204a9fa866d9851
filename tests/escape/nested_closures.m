# command-line-arguments
./prog.go:10:2: moved to heap: x
./prog.go:11:9: func literal escapes to heap
./prog.go:13:10: func literal escapes to heap
./prog.go:23:7: func literal does not escape
./prog.go:27:8: func literal does not escape
