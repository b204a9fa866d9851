package time

import "errors"

// A Location is a time zone. Only fixed zones exist here: UTC, Local
// (which is UTC, as on the Go playground) and those FixedZone makes.
type Location struct {
	name   string // what String returns
	zone   string // the abbreviation times in it print ("MST")
	offset int    // seconds east of UTC
}

var utcLoc = Location{name: "UTC", zone: "UTC"}

var localLoc = Location{name: "Local", zone: "UTC"}

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

// Local is the system's local zone: UTC, as on the Go playground.
var Local *Location = &localLoc

// get maps the nil Location (a Time's zero value) to UTC.
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// String returns the location's name ("UTC", "Local", FixedZone's name).
func (l *Location) String() string { return l.get().name }

// FixedZone returns a Location that always has the given name and offset
// (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// LoadLocation knows only "" and "UTC" (UTC) and "Local": there is no zone
// database.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}
