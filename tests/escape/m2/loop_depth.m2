# command-line-arguments
./prog.go:9:3: v escapes to heap:
./prog.go:9:3:   flow: p = &v:
./prog.go:9:3:     from &v (address-of) at ./prog.go:10:7
./prog.go:9:3:     from p = &v (assign) at ./prog.go:10:5
./prog.go:9:3: moved to heap: v
./prog.go:21:6: i escapes to heap:
./prog.go:21:6:   flow: {heap} = &i:
./prog.go:21:6:     from &i (address-of) at ./prog.go:22:21
./prog.go:21:6:     from append(out, &i) (call parameter) at ./prog.go:22:15
./prog.go:21:6: moved to heap: i
