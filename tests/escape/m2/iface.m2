# command-line-arguments
./prog.go:12:9: n escapes to heap:
./prog.go:12:9:   flow: {heap} = &{storage for n}:
./prog.go:12:9:     from n (spill) at ./prog.go:12:9
./prog.go:12:9:     from sink = n (assign) at ./prog.go:12:7
./prog.go:12:9: n escapes to heap
./prog.go:17:14: s does not escape
./prog.go:22:11: parameter vs leaks to {heap} with derefs=0:
./prog.go:22:11:   flow: {heap} = vs:
./prog.go:22:11:     from all = vs (assign) at ./prog.go:23:6
./prog.go:22:11: leaking param: vs
./prog.go:28:6: ... argument escapes to heap:
./prog.go:28:6:   flow: {heap} = &{storage for ... argument}:
./prog.go:28:6:     from ... argument (spill) at ./prog.go:28:6
./prog.go:28:6:     from keep(... argument...) (call parameter) at ./prog.go:28:6
./prog.go:28:7: v escapes to heap:
./prog.go:28:7:   flow: {storage for ... argument} = &{storage for v}:
./prog.go:28:7:     from v (spill) at ./prog.go:28:7
./prog.go:28:7:     from ... argument (slice-literal-element) at ./prog.go:28:6
./prog.go:28:10: name escapes to heap:
./prog.go:28:10:   flow: {storage for ... argument} = &{storage for name}:
./prog.go:28:10:     from name (spill) at ./prog.go:28:10
./prog.go:28:10:     from ... argument (slice-literal-element) at ./prog.go:28:6
./prog.go:27:18: parameter name leaks to {storage for name} with derefs=0:
./prog.go:27:18:   flow: {storage for name} = name:
./prog.go:27:18:     from name (interface-converted) at ./prog.go:28:10
./prog.go:27:18: leaking param: name
./prog.go:28:6: ... argument escapes to heap
./prog.go:28:7: v escapes to heap
./prog.go:28:10: name escapes to heap
