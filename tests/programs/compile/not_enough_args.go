package main

import "fmt"

func area(w, h int) int { return w * h }

func label(name string, n int, unit string) string {
	return fmt.Sprint(name, n, unit)
}

func main() {
	fmt.Println(area(3))
	fmt.Println(label("width", 4))
}
