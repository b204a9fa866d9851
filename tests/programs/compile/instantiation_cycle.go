package main

func f[T any](x T) {
	f[[]T](nil)
}

func main() { f(1) }
