# command-line-arguments
./prog.go:8:2: x escapes to heap:
./prog.go:8:2:   flow: ~r0 = &x:
./prog.go:8:2:     from &x (address-of) at ./prog.go:9:9
./prog.go:8:2:     from return &x (return) at ./prog.go:9:2
./prog.go:8:2: moved to heap: x
./prog.go:14:2: t escapes to heap:
./prog.go:14:2:   flow: p = &t:
./prog.go:14:2:     from &t (address-of) at ./prog.go:15:7
./prog.go:14:2:     from p := &t (assign) at ./prog.go:15:4
./prog.go:14:2:   flow: ~r0 = p:
./prog.go:14:2:     from return p (return) at ./prog.go:16:2
./prog.go:14:2: moved to heap: t
./prog.go:21:9: &T{...} escapes to heap:
./prog.go:21:9:   flow: ~r0 = &{storage for &T{...}}:
./prog.go:21:9:     from &T{...} (spill) at ./prog.go:21:9
./prog.go:21:9:     from return &T{...} (return) at ./prog.go:21:2
./prog.go:21:9: &T{...} escapes to heap
