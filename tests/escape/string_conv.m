# command-line-arguments
./prog.go:9:8: b does not escape
./prog.go:9:18: s does not escape
./prog.go:10:14: string(b) does not escape
./prog.go:11:14: ([]byte)(s) does not escape
./prog.go:11:14: zero-copy string->[]byte conversion
./prog.go:12:17: string(b) escapes to heap
./prog.go:13:17: ([]byte)(s) escapes to heap
./prog.go:14:9: s + t does not escape
./prog.go:15:12: s + t escapes to heap
./prog.go:16:14: ([]byte)(s) does not escape
./prog.go:21:32: ([]byte)("ab") does not escape
./prog.go:21:32: zero-copy string->[]byte conversion
