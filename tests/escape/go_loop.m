# command-line-arguments
./prog.go:8:2: moved to heap: total
./prog.go:10:6: func literal escapes to heap
./prog.go:18:5: func literal escapes to heap
