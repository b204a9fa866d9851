# command-line-arguments
./prog.go:7:11: make([]int, 8) does not escape
./prog.go:8:11: make([]int, n) escapes to heap
./prog.go:9:11: make([]int, 10000) escapes to heap
./prog.go:10:11: make([]byte, 65536) does not escape
./prog.go:11:11: make([]byte, 65537) escapes to heap
./prog.go:12:11: make([]int, 0, 16) does not escape
./prog.go:13:11: make([]int, 4, n) escapes to heap
./prog.go:15:11: make([]int64, 100) does not escape
