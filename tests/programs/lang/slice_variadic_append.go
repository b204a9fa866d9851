package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	fmt.Printf("  sum got %v len=%d nil=%v\n", nums, len(nums), nums == nil)
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func modifyFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1))
	fmt.Println(sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"), join(","))
	// passing a slice with ... shares it
	modifyFirst(nums...)
	fmt.Println("after modifyFirst(nums...):", nums)
	modifyFirst(nums[1], nums[2])
	fmt.Println("after modifyFirst(a, b):", nums)
	a := []string{"x"}
	a = append(a, []string{"y", "z"}...)
	fmt.Println(a)
	b := append([]byte("abc"), "def"...)
	fmt.Println(string(b))
	var anyArgs []any = []any{1, "two", 3.0}
	fmt.Println(anyArgs...)
	fmt.Println(len(append(nums, nums...)))
}
