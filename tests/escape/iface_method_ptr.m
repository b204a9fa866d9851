# command-line-arguments
./prog.go:10:7: leaking param content: b
./prog.go:10:21: p does not escape
./prog.go:16:11: leaking param: w
./prog.go:17:13: make([]byte, 4) escapes to heap
./prog.go:23:12: leaking param: w
./prog.go:24:10: w.Write escapes to heap
./prog.go:28:7: &buf{} escapes to heap
./prog.go:29:38: ([]byte)("xy") escapes to heap
