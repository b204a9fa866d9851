package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Tags    []string
	Addr    Address
	Manager *Person
}

func main() {
	p1 := Person{"ann", 30, []string{"a"}, Address{"Oslo", 150}, nil} // positional
	fmt.Printf("%+v\n", p1)
	p2 := Person{Name: "bob"} // keyed, rest zero
	fmt.Printf("%+v\n", p2)
	p3 := Person{Age: 41, Name: "cid", Addr: Address{Zip: 9}} // any order
	fmt.Printf("%v\n", p3)
	p4 := &Person{Name: "dee", Manager: &p3} // pointer literal
	fmt.Println(p4.Name, p4.Manager.Name, p4.Manager.Addr.Zip)
	var z Person
	fmt.Printf("%+v %v\n", z, z.Tags == nil)
	p5 := p1
	p5.Tags[0] = "shared" // slice field shares storage
	p5.Addr.City = "Rome" // struct field copied
	fmt.Println(p1.Tags, p1.Addr.City, p5.Addr.City)
	pts := []Address{{"A", 1}, {City: "B"}}
	fmt.Println(pts)
	fmt.Printf("%v\n", Address{})
	mp := map[string]*Address{"x": {"X", 2}}
	fmt.Println(*mp["x"])
	nested := struct {
		P Person
		N int
	}{P: Person{Name: "nest"}, N: 1}
	fmt.Println(nested.P.Name, nested.N)
}
