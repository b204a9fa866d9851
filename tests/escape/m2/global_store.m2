# command-line-arguments
./prog.go:14:7: &Node{...} escapes to heap:
./prog.go:14:7:   flow: n = &{storage for &Node{...}}:
./prog.go:14:7:     from &Node{...} (spill) at ./prog.go:14:7
./prog.go:14:7:     from n := &Node{...} (assign) at ./prog.go:14:4
./prog.go:14:7:   flow: {heap} = n:
./prog.go:14:7:     from head = n (assign) at ./prog.go:16:7
./prog.go:14:7: &Node{...} escapes to heap
./prog.go:21:2: x escapes to heap:
./prog.go:21:2:   flow: {heap} = &x:
./prog.go:21:2:     from &x (address-of) at ./prog.go:22:13
./prog.go:21:2:     from table[k] = &x (assign) at ./prog.go:22:11
./prog.go:20:10: parameter k leaks to {heap} with derefs=0:
./prog.go:20:10:   flow: {heap} = k:
./prog.go:20:10:     from table[k] (key of map put) at ./prog.go:22:7
./prog.go:20:10: leaking param: k
./prog.go:21:2: moved to heap: x
./prog.go:26:14: parameter b leaks to {heap} with derefs=0:
./prog.go:26:14:   flow: {heap} = b:
./prog.go:26:14:     from a.next = b (assign) at ./prog.go:27:9
./prog.go:26:11: a does not escape
./prog.go:26:14: leaking param: b
./prog.go:31:25: map[string]*int{} escapes to heap:
./prog.go:31:25:   flow: {heap} = &{storage for map[string]*int{}}:
./prog.go:31:25:     from map[string]*int{} (spill) at ./prog.go:31:25
./prog.go:31:25:     from table = map[string]*int{} (assign) at ./prog.go:31:8
./prog.go:34:10: n2 escapes to heap:
./prog.go:34:10:   flow: {heap} = &n2:
./prog.go:34:10:     from &n2 (address-of) at ./prog.go:35:12
./prog.go:34:10:     from link(&n1, &n2) (call parameter) at ./prog.go:35:6
./prog.go:34:10: moved to heap: n2
./prog.go:31:25: map[string]*int{} escapes to heap
