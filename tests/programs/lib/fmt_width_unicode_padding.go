package main

import "fmt"

func main() {
	words := []string{"a", "héllo", "日本語", "😀x", "Ωmega", ""}
	for _, w := range words {
		fmt.Printf("[%8s][%-8s][%.2s][%8.2s][%08s]\n", w, w, w, w, w)
	}
	for _, w := range words {
		fmt.Printf("[%10q][%-10q][%+10q]\n", w, w, w)
	}
	fmt.Printf("[%6x][%-8X][% 8x]\n", "é", "é", "日")
	fmt.Printf("[%5v][%-5v]\n", []string{"ab", "c"}, []int{1, 22})
	fmt.Printf("[%6v][%-6v]\n", map[string]int{"a": 1}, struct{ S string }{"s"})
	fmt.Printf("[%4v][%-4v][%04v]\n", true, nil, 'x')
	fmt.Printf("[%7.3v][%7.3v]\n", 3.14159, "abcdef")
	fmt.Printf("[%-7.3v|%07.3v]\n", 3.14159, -3.14159)
	fmt.Printf("[%3c%3c%3c]\n", 'é', '日', 'a')
}
