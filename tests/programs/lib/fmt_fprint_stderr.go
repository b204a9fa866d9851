package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprint(os.Stdout, "out:", 1, 2, "\n")
	fmt.Fprintln(os.Stdout, "out line", 3)
	fmt.Fprintf(os.Stdout, "out %05.1f|%s\n", 2.25, "x")
	fmt.Fprint(os.Stderr, "err:", 1, 2, "\n")
	fmt.Fprintln(os.Stderr, "err line", 3)
	fmt.Fprintf(os.Stderr, "err %q %v\n", "quoted", []int{1})
	n, err := fmt.Fprintln(os.Stdout, "count")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stderr, "%s\n", "héllo")
	fmt.Println(n, err)
	n, err = fmt.Fprint(os.Stdout)
	fmt.Println(n, err)
	os.Stdout.WriteString("direct stdout\n")
	os.Stderr.WriteString("direct stderr\n")
	os.Stdout.Write([]byte("bytes stdout\n"))
	fmt.Println("done")
}
