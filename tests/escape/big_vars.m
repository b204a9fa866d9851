# command-line-arguments
./prog.go:10:6: moved to heap: big
./prog.go:11:10: new([8192]int) does not escape
./prog.go:12:10: new([8193]int) escapes to heap
./prog.go:13:7: &Big{} escapes to heap
