# command-line-arguments
./prog.go:13:11: leaking param: n
./prog.go:21:10: leaking param: n
./prog.go:30:13: n does not escape
./prog.go:42:9: &Node{...} escapes to heap
./prog.go:46:2: moved to heap: a
./prog.go:47:2: moved to heap: b
