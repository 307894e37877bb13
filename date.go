package agreements

import (
	"cmp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A Date is a calendar date, or a bare year when the listing gives no
// more. The zero Date means no date.
type Date struct {
	Year  int
	Month time.Month // 0 for a bare year
	Day   int        // 0 for a bare year
}

// A DatePrecision says how much of a Date is known.
type DatePrecision int

const (
	// PrecisionNone is the zero Date: no date at all.
	PrecisionNone DatePrecision = iota
	// PrecisionYear is a bare year, such as "2005".
	PrecisionYear
	// PrecisionDay is a full calendar date.
	PrecisionDay
)

var datePrecisionNames = []string{"none", "year", "day"}

// String returns "none", "year" or "day".
func (p DatePrecision) String() string {
	if p >= 0 && int(p) < len(datePrecisionNames) {
		return datePrecisionNames[p]
	}
	return "DatePrecision(" + strconv.Itoa(int(p)) + ")"
}

// MarshalText returns the name String returns; it fails for a value that
// is none of the constants.
func (p DatePrecision) MarshalText() ([]byte, error) {
	return marshalEnum("DatePrecision", datePrecisionNames, int(p))
}

// UnmarshalText reads a name MarshalText writes, in any case.
func (p *DatePrecision) UnmarshalText(text []byte) error {
	return unmarshalEnum("DatePrecision", datePrecisionNames, text, p)
}

// Bare years are read only in this range, so that a number in a cell is
// not taken for a year by chance.
const (
	minBareYear = 1900
	maxBareYear = 2100
)

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// Precision says whether d is a full date, a bare year or no date.
func (d Date) Precision() DatePrecision {
	switch {
	case d.IsZero():
		return PrecisionNone
	case d.Month == 0:
		return PrecisionYear
	}
	return PrecisionDay
}

// String returns "YYYY-MM-DD", "YYYY" for a bare year, or "" for the zero
// Date.
func (d Date) String() string {
	switch d.Precision() {
	case PrecisionNone:
		return ""
	case PrecisionYear:
		return string(appendPadded(make([]byte, 0, 4), d.Year, 4))
	}
	b := make([]byte, 0, 10)
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, int(d.Month), 2)
	b = append(b, '-')
	b = appendPadded(b, d.Day, 2)
	return string(b)
}

