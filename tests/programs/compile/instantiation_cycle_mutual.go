package main

import "fmt"

func a[T any](n int, x T) {
	if n > 0 {
		b(n-1, &x)
	}
}

func b[U any](n int, y U) {
	a(n, y)
}

func main() {
	a(3, 1)
	fmt.Println("done")
}
