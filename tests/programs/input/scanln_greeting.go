// A prompt read with fmt.Scanln. With no input Scanln returns an error and
// the program falls back to a default instead of printing garbage.
package main

import (
	"fmt"
)

func main() {
	fmt.Print("Как вас зовут? ")
	var name string
	n, err := fmt.Scanln(&name)
	fmt.Println()
	fmt.Println("items read:", n)
	if err != nil {
		fmt.Println("error:", err)
		name = "незнакомец"
	}
	fmt.Printf("Привет, %s!\n", name)

	var a, b int
	n, err = fmt.Scanln(&a, &b)
	fmt.Println("second Scanln:", n, err, a, b)
}
