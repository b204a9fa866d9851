# command-line-arguments
./prog.go:13:11: leaking param: g
./prog.go:14:10: g.Get escapes to heap
./prog.go:18:11: leaking param: g
./prog.go:19:8: g.Get does not escape
./prog.go:24:16: V{...} escapes to heap
./prog.go:24:30: V{...} escapes to heap
