// fmt.Sscanf with verbs %d %s %f %x %o %b %q %c %v %t and widths, and the
// errors for mismatched input.
package main

import "fmt"

func main() {
	var y, m, d int
	n, err := fmt.Sscanf("2024-03-09", "%d-%d-%d", &y, &m, &d)
	fmt.Println(n, err, y, m, d)

	var key string
	var val float64
	n, err = fmt.Sscanf("temp=21.5C", "temp=%fC", &val)
	fmt.Println(n, err, val)
	n, err = fmt.Sscanf("name: gopher", "name: %s", &key)
	fmt.Println(n, err, key)

	var h, o, b int
	n, err = fmt.Sscanf("ff 17 101", "%x %o %b", &h, &o, &b)
	fmt.Println(n, err, h, o, b)

	var q string
	var c rune
	n, err = fmt.Sscanf(`"quoted text" Z`, "%q %c", &q, &c)
	fmt.Println(n, err, q, string(c))

	var flag bool
	var any1 int
	n, err = fmt.Sscanf("true 42", "%t %v", &flag, &any1)
	fmt.Println(n, err, flag, any1)

	var a2, b2 int
	n, err = fmt.Sscanf("12345", "%2d%3d", &a2, &b2)
	fmt.Println(n, err, a2, b2)

	n, err = fmt.Sscanf("10 apples", "%d oranges", &a2)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("x=1", "y=%d", &a2)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "%d", &a2)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("7", "%d %d", &a2, &b2)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("7", "%d", &key)
	fmt.Println(n, err)
}
