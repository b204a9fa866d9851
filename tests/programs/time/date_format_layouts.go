// time.Date values formatted with the standard layouts and custom ones.
// Only UTC and fixed zones are used so the output does not depend on the
// machine's local time zone.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.March, 9, 14, 5, 7, 123456789, time.UTC)
	layouts := []struct {
		name   string
		layout string
	}{
		{"RFC3339", time.RFC3339},
		{"RFC3339Nano", time.RFC3339Nano},
		{"Kitchen", time.Kitchen},
		{"ANSIC", time.ANSIC},
		{"UnixDate", time.UnixDate},
		{"RubyDate", time.RubyDate},
		{"RFC822", time.RFC822},
		{"RFC822Z", time.RFC822Z},
		{"RFC850", time.RFC850},
		{"RFC1123", time.RFC1123},
		{"RFC1123Z", time.RFC1123Z},
		{"Stamp", time.Stamp},
		{"StampMilli", time.StampMilli},
		{"StampMicro", time.StampMicro},
		{"DateTime", time.DateTime},
		{"DateOnly", time.DateOnly},
		{"TimeOnly", time.TimeOnly},
		{"custom", "2006-01-02 15:04:05"},
		{"custom2", "02/01/06 3:4:5 pm"},
		{"custom3", "Monday, January 2, 2006"},
		{"fraction", "15:04:05.000 .999999 ,000000000"},
		{"yearday", "2006 __2 002"},
		{"zone", "-0700 -07:00 Z07:00 MST"},
	}
	for _, l := range layouts {
		fmt.Printf("%-12s %s\n", l.name, t.Format(l.layout))
	}
	fmt.Println(t)
	fmt.Println(t.String() == t.Format("2006-01-02 15:04:05.999999999 -0700 MST"))

	midnight := time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(midnight.Format(time.Kitchen), midnight.Format(time.RFC3339Nano), midnight)
}
