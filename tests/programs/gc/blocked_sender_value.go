// Values that only the runtime holds survive a collection: a goroutine
// blocked sending a freshly built value (no variable holds it any more),
// a channel that only blocked goroutines know, a deferred closure, a panic
// value while deferred calls run, and a timer's function.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
)

type msg struct {
	text  string
	parts []string
}

func build(i int) msg {
	return msg{text: strings.Repeat("v", i+1), parts: strings.Fields(fmt.Sprint("a", i, " b", i))}
}

func main() {
	ch := make(chan msg)
	for i := 0; i < 3; i++ {
		go func(i int) { ch <- build(i) }(i)
	}
	runtime.Gosched() // all three block in the send
	runtime.GC()
	runtime.GC()
	got := make([]msg, 3)
	for i := 0; i < 3; i++ {
		m := <-ch
		got[len(m.text)-1] = m // the order of the senders is the scheduler's
	}
	for _, m := range got {
		fmt.Println(len(m.text), m.parts)
	}

	// A channel reachable only from the goroutines blocked on it.
	var wg sync.WaitGroup
	results := make([]string, 2)
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c := make(chan string)
			go func() { c <- strings.Repeat("c", 3+i) }()
			runtime.Gosched()
			runtime.GC()
			results[i] = <-c
		}(i)
	}
	wg.Wait()
	fmt.Println(results)

	// A deferred closure and a panic value.
	func() {
		s := strings.Repeat("d", 4)
		defer func() {
			r := recover()
			runtime.GC()
			fmt.Println("recovered", r, s)
		}()
		defer runtime.GC()
		panic(fmt.Errorf("boom %s", strings.Repeat("p", 2)))
	}()

	// A timer's function.
	done := make(chan string)
	word := strings.Repeat("t", 5)
	time.AfterFunc(time.Millisecond, func() { done <- word + "!" })
	word = ""
	runtime.GC()
	fmt.Println(<-done)
}
