// time.FixedZone and In: the same instant shown in different fixed zones,
// with zone names and offsets. Equal instants compare Equal but not ==.
package main

import (
	"fmt"
	"time"
)

func main() {
	utc := time.Date(2024, 6, 15, 23, 30, 0, 0, time.UTC)
	msk := time.FixedZone("MSK", 3*3600)
	nyc := time.FixedZone("EDT", -4*3600)
	ist := time.FixedZone("IST", 5*3600+30*60)
	noName := time.FixedZone("", 2*3600)

	for _, loc := range []*time.Location{time.UTC, msk, nyc, ist, noName} {
		t := utc.In(loc)
		name, off := t.Zone()
		fmt.Printf("%-6s %q %6d %s | %s\n", loc, name, off, t, t.Format(time.RFC1123Z))
	}

	a := utc.In(msk)
	fmt.Println("Equal:", a.Equal(utc), "==:", a == utc)
	fmt.Println("weekday changes:", utc.Weekday(), a.Weekday())
	fmt.Println("location:", a.Location(), a.Location().String())

	local := time.Date(2024, 1, 1, 0, 0, 0, 0, msk)
	fmt.Println(local, "->", local.UTC())
	fmt.Println(local.Format(time.RFC3339), local.Format("15:04 -07 MST"))
	fmt.Println(utc.Format(time.RFC3339), utc.Format("Z0700"), local.Format("Z0700"))
}
