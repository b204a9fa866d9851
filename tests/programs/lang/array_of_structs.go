package main

import "fmt"

type Item struct {
	Name  string
	Price int
	Tags  [2]string
}

func main() {
	items := [3]Item{
		{"apple", 3, [2]string{"fruit", "red"}},
		{Name: "bread", Price: 5},
		{Name: "cheese", Price: 12, Tags: [2]string{1: "dairy"}},
	}
	for i, it := range items {
		fmt.Printf("%d: %+v\n", i, it)
	}
	// range value is a copy
	for _, it := range items {
		it.Price = 0
	}
	fmt.Println("after copy loop:", items[0].Price)
	// index to modify in place
	for i := range items {
		items[i].Price *= 2
	}
	fmt.Println("doubled:", items[0].Price, items[1].Price, items[2].Price)
	total := 0
	for _, it := range items {
		total += it.Price
	}
	fmt.Println("total:", total)
	p := &items[1]
	p.Tags[0] = "baked"
	fmt.Printf("%+v\n", items[1])
	fmt.Println(items)
	cp := items
	cp[0].Name = "pear"
	fmt.Println(items[0].Name, cp[0].Name)
}
