package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) (int, error) {
	n, err := strconv.ParseInt(s, 10, 16)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	return int(n), nil
}

func main() {
	for _, s := range []string{"123", "99999", "12ab", ""} {
		n, err := parse(s)
		switch {
		case err == nil:
			fmt.Println("ok", n)
		case errors.Is(err, strconv.ErrRange):
			fmt.Println("range:", err)
		case errors.Is(err, strconv.ErrSyntax):
			fmt.Println("syntax:", err)
		}
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("  NumError Func=%s Num=%q Err=%v\n", ne.Func, ne.Num, ne.Err)
			fmt.Println("  unwrap:", ne.Unwrap() == ne.Err, errors.Unwrap(ne))
		}
	}
	fmt.Println(strconv.ErrRange, "|", strconv.ErrSyntax)
	_, err := strconv.ParseFloat("1e999", 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("1", 99, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseInt("1", 10, 65)
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Printf("%v | %T\n", err, err)
}
