package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

func (p Perm) String() string {
	var parts []string
	names := []string{"read", "write", "exec", "admin"}
	for i, n := range names {
		if p&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "|")
}

func main() {
	fmt.Println(uint8(Read), uint8(Write), uint8(Exec), uint8(Admin))
	p := Read | Exec
	fmt.Println("p:", p, uint8(p))
	p |= Write
	fmt.Println("after |= Write:", p)
	p &^= Read
	fmt.Println("after &^= Read:", p)
	fmt.Println("has exec:", p&Exec != 0, "has admin:", p&Admin != 0)
	p ^= Admin
	fmt.Println("toggle admin:", p)
	var none Perm
	fmt.Println("zero:", none)
	all := Read | Write | Exec | Admin
	fmt.Printf("all: %v %08b %d\n", all, uint8(all), uint8(all))
}
