# command-line-arguments
./prog.go:6:7: c does not escape
./prog.go:16:10: c.Inc escapes to heap:
./prog.go:16:10:   flow: {heap} = &{storage for c.Inc}:
./prog.go:16:10:     from c.Inc (spill) at ./prog.go:16:10
./prog.go:16:10:     from hook = c.Inc (assign) at ./prog.go:16:7
./prog.go:15:6: c escapes to heap:
./prog.go:15:6:   flow: {temp} = &c:
./prog.go:15:6:     from c (address-of) at ./prog.go:16:10
./prog.go:15:6:   flow: {storage for c.Inc} = {temp}:
./prog.go:15:6: moved to heap: c
./prog.go:16:10: c.Inc escapes to heap
./prog.go:22:8: c.Get does not escape
