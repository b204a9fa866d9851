# command-line-arguments
./prog.go:10:13: []*int{...} does not escape
./prog.go:17:15: []*int{...} escapes to heap:
./prog.go:17:15:   flow: {heap} = &{storage for []*int{...}}:
./prog.go:17:15:     from []*int{...} (spill) at ./prog.go:17:15
./prog.go:17:15:     from keep = []*int{...} (assign) at ./prog.go:17:7
./prog.go:16:2: a escapes to heap:
./prog.go:16:2:   flow: {storage for []*int{...}} = &a:
./prog.go:16:2:     from &a (address-of) at ./prog.go:17:16
./prog.go:16:2:     from []*int{...} (slice-literal-element) at ./prog.go:17:15
./prog.go:16:2: moved to heap: a
./prog.go:17:15: []*int{...} escapes to heap
./prog.go:22:6: buf escapes to heap:
./prog.go:22:6:   flow: {heap} = &buf:
./prog.go:22:6:     from buf (address-of) at ./prog.go:23:13
./prog.go:22:6:     from buf[:4] (slice) at ./prog.go:23:13
./prog.go:22:6:     from keepB = buf[:4] (assign) at ./prog.go:23:8
./prog.go:22:6: moved to heap: buf
./prog.go:28:2: v escapes to heap:
./prog.go:28:2:   flow: {heap} = &v:
./prog.go:28:2:     from &v (address-of) at ./prog.go:29:19
./prog.go:28:2:     from append(s, &v) (call parameter) at ./prog.go:29:15
./prog.go:27:16: parameter s leaks to {heap} with derefs=1:
./prog.go:27:16:   flow: {temp} = s:
./prog.go:27:16:     from append(s, &v) (call parameter) at ./prog.go:29:15
./prog.go:27:16:   flow: {heap} = *{temp}:
./prog.go:27:16:     from append(s, &v) (appendee slice) at ./prog.go:29:15
./prog.go:27:16: parameter s leaks to ~r0 with derefs=0:
./prog.go:27:16:   flow: {temp} = s:
./prog.go:27:16:     from append(s, &v) (call parameter) at ./prog.go:29:15
./prog.go:27:16:   flow: {temp} = {temp}:
./prog.go:27:16:   flow: ~r0 = {temp}:
./prog.go:27:16:     from return append(s, &v) (return) at ./prog.go:29:2
./prog.go:27:16: leaking param content: s
./prog.go:27:16: leaking param: s to result ~r0 level=0
./prog.go:28:2: moved to heap: v
