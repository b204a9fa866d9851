# command-line-arguments
./prog.go:6:11: make([]int, n) escapes to heap:
./prog.go:6:11:   flow: {heap} = &{storage for make([]int, n)}:
./prog.go:6:11:     from make([]int, n) (non-constant size) at ./prog.go:6:11
./prog.go:6:11: make([]int, n) escapes to heap
./prog.go:12:11: make([]byte, 70000) escapes to heap:
./prog.go:12:11:   flow: {heap} = &{storage for make([]byte, 70000)}:
./prog.go:12:11:     from make([]byte, 70000) (too large for stack) at ./prog.go:12:11
./prog.go:12:11: make([]byte, 70000) escapes to heap
./prog.go:18:10: new([9000]int) escapes to heap:
./prog.go:18:10:   flow: {heap} = &{storage for new([9000]int)}:
./prog.go:18:10:     from new([9000]int) (too large for stack) at ./prog.go:18:10
./prog.go:18:10: new([9000]int) escapes to heap
./prog.go:24:6: a escapes to heap:
./prog.go:24:6:   flow: {heap} = &a:
./prog.go:24:6:     from a (too large for stack) at ./prog.go:24:6
./prog.go:24:6: moved to heap: a
