# command-line-arguments
./prog.go:5:11: p does not escape
./prog.go:5:19: s does not escape
./prog.go:8:8: ch does not escape
./prog.go:8:21: m does not escape
./prog.go:14:13: p does not escape
./prog.go:10:22: []int{...} does not escape
./prog.go:14:8: func literal does not escape
./prog.go:22:3: moved to heap: z
./prog.go:28:31: map[int]int{} does not escape
