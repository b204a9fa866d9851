// time.Parse with several layouts, and the errors it reports.
package main

import (
	"fmt"
	"time"
)

func main() {
	cases := []struct{ layout, value string }{
		{time.RFC3339, "2024-02-29T13:45:00Z"},
		{time.RFC3339, "2024-02-29T13:45:00+03:00"},
		{time.DateTime, "2023-07-04 09:08:07"},
		{time.DateOnly, "1999-12-31"},
		{time.Kitchen, "3:04PM"},
		{"02.01.2006", "25.12.2020"},
		{"Jan 2 2006", "Feb 3 2021"},
		{time.RFC3339Nano, "2024-01-01T00:00:00.123456Z"},
		{time.DateOnly, "2023-02-29"},
		{time.DateOnly, "2023-13-01"},
		{time.DateOnly, "20230101"},
		{time.RFC3339, "2024-01-01 10:00:00"},
		{time.Kitchen, "25:00PM"},
	}
	for _, c := range cases {
		t, err := time.Parse(c.layout, c.value)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		_, off := t.Zone()
		fmt.Println(t.UTC().Format(time.RFC3339Nano), "offset", off)
	}

	loc := time.FixedZone("MSK", 3*60*60)
	t, err := time.ParseInLocation(time.DateTime, "2024-05-01 12:00:00", loc)
	fmt.Println(t, err)
	fmt.Println(t.UTC())
}
