package main

import "fmt"

type HTTPError struct {
	Status int
}

// A value receiver: both HTTPError and *HTTPError implement error.
func (e HTTPError) Error() string {
	return fmt.Sprintf("http status %d", e.Status)
}

func fetch(path string) error {
	if path == "/missing" {
		return HTTPError{Status: 404}
	}
	return nil
}

func main() {
	for _, p := range []string{"/", "/missing"} {
		if err := fetch(p); err != nil {
			panic(err)
		}
		fmt.Println("fetched", p)
	}
}
