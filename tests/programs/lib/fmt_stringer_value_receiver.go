package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Blue, Blue, Blue, Blue, Blue)
	fmt.Printf("%+v %#v %T\n", Green, Green, Green)
	fmt.Printf("[%8v] [%-8s] [%.2s]\n", Red, Red, Green)
	c := Blue
	fmt.Println(&c == nil, c)
	fmt.Printf("%v\n", &c == nil)
	fmt.Println(Temp(21.55), Temp(-3))
	fmt.Print(Red, Temp(0), "\n")
	fmt.Print(Red, Green, "\n")
	s := fmt.Sprint(Red, Green)
	fmt.Println(s)
	var st fmt.Stringer = Blue
	fmt.Println(st.String(), st)
	fmt.Printf("%v\n", []fmt.Stringer{Red, Temp(1)})
	fmt.Println(Color(1) + 1)
	fmt.Printf("%d %v\n", Color(2)*2, Color(2)*2)
}
