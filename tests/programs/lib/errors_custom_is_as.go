package main

import (
	"errors"
	"fmt"
)

// HTTPError matches any other HTTPError with the same status class via Is.
type HTTPError struct {
	Status int
}

func (e HTTPError) Error() string { return fmt.Sprintf("http %d", e.Status) }

func (e HTTPError) Is(target error) bool {
	t, ok := target.(HTTPError)
	return ok && t.Status/100 == e.Status/100
}

// Legacy converts itself to an HTTPError through As.
type Legacy struct{ code string }

func (l *Legacy) Error() string { return "legacy " + l.code }

func (l *Legacy) As(target interface{}) bool {
	if h, ok := target.(*HTTPError); ok {
		if l.code == "NF" {
			h.Status = 404
		} else {
			h.Status = 500
		}
		return true
	}
	return false
}

var ClientErr = HTTPError{400}
var ServerErr = HTTPError{500}

func main() {
	e := fmt.Errorf("request: %w", HTTPError{404})
	fmt.Println(e)
	fmt.Println(errors.Is(e, ClientErr), errors.Is(e, ServerErr), errors.Is(e, HTTPError{418}))
	var h HTTPError
	if errors.As(e, &h) {
		fmt.Println("status", h.Status)
	}
	l := fmt.Errorf("old: %w", &Legacy{"NF"})
	fmt.Println(l)
	var h2 HTTPError
	fmt.Println(errors.As(l, &h2), h2.Status)
	var h3 HTTPError
	fmt.Println(errors.As(&Legacy{"X"}, &h3), h3.Status)
	fmt.Println(errors.Is(&Legacy{"NF"}, ClientErr))
	var lg *Legacy
	fmt.Println(errors.As(l, &lg), lg.code)
	joined := errors.Join(errors.New("other"), HTTPError{503})
	fmt.Println(errors.Is(joined, ServerErr), errors.Is(joined, ClientErr))
}
