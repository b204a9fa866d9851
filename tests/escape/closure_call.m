# command-line-arguments
./prog.go:13:13: leaking param: p
./prog.go:20:15: leaking param: p
./prog.go:19:2: moved to heap: y
./prog.go:13:8: func literal does not escape
./prog.go:20:10: func literal does not escape
./prog.go:32:12: leaking param: p
./prog.go:32:7: func literal does not escape
