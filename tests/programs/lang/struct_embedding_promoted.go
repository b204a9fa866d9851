package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Timestamps struct {
	Created, Updated int
}

func (t *Timestamps) Touch(now int) { t.Updated = now }

type User struct {
	Base
	Timestamps
	Email string
}

func main() {
	u := User{Base: Base{1, "ann"}, Timestamps: Timestamps{Created: 10}, Email: "a@x"}
	fmt.Printf("%+v\n", u)
	fmt.Println("promoted fields:", u.ID, u.Name, u.Created)
	fmt.Println("explicit path:", u.Base.ID, u.Timestamps.Created)
	fmt.Println("promoted method:", u.Describe())
	u.Rename("anna") // pointer method promoted through addressable value
	u.Touch(42)
	fmt.Printf("%+v\n", u)
	u.ID = 7
	fmt.Println(u.Base.ID, u.Describe())
	// method value from promoted method
	d := u.Describe
	u.Name = "changed"
	fmt.Println("method value bound earlier:", d())
	// embedded struct copied by value
	b := u.Base
	b.Name = "copy"
	fmt.Println(u.Name, b.Name)
	type Admin struct {
		User
		Level int
	}
	a := Admin{User: u, Level: 3}
	fmt.Println("two levels deep:", a.ID, a.Email, a.Describe(), a.Level)
	a.Rename("root")
	fmt.Println(a.Name, u.Name)
}
