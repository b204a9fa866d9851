# command-line-arguments
./prog.go:8:14: yield does not escape
./prog.go:8:9: func literal escapes to heap
./prog.go:18:12: yield does not escape
./prog.go:27:11: p does not escape
./prog.go:33:2: moved to heap: w
./prog.go:35:2: func literal does not escape
./prog.go:43:2: moved to heap: total
./prog.go:44:2: moved to heap: #state1
./prog.go:44:2: func literal escapes to heap
./prog.go:52:2: moved to heap: x
./prog.go:54:2: moved to heap: #state1
./prog.go:54:2: func literal escapes to heap
./prog.go:62:2: moved to heap: y
./prog.go:63:2: moved to heap: #state1
./prog.go:63:2: func literal escapes to heap
./prog.go:64:9: func literal escapes to heap
