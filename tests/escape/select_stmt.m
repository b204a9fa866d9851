# command-line-arguments
./prog.go:5:8: a does not escape
./prog.go:5:21: b does not escape
./prog.go:5:34: q does not escape
./prog.go:6:2: moved to heap: x
