package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func isNumChar(c byte) bool { return unicode.IsDigit(rune(c)) || c == '.' }

// tokenize splits s into numbers and one-character operators, then "" (end).
func tokenize(s string) ([]string, error) {
	var toks []string
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case unicode.IsSpace(rune(c)):
			i++
		case isNumChar(c):
			j := i
			for j < len(s) && isNumChar(s[j]) {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		case strings.IndexByte("+-*/()", c) >= 0:
			toks = append(toks, string(c))
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, ""), nil
}

var errDivZero = errors.New("division by zero")

type parser struct {
	toks []string
	pos  int
}

// binary parses one precedence level:
// expr = term { ("+" | "-") term } ; term = factor { ("*" | "/") factor } .
func (p *parser) binary(level int) (float64, error) {
	ops := [2]string{"+-", "*/"}[level]
	next := p.factor
	if level == 0 {
		next = func() (float64, error) { return p.binary(1) }
	}
	v, err := next()
	for err == nil && p.toks[p.pos] != "" && strings.Contains(ops, p.toks[p.pos]) {
		op := p.toks[p.pos]
		p.pos++
		var r float64
		r, err = next()
		switch {
		case err != nil:
		case op == "+":
			v += r
		case op == "-":
			v -= r
		case op == "*":
			v *= r
		case r == 0:
			return 0, errDivZero
		default:
			v /= r
		}
	}
	return v, err
}

// factor = number | "(" expr ")" | "-" factor .
func (p *parser) factor() (float64, error) {
	t := p.toks[p.pos]
	p.pos++
	switch {
	case t == "":
		return 0, errors.New("unexpected end of input")
	case isNumChar(t[0]):
		return strconv.ParseFloat(t, 64)
	case t == "-":
		v, err := p.factor()
		return -v, err
	case t == "(":
		v, err := p.binary(0)
		if err == nil && p.toks[p.pos] != ")" {
			return 0, fmt.Errorf("expected ) got %q", p.toks[p.pos])
		}
		p.pos++
		return v, err
	}
	return 0, fmt.Errorf("unexpected token %q", t)
}

func main() {
	inputs := []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2.5 * 4) + 1", "2 * (3 + (4 - 1)) / 3",
		"1 / 0", "3 + x", "(1 + 2", "1.2.3 + 1", "", "7 - - 2", "2 3", "* 4"}
	for _, in := range inputs {
		toks, err := tokenize(in)
		p := &parser{toks: toks}
		var v float64
		if err == nil {
			v, err = p.binary(0)
		}
		if err == nil && p.pos < len(toks)-1 {
			err = fmt.Errorf("trailing %q", toks[p.pos])
		}
		if err != nil {
			fmt.Printf("%-24q error: %v (divzero=%v)\n", in, err, errors.Is(err, errDivZero))
			continue
		}
		fmt.Printf("%-24q = %g  %q\n", in, v, toks[:len(toks)-1])
	}
}
