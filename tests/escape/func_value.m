# command-line-arguments
./prog.go:5:12: f does not escape
./prog.go:5:30: moved to heap: x
./prog.go:10:15: fs does not escape
./prog.go:10:32: leaking param: p
./prog.go:17:13: p does not escape
./prog.go:21:2: moved to heap: n
