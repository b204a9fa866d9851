# command-line-arguments
./prog.go:13:16: parameter o leaks to ~r0 with derefs=0:
./prog.go:13:16:   flow: ~r0 = o:
./prog.go:13:16:     from o.name (dot of pointer) at ./prog.go:14:11
./prog.go:13:16:     from &o.name (address-of) at ./prog.go:14:9
./prog.go:13:16:     from return &o.name (return) at ./prog.go:14:2
./prog.go:13:16: leaking param: o to result ~r0 level=0
./prog.go:26:14: parameter o leaks to ~r0 with derefs=0:
./prog.go:26:14:   flow: ~r0 = o:
./prog.go:26:14:     from o.Inner (dot) at ./prog.go:27:10
./prog.go:26:14:     from o.Inner.p (dot) at ./prog.go:27:10
./prog.go:26:14:     from return o.Inner.p (return) at ./prog.go:27:2
./prog.go:26:14: leaking param: o to result ~r0 level=0
./prog.go:31:7: &Outer{...} does not escape
