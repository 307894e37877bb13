package agreements

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/exchangelist/agreements/internal/fold"
)

// A Date is a calendar date, or a period when the listing gives no more
// than a year (or a year and a month). The zero Date means no date.
//
// A Date that is not a full day stands for its whole period: [Date.Start]
// and [Date.End] give its first and last days, and [Date.Before],
// [Date.After] and [Date.Overlaps] compare periods, so that a bare year is
// neither before nor after its own days. [Date.Compare] is the order to
// sort by.
type Date struct {
	Year  int
	Month time.Month // 0 for a bare year
	Day   int        // 0 for a bare year, or a year and a month
}

// A DatePrecision says how much of a Date is known.
type DatePrecision int

const (
	// PrecisionNone is the zero Date: no date at all.
	PrecisionNone DatePrecision = iota
	// PrecisionYear is a bare year, such as "2005".
	PrecisionYear
	// PrecisionMonth is a year and a month, such as "2005-04". [ParseDate]
	// does not read these (see its documentation); they come from
	// [Date.UnmarshalText] or from code.
	PrecisionMonth
	// PrecisionDay is a full calendar date.
	PrecisionDay
)

var datePrecisionNames = []string{"none", "year", "month", "day"}

// String returns "none", "year", "month" or "day".
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

// Precision says whether d is a full date, a year and a month, a bare
// year or no date.
func (d Date) Precision() DatePrecision {
	switch {
	case d.IsZero():
		return PrecisionNone
	case d.Month == 0:
		return PrecisionYear
	case d.Day == 0:
		return PrecisionMonth
	}
	return PrecisionDay
}

// String returns "YYYY-MM-DD", "YYYY-MM" for a year and a month, "YYYY"
// for a bare year, or "" for the zero Date.
func (d Date) String() string {
	p := d.Precision()
	if p == PrecisionNone {
		return ""
	}
	b := make([]byte, 0, 10)
	b = appendPadded(b, d.Year, 4)
	if p >= PrecisionMonth {
		b = append(b, '-')
		b = appendPadded(b, int(d.Month), 2)
	}
	if p == PrecisionDay {
		b = append(b, '-')
		b = appendPadded(b, d.Day, 2)
	}
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

// Start returns the first day of the period d stands for: d itself for a
// full date, the first of the month for a year and a month, January 1
// for a bare year; the zero Date for the zero Date.
//
//	MustParseDate("2015").Start()  // 2015-01-01
func (d Date) Start() Date {
	switch d.Precision() {
	case PrecisionYear:
		return Date{d.Year, time.January, 1}
	case PrecisionMonth:
		return Date{d.Year, d.Month, 1}
	}
	return d
}

// End returns the last day of the period d stands for: d itself for a
// full date, the last day of the month for a year and a month, December
// 31 for a bare year; the zero Date for the zero Date.
//
//	MustParseDate("2015").End()  // 2015-12-31
func (d Date) End() Date {
	switch d.Precision() {
	case PrecisionYear:
		return Date{d.Year, time.December, 31}
	case PrecisionMonth:
		return Date{d.Year, d.Month, daysIn(d.Month, d.Year)}
	}
	return d
}

// Compare returns -1, 0 or +1 as d sorts before, with or after other: by
// year, then month, then day, so that the zero Date sorts first and a
// bare year just before its own days. It is the order to sort dates by
// (slices.SortFunc(ds, Date.Compare)), and for full dates it is their
// order in time; to ask whether one period is wholly before another, use
// Before and After, which Compare does not answer for partial dates.
func (d Date) Compare(other Date) int {
	if c := cmp.Compare(d.Year, other.Year); c != 0 {
		return c
	}
	if c := cmp.Compare(d.Month, other.Month); c != 0 {
		return c
	}
	return cmp.Compare(d.Day, other.Day)
}

// Before reports whether the period d stands for ends before other's
// starts: whether every day of d is before every day of other. A bare
// year is not before its own days, nor they before it; the zero Date is
// neither before nor after any date.
//
//	MustParseDate("2014/12/31").Before(MustParseDate("2015"))  // true
//	MustParseDate("2015").Before(MustParseDate("2015/10/10"))  // false: 2015 holds that day
func (d Date) Before(other Date) bool {
	if d.IsZero() || other.IsZero() {
		return false
	}
	return d.End().Compare(other.Start()) < 0
}

// After reports whether the period d stands for starts after other's
// ends: whether every day of d is after every day of other. So "after
// 2015" means from 2016 on; the zero Date is neither before nor after
// any date.
//
//	MustParseDate("2015/10/10").After(MustParseDate("2015"))  // false: the day is in 2015
//	MustParseDate("2016/01/01").After(MustParseDate("2015"))  // true
func (d Date) After(other Date) bool {
	if d.IsZero() || other.IsZero() {
		return false
	}
	return d.Start().Compare(other.End()) > 0
}

// Overlaps reports whether the periods d and other stand for have a day
// in common: a bare year overlaps each of its days and months. The zero
// Date overlaps nothing.
func (d Date) Overlaps(other Date) bool {
	return !d.IsZero() && !other.IsZero() && !d.Before(other) && !d.After(other)
}

// Time returns midnight UTC at the start of d ([Date.Start]), January 1
// for a bare year; the zero time.Time for the zero Date.
func (d Date) Time() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	s := d.Start()
	return time.Date(s.Year, s.Month, s.Day, 0, 0, 0, 0, time.UTC)
}

