// A command interpreter reading lines with bufio.Reader.ReadString('\n')
// (input in commands_in.in). Commands: push N, pop, add, print, quit.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	var stack []int
	for {
		line, err := r.ReadString('\n')
		fields := strings.Fields(line)
		if len(fields) > 0 {
			switch cmd := fields[0]; cmd {
			case "push":
				if len(fields) < 2 {
					fmt.Println("push needs a number")
					break
				}
				n, perr := strconv.Atoi(fields[1])
				if perr != nil {
					fmt.Println("bad number:", perr)
					break
				}
				stack = append(stack, n)
			case "pop":
				if len(stack) == 0 {
					fmt.Println("stack empty")
					break
				}
				fmt.Println("popped", stack[len(stack)-1])
				stack = stack[:len(stack)-1]
			case "add":
				if len(stack) < 2 {
					fmt.Println("need two values")
					break
				}
				a, b := stack[len(stack)-2], stack[len(stack)-1]
				stack = append(stack[:len(stack)-2], a+b)
			case "print":
				fmt.Println("stack:", stack)
			case "quit":
				fmt.Println("bye")
				return
			default:
				fmt.Printf("unknown command %q\n", cmd)
			}
		}
		if err == io.EOF {
			fmt.Println("end of input, stack:", stack)
			return
		}
	}
}
