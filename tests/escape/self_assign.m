# command-line-arguments
./prog.go:13:8: (*Buffer).Trim ignoring self-assignment in b.buf = b.buf[n:]
./prog.go:12:7: b does not escape
./prog.go:18:6: (*Buffer).Swap ignoring self-assignment in b.x = b.y
./prog.go:17:7: b does not escape
./prog.go:23:11: (*Buffer).Shift ignoring self-assignment in b.arr[i] = b.arr[i + 1]
./prog.go:22:7: b does not escape
./prog.go:27:7: &Buffer{...} does not escape
./prog.go:27:27: ([]byte)("hello") does not escape
