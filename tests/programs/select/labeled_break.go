// break inside a select only leaves the select; a labeled break leaves the
// surrounding for loop. continue works on the loop.
package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	for i := 1; i <= 10; i++ {
		ch <- i
	}
	close(ch)

	var kept []int
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			if v%2 == 0 {
				continue
			}
			if v > 7 {
				break // leaves the select only
			}
			kept = append(kept, v)
		}
	}
	fmt.Println("odd values up to 7:", kept)

	count := 0
	for i := 0; i < 3; i++ {
		select {
		default:
			if i == 1 {
				break
			}
			count++
		}
	}
	fmt.Println("count:", count)
}
