# command-line-arguments
./prog.go:10:10: E{...} escapes to heap
./prog.go:12:8: "constant" escapes to heap
./prog.go:17:8: func literal does not escape
./prog.go:27:11: leaking param: p
./prog.go:33:2: moved to heap: x
./prog.go:34:8: func literal does not escape
