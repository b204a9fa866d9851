package main

import "fmt"

func (n int) Double() int { return 2 * n }

type List []int

func (l List) Len() int { return len(l) }

func (l List) Len() int { return 0 }

func main() {
	fmt.Println(List{}.Len())
}
