# command-line-arguments
./prog.go:8:11: p does not escape
./prog.go:20:3: moved to heap: y
./prog.go:15:8: func literal does not escape
./prog.go:17:9: func literal escapes to heap
./prog.go:23:20: "done" escapes to heap
./prog.go:23:28: n escapes to heap
./prog.go:23:19: ... argument does not escape
