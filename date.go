package agreements

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A Date is a calendar date, or a bare year when the listing gives no
// more. The zero Date means no date.
type Date struct {
	Year  int
	Month time.Month // 0 for a bare year
	Day   int        // 0 for a bare year
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// String returns "YYYY-MM-DD", "YYYY" for a bare year, or "" for the zero
// Date.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// ParseDate reads a date cell such as "2017/06/28". It returns the zero
// Date and an error wrapping ErrBadDate when the cell is not a date.
func ParseDate(s string) (Date, error) {
	t := strings.TrimSpace(s)
	parts := strings.Split(t, "/")
	if len(parts) == 3 {
		y, e1 := strconv.Atoi(parts[0])
		m, e2 := strconv.Atoi(parts[1])
		d, e3 := strconv.Atoi(parts[2])
		if e1 == nil && e2 == nil && e3 == nil && validDate(y, m, d) {
			return Date{y, time.Month(m), d}, nil
		}
	}
	return Date{}, &dateError{s}
}

func validDate(y, m, d int) bool {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

type dateError struct{ raw string }

func (e *dateError) Error() string { return "unreadable date " + strconv.Quote(e.raw) }
func (e *dateError) Unwrap() error { return ErrBadDate }
