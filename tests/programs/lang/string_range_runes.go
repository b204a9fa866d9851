package main

import "fmt"

func main() {
	s := "aé世😀z"
	for i, r := range s {
		fmt.Printf("byte offset %d: %c %U width=%d\n", i, r, r, len(string(r)))
	}
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	count := 0
	for range s {
		count++
	}
	fmt.Println("runes:", count, "bytes:", len(s))
	var last rune
	for _, last = range s {
	}
	fmt.Printf("last assigned rune: %c\n", last)
	// range over a string expression evaluates it once
	calls := 0
	get := func() string { calls++; return "xyz" }
	for _, r := range get() {
		fmt.Print(string(r))
	}
	fmt.Println(" calls:", calls)
	// reverse a string by runes
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	fmt.Println("reversed:", string(rs))
	for i, r := range "" {
		fmt.Println("never", i, r)
	}
	fmt.Printf("%T\n", []rune(s)[0])
}
