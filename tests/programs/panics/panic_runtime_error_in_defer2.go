package main

import "fmt"

func process(names []string) {
	defer func() {
		// Runs during the panic below and fails itself.
		fmt.Println("last name:", names[len(names)])
	}()
	fmt.Println("processing", len(names), "names")
	panic(fmt.Sprintf("cannot process %d names", len(names)))
}

func main() {
	process([]string{"ann", "bob"})
}
