// fmt.Scanf with a format: reads "name age" lines until it fails. On empty
// input the first Scanf returns io.EOF ("EOF") or "unexpected EOF".
package main

import (
	"fmt"
)

func main() {
	type person struct {
		name string
		age  int
	}
	var people []person
	for {
		var p person
		n, err := fmt.Scanf("%s %d\n", &p.name, &p.age)
		if err != nil {
			fmt.Printf("stopped after %d records (n=%d): %v\n", len(people), n, err)
			break
		}
		people = append(people, p)
	}
	total := 0
	for _, p := range people {
		fmt.Printf("%-8s %3d\n", p.name, p.age)
		total += p.age
	}
	if len(people) > 0 {
		fmt.Println("average age:", total/len(people))
	} else {
		fmt.Println("nobody")
	}
}
