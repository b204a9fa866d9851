package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println("copied", n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println("copied", n, big)
	// overlapping copy within one slice
	s := []int{1, 2, 3, 4, 5, 6}
	n = copy(s[2:], s)
	fmt.Println("shift right:", n, s)
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[2:])
	fmt.Println("shift left:", n, s)
	// copy from a string into bytes
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println("from string:", n, b, string(b[:n]))
	// copy with empty / nil
	var nilSrc []int
	fmt.Println(copy([]int{}, src), copy(dst, nilSrc), dst)
	// copy of structs is a deep copy of values, shallow for pointers/slices
	type T struct {
		N    int
		List []int
	}
	ts := []T{{1, []int{1}}, {2, []int{2}}}
	tc := make([]T, 2)
	copy(tc, ts)
	tc[0].N = 100
	tc[1].List[0] = 200
	fmt.Println(ts, tc)
	// clone idiom
	clone := append([]int(nil), src...)
	clone[0] = -1
	fmt.Println(src, clone)
	arr := [4]string{"a", "b", "c", "d"}
	copy(arr[1:], []string{"X", "Y"})
	fmt.Println(arr)
}
