// Lazily checked prelude (docs/architecture.md, "Only what the program
// reaches"): constants and functions of prelude packages declared on first
// use, through qualified names, a dot import and constant expressions.
package main

import (
	"fmt"
	"math"
	. "strings"
	"strconv"
	"time"
	"unicode/utf8"
	"sort"
)

const big = math.MaxInt64

func main() {
	fmt.Println(ToUpper("dot import"), Repeat("ab", 3), big, math.Pi)
	fmt.Println(strconv.IntSize, utf8.RuneError, utf8.UTFMax, time.RFC3339)
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(t.Format(time.RFC3339), t.Weekday(), time.Duration(1500)*time.Millisecond)
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	fmt.Println(xs, sort.SearchInts(xs, 2))
	var s fmt.Stringer = t.Month()
	fmt.Println(s)
	fmt.Printf("%v %s\n", t.Sub(t.Add(-time.Hour)), time.Weekday(3))
}
