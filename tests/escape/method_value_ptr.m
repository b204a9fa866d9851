# command-line-arguments
./prog.go:9:7: a does not escape
./prog.go:15:11: f does not escape
./prog.go:23:8: p.add does not escape
./prog.go:31:2: moved to heap: x
./prog.go:33:11: p.add escapes to heap
./prog.go:40:8: y.add does not escape
./prog.go:42:8: y.get does not escape
