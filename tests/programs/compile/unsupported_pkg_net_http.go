package main

import (
	"fmt"
	"net/http"
)

// Go builds and runs this; Goroscope refuses net/http with its own message.
func main() {
	fmt.Println(http.StatusText(http.StatusNotFound))
	fmt.Println(http.MethodGet)
}
