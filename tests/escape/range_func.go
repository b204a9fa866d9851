// Range over a function (Go 1.23): the loop body becomes a closure passed
// to the iterator.
package main

//go:noinline
func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

//go:noinline
func sum() int {
	total := 0
	for x := range count(3) {
		total += x
	}
	return total
}

func main() { println(sum()) }
