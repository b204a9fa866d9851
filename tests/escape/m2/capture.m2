# command-line-arguments
./prog.go:12:9: func literal escapes to heap:
./prog.go:12:9:   flow: {heap} = &{storage for func literal}:
./prog.go:12:9:     from func literal (spill) at ./prog.go:12:9
./prog.go:12:9:     from sink = func literal (assign) at ./prog.go:12:7
./prog.go:11:2: byValue capturing by value: x (addr=false assign=false width=8)
./prog.go:12:9: func literal escapes to heap
./prog.go:18:9: func literal escapes to heap:
./prog.go:18:9:   flow: {heap} = &{storage for func literal}:
./prog.go:18:9:     from func literal (spill) at ./prog.go:18:9
./prog.go:18:9:     from sink = func literal (assign) at ./prog.go:18:7
./prog.go:17:2: byRef capturing by ref: y (addr=false assign=true width=8)
./prog.go:17:2: y escapes to heap:
./prog.go:17:2:   flow: {storage for func literal} = &y:
./prog.go:17:2:     from y (captured by a closure) at ./prog.go:18:22
./prog.go:17:2:     from y (reference) at ./prog.go:18:22
./prog.go:17:2: moved to heap: y
./prog.go:18:9: func literal escapes to heap
./prog.go:23:6: big capturing by ref: b (addr=false assign=false width=160)
./prog.go:24:7: func literal does not escape
./prog.go:30:2: local capturing by ref: n (addr=false assign=true width=8)
./prog.go:31:9: func literal does not escape
