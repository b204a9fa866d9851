# command-line-arguments
./prog.go:6:11: ch does not escape
./prog.go:7:2: moved to heap: x
./prog.go:12:14: ch does not escape
./prog.go:13:8: n escapes to heap
./prog.go:17:11: ch does not escape
