// context.WithTimeout: a slow operation gives up when its context is done.
package main

import (
	"context"
	"fmt"
	"time"
)

func slowOperation(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	fmt.Println("fast:", slowOperation(ctx, 100*time.Millisecond))
	fmt.Println("slow:", slowOperation(ctx, time.Second))
}
