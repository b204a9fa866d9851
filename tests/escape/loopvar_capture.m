# command-line-arguments
./prog.go:10:19: func literal escapes to heap
./prog.go:16:6: moved to heap: i
./prog.go:17:19: func literal escapes to heap
./prog.go:23:19: xs does not escape
./prog.go:25:19: func literal escapes to heap
./prog.go:32:6: moved to heap: i
./prog.go:43:20: []int{...} does not escape
