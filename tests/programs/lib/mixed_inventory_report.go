package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Item struct {
	SKU   string
	Name  string
	Stock int
	Price float64
}

var ErrOutOfStock = errors.New("out of stock")

type OrderError struct {
	SKU string
	Err error
}

func (e *OrderError) Error() string { return "order " + e.SKU + ": " + e.Err.Error() }
func (e *OrderError) Unwrap() error { return e.Err }

func order(inv map[string]*Item, sku string, n int) error {
	it, ok := inv[sku]
	if !ok {
		return &OrderError{sku, fmt.Errorf("unknown sku %q", sku)}
	}
	if it.Stock < n {
		return &OrderError{sku, fmt.Errorf("want %d, have %d: %w", n, it.Stock, ErrOutOfStock)}
	}
	it.Stock -= n
	return nil
}

func main() {
	inv := map[string]*Item{
		"A1": {"A1", "bolt", 100, 0.25},
		"B2": {"B2", "nut", 5, 0.10},
		"C3": {"C3", "washer", 0, 0.05},
	}
	reqs := []struct {
		sku string
		n   int
	}{{"A1", 30}, {"B2", 10}, {"C3", 1}, {"Z9", 1}, {"A1", 70}, {"A1", 1}}
	for _, r := range reqs {
		err := order(inv, r.sku, r.n)
		var oe *OrderError
		switch {
		case err == nil:
			fmt.Printf("ordered %d x %s\n", r.n, r.sku)
		case errors.Is(err, ErrOutOfStock):
			fmt.Println("restock needed:", err)
		case errors.As(err, &oe):
			fmt.Println("rejected:", oe.SKU, "-", errors.Unwrap(err))
		}
	}
	for _, sku := range slices.Sorted(maps.Keys(inv)) {
		it := inv[sku]
		fmt.Printf("%-3s %-7s %4d %6.2f %s\n", it.SKU, it.Name, it.Stock, float64(it.Stock)*it.Price, strings.Repeat("*", it.Stock/10))
	}
	fmt.Printf("%+v\n", *inv["B2"])
}
