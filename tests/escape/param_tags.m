# command-line-arguments
./prog.go:10:15: p does not escape
./prog.go:13:19: leaking param: p to result ~r0 level=0
./prog.go:16:17: leaking param: p
./prog.go:19:18: leaking param content: t
./prog.go:22:17: s does not escape
./prog.go:25:17: leaking param: a to result ~r1 level=0
./prog.go:25:20: leaking param: b to result ~r0 level=0
./prog.go:28:12: leaking param: pp to result ~r0 level=1
./prog.go:31:8: moved to heap: c
./prog.go:36:26: []int{...} does not escape
