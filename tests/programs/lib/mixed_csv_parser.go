package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const data = `name,qty,price,active
widget,4,2.50,true
gadget,10,0.99,false
gizmo,x,3.00,true
doohickey,2,12.125,yes
thingamajig,7,1e2,T

sprocket,3,4.75,1`

type Row struct {
	Name   string
	Qty    int
	Price  float64
	Active bool
}

func parseRow(line string) (Row, error) {
	f := strings.Split(line, ",")
	if len(f) != 4 {
		return Row{}, fmt.Errorf("want 4 fields, got %d", len(f))
	}
	qty, err := strconv.Atoi(strings.TrimSpace(f[1]))
	if err != nil {
		return Row{}, fmt.Errorf("qty: %w", err)
	}
	price, err := strconv.ParseFloat(f[2], 64)
	if err != nil {
		return Row{}, fmt.Errorf("price: %w", err)
	}
	active, err := strconv.ParseBool(f[3])
	if err != nil {
		return Row{}, fmt.Errorf("active: %w", err)
	}
	return Row{f[0], qty, price, active}, nil
}

func main() {
	lines := strings.Split(data, "\n")
	header := strings.Split(lines[0], ",")
	fmt.Printf("columns: %q\n", header)
	var rows []Row
	for i, line := range lines[1:] {
		if strings.TrimSpace(line) == "" {
			fmt.Printf("line %d: skipped blank\n", i+2)
			continue
		}
		r, err := parseRow(line)
		if err != nil {
			fmt.Printf("line %d: %v (syntax=%v)\n", i+2, err, errors.Is(err, strconv.ErrSyntax))
			continue
		}
		rows = append(rows, r)
	}
	total := 0.0
	for _, r := range rows {
		sub := float64(r.Qty) * r.Price
		total += sub
		fmt.Printf("%-12s %3d x %8.3f = %9.3f active=%t\n", r.Name, r.Qty, r.Price, sub, r.Active)
	}
	fmt.Printf("%d rows, total %.2f\n", len(rows), total)
	fmt.Printf("%+v\n", rows[0])
	var out []string
	for _, r := range rows {
		out = append(out, strings.Join([]string{strings.ToUpper(r.Name), strconv.Itoa(r.Qty), strconv.FormatFloat(r.Price, 'f', -1, 64)}, ";"))
	}
	fmt.Println(strings.Join(out, "|"))
}
