package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Stringer interface{ String() string }
type Temp struct{ C float64 }

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", t.C) }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		// with multiple types, x keeps the interface type
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case Celsius:
		return fmt.Sprintf("celsius %.1f", float64(x))
	case float64:
		return fmt.Sprintf("float %g", x*2)
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer: " + x.String()
	case []int:
		return fmt.Sprintf("int slice sum-ish %d", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []any{nil, 7, int64(8), "hello", true, false, Celsius(21.5), 2.5, errors.New("bad"), Temp{36.6}, []int{1, 2}, func() int { return 9 }, 'r', []string{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	// type switch without binding, and with fallthrough-free default first
	var v any = 3.0
	switch v.(type) {
	default:
		fmt.Println("default first")
	case int:
		fmt.Println("int")
	}
	// the order of cases matters: first match wins
	var s any = Temp{0}
	switch s.(type) {
	case fmt.Stringer:
		fmt.Println("matched fmt.Stringer first")
	case Temp:
		fmt.Println("matched Temp")
	}
}
