package main

func main() {
	a := 1
	var b string
	c, d := 2, 3
	_ = c
	for i := 0; i < 3; i++ {
		x := i * 2
	}
}
