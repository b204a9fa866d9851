package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{`"hello"`, `"tab\tend"`, `"\u4e16\U0001F600"`, `"\x41\101"`, "`raw\\n string`",
		`'a'`, `'\n'`, `'ab'`, `"unterminated`, `hello`, `""`, `"\q"`, `"a"b"`, "`multi\nline`",
		`"\xff"`, `'\''`, `"\'"`, `'"'`, `"\""`, ``, `"é"`}
	for _, in := range inputs {
		s, err := strconv.Unquote(in)
		fmt.Printf("Unquote(%s) = %q, %v\n", in, s, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(string(v), mb, tail, err)
	v, mb, tail, err = strconv.UnquoteChar(`xyz`, '"')
	fmt.Println(string(v), mb, tail, err)
	_, _, _, err = strconv.UnquoteChar(`\z`, '"')
	fmt.Println(err)
	for _, s := range []string{"round", "trip\n", "ü\x01"} {
		q := strconv.Quote(s)
		u, err := strconv.Unquote(q)
		fmt.Println(q, u == s, err)
	}
}
