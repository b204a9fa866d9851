# command-line-arguments
./prog.go:12:9: func literal escapes to heap
./prog.go:17:2: moved to heap: y
./prog.go:18:9: func literal escapes to heap
./prog.go:24:2: moved to heap: z
./prog.go:26:9: func literal escapes to heap
./prog.go:31:6: moved to heap: b
./prog.go:32:9: func literal escapes to heap
./prog.go:39:9: func literal escapes to heap
