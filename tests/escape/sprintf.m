# command-line-arguments
./prog.go:10:21: leaking param: name
./prog.go:11:20: ... argument does not escape
./prog.go:11:35: name escapes to heap
./prog.go:11:42: p.X escapes to heap
./prog.go:11:47: p.Y escapes to heap
./prog.go:15:15: leaking param: p
./prog.go:16:17: ... argument does not escape
./prog.go:16:21: *p escapes to heap
./prog.go:17:11: s + "!" escapes to heap
./prog.go:21:2: moved to heap: p
./prog.go:22:13: ... argument does not escape
./prog.go:22:19: label(p, "p") escapes to heap
./prog.go:22:37: describe(&p) escapes to heap
