# command-line-arguments
./prog.go:6:15: make([]byte, n) escapes to heap
./prog.go:7:27: map[string]int{...} escapes to heap
./prog.go:8:22: "hi " + string(rune(97 + n)) escapes to heap
./prog.go:8:35: string(rune(97 + n)) does not escape
