# command-line-arguments
./prog.go:8:6: func literal does not escape
