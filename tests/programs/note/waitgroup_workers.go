// Пример 3 из конспекта: sync.WaitGroup ждёт завершения нескольких горутин.
//
// Каждый воркер вызывает wg.Done() через defer, main ждёт всех через
// wg.Wait(). Горутины работают параллельно, поэтому порядок, в котором они
// заканчивают, не определён: воркеры отправляют результаты в буферизованный
// канал, а main сортирует их перед печатью — вывод детерминирован.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	id     int
	square int
}

func worker(id int, wg *sync.WaitGroup, out chan<- result) {
	defer wg.Done()
	out <- result{id: id, square: id * id}
}

func main() {
	const workers = 5
	var wg sync.WaitGroup
	out := make(chan result, workers)

	for i := 1; i <= workers; i++ {
		wg.Add(1)
		go worker(i, &wg, out)
	}
	wg.Wait()
	close(out)

	var results []result
	for r := range out {
		results = append(results, r)
	}
	sort.Slice(results, func(a, b int) bool { return results[a].id < results[b].id })
	for _, r := range results {
		fmt.Printf("Воркер %d закончил: %d\n", r.id, r.square)
	}
	fmt.Println("Все воркеры завершены")
}
