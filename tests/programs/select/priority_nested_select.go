// select has no priorities. A common idiom gives one channel priority: first
// try it alone with a default, then wait on all. Here urgent messages are
// always drained before normal ones when both are buffered.
package main

import "fmt"

func main() {
	urgent := make(chan string, 5)
	normal := make(chan string, 5)
	for i := 1; i <= 3; i++ {
		normal <- fmt.Sprintf("normal-%d", i)
		urgent <- fmt.Sprintf("urgent-%d", i)
	}
	close(urgent)
	close(normal)

	for urgent != nil || normal != nil {
		select {
		case m, ok := <-urgent:
			if !ok {
				urgent = nil
				continue
			}
			fmt.Println(m)
			continue
		default:
		}
		select {
		case m, ok := <-urgent:
			if !ok {
				urgent = nil
				continue
			}
			fmt.Println(m)
		case m, ok := <-normal:
			if !ok {
				normal = nil
				continue
			}
			fmt.Println(m)
		}
	}
}
