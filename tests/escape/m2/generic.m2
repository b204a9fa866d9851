# command-line-arguments
./prog.go:7:18: parameter v leaks to {heap} with derefs=0:
./prog.go:7:18:   flow: {heap} = v:
./prog.go:7:18:     from v (interface-converted) at ./prog.go:8:9
./prog.go:7:18:     from sink = v (assign) at ./prog.go:8:7
./prog.go:12:16: parameter v leaks to ~r0 with derefs=0:
./prog.go:12:16:   flow: ~r0 = v:
./prog.go:12:16:     from return v (return) at ./prog.go:13:2
./prog.go:8:9: v escapes to heap:
./prog.go:8:9:   flow: {heap} = &{storage for v}:
./prog.go:8:9:     from v (spill) at ./prog.go:8:9
./prog.go:8:9:     from sink = v (assign) at ./prog.go:8:7
./prog.go:8:9: v escapes to heap
./prog.go:17:2: x escapes to heap:
./prog.go:17:2:   flow: {heap} = &x:
./prog.go:17:2:     from &x (address-of) at ./prog.go:18:7
./prog.go:17:2:     from Keep[go.shape.*uint8](&.dict.Keep[*int], &x) (call parameter) at ./prog.go:18:6
./prog.go:17:2: moved to heap: x
./prog.go:12:16: parameter v leaks to ~r0 with derefs=0:
./prog.go:12:16:   flow: ~r0 = v:
./prog.go:12:16:     from Id[go.shape.*uint8](&.dict.Id[*int], v) (call parameter) at ./prog.go:12:6
./prog.go:12:16:     from return Id[go.shape.*uint8](&.dict.Id[*int], v) (return) at ./prog.go:12:6
./prog.go:7:18: parameter v leaks to {heap} with derefs=0:
./prog.go:7:18:   flow: {heap} = v:
./prog.go:7:18:     from Keep[go.shape.*uint8](&.dict.Keep[*int], v) (call parameter) at ./prog.go:7:6
