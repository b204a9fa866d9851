package main

import "fmt"

type Money int64

func (m Money) String() string {
	return fmt.Sprintf("$%d.%02d", int64(m)/100, int64(m)%100)
}

type Item struct {
	Name  string
	Price Money
	cost  Money // unexported: fmt cannot call its String method
}

type Order struct {
	ID    int
	Items []Item
	Total Money
	Tags  map[string]Money
}

type Wrapper struct {
	Inner fmt.Stringer
}

func main() {
	items := []Item{{"pen", 150, 100}, {"book", 1299, 900}}
	fmt.Println(items)
	fmt.Printf("%+v\n", items)
	o := Order{7, items, 1449, map[string]Money{"tax": 99, "disc": 5}}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o.Total)
	fmt.Println([]Money{1, 20, 300})
	fmt.Println([2]Money{5, 10})
	fmt.Println(map[Money]string{250: "b", 100: "a"})
	fmt.Println(Wrapper{Money(42)})
	fmt.Printf("%v %+v\n", Wrapper{Money(4200)}, Wrapper{nil})
	fmt.Println([]interface{}{Money(1), 2, "three"})
	fmt.Printf("%d\n", []Money{1, 2})
	fmt.Printf("%s\n", []Money{1, 2})
	fmt.Printf("%x\n", Money(255))
	fmt.Printf("%v\n", struct{ M, N Money }{1, 2})
	fmt.Printf("%v\n", struct{ m, n Money }{1, 2})
}
