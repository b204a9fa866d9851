// Goroutines started in a loop: per-iteration loop variables captured by
// value; shared variables by reference.
package main

//go:noinline
func spawn(n int) int {
	results := make(chan int, n)
	total := 0
	for i := 0; i < n; i++ {
		go func() {
			results <- i * i
		}()
	}
	for j := 0; j < n; j++ {
		total += <-results
	}
	done := make(chan bool)
	go func() {
		total++
		done <- true
	}()
	<-done
	return total
}

func main() { println(spawn(3)) }
