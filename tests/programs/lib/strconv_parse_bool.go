package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False",
		"yes", "no", "tRuE", "", "2", " true"}
	for _, s := range inputs {
		b, err := strconv.ParseBool(s)
		fmt.Printf("ParseBool(%q) = %v, %v\n", s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	buf := []byte("flag=")
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ';')
	buf = strconv.AppendBool(buf, false)
	fmt.Println(string(buf))
}
