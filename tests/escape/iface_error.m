# command-line-arguments
./prog.go:9:7: e does not escape
./prog.go:9:52: ... argument does not escape
./prog.go:9:65: e.Code escapes to heap
./prog.go:14:10: &MyErr{...} escapes to heap
./prog.go:20:13: ... argument does not escape
