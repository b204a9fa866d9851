# command-line-arguments
./prog.go:6:16: leaking param: b to result ~r0 level=0
./prog.go:6:26: s does not escape
./prog.go:12:13: make([]byte, 0, 32) does not escape
./prog.go:16:16: string(buf) escapes to heap
