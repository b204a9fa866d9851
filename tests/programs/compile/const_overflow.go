package main

import "fmt"

func takeByte(b byte) byte { return b }

func main() {
	var small int8 = 300
	var u uint = -1
	big := 1 << 70
	fmt.Println(small, u, big, takeByte(256))
	const c = 1e400 // fine: untyped constants are exact
	fmt.Println(int8(300))
	fmt.Println(int64(1e19))
}
