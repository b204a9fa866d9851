package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func (u *User) Birthday() { u.Age++ }

func main() {
	u := User{"ann", "31"}
	u.Birthday(1)
	fmt.Println(u.Email)
	var n int = u
}
