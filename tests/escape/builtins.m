# command-line-arguments
./prog.go:9:9: dst does not escape
./prog.go:9:14: leaking param content: src
./prog.go:14:14: dst does not escape
./prog.go:14:26: s does not escape
./prog.go:21:9: n escapes to heap
./prog.go:24:9: "big" escapes to heap
./prog.go:30:10: new(int) does not escape
./prog.go:31:10: new(int) escapes to heap
./prog.go:37:10: m does not escape
./prog.go:37:28: s does not escape
./prog.go:43:11: leaking param: a to result ~r0 level=0
./prog.go:43:14: leaking param: b to result ~r0 level=0
./prog.go:48:17: make([]*int, 1) does not escape
./prog.go:48:48: make([]byte, 2) does not escape
