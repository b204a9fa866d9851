# command-line-arguments
./prog.go:17:6: moved to heap: b
./prog.go:23:6: moved to heap: c
