# command-line-arguments
./prog.go:15:6: moved to heap: g
./prog.go:10:10: new(Small) does not escape
./prog.go:11:10: new(Large) escapes to heap
./prog.go:12:7: &Small{} does not escape
./prog.go:13:7: &Large{} escapes to heap
