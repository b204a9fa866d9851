package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println("nil map:", m, m == nil, len(m))
	fmt.Println("read missing:", m["x"])
	v, ok := m["x"]
	fmt.Println("comma-ok:", v, ok)
	delete(m, "x") // deleting from nil map is a no-op
	for k, v := range m {
		fmt.Println("never", k, v)
	}
	clear(m)
	fmt.Println("clear nil ok, len:", len(m))
	// Writing to a nil map panics; recover to show it.
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		m["x"] = 1
	}()
	m = map[string]int{}
	m["x"] = 1
	fmt.Println("after make:", m)
	var nested map[string]map[string]int
	fmt.Println("nested nil read:", nested["a"]["b"], nested["a"] == nil)
	var ms map[int][]string
	fmt.Println("nil slice value:", ms[1] == nil, len(ms[1]))
	var mp map[string]*int
	fmt.Println("nil pointer value:", mp["k"] == nil)
}
