# command-line-arguments
./prog.go:7:10: leaking param: a to result ~r0 level=0
./prog.go:7:13: leaking param: b to result ~r1 level=0
./prog.go:10:11: p does not escape
./prog.go:10:14: q does not escape
./prog.go:14:5: moved to heap: y
./prog.go:28:2: moved to heap: w
./prog.go:28:5: moved to heap: z
