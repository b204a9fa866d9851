# command-line-arguments
./prog.go:6:10: m does not escape
./prog.go:7:2: moved to heap: x
./prog.go:12:11: m does not escape
./prog.go:13:4: k escapes to heap
./prog.go:14:10: k + 1 does not escape
./prog.go:15:12: k does not escape
./prog.go:21:2: moved to heap: y
./prog.go:22:11: make(map[*int]bool) does not escape
./prog.go:28:10: make(map[string]*int) does not escape
./prog.go:29:34: map[interface {}]int{} does not escape
