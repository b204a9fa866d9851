# command-line-arguments
./prog.go:6:9: i does not escape
./prog.go:7:14: n does not escape
./prog.go:11:9: i does not escape
./prog.go:13:7: 1 does not escape
./prog.go:13:10: n does not escape
./prog.go:15:7: "two" does not escape
./prog.go:22:24: i does not escape
./prog.go:23:9: n does not escape
./prog.go:24:7: 3 does not escape
./prog.go:33:13: 1 does not escape
./prog.go:33:23: 2 does not escape
./prog.go:33:44: 3 does not escape
