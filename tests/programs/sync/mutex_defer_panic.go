// Unlocking with defer keeps a mutex consistent when the critical section
// panics: after recovering, the mutex is free and can be locked again.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

var errInsufficient = errors.New("insufficient funds")

func (a *account) withdraw(n int) (err error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("withdraw %d: %v", n, r)
		}
	}()
	if n > a.balance {
		panic(errInsufficient)
	}
	a.balance -= n
	return nil
}

func main() {
	a := &account{balance: 100}
	for _, n := range []int{30, 100, 50} {
		err := a.withdraw(n)
		fmt.Println("withdraw", n, "->", err, "balance", a.balance)
	}
	fmt.Println("lock free:", a.mu.TryLock())
	a.mu.Unlock()

	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a.withdraw(3)
		}()
	}
	wg.Wait()
	fmt.Println("final balance:", a.balance)
}
