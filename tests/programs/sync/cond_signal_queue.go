// sync.Cond with Signal: a bounded queue whose consumers wait while it is
// empty and producers wait while it is full. Consumers record what they took
// in a shared slice; main prints it sorted.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
}

func newQueue(max int) *queue {
	q := &queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) take() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v
}

func main() {
	q := newQueue(2)
	var mu sync.Mutex
	var taken []int
	var wg sync.WaitGroup
	for c := 0; c < 3; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				v := q.take()
				mu.Lock()
				taken = append(taken, v)
				mu.Unlock()
			}
		}()
	}
	for i := 1; i <= 12; i++ {
		q.put(i * i)
	}
	wg.Wait()
	sort.Ints(taken)
	fmt.Println(taken)
	fmt.Println("left:", len(q.items))
}
