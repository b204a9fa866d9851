package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS#%d", p.n) }

func find(k string) error {
	if k == "x" {
		return nil
	}
	return NotFound{k}
}

func main() {
	fmt.Println(Red, Green, Color(7))
	fmt.Printf("%v %d %s\n", Green, Green, Green)
	fmt.Println([]Color{Green, Red})
	fmt.Println(map[Color]int{Red: 1, Green: 2})
	err := find("y")
	fmt.Println(err)
	fmt.Printf("%v | %s | %T\n", err, err, err)
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)
	wrapped := fmt.Errorf("lookup failed: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped) == err, errors.Is(wrapped, NotFound{"y"}))
	fmt.Println(find("x"))
	ps := PtrStringer{3}
	fmt.Println(&ps)
	fmt.Printf("%+v\n", ps) // value does not have the String method
	type wrap struct{ C Color }
	fmt.Printf("%v %+v\n", wrap{Green}, wrap{Red})
	sentinel := errors.New("sentinel")
	e2 := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", sentinel))
	fmt.Println(e2, errors.Is(e2, sentinel))
	joined := errors.Join(errors.New("a"), errors.New("b"))
	fmt.Println(joined)
}
