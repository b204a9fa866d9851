// Setting a channel variable to nil disables its select case. This merges
// two channels until both are closed; the sums are printed, not the order.
package main

import "fmt"

func numbers(from, to int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := from; i <= to; i++ {
			ch <- i
		}
	}()
	return ch
}

func main() {
	a := numbers(1, 10)
	b := numbers(100, 104)
	sumA, sumB, closedCount := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closedCount++
				continue
			}
			sumA += v
		case v, ok := <-b:
			if !ok {
				b = nil
				closedCount++
				continue
			}
			sumB += v
		}
	}
	fmt.Println("sumA:", sumA, "sumB:", sumB, "closed:", closedCount)
	fmt.Println("both nil:", a == nil && b == nil)
}
