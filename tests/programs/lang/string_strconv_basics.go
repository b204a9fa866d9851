package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0))
	n, err := strconv.Atoi("  12")
	fmt.Println(n, err)
	n, err = strconv.Atoi("-0012")
	fmt.Println(n, err)
	i64, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(i64, err)
	i8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(i8, err)
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.Quote("tab\there \"q\" é"), strconv.QuoteToASCII("é"))
	s, err := strconv.Unquote(`"a\nb"`)
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(strconv.FormatFloat(1.5, 'f', 3, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.AppendInt([]byte("n="), 42, 10), string(strconv.AppendInt([]byte("n="), 42, 10)))
	fmt.Println(strconv.FormatBool(false) + "!")
}
