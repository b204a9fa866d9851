package main

import (
	"fmt"
	"sort"
	"strings"
)

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}
func (l *IntList) Push(v int)        { *l = append(*l, v) }
func (l IntList) Len() int           { return len(l) }
func (l IntList) Less(i, j int) bool { return l[i] < l[j] }
func (l IntList) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true } // map receiver needs no pointer
func (s Set) Keys() []string {
	var ks []string
	for k := range s {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type Pred func(int) bool

func (p Pred) Not() Pred       { return func(x int) bool { return !p(x) } }
func (p Pred) And(q Pred) Pred { return func(x int) bool { return p(x) && q(x) } }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*1.8 + 32 }

type Word string

func (w Word) Shout() Word { return Word(strings.ToUpper(string(w)) + "!") }

func main() {
	var l IntList
	l.Push(5)
	l.Push(1)
	l.Push(3)
	fmt.Println(l, l.Sum(), l.Len())
	sort.Sort(l)
	fmt.Println("sorted:", l)
	s := Set{}
	s.Add("b")
	s.Add("a")
	s.Add("b")
	fmt.Println(s.Keys(), len(s))
	even := Pred(func(x int) bool { return x%2 == 0 })
	big := Pred(func(x int) bool { return x > 5 })
	for _, x := range []int{2, 3, 8, 9} {
		fmt.Println(x, even(x), even.Not()(x), even.And(big)(x))
	}
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	fmt.Println(Word("hey").Shout().Shout())
}
