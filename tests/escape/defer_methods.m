# command-line-arguments
./prog.go:8:7: l does not escape
./prog.go:22:13: done does not escape
./prog.go:23:6: moved to heap: l
./prog.go:25:7: &Lock{} does not escape
