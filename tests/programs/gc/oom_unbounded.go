// A program that keeps everything it allocates ends with Go's fatal error
// "out of memory" and exit status 2 once memory runs out; deferred calls do
// not run and it cannot be recovered. (Goroscope runs it with a 64 MiB
// budget, see oom_unbounded.flags; real Go ran under a ulimit.)
package main

import "fmt"

type chunk struct {
	next *chunk
	data [64 << 10]byte
}

func main() {
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	fmt.Println("allocating")
	var head *chunk
	for i := 0; ; i++ {
		c := &chunk{next: head}
		c.data[i%len(c.data)] = byte(i)
		head = c
	}
}
