// A worker pool: three workers take jobs from one channel and send results
// to another. Which worker handles which job depends on scheduling, so the
// results are printed sorted by job id and per-worker counts are only summed.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct {
	id int
	n  int
}

type result struct {
	jobID  int
	worker int
	fact   int
}

func factorial(n int) int {
	f := 1
	for i := 2; i <= n; i++ {
		f *= i
	}
	return f
}

func worker(id int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{jobID: j.id, worker: id, fact: factorial(j.n)}
	}
}

func main() {
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for i := 1; i <= 9; i++ {
			jobs <- job{id: i, n: i + 3}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].jobID < all[j].jobID })
	for _, r := range all {
		fmt.Printf("job %d: %d\n", r.jobID, r.fact)
	}
	total := 0
	for w, n := range perWorker {
		if w < 1 || w > 3 {
			fmt.Println("unexpected worker", w)
		}
		total += n
	}
	fmt.Println("jobs done:", total)
}
