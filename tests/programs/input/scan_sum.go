// fmt.Scan reads space- or newline-separated values from stdin. This reads
// integers until Scan fails, and reports what it read and why it stopped
// (io.EOF for empty or fully consumed input).
package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	sum, count := 0, 0
	var err error
	for {
		var n int
		if _, err = fmt.Scan(&n); err != nil {
			break
		}
		sum += n
		count++
	}
	fmt.Println("read", count, "numbers, sum", sum)
	if errors.Is(err, io.EOF) {
		fmt.Println("stopped at end of input")
	} else {
		fmt.Println("stopped:", err)
	}
}
