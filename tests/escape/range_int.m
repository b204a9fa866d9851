# command-line-arguments
./prog.go:7:15: s does not escape
./prog.go:7:25: leaking param content: m
./prog.go:19:6: moved to heap: i
