package main

func div(a, b int) (int, int) {
	return a / b
}

func none() {
	return 1
}

func one() string {
	return "a", "b"
}

func main() {
	div(1, 2)
	none()
	one()
}
