package main

import "fmt"

func main() {
	m := map[string]int{"zeta": 26, "alpha": 1, "mu": 12, "beta": 2, "": 0}
	fmt.Println(m)
	fmt.Printf("%v\n%+v\n%#v\n%T\n", m, m, m, m)
	im := map[int]string{10: "ten", -3: "minus three", 2: "two", 0: "zero", 100: "hundred"}
	fmt.Println(im)
	fmt.Printf("%#v\n", im)
	fm := map[float64]bool{2.5: true, -1: false, 0: true, 1e9: false}
	fmt.Println(fm)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	rm := map[rune]int{'b': 2, 'a': 1, 'c': 3}
	fmt.Println(rm)
	type key struct {
		a int
		b string
	}
	sm := map[key]int{{2, "x"}: 1, {1, "z"}: 2, {1, "y"}: 3}
	fmt.Println(sm)
	am := map[[2]int]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"}
	fmt.Println(am)
	nested := map[string][]int{"b": {2, 3}, "a": {1}}
	fmt.Println(nested)
	mm := map[string]map[string]int{"y": {"k": 1, "j": 2}, "x": {}}
	fmt.Println(mm)
	fmt.Printf("%#v\n", mm)
	var nm map[string]int
	fmt.Println(nm, len(nm), nm == nil)
	fmt.Printf("%v %#v\n", nm, nm)
	em := map[string]int{}
	fmt.Printf("%v %#v\n", em, em)
	fmt.Printf("%d\n", map[string]int{"b": 20, "a": 10})
	fmt.Printf("%x\n", map[int]int{255: 16, 10: 11})
	u8 := map[uint8]int{200: 1, 3: 2, 100: 3}
	fmt.Println(u8)
	neg := map[int8]string{-128: "min", 127: "max", 0: "z"}
	fmt.Println(neg)
	fmt.Printf("%v\n", &m)
}