// valid reports whether d can be written and read back as text: the
// zero Date, or a year from 1 to 9999 with, optionally, a month and then
// a day of that month.
func (d Date) valid() bool {
	switch {
	case d.IsZero():
		return true
	case d.Year < 1 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0:
		return false
	case d.Month == 0:
		return d.Day == 0
	}
	return d.Day <= daysIn(d.Month, d.Year)
}

// MarshalText writes d as String does: "2017-06-28", "2017-06", "2017",
// or "" for the zero Date. It fails for a Date that is no calendar date
// or period, such as month 13 or a day without a month.
func (d Date) MarshalText() ([]byte, error) {
	if !d.valid() {
		return nil, fmt.Errorf("agreements: Date{%d, %d, %d} is no date", d.Year, int(d.Month), d.Day)
	}
	return []byte(d.String()), nil
}

// UnmarshalText reads the forms MarshalText writes: "YYYY-MM-DD",
// "YYYY-MM", "YYYY", or "" for the zero Date, with a four-digit year and
// two-digit month and day of the calendar. It does not read the many
// spellings of listings; [ParseDate] does.
func (d *Date) UnmarshalText(text []byte) error {
	s := string(text)
	if s == "" {
		*d = Date{}
		return nil
	}
	var v Date
	ok := len(s) == 4 || len(s) == 7 && s[4] == '-' || len(s) == 10 && s[4] == '-' && s[7] == '-'
	if ok {
		var ok1 bool
		m, ok2, ok3 := 0, true, true
		v.Year, ok1 = isoNumber(s[:4])
		if len(s) >= 7 {
			m, ok2 = isoNumber(s[5:7])
		}
		if len(s) == 10 {
			v.Day, ok3 = isoNumber(s[8:10])
		}
		v.Month = time.Month(m)
		ok = ok1 && ok2 && ok3 && v.Year >= 1 && (len(s) == 4 || m >= 1) && (len(s) < 10 || v.Day >= 1) && v.valid()
	}
	if !ok {
		return fmt.Errorf("agreements: date %q is not YYYY-MM-DD, YYYY-MM or YYYY", s)
	}
	*d = v
	return nil
}

