# command-line-arguments
./prog.go:6:13: m does not escape
./prog.go:6:31: b does not escape
./prog.go:7:18: string(b) does not escape
./prog.go:11:12: b does not escape
./prog.go:11:22: s does not escape
./prog.go:12:16: string(b) does not escape
./prog.go:16:13: b does not escape
./prog.go:16:23: s does not escape
./prog.go:17:19: string(b) + s escapes to heap
./prog.go:17:16: string(b) does not escape
./prog.go:21:12: s does not escape
./prog.go:23:27: ([]byte)(s) does not escape
./prog.go:23:27: zero-copy string->[]byte conversion
./prog.go:32:21: map[string]int{...} does not escape
./prog.go:33:27: ([]byte)("k") does not escape
./prog.go:33:27: zero-copy string->[]byte conversion
./prog.go:33:47: ([]byte)("x") does not escape
./prog.go:33:47: zero-copy string->[]byte conversion
./prog.go:33:73: ([]byte)("a") does not escape
./prog.go:33:73: zero-copy string->[]byte conversion
