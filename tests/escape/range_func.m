# command-line-arguments
./prog.go:7:14: yield does not escape
./prog.go:7:9: func literal escapes to heap
./prog.go:18:2: moved to heap: total
./prog.go:19:2: moved to heap: #state1
./prog.go:19:2: func literal escapes to heap
