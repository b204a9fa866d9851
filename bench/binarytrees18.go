package main

import "fmt"

// The binary-trees benchmark at depth 18 (a 2^19-node stretch tree, a
// long-lived 2^18-node tree, and many short-lived trees: allocation and GC).
type Node struct{ left, right *Node }

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const maxDepth = 18
	// As in the benchmarks game, the stretch tree is checked and dropped at
	// once (held in a variable, it would stay live to the end of main:
	// Goroscope's stack maps follow scopes, not liveness).
	fmt.Printf("stretch tree of depth %d\t check: %d\n", maxDepth+1, bottomUp(maxDepth+1).check())
	long := bottomUp(maxDepth)
	for d := 4; d <= maxDepth; d += 2 {
		iters := 1 << (maxDepth - d + 4)
		check := 0
		for i := 0; i < iters; i++ {
			check += bottomUp(d).check()
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iters, d, check)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, long.check())
}
