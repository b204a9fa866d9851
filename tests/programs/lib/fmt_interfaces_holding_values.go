package main

import "fmt"

type Animal interface {
	Sound() string
}

type Dog struct{ Name string }

func (d Dog) Sound() string { return d.Name + " says woof" }

type Cat struct{ lives int }

func (c *Cat) Sound() string { return fmt.Sprintf("meow x%d", c.lives) }

func describe(i interface{}) string {
	return fmt.Sprintf("%v (%T)", i, i)
}

func main() {
	vals := []interface{}{42, int8(-1), uint(7), 3.5, float32(1.25), "str", 'r', true, nil,
		[]int{1}, map[string]int{"k": 1}, struct{ A int }{1}, Dog{"rex"}, [2]bool{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	fmt.Printf("%v\n", vals)
	fmt.Printf("%+v\n", vals)
	animals := []Animal{Dog{"fido"}, &Cat{9}}
	for _, a := range animals {
		fmt.Printf("%T: %s\n", a, a.Sound())
	}
	fmt.Println(animals[0])
	fmt.Printf("%+v %#v\n", animals[0], animals[0])
	var a Animal
	fmt.Printf("%v %T\n", a, a)
	var i interface{} = Dog{"inner"}
	var j interface{} = i
	fmt.Println(j, describe(j))
	type holder struct {
		A Animal
		I interface{}
	}
	h := holder{Dog{"h"}, 5}
	fmt.Printf("%v %+v\n", h, h)
	fmt.Printf("%#v\n", h)
	fmt.Printf("%d %x %s\n", i, interface{}(255), interface{}("s"))
}
