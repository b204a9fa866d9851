// A worker pool: three workers take jobs from one channel and send results
// to another. Results arrive in any order, so main stores them by job number.
package main

import (
	"fmt"
	"sync"
)

type result struct{ job, square int }

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j, j * j}
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	squares := make([]int, 10)
	for r := range results {
		squares[r.job] = r.square
	}
	fmt.Println("squares:", squares[1:])
}
