package main

import (
	"errors"
	"fmt"
)

type Boom struct{ msg string }

// String panics: fmt recovers and reports the panic inline.
func (b Boom) String() string { panic(b.msg) }

type BadErr struct{}

func (BadErr) Error() string { panic(errors.New("error exploded")) }

type Node struct{ next *Node }

// String dereferences a nil pointer when called on a nil *Node.
func (n *Node) String() string { return fmt.Sprintf("node->%v", n.next == nil) }

type Safe struct{ v int }

func (s *Safe) String() string {
	if s == nil {
		return "safe-nil"
	}
	return fmt.Sprint("safe ", s.v)
}

func main() {
	fmt.Println(Boom{"kaboom"})
	fmt.Printf("[%v] [%s] [%d]\n", Boom{"x"}, Boom{"y"}, Boom{"z"})
	fmt.Println(BadErr{})
	fmt.Printf("%v\n", []interface{}{Boom{"in slice"}, 1})
	var n *Node
	fmt.Println(n)
	fmt.Printf("%v|%s\n", n, n)
	fmt.Println(&Node{})
	var s *Safe
	fmt.Println(s, &Safe{3})
	fmt.Printf("%#v\n", Boom{"gostring is not String"})
	fmt.Println("still running")
}
