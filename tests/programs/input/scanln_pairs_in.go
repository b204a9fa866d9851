// fmt.Scanln reads one line at a time and complains when a line has too few
// or too many values (input in scanln_pairs_in.in). os.Stdin cannot unread,
// so after an error the rest of a bad line is read by the next call.
package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	for i := 1; i <= 20; i++ {
		var x, y int
		n, err := fmt.Scanln(&x, &y)
		if errors.Is(err, io.EOF) {
			fmt.Println("call", i, ": EOF")
			break
		}
		fmt.Printf("call %d: n=%d x=%d y=%d err=%v\n", i, n, x, y, err)
	}
}
