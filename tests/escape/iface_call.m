# command-line-arguments
./prog.go:12:7: leaking param content: b
./prog.go:12:21: p does not escape
./prog.go:18:11: leaking param: w
./prog.go:18:21: s does not escape
./prog.go:19:17: ([]byte)(s) escapes to heap
./prog.go:23:13: leaking param content: b
./prog.go:23:21: s does not escape
./prog.go:24:17: ([]byte)(s) does not escape
./prog.go:24:17: zero-copy string->[]byte conversion
./prog.go:28:6: moved to heap: b
