package main

import "fmt"

type Task struct {
	Name string
	Fn   func() int
}

func runSafely(t Task) (res int, failed bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("task %s panicked: %v\n", t.Name, r)
			failed = true
		}
	}()
	return t.Fn(), false
}

func main() {
	zero := 0
	var nilMap map[string]int
	tasks := []Task{
		{"ok", func() int { return 1 }},
		{"divide", func() int { return 10 / zero }},
		{"index", func() int { s := []int{1}; return s[zero+3] }},
		{"custom", func() int { panic("custom failure") }},
		{"nilmap", func() int { nilMap["x"] = 1; return 0 }},
		{"slice", func() int { s := []int{1, 2}; lo := 2; return len(s[lo:1]) }},
		{"conversion", func() int { var a any = "s"; return a.(int) }},
		{"ok2", func() int { return 2 }},
	}
	succeeded := 0
	for _, t := range tasks {
		res, failed := runSafely(t)
		if !failed {
			succeeded++
			fmt.Println("task", t.Name, "result", res)
		}
	}
	fmt.Println("succeeded:", succeeded, "of", len(tasks))
	// State modified before a panic stays modified.
	counter := 0
	func() {
		defer func() { recover() }()
		counter++
		panic("after increment")
	}()
	fmt.Println("counter:", counter)
}
