# command-line-arguments
./prog.go:8:10: leaking param: f
./prog.go:12:6: moved to heap: mu
./prog.go:13:6: moved to heap: wg
./prog.go:14:2: moved to heap: total
./prog.go:17:6: func literal escapes to heap
./prog.go:30:2: moved to heap: x
./prog.go:31:6: func literal escapes to heap
