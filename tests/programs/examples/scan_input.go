// fmt.Scan reads words typed into the terminal. Type a few names and press
// Enter; end the input with Ctrl+D.
package main

import "fmt"

func main() {
	fmt.Println("Type names (Ctrl+D to finish):")
	count := 0
	for {
		var name string
		if _, err := fmt.Scan(&name); err != nil {
			break
		}
		count++
		fmt.Printf("Hello, %s!\n", name)
	}
	fmt.Println("names read:", count)
}
