# command-line-arguments
./prog.go:8:8: a does not escape
./prog.go:8:11: b does not escape
./prog.go:8:14: c does not escape
./prog.go:9:13: a + b + c does not escape
./prog.go:10:9: a + b + c does not escape
./prog.go:11:15: "x" + a + "y" does not escape
./prog.go:12:11: s + t escapes to heap
./prog.go:15:11: u + v escapes to heap
