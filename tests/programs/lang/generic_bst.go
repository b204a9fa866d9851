package main

import "fmt"

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type Tree[K Ordered, V any] struct {
	root *treeNode[K, V]
	size int
}

type treeNode[K Ordered, V any] struct {
	key         K
	val         V
	left, right *treeNode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).key:
			p = &(*p).left
		case k > (*p).key:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &treeNode[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

// All yields keys in order; it is a Go 1.23 range-over-func iterator.
func (t *Tree[K, V]) All(yield func(K, V) bool) {
	var walk func(n *treeNode[K, V]) bool
	walk = func(n *treeNode[K, V]) bool {
		return n == nil || (walk(n.left) && yield(n.key, n.val) && walk(n.right))
	}
	walk(t.root)
}

func (t *Tree[K, V]) Height() int {
	var h func(*treeNode[K, V]) int
	h = func(n *treeNode[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

func main() {
	var t Tree[string, int]
	for i, w := range []string{"m", "c", "x", "a", "e", "z", "m"} {
		t.Put(w, i)
	}
	fmt.Println("size:", t.size, "height:", t.Height())
	for k, v := range t.All {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	fmt.Println(t.Get("e"))
	fmt.Println(t.Get("q"))
	nums := &Tree[float64, []string]{}
	nums.Put(2.5, []string{"two and a half"})
	nums.Put(-1, nil)
	for k, v := range nums.All {
		fmt.Println(k, v, v == nil)
	}
	fmt.Printf("%T\n", nums)
}
