package main

import (
	"errors"
	"fmt"
)

var errLimit = errors.New("limit exceeded")

func step(i int) error {
	if i > 2 {
		return fmt.Errorf("step %d: %w", i, errLimit)
	}
	return nil
}

func main() {
	for i := 0; ; i++ {
		if err := step(i); err != nil {
			fmt.Println("is limit:", errors.Is(err, errLimit))
			panic(err)
		}
		fmt.Println("step", i, "ok")
	}
}
