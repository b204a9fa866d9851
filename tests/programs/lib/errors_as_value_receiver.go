package main

import (
	"errors"
	"fmt"
)

type Temporary struct {
	Op    string
	Retry int
}

func (t Temporary) Error() string   { return fmt.Sprintf("%s: temporary (retry %d)", t.Op, t.Retry) }
func (t Temporary) Temporary() bool { return true }

type Fatal struct{ Reason string }

func (f *Fatal) Error() string { return "fatal: " + f.Reason }

func step(i int) error {
	switch i % 3 {
	case 0:
		return Temporary{fmt.Sprint("op", i), i}
	case 1:
		return fmt.Errorf("step %d: %w", i, &Fatal{"boom"})
	}
	return nil
}

func main() {
	for i := 0; i < 5; i++ {
		err := step(i)
		var tmp Temporary
		var ptrTmp *Temporary
		var fatal *Fatal
		var temporary interface{ Temporary() bool }
		fmt.Printf("%d: %v\n", i, err)
		fmt.Printf("   Temporary=%v *Temporary=%v *Fatal=%v iface=%v\n",
			errors.As(err, &tmp), errors.As(err, &ptrTmp), errors.As(err, &fatal), errors.As(err, &temporary))
		if tmp.Op != "" {
			fmt.Println("   retry", tmp.Retry)
		}
		if fatal != nil {
			fmt.Println("   reason", fatal.Reason)
		}
	}
	var err error = &Temporary{"ptr", 1}
	var tmp Temporary
	var ptr *Temporary
	fmt.Println(errors.As(err, &tmp), errors.As(err, &ptr), ptr.Op)
}
