package main

import (
	"errors"
	"fmt"
)

type NotFound struct {
	Key string
}

func (e NotFound) Error() string { return "not found: " + e.Key }

// Both: Error takes precedence over String when formatting.
type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type PtrErr struct{ code int }

func (e *PtrErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func lookup(k string) error {
	if k == "" {
		return NotFound{"<empty>"}
	}
	return nil
}

func main() {
	e := NotFound{"k1"}
	fmt.Println(e)
	fmt.Printf("%v|%s|%q|%+v|%#v\n", e, e, e, e, e)
	fmt.Printf("%d\n", e)
	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, Both{})
	var err error = &PtrErr{404}
	fmt.Println(err)
	fmt.Printf("%v [%12v] [%-12s]\n", err, err, err)
	fmt.Println(PtrErr{500})
	fmt.Println(lookup(""), lookup("x"))
	errs := []error{e, err, errors.New("plain"), nil}
	fmt.Println(errs)
	fmt.Printf("%v\n", errs)
	type result struct {
		Err  error
		Code int
	}
	fmt.Printf("%v %+v\n", result{e, 1}, result{nil, 2})
	m := map[string]error{"b": errors.New("bee"), "a": e}
	fmt.Println(m)
	fmt.Println(errors.New("with\nnewline"))
	fmt.Printf("%q\n", errors.New("quoted"))
	fmt.Printf("%x\n", errors.New("hex"))
}
