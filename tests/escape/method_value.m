# command-line-arguments
./prog.go:8:7: c does not escape
./prog.go:14:10: f does not escape
./prog.go:24:2: moved to heap: d
./prog.go:21:7: c.Inc does not escape
./prog.go:22:8: c.Get does not escape
./prog.go:25:11: d.Inc escapes to heap
