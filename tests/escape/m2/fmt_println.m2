# command-line-arguments
./prog.go:10:17: name escapes to heap:
./prog.go:10:17:   flow: {storage for ... argument} = &{storage for name}:
./prog.go:10:17:     from name (spill) at ./prog.go:10:17
./prog.go:10:17:     from ... argument (slice-literal-element) at ./prog.go:10:13
./prog.go:10:17:   flow: fmt.a = &{storage for ... argument}:
./prog.go:10:17:     from ... argument (spill) at ./prog.go:10:13
./prog.go:10:17:     from fmt.a := ... argument (assign-pair) at ./prog.go:10:13
./prog.go:10:17:   flow: {heap} = *fmt.a:
./prog.go:10:17:     from fmt.Fprintln(os.Stdout, fmt.a...) (call parameter) at ./prog.go:10:13
./prog.go:10:14: v escapes to heap:
./prog.go:10:14:   flow: {storage for ... argument} = &{storage for v}:
./prog.go:10:14:     from v (spill) at ./prog.go:10:14
./prog.go:10:14:     from ... argument (slice-literal-element) at ./prog.go:10:13
./prog.go:10:14:   flow: fmt.a = &{storage for ... argument}:
./prog.go:10:14:     from ... argument (spill) at ./prog.go:10:13
./prog.go:10:14:     from fmt.a := ... argument (assign-pair) at ./prog.go:10:13
./prog.go:10:14:   flow: {heap} = *fmt.a:
./prog.go:10:14:     from fmt.Fprintln(os.Stdout, fmt.a...) (call parameter) at ./prog.go:10:13
./prog.go:9:18: parameter name leaks to {storage for name} with derefs=0:
./prog.go:9:18:   flow: {storage for name} = name:
./prog.go:9:18:     from name (interface-converted) at ./prog.go:10:17
./prog.go:9:18: leaking param: name
./prog.go:10:13: ... argument does not escape
./prog.go:10:14: v escapes to heap
./prog.go:10:17: name escapes to heap
