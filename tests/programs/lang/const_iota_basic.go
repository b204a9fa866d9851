package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var names = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return names[d] }

const (
	a = iota // 0
	b        // 1
	c        // 2
)

const d = iota // iota restarts at 0 in each const block
const (
	e = iota * 10
	f
	g
)

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(e, f, g)
	for day := Sunday; day <= Saturday; day++ {
		fmt.Printf("%d %v %d\n", day, day, int(day))
	}
	fmt.Printf("%T %v\n", Friday, Friday)
	fmt.Println(Saturday - Monday)
}
