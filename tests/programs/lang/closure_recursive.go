package main

import "fmt"

func main() {
	// A closure can call itself through a variable declared first.
	var fact func(n int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))

	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(fib(50), len(memo))

	// mutual recursion through closures
	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	fmt.Println(isEven(10), isOdd(7), isEven(7))

	// recursive tree walk collecting into captured slice
	type tree struct {
		v    int
		kids []*tree
	}
	root := &tree{1, []*tree{{2, []*tree{{4, nil}}}, {3, nil}}}
	var order []int
	var walk func(*tree, int)
	walk = func(t *tree, depth int) {
		order = append(order, t.v*10+depth)
		for _, k := range t.kids {
			walk(k, depth+1)
		}
	}
	walk(root, 0)
	fmt.Println(order)
	// permutations
	var perms []string
	var permute func(prefix, rest string)
	permute = func(prefix, rest string) {
		if rest == "" {
			perms = append(perms, prefix)
			return
		}
		for i := range rest {
			permute(prefix+rest[i:i+1], rest[:i]+rest[i+1:])
		}
	}
	permute("", "abc")
	fmt.Println(perms)
}
