package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printl("hello")
	fmt.Println(strings.Reverse("abc"))
}
