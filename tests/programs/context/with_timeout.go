// context.WithTimeout: Done closes when the timeout passes and Err reports
// context.DeadlineExceeded. A fast operation finishes first; a slow one is
// cut off. Durations differ by far more than scheduling noise.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "finished in " + d.String(), nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	res, err := slowOp(ctx, 10*time.Millisecond)
	fmt.Println(res, err)
	res, err = slowOp(ctx, 500*time.Millisecond)
	fmt.Printf("%q %v\n", res, err)
	fmt.Println("is DeadlineExceeded:", errors.Is(err, context.DeadlineExceeded))
	fmt.Println("Err:", ctx.Err())

	// DeadlineExceeded is a net.Error-like value with Timeout() == true.
	var te interface{ Timeout() bool }
	fmt.Println("Timeout():", errors.As(err, &te) && te.Timeout())

	// Cancelling before the timeout gives Canceled instead.
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	cancel2()
	fmt.Println("cancelled early:", ctx2.Err())

	// A zero or negative timeout is already expired.
	ctx3, cancel3 := context.WithTimeout(context.Background(), -time.Second)
	defer cancel3()
	<-ctx3.Done()
	fmt.Println("negative timeout:", ctx3.Err())
}
