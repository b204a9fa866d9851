// The concurrent prime sieve: a chain of filter goroutines, one per prime
// found so far. Prints the first 50 primes.
package main

import "fmt"

// generate sends 2, 3, 4, ... to ch.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

// filter copies values from in to out, dropping multiples of prime.
func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	var primes []int
	for i := 0; i < 50; i++ {
		prime := <-ch
		primes = append(primes, prime)
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	for i, p := range primes {
		fmt.Print(p)
		if (i+1)%10 == 0 {
			fmt.Println()
		} else {
			fmt.Print(" ")
		}
	}
	fmt.Println("50th prime:", primes[49])
}
