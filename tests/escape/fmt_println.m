# command-line-arguments
./prog.go:12:7: &P{...} escapes to heap
./prog.go:14:13: ... argument does not escape
./prog.go:14:14: x escapes to heap
./prog.go:14:17: s escapes to heap
./prog.go:14:23: q escapes to heap
./prog.go:16:12: ... argument does not escape
./prog.go:16:24: x escapes to heap
./prog.go:16:27: q escapes to heap
./prog.go:17:11: ... argument does not escape
./prog.go:17:12: x escapes to heap
./prog.go:17:15: "\n" escapes to heap
