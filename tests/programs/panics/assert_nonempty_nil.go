package main

import "fmt"

type T struct{}

func (T) Error() string { return "T" }

func find(ok bool) error {
	if ok {
		return T{}
	}
	return nil
}

func main() {
	fmt.Println(find(true).(T).Error())
	t := find(false).(T)
	fmt.Println(t)
}
