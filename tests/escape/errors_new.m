# command-line-arguments
./prog.go:15:7: leaking param: p to result ~r0 level=1
./prog.go:20:20: &errors.errorString{...} escapes to heap
./prog.go:22:16: codeErr(n) escapes to heap
./prog.go:26:8: leaking param: msg
./prog.go:27:9: &ptrErr{...} escapes to heap
./prog.go:31:12: leaking param: err
