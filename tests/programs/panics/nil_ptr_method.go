package main

import "fmt"

type Account struct {
	owner   string
	balance int
}

// Name works on a nil receiver because it never touches a field.
func (a *Account) Name() string {
	if a == nil {
		return "<none>"
	}
	return a.owner
}

// Deposit touches a field, so a nil receiver panics.
func (a *Account) Deposit(n int) {
	a.balance += n
}

func main() {
	var acc *Account
	fmt.Println(acc.Name())
	acc.Deposit(10)
	fmt.Println("not reached")
}
