// A recursive closure: the variable holding it is captured by reference
// (it is assigned after the closure is created).
package main

//go:noinline
func fib(n int) int {
	var f func(int) int
	f = func(k int) int {
		if k < 2 {
			return k
		}
		return f(k-1) + f(k-2)
	}
	return f(n)
}

func main() { println(fib(10)) }
