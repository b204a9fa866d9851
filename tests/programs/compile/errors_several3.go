package main

import "fmt"

func main() {
	var count int
	names := []string{"a", "b"}
	for i, name := range names {
		count += name
	}
	if count > "1" {
		fmt.Println(undefinedThing)
	}
}
