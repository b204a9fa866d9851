package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table  string
	wheres []string
	order  string
	limit  int
}

func From(t string) *Query { return &Query{table: t} }

func (q *Query) Where(cond string) *Query {
	q.wheres = append(q.wheres, cond)
	return q
}

func (q *Query) OrderBy(col string) *Query { q.order = col; return q }
func (q *Query) Limit(n int) *Query        { q.limit = n; return q }

func (q *Query) String() string {
	var sb strings.Builder
	sb.WriteString("SELECT * FROM " + q.table)
	if len(q.wheres) > 0 {
		sb.WriteString(" WHERE " + strings.Join(q.wheres, " AND "))
	}
	if q.order != "" {
		sb.WriteString(" ORDER BY " + q.order)
	}
	if q.limit > 0 {
		fmt.Fprintf(&sb, " LIMIT %d", q.limit)
	}
	return sb.String()
}

// Value-receiver chaining returns modified copies.
type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec   { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k int) Vec { return Vec{v.X * k, v.Y * k} }
func (v Vec) Neg() Vec        { return v.Scale(-1) }

func main() {
	q := From("users").Where("age > 18").Where("active").OrderBy("name").Limit(10)
	fmt.Println(q)
	fmt.Println(From("t"))
	base := Vec{1, 2}
	r := base.Add(Vec{3, 4}).Scale(2).Neg().Add(base)
	fmt.Println(r, base)
	fmt.Println(strings.NewReplacer("a", "1", "b", "2").Replace("abc"))
	s := strings.ToUpper(strings.TrimSpace("  chain me  "))
	fmt.Println(strings.Repeat(s, 2)[3:9])
}
