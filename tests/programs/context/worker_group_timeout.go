// Workers of different speeds share a 200ms timeout: the fast ones (20ms)
// report results, the slow ones (600ms) report the context error. Results
// are stored by index.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func work(ctx context.Context, d time.Duration) string {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return "done in " + d.String()
	case <-ctx.Done():
		return "gave up: " + ctx.Err().Error()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	speeds := []time.Duration{20 * time.Millisecond, 600 * time.Millisecond, 30 * time.Millisecond, 700 * time.Millisecond}
	results := make([]string, len(speeds))
	var wg sync.WaitGroup
	for i, d := range speeds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = work(ctx, d)
		}()
	}
	wg.Wait()
	for i, r := range results {
		fmt.Println(i, r)
	}
}
