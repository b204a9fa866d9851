# command-line-arguments
./prog.go:12:7: parameter c leaks to {heap} with derefs=0:
./prog.go:12:7:   flow: {heap} = c:
./prog.go:12:7:     from last = c (assign) at ./prog.go:14:7
./prog.go:12:7: leaking param: c
./prog.go:18:11: p does not escape
./prog.go:18:19: done does not escape
./prog.go:25:6: c escapes to heap:
./prog.go:25:6:   flow: {heap} = &c:
./prog.go:25:6:     from c (address-of) at ./prog.go:28:3
./prog.go:25:6:     from (*counter).Add(c, 1) (call parameter) at ./prog.go:28:7
./prog.go:29:2: func literal escapes to heap:
./prog.go:29:2:   flow: {heap} = &{storage for func literal}:
./prog.go:29:2:     from func literal (spill) at ./prog.go:29:2
./prog.go:25:6: c escapes to heap:
./prog.go:25:6:   flow: {heap} = &c:
./prog.go:25:6:     from c (address-of) at ./prog.go:31:3
./prog.go:25:6:     from (*counter).Add(c, -1) (call parameter) at ./prog.go:31:7
./prog.go:29:10: spawn capturing by value: .autotmp_4 (addr=false assign=false width=8)
./prog.go:29:14: spawn capturing by value: .autotmp_5 (addr=false assign=false width=8)
./prog.go:26:2: x escapes to heap:
./prog.go:26:2:   flow: .autotmp_4 = &x:
./prog.go:26:2:     from &x (address-of) at ./prog.go:29:10
./prog.go:26:2:     from .autotmp_4, .autotmp_5 = &x, done (assign-pair) at ./prog.go:29:2
./prog.go:26:2:   flow: {storage for func literal} = .autotmp_4:
./prog.go:26:2:     from .autotmp_4 (captured by a closure) at ./prog.go:29:10
./prog.go:25:6: moved to heap: c
./prog.go:26:2: moved to heap: x
./prog.go:36:10: p does not escape
./prog.go:41:3: func literal escapes to heap:
./prog.go:41:3:   flow: {heap} = &{storage for func literal}:
./prog.go:41:3:     from func literal (spill) at ./prog.go:41:3
./prog.go:41:13: loopDefer capturing by value: .autotmp_3 (addr=false assign=false width=8)
./prog.go:39:24: r escapes to heap:
./prog.go:39:24:   flow: .autotmp_3 = &r:
./prog.go:39:24:     from &r (address-of) at ./prog.go:41:13
./prog.go:39:24:     from .autotmp_3 = &r (assign-pair) at ./prog.go:41:3
./prog.go:39:24:   flow: {storage for func literal} = .autotmp_3:
./prog.go:39:24:     from .autotmp_3 (captured by a closure) at ./prog.go:41:13
./prog.go:39:24: moved to heap: r
./prog.go:49:9: deferMethod capturing by value: .autotmp_2 (addr=false assign=false width=8)
./prog.go:48:6: c escapes to heap:
./prog.go:48:6:   flow: .autotmp_2 = &c:
./prog.go:48:6:     from c (address-of) at ./prog.go:49:9
./prog.go:48:6:     from .autotmp_2 = c (assign-pair) at ./prog.go:49:2
./prog.go:48:6:   flow: {heap} = .autotmp_2:
./prog.go:48:6:     from (*counter).Add(.autotmp_2, 2) (call parameter) at ./prog.go:49:13
./prog.go:48:6: moved to heap: c
