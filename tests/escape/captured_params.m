# command-line-arguments
./prog.go:6:12: moved to heap: base
./prog.go:7:9: func literal escapes to heap
./prog.go:14:13: leaking param: p
./prog.go:15:9: func literal escapes to heap
./prog.go:20:9: func literal does not escape
./prog.go:28:2: moved to heap: x
