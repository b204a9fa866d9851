// The String forms of contexts and the messages of the standard errors.
// (Contexts with deadlines are not printed: their String contains times.)
package main

import (
	"context"
	"fmt"
)

type key int

func main() {
	bg := context.Background()
	fmt.Println(bg)
	fmt.Println(context.TODO())
	c, cancel := context.WithCancel(bg)
	defer cancel()
	fmt.Println(c)
	v := context.WithValue(c, key(1), "one")
	fmt.Println(v)
	s := context.WithValue(bg, "name", 42)
	fmt.Println(s)
	fmt.Println(context.WithoutCancel(v))
	cc, cancelCause := context.WithCancelCause(bg)
	defer cancelCause(nil)
	fmt.Println(cc)

	fmt.Println(context.Canceled)
	fmt.Println(context.DeadlineExceeded)
	fmt.Printf("%T\n", context.DeadlineExceeded)
	fmt.Println("background Done is nil:", bg.Done() == nil)
	fmt.Println("background Err:", bg.Err())
}