// isoNumber reads a number of ASCII digits only.
func isoNumber(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
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
//	2 Sep 2006  Sep 2, 2006  the month named, in English, French,
//	2 de septiembre de 2006  Spanish, Portuguese, Italian, German,
//	7 Mayıs 2011             Dutch, Swedish, Polish, Turkish, Indonesian or
//	28 июня 2017 г.          Russian ("r." and "г." after the year let be)
//	21/11/2549               a Thai year of the Buddhist era (2006)
//	15-Oct-05                a named month with a year of two digits
//	平成29年6月28日  H29.6.28  a Japanese era year: 令和 (R), 平成 (H) or
//	                         昭和 (S), with 元年 for the first year
//
// The year has exactly four digits, from 1800 to 2200 for a full date;
// the month and day one or two. A bare year is kept as one (Month and
// Day 0), never made into a day.
//
// A date with its year last, "28/06/2017" or "06/28/2017" (with "/",
// "-" or "."), is read when only one order of its first two numbers
// names a day, or both orders name the same one. "03/06/2017" could be
// 3 June or 6 March: alone it cannot be read. A [Reader] reads such
// dates in the order the listing's dates read by then show (those above
// the row and a window of rows below it, the rows whose groups are not
// yet settled).
//
// A cell that is not a date, or names a day that does not exist
// ("2010/13/45", "2019/02/29"), gives the zero Date and an error
// wrapping [ErrBadDate]. ParseDate does not allocate unless it fails.
func ParseDate(s string) (Date, error) {
	if d, ok := parseDate(s); ok {
		return d, nil
	}
	if df, mf, ok := yearLastReadings(s); ok {
		if d, ok := df.or(mf); ok {
			return d, nil
		}
	}
	return Date{}, &dateError{s}
}

// yearLast reads a date written with its year last: two numbers of one
// or two digits, then a year of four, parted by one of "/", "-" and ".",
// the same twice. It does not check the calendar.
func yearLast(s string) (y, a, b int, ok bool) {
	p := dateScanner{s: strings.TrimFunc(s, unicode.IsSpace)}
	if a, ok = p.number(1, 2); !ok {
		return 0, 0, 0, false
	}
	sep := p.sep()
	if sep != '/' && sep != '-' && sep != '.' {
		return 0, 0, 0, false
	}
	if b, ok = p.number(1, 2); !ok || p.sep() != sep {
		return 0, 0, 0, false
	}
	if y, ok = p.number(4, 4); !ok || !p.done() {
		return 0, 0, 0, false
	}
	return commonEra(y), a, b, true
}

// commonEra returns the year of the common era of a year written in the
// Buddhist era, as Thai dates are ("21/11/2549" is 2006), and any other
// year as it is: no agreement falls in 2400 to 2700 of the common era.
func commonEra(y int) int {
	if y >= 2400 && y <= 2700 {
		return y - 543
	}
	return y
}

// A reading is a date that may not exist.
type reading struct {
	d  Date
	ok bool
}

// yearLastReadings reads a date with its year last (see yearLast) both
// ways: day first ("28/06/2017") and month first ("06/28/2017").
func yearLastReadings(s string) (dayFirst, monthFirst reading, ok bool) {
	y, a, b, ok := yearLast(s)
	if !ok {
		return reading{}, reading{}, false
	}
	return reading{Date{y, time.Month(b), a}, validDate(y, b, a)},
		reading{Date{y, time.Month(a), b}, validDate(y, a, b)}, true
}

// or returns the date two readings agree on: the one that exists, or
// the one both name.
func (x reading) or(z reading) (Date, bool) {
	switch {
	case x.ok && z.ok:
		return x.d, x.d == z.d
	case x.ok:
		return x.d, true
	case z.ok:
		return z.d, true
	}
	return Date{}, false
}

// parseDate does the work of ParseDate.
func parseDate(s string) (Date, bool) {
	// Text that starts with a Latin word is no date (an era's initial is
	// followed by its year: "H23.4.1"): most cells a row is asked about
	// are names, turned away here.
	if len(s) > 1 && isASCIILetter(s[0]) && s[1] < utf8.RuneSelf && (s[1] < '0' || s[1] > '9') {
		if _, ok := monthOf(leadingLetters(s)); ok {
			return namedMonthDate(s) // "Sep 2, 2006"
		}
		return Date{}, false
	}
	if d, ok, sure := isoLike(s); sure {
		return d, ok
	}
	return scanDate(s)
}

// scanDate is parseDate by way of the scanner: it reads every form.
func scanDate(s string) (Date, bool) {
	p := dateScanner{s: strings.TrimFunc(s, unicode.IsSpace)}
	if base, rest, kanji, ok := eraPrefix(p.s); ok {
		return parseEraDate(base, rest, kanji)
	}
	y, ok := p.number(4, 4)
	if !ok {
		return namedMonthDate(s) // "2 Sep 2006"
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
	case '년':
		monthSep, daySep = '월', '일'
	default:
		return Date{}, false
	}
	return p.monthDay(y, monthSep, daySep)
}

// namedMonthDate reads a date whose month is named: its day, month and
// year in either order of day and month ("2 Sep 2006", "2nd September
// 2006", "Sep 2, 2006", "2-Sep-2006", "2 de septiembre de 2006",
// "2. März 2006"), in English, French, Spanish, Portuguese or German,
// whole or cut short.
func namedMonthDate(s string) (Date, bool) {
	var words [5]string
	n := 0
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '-' || r == '/' || r == '.'
	}) {
		if strings.EqualFold(w, "de") || strings.EqualFold(w, "del") || strings.EqualFold(w, "of") || strings.EqualFold(w, "the") ||
			w == "r" || w == "г" || w == "года" { // "8 lutego 2014 r.", "28 июня 2017 г."
			continue
		}
		if n == len(words) {
			return Date{}, false
		}
		words[n], n = w, n+1
	}
	if n != 3 {
		return Date{}, false
	}
	day, month, year := words[0], words[1], words[2]
	if _, ok := monthOf(day); ok {
		day, month = month, day
	}
	m, ok := monthOf(month)
	if !ok {
		return Date{}, false
	}
	for _, suffix := range []string{"st", "nd", "rd", "th", "er", "º", "°"} {
		if t, cut := strings.CutSuffix(day, suffix); cut && t != "" {
			day = t
			break
		}
	}
	d, ok := isoNumber(day)
	y, ok2 := isoNumber(year)
	y = commonEra(y)
	if len(year) == 2 {
		// "15-Oct-05": a year of two digits, where the named month
		// leaves no doubt which part it is; 69 to 99 are the 1900s, as
		// POSIX reads them.
		if y += 2000; y >= 2069 {
			y -= 100
		}
	}
	if day == "" || len(day) > 2 || !ok || !ok2 || len(year) != 4 && len(year) != 2 || !validDate(y, int(m), d) {
		return Date{}, false
	}
	return Date{y, m, d}, true
}

