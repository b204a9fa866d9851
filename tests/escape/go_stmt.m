# command-line-arguments
./prog.go:6:13: p does not escape
./prog.go:6:21: s does not escape
./prog.go:6:30: done does not escape
./prog.go:13:2: moved to heap: x
./prog.go:19:2: moved to heap: total
./prog.go:14:11: make([]int, 3) escapes to heap
./prog.go:20:5: func literal escapes to heap