// appendPadded appends n in decimal, zero-padded to width digits.
func appendPadded(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var buf [20]byte
	s := strconv.AppendInt(buf[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// Compare returns -1, 0 or +1 as d is before, the same as or after other.
// Dates compare by year, then month, then day, so the zero Date comes
// before every other and a bare year before every day of that year.
func (d Date) Compare(other Date) int {
	if c := cmp.Compare(d.Year, other.Year); c != 0 {
		return c
	}
	if c := cmp.Compare(d.Month, other.Month); c != 0 {
		return c
	}
	return cmp.Compare(d.Day, other.Day)
}

// Before reports whether d comes before other, as Compare orders them.
func (d Date) Before(other Date) bool { return d.Compare(other) < 0 }

// After reports whether d comes after other, as Compare orders them.
func (d Date) After(other Date) bool { return d.Compare(other) > 0 }

// Time returns midnight UTC at the start of d, January 1 for a bare
// year; the zero time.Time for the zero Date.
func (d Date) Time() time.Time {
	switch d.Precision() {
	case PrecisionNone:
		return time.Time{}
	case PrecisionYear:
		return time.Date(d.Year, time.January, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// first and last return the first and last day d stands for: d itself,
// or January 1 and December 31 of a bare year.
func (d Date) first() Date {
	if d.Precision() == PrecisionYear {
		return Date{d.Year, time.January, 1}
	}
	return d
}

func (d Date) last() Date {
	if d.Precision() == PrecisionYear {
		return Date{d.Year, time.December, 31}
	}
	return d
}

// ParseDate reads a date cell. It is lenient about spelling and strict
// about the calendar. It accepts, with ASCII or full-width digits and
// with spaces around the separators:
//
//	2017/06/28  2017/6/28    year, month, day separated by "/"
//	2017-06-28               ... by "-"
//	2017.6.28   1980. 5.31   ... by "."
//	2017年6月28日             with 年, 月 and 日 (日 may be left out)
//	2005                     a bare year, 1900 to 2100
//	平成29年6月28日  H29.6.28  a Japanese era year: 令和 (R), 平成 (H) or
//	                         昭和 (S), with 元年 for the first year
//
// The year has exactly four digits, from 1800 to 2200 for a full date;
// the month and day one or two. A bare year is kept as one (Month and
// Day 0), never made into a day. A cell that is not a date, or names a day that does not exist ("2010/13/45",
// "2019/02/29"), gives the zero Date and an error wrapping ErrBadDate.
// ParseDate does not allocate unless it fails.
func ParseDate(s string) (Date, error) {
	if d, ok := parseDate(s); ok {
		return d, nil
	}
	return Date{}, &dateError{s}
}

// parseDate does the work of ParseDate.
func parseDate(s string) (Date, bool) {
	p := dateScanner{s: strings.TrimFunc(s, unicode.IsSpace)}
	if base, rest, kanji, ok := eraPrefix(p.s); ok {
		return parseEraDate(base, rest, kanji)
	}
	y, ok := p.number(4, 4)
	if !ok {
		return Date{}, false
	}
	if p.done() {
		if y < minBareYear || y > maxBareYear {
			return Date{}, false
		}
		return Date{Year: y}, true
	}
	sep := p.sep()
	var monthSep, daySep rune
	switch sep {
	case '/', '-', '.':
		monthSep = sep
	case '年':
		monthSep, daySep = '月', '日'
	default:
		return Date{}, false
	}
	return p.monthDay(y, monthSep, daySep)
}

// A dateScanner reads the parts of a date cell.
type dateScanner struct{ s string }

// monthDay reads the month and day of a date in year y, the month ended
// by monthSep and the day by daySep (0: nothing may follow the day), and
// checks the calendar.
func (p *dateScanner) monthDay(y int, monthSep, daySep rune) (Date, bool) {
	m, ok := p.number(1, 2)
	if !ok || p.sep() != monthSep {
		return Date{}, false
	}
	d, ok := p.number(1, 2)
	if !ok {
		return Date{}, false
	}
	if !p.done() && (daySep == 0 || p.sep() != daySep || !p.done()) {
		return Date{}, false
	}
	if !validDate(y, m, d) {
		return Date{}, false
	}
	return Date{y, time.Month(m), d}, true
}

func (p *dateScanner) done() bool { return p.s == "" }

// next returns the next rune, its digit value or -1, and its size.
func (p *dateScanner) next() (r rune, digit, size int) {
	if p.s == "" {
		return 0, -1, 0
	}
	r, size = rune(p.s[0]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRuneInString(p.s)
	}
	if v, ok := digitValue(r); ok {
		return r, v, size
	}
	return r, -1, size
}

// number reads a number of min to max digits.
func (p *dateScanner) number(min, max int) (int, bool) {
	n, digits := 0, 0
	for {
		_, v, size := p.next()
		if v < 0 {
			break
		}
		if digits++; digits > max {
			return 0, false
		}
		n = n*10 + v
		p.s = p.s[size:]
	}
	return n, digits >= min
}

// sep reads a separator and the spaces around it; it returns 0 when
// there is none.
func (p *dateScanner) sep() rune {
	p.s = strings.TrimLeftFunc(p.s, unicode.IsSpace)
	r, v, size := p.next()
	if v >= 0 || size == 0 {
		return 0
	}
	p.s = strings.TrimLeftFunc(p.s[size:], unicode.IsSpace)
	switch r {
	case '／':
		r = '/'
	case '－', '‐', '‑', '–':
		r = '-'
	case '．':
		r = '.'
	}
	return r
}

// Full dates are read only from minYear to maxYear: no agreement was
// signed in year 1, and "0001/1/1" would be the zero time.Time.
const (
	minYear = 1800
	maxYear = 2200
)

// validDate reports whether y, m, d is a day of the calendar in range.
func validDate(y, m, d int) bool {
	if y < minYear || y > maxYear || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= daysIn(time.Month(m), y)
}

// daysIn returns the number of days in month m of year y.
func daysIn(m time.Month, y int) int {
	if m == time.February {
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 30 + int((m+m/8)%2)
}

// MustParseDate is like ParseDate but panics, quoting s, when s is not a
// date. It is meant for tests and examples.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic("agreements: MustParseDate(" + strconv.Quote(s) + "): " + err.Error())
	}
	return d
}

type dateError struct{ raw string }

// Error quotes the cell that could not be read.
func (e *dateError) Error() string { return "unreadable date " + strconv.Quote(e.raw) }

// Unwrap returns ErrBadDate.
func (e *dateError) Unwrap() error { return ErrBadDate }

// eras are the Japanese eras a listing may date agreements in: the name,
// its initial, and the Gregorian year before its first year.
var eras = []struct {
	name    string
	initial byte
	base    int
}{
	{"令和", 'R', 2018},
	{"平成", 'H', 1988},
	{"昭和", 'S', 1925},
}

// eraPrefix reports whether s starts with a Japanese era, as a name
// (平成, kanji set) or an initial (H, or full-width Ｈ) followed by a
// digit, and returns the era's base year and the rest of s.
func eraPrefix(s string) (base int, rest string, kanji, ok bool) {
	for _, e := range eras {
		if strings.HasPrefix(s, e.name) {
			return e.base, s[len(e.name):], true, true
		}
		c, size := rune(0), 0
		if s != "" {
			c, size = utf8.DecodeRuneInString(s)
		}
		if c == rune(e.initial) || c == rune(e.initial)-'A'+'Ａ' {
			rest := s[size:]
			if r, _ := utf8.DecodeRuneInString(rest); rest != "" {
				if _, isDigit := digitValue(r); isDigit {
					return e.base, rest, false, true
				}
			}
		}
	}
	return 0, "", false, false
}

// parseEraDate reads the rest of a Japanese era date: the era's year
// ("29", or 元 for 1) and then month and day as in a Gregorian date.
// After the era's name (kanji) the parts end in 年, 月 and 日; after an
// initial they are separated by ".", "/" or "-".
func parseEraDate(base int, rest string, kanji bool) (Date, bool) {
	p := dateScanner{s: strings.TrimLeftFunc(rest, unicode.IsSpace)}
	n, ok := p.number(1, 2)
	if !ok && kanji && strings.HasPrefix(p.s, "元") {
		n, ok, p.s = 1, true, p.s[len("元"):]
	}
	if !ok || n < 1 {
		return Date{}, false
	}
	y := base + n
	if p.done() {
		return Date{}, false // an era year alone needs 年
	}
	sep := p.sep()
	var monthSep, daySep rune
	switch {
	case kanji && sep == '年':
		if p.done() {
			return Date{Year: y}, true
		}
		monthSep, daySep = '月', '日'
	case !kanji && (sep == '.' || sep == '/' || sep == '-'):
		monthSep = sep
	default:
		return Date{}, false
	}
	return p.monthDay(y, monthSep, daySep)
}
