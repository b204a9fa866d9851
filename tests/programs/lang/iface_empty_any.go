package main

import "fmt"

type Point struct{ X, Y int }

func describe(v any) string {
	return fmt.Sprintf("%v (%T)", v, v)
}

func main() {
	var e interface{}
	fmt.Println("zero any:", e, e == nil)
	vals := []any{42, "str", 3.14, true, nil, []int{1}, map[string]int{"a": 1}, Point{1, 2}, &Point{3, 4}, 'x', byte(7), 2 + 3i, struct{}{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var a any = 1
	a = "now a string"
	a = Point{5, 6}
	fmt.Println(a)
	// any holding any
	var b any = a
	fmt.Println(b == a, b)
	var x interface{} = 3
	var y any = 3
	fmt.Println("interface{} and any are the same type:", x == y)
	// comparing any to concrete values
	fmt.Println(x == 3, x == int64(3), x == "3")
	m := map[string]any{"n": 1, "s": "two", "l": []any{1, "x"}, "m": map[string]any{"k": false}}
	fmt.Println(m)
	fmt.Println(len(m), m["l"].([]any)[1])
}
