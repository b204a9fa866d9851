# command-line-arguments
./prog.go:10:19: func literal escapes to heap:
./prog.go:10:19:   flow: {heap} = &{storage for func literal}:
./prog.go:10:19:     from func literal (spill) at ./prog.go:10:19
./prog.go:10:19:     from append(fs, func literal) (call parameter) at ./prog.go:10:14
./prog.go:9:6: collect capturing by value: i (addr=false assign=false width=8)
./prog.go:10:19: func literal escapes to heap
./prog.go:17:9: x escapes to heap:
./prog.go:17:9:   flow: {heap} = &x:
./prog.go:17:9:     from &x (address-of) at ./prog.go:18:21
./prog.go:17:9:     from append(out, &x) (call parameter) at ./prog.go:18:15
./prog.go:15:12: xs does not escape
./prog.go:17:9: moved to heap: x
./prog.go:24:10: yield does not escape
./prog.go:35:2: sum capturing by ref: #state1 (addr=false assign=true width=8)
./prog.go:34:2: sum capturing by ref: t (addr=false assign=true width=8)
./prog.go:35:2: func literal does not escape
./prog.go:43:25: []int{...} does not escape