// leadingLetters returns the letters s starts with.
func leadingLetters(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s
	}
	return s[:i]
}

// monthOf reads a month's name, whole or cut short, in English, French,
// Spanish, Portuguese, Italian, German, Dutch, Swedish, Polish (in the
// genitive dates use), Turkish or Indonesian and Malay, any case,
// accents or not.
func monthOf(w string) (time.Month, bool) {
	if len(w) < 3 || len(w) > 2*len("pazdziernika") {
		return 0, false
	}
	if r, _ := utf8.DecodeRuneInString(w); unicode.Is(unicode.Cyrillic, r) {
		m, ok := cyrillicMonths[strings.ToLower(w)]
		return m, ok
	}
	// Every cell starting with a word is asked: the word is folded rune
	// by rune on the stack ("März" is "marz"); the names are ASCII.
	var buf [len("pazdziernika")]byte
	n := 0
	for _, r := range w {
		f := fold.Rune(r)
		if f >= utf8.RuneSelf || n == len(buf) {
			return 0, false
		}
		buf[n], n = byte(f), n+1
	}
	m, ok := monthNames[string(buf[:n])]
	return m, ok
}

// cyrillicMonths are the months' names in Russian, in the genitive that
// dates use, and their short forms.
var cyrillicMonths = func() map[string]time.Month {
	out := map[string]time.Month{}
	for i, ws := range [12]string{"января янв январь", "февраля фев февр февраль", "марта мар март",
		"апреля апр апрель", "мая май", "июня июн июнь", "июля июл июль", "августа авг август",
		"сентября сен сент сентябрь", "октября окт октябрь", "ноября ноя нояб ноябрь", "декабря дек декабрь"} {
		for _, w := range strings.Fields(ws) {
			out[w] = time.Month(i + 1)
		}
	}
	return out
}()

// monthNames are the months' names and their short forms, folded.
var monthNames = func() map[string]time.Month {
	names := [12]string{
		"january jan janvier janv enero ene janeiro januar janner jaenner gennaio gen ocak oca januari stycznia",
		"february feb fevrier fevr febrero fevereiro fev februar febbraio subat sub februari lutego",
		"march mar mars marzo marco marz maerz mart maart mrt maret mac marca",
		"april apr avril avr abril abr aprile nisan nis kwietnia",
		"may mai mayo maio maggio mag mayis mei maj maja",
		"june jun juin junio junho juni giugno giu haziran haz czerwca",
		"july jul juillet juil julio julho juli luglio lug temmuz tem lipca",
		"august aug aout agosto ago agustos agustus agu augustus augusti ogos sierpnia",
		"september sep sept septembre septiembre setiembre setembro set settembre eylul eyl wrzesnia",
		"october oct octobre octubre outubro out oktober okt ottobre ott ekim eki pazdziernika",
		"november nov novembre noviembre novembro kasim kas listopada",
		"december dec decembre diciembre dic dezembro dez dezember dicembre aralik ara desember dis grudnia",
	}
	out := map[string]time.Month{}
	for i, ws := range names {
		for _, w := range strings.Fields(ws) {
			out[w] = time.Month(i + 1)
		}
	}
	return out
}()

// isoLike reads the most common date cell, "2017/06/28" or "2017-6-8"
// (ASCII digits, one separator, no spaces), without the scanner; sure is
// false when s is not of that form and parseDate must read it.
func isoLike(s string) (d Date, ok, sure bool) {
	if len(s) < 8 || len(s) > 10 {
		return Date{}, false, false
	}
	num := func(i int) (n, next int) {
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			n = n*10 + int(s[i]-'0')
		}
		return n, i
	}
	y, i := num(0)
	if i != 4 {
		return Date{}, false, false
	}
	sep := s[4]
	if sep != '/' && sep != '-' && sep != '.' {
		return Date{}, false, false
	}
	m, j := num(5)
	if j-5 < 1 || j-5 > 2 || j >= len(s) || s[j] != sep {
		return Date{}, false, false
	}
	dd, k := num(j + 1)
	if k-j-1 < 1 || k-j-1 > 2 || k != len(s) {
		return Date{}, false, false
	}
	if !validDate(y, m, dd) {
		return Date{}, false, true
	}
	return Date{y, time.Month(m), dd}, true, true
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
	if monthSep == '.' && daySep == 0 {
		daySep = '.' // "2017. 1. 2.", as Korean dates end
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

// MustParseDate is like [ParseDate] but panics, quoting s, when s is not a
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

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
