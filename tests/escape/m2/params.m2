# command-line-arguments
./prog.go:8:13: parameter p leaks to {heap} with derefs=0:
./prog.go:8:13:   flow: {heap} = p:
./prog.go:8:13:     from global = p (assign) at ./prog.go:9:9
./prog.go:8:13: leaking param: p
./prog.go:13:15: parameter p leaks to ~r0 with derefs=0:
./prog.go:13:15:   flow: ~r0 = p:
./prog.go:13:15:     from return p (return) at ./prog.go:14:2
./prog.go:13:15: leaking param: p to result ~r0 level=0
./prog.go:18:14: parameter s leaks to {heap} with derefs=1:
./prog.go:18:14:   flow: {heap} = *s:
./prog.go:18:14:     from s[0] (dot of pointer) at ./prog.go:19:12
./prog.go:18:14:     from global = s[0] (assign) at ./prog.go:19:9
./prog.go:18:14: leaking param content: s
./prog.go:23:15: p does not escape
./prog.go:28:13: parameter pp leaks to ~r0 with derefs=1:
./prog.go:28:13:   flow: ~r0 = *pp:
./prog.go:28:13:     from *pp (indirection) at ./prog.go:29:9
./prog.go:28:13:     from return *pp (return) at ./prog.go:29:2
./prog.go:28:13: leaking param: pp to result ~r0 level=1
./prog.go:33:2: a escapes to heap:
./prog.go:33:2:   flow: {heap} = &a:
./prog.go:33:2:     from &a (address-of) at ./prog.go:34:9
./prog.go:33:2:     from toHeap(&a) (call parameter) at ./prog.go:34:8
./prog.go:33:8: c escapes to heap:
./prog.go:33:8:   flow: {storage for []*int{...}} = &c:
./prog.go:33:8:     from &c (address-of) at ./prog.go:36:17
./prog.go:33:8:     from []*int{...} (slice-literal-element) at ./prog.go:36:16
./prog.go:33:8:   flow: {heap} = {storage for []*int{...}}:
./prog.go:33:8:     from []*int{...} (spill) at ./prog.go:36:16
./prog.go:33:8:     from content([]*int{...}) (call parameter) at ./prog.go:36:9
./prog.go:33:2: moved to heap: a
./prog.go:33:8: moved to heap: c
./prog.go:36:16: []*int{...} does not escape
