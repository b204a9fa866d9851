package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	parts := []string{
		fmt.Sprint("a", 1, 2, "b"),
		fmt.Sprintln("line", 3),
		fmt.Sprintf("%03d|%-4s|%.1f", 7, "ab", 2.25),
		fmt.Sprint(Point{1, 2}, Point{3, 4}),
		fmt.Sprint(),
		fmt.Sprintln(),
	}
	for i, p := range parts {
		fmt.Printf("%d: %q (len %d)\n", i, p, len(p))
	}
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(fmt.Sprintf("[%d:%v]", i, Point{i, i * i}))
	}
	fmt.Println(sb.String())
	joined := strings.Join([]string{fmt.Sprint(1.5), fmt.Sprint(true), fmt.Sprint(nil), fmt.Sprint('a')}, ",")
	fmt.Println(joined)
	s := fmt.Sprintf("%v", fmt.Sprintf("%q", fmt.Sprint("nested")))
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%s", strings.Repeat("ab", 3)))
	fmt.Println(fmt.Sprint("x", 1, 2, 3, "y", 4, "z"))
	fmt.Println(fmt.Sprint(1, 2.0, 3+0i, uint(4), "five", 6))
	fmt.Println(len(fmt.Sprintf("%100d", 1)))
	long := fmt.Sprintf("%s", strings.Repeat("-", 70))
	fmt.Println(long)
	fmt.Println(fmt.Sprintf("%5.2f%%", 99.5))
}
