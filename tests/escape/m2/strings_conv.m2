# command-line-arguments
./prog.go:8:11: a + b escapes to heap:
./prog.go:8:11:   flow: ~r0 = &{storage for a + b}:
./prog.go:8:11:     from a + b (spill) at ./prog.go:8:11
./prog.go:8:11:     from return a + b (return) at ./prog.go:8:2
./prog.go:7:13: a does not escape
./prog.go:7:16: b does not escape
./prog.go:8:11: a + b escapes to heap
./prog.go:12:14: s does not escape
./prog.go:13:14: ([]byte)(s) does not escape
./prog.go:13:14: zero-copy string->[]byte conversion
./prog.go:19:17: string(b) escapes to heap:
./prog.go:19:17:   flow: {heap} = &{storage for string(b)}:
./prog.go:19:17:     from string(b) (spill) at ./prog.go:19:17
./prog.go:19:17:     from saved = string(b) (assign) at ./prog.go:19:8
./prog.go:18:14: b does not escape
./prog.go:19:17: string(b) escapes to heap
./prog.go:24:16: ([]rune)(s) escapes to heap:
./prog.go:24:16:   flow: ~r0 = &{storage for ([]rune)(s)}:
./prog.go:24:16:     from ([]rune)(s) (spill) at ./prog.go:24:16
./prog.go:24:16:     from return ([]rune)(s) (return) at ./prog.go:24:2
./prog.go:23:12: s does not escape
./prog.go:24:16: ([]rune)(s) escapes to heap
./prog.go:29:17: ([]byte)("q") does not escape
./prog.go:29:17: zero-copy string->[]byte conversion
