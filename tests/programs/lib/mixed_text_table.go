package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

type Table struct {
	headers []string
	rows    [][]string
	right   []bool // right-align column (numbers)
}

func (t *Table) Add(cells ...interface{}) {
	row := make([]string, len(cells))
	for i, c := range cells {
		switch v := c.(type) {
		case float64:
			row[i] = strconv.FormatFloat(v, 'f', 2, 64)
		case int:
			row[i] = strconv.Itoa(v)
		default:
			row[i] = fmt.Sprint(v)
		}
	}
	t.rows = append(t.rows, row)
}

func (t *Table) String() string {
	widths := make([]int, len(t.headers))
	for i, h := range t.headers {
		widths[i] = utf8.RuneCountInString(h)
	}
	for _, r := range t.rows {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	sep := "+"
	for _, w := range widths {
		sep += strings.Repeat("-", w+2) + "+"
	}
	writeRow := func(cells []string) {
		b.WriteString("|")
		for i, c := range cells {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if t.right[i] {
				b.WriteString(" " + pad + c + " |")
			} else {
				b.WriteString(" " + c + pad + " |")
			}
		}
		b.WriteString("\n")
	}
	b.WriteString(sep + "\n")
	writeRow(t.headers)
	b.WriteString(strings.ReplaceAll(sep, "-", "=") + "\n")
	for _, r := range t.rows {
		writeRow(r)
	}
	b.WriteString(sep)
	return b.String()
}

func main() {
	t := &Table{headers: []string{"City", "Country", "Pop (M)", "Rank"}, right: []bool{false, false, true, true}}
	t.Add("Tokyo", "Japan", 37.4, 1)
	t.Add("Delhi", "India", 31.0, 2)
	t.Add("São Paulo", "Brasil", 22.04, 4)
	t.Add("Zürich", "Schweiz", 0.4347, 120)
	t.Add("Москва", "Россия", 12.5, 15)
	fmt.Println(t)
	fmt.Printf("%v\n", len(t.rows))
	fmt.Printf("%-10s|%10s|\n", "left", "right")
	fmt.Printf("%-10.3s|%10.3s|\n", "truncate", "truncate")
	fmt.Printf("%-*s|%*s|\n", 8, "star", 8, "star")
}
