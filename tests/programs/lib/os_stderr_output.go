package main

import (
	"errors"
	"fmt"
	"os"
)

func check(name string, v int) error {
	if v < 0 {
		return fmt.Errorf("%s: negative value %d", name, v)
	}
	return nil
}

func main() {
	inputs := map[string]int{"alpha": 3, "beta": -1, "gamma": 7, "delta": -9}
	names := []string{"alpha", "beta", "gamma", "delta"}
	var errs []error
	for _, n := range names {
		if err := check(n, inputs[n]); err != nil {
			fmt.Fprintln(os.Stderr, "warning:", err)
			errs = append(errs, err)
			continue
		}
		fmt.Printf("%s ok (%d)\n", n, inputs[n])
	}
	fmt.Fprintf(os.Stderr, "%d problems\n", len(errs))
	fmt.Fprintln(os.Stderr, errors.Join(errs...))
	fmt.Println("done")
}
