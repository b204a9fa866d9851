package main

import "fmt"

type Engine struct {
	HP      int
	Running bool
}

type Wheel struct{ Pressure float64 }

type Car struct {
	Model  string
	Engine Engine
	Wheels [4]Wheel
	Owner  *Owner
}

type Owner struct{ Name string }

func (c *Car) Start() { c.Engine.Running = true }
func (c Car) Report() string {
	return fmt.Sprintf("%s hp=%d running=%v", c.Model, c.Engine.HP, c.Engine.Running)
}

func inflate(c *Car, p float64) {
	for i := range c.Wheels {
		c.Wheels[i].Pressure = p
	}
}

func main() {
	c := Car{Model: "T", Engine: Engine{HP: 20}, Owner: &Owner{"ford"}}
	fmt.Println(c.Report())
	c.Start()
	c.Engine.HP += 5
	fmt.Println(c.Report())
	inflate(&c, 2.5)
	c.Wheels[3].Pressure = 1.0
	fmt.Println(c.Wheels)
	cp := c
	cp.Engine.HP = 999
	cp.Owner.Name = "shared owner"
	cp.Wheels[0].Pressure = 0
	fmt.Println(c.Engine.HP, cp.Engine.HP, c.Owner.Name, c.Wheels[0], cp.Wheels[0])
	e := &c.Engine
	e.HP = 1
	fmt.Println(c.Report())
	cars := []Car{{Model: "A"}, {Model: "B"}}
	for i := range cars {
		cars[i].Start()
	}
	fmt.Println(cars[0].Report(), "|", cars[1].Report())
	garage := map[string]Car{"x": c}
	fmt.Println(garage["x"].Engine.HP, garage["x"].Owner.Name)
}
