package main

import (
	"fmt"
	"net"
)

// Go reports the unused import; Goroscope refuses the package itself.
func main() {
	fmt.Println("hi")
}
