// errgroup-style error handling written by hand: run tasks concurrently,
// wait for all, keep the first error (recorded by sync.Once) and also every
// error in task order (stored by index, so no ordering issue).
package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	return g.err
}

func main() {
	inputs := []string{"12", "7", "x9", "40"}
	parsed := make([]int, len(inputs))
	errs := make([]error, len(inputs))

	var g group
	for i, s := range inputs {
		g.Go(func() error {
			n, err := strconv.Atoi(s)
			if err != nil {
				errs[i] = fmt.Errorf("input %d: %w", i, err)
				return errs[i]
			}
			parsed[i] = n * 2
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("first error:", err)
	fmt.Println("is ErrSyntax:", errors.Is(err, strconv.ErrSyntax))
	fmt.Println("parsed:", parsed)
	fmt.Println("joined:", errors.Join(errs...))

	var ok group
	for i := 0; i < 3; i++ {
		ok.Go(func() error { parsed[i] = -i; return nil })
	}
	fmt.Println("no error:", ok.Wait(), parsed)
}
