// Time arithmetic: Add, Sub, AddDate (with normalization), comparisons,
// Weekday, YearDay, ISOWeek, Truncate and Round, and out-of-range fields
// being normalized by time.Date.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.January, 31, 22, 30, 0, 0, time.UTC)
	fmt.Println(t)
	fmt.Println("+3h:", t.Add(3*time.Hour))
	fmt.Println("+1 month:", t.AddDate(0, 1, 0)) // Feb 31 -> Mar 2 (leap year)
	fmt.Println("-1 year:", t.AddDate(-1, 0, 0))

	u := time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC)
	d := u.Sub(t)
	fmt.Println("diff:", d, d.Hours())
	fmt.Println(t.Before(u), t.After(u), t.Equal(t.Add(0)), t.Compare(u), u.Compare(t))

	fmt.Println(t.Weekday(), t.YearDay(), u.YearDay())
	year, week := t.ISOWeek()
	fmt.Println("ISO week:", year, week)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	y, m, dd := u.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, dd, h, mi, s)

	fmt.Println("normalized:", time.Date(2023, 14, 35, 25, 61, 0, 0, time.UTC))
	fmt.Println("day zero:", time.Date(2024, 3, 0, 0, 0, 0, 0, time.UTC))

	fmt.Println("truncate hour:", t.Add(47*time.Minute).Truncate(time.Hour))
	fmt.Println("round hour:", t.Add(47*time.Minute).Round(time.Hour))

	days := 0
	for day := t; day.Before(u); day = day.AddDate(0, 0, 1) {
		days++
	}
	fmt.Println("day steps:", days)
	fmt.Println(time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
}
