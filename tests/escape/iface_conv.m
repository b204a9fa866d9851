# command-line-arguments
./prog.go:16:15: leaking param: s
./prog.go:19:11: leaking param: s
./prog.go:27:2: moved to heap: n
./prog.go:23:19: q escapes to heap
./prog.go:24:9: Sq{...} escapes to heap
./prog.go:25:22: 42 escapes to heap
./prog.go:28:10: n escapes to heap
./prog.go:30:10: "const" escapes to heap
./prog.go:31:10: 2.5 escapes to heap
./prog.go:32:10: true escapes to heap
./prog.go:33:10: q escapes to heap
