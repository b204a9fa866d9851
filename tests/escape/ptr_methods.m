# command-line-arguments
./prog.go:10:7: c does not escape
./prog.go:13:7: leaking param: c
./prog.go:22:6: moved to heap: b
./prog.go:24:7: &Counter{} does not escape
