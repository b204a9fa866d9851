# command-line-arguments
./prog.go:8:8: s does not escape
./prog.go:8:26: rs does not escape
./prog.go:9:14: ([]rune)(s) does not escape
./prog.go:10:14: string(rs) does not escape
./prog.go:11:14: string(r) does not escape
./prog.go:12:17: ([]rune)(s) escapes to heap
./prog.go:13:17: string(rs) escapes to heap
./prog.go:14:17: string(r) escapes to heap
./prog.go:18:46: []rune{...} does not escape
