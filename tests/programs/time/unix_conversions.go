// Converting between Unix timestamps and time.Time: Unix, UnixMilli,
// UnixMicro, UnixNano and back, always shown in UTC.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Unix(1700000000, 0).UTC()
	fmt.Println(t)
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())

	fmt.Println(time.Unix(0, 0).UTC())
	fmt.Println(time.Unix(-86400, 0).UTC())
	fmt.Println(time.Unix(1, 1500000000).UTC()) // nsec beyond a second is normalized
	fmt.Println(time.UnixMilli(1234567890123).UTC())
	fmt.Println(time.UnixMicro(-1).UTC())

	epoch := time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(epoch.Unix(), epoch.Equal(time.Unix(0, 0)))
	y2k := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println("days since epoch:", y2k.Sub(epoch).Hours()/24)

	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix())
	fmt.Println(zero.Year(), zero.Month(), zero.Weekday())
	fmt.Println(time.Time{}.Add(time.Hour).IsZero())
}
