# command-line-arguments
./prog.go:6:10: pp does not escape
./prog.go:7:2: moved to heap: x
./prog.go:12:15: p does not escape
./prog.go:12:36: leaking param: v
./prog.go:17:11: a does not escape
./prog.go:17:14: b does not escape
./prog.go:25:2: moved to heap: n
