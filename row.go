package agreements

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// continues reports whether a partner's text reads as the rest of a
// name, not a name of its own: it starts in lower case or with a closing
// bracket, or with a word that joins words.
func continues(partner string) bool {
	first, _ := utf8.DecodeRuneInString(partner)
	return unicode.IsLower(first) || first == ')' || first == ']' || connector(firstWord(partner))
}

// A label on lines of its own is taken for a country heading when it is
// at most maxHeading characters and resolves with at least
// headingConfidence: a title that merely looks like a country is not one.
const (
	maxHeading        = 40
	headingConfidence = 0.8
)

// assign maps the cells of a data row to an Agreement, by the columns
// cols. It reports false
// when the cells hold no partner.
func (r *Reader) assign(n int, cols columns, cells []string, nonEmpty int) (Agreement, bool) {
	a := Agreement{Line: n}
	var label, partner, date, quota string
	for len(cells) > cols.n && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1]
	}
	if leadingNumber(cols, cells) {
		// A numbered listing whose header (if any) did not name the
		// number column: "12⇥Thailand⇥Mahidol University⇥…".
		if !r.numbered {
			r.numbered = true
			r.diag(n, Info, ErrFieldCount, "first cell %s taken as a row number, here and on rows like it", quoteCut(cells[0]))
		}
		a.Fields = append(a.Fields, Field{Kind: FieldNumber, Value: cells[0]})
		cells = cells[1:]
	}
	if len(cells) == cols.n || len(cells) < cols.n && fitsPositions(cols, cells) {
		// A short row lacks its last cells, empty in the PDF.
		label, partner, date, quota = cellAt(cells, cols.country), cellAt(cells, cols.partner), cellAt(cells, cols.date), cellAt(cells, cols.quota)
		if len(cells) < cols.n && date != "" {
			r.diag(n, Info, ErrFieldCount, "row has %d cells, expected %d; the last ones taken as empty", len(cells), cols.n)
		}
		r.otherFields(&a, cols, cells)
	} else {
		// Cells are missing or extra: find the date by its content, and
		// place the others around it in the default order.
		c, ok := assignByContent(cells)
		if !ok {
			return a, false
		}
		label, partner, date, quota = c.label, c.partner, c.date, c.quota
		r.diag(n, Info, ErrFieldCount, "row has %d cells, expected %d; read by content", len(cells), cols.n)
		if c.end != "" {
			r.endDate(&a, c.end)
		}
		for _, x := range c.rest {
			a.Fields = append(a.Fields, Field{Kind: contentKind(x), Value: x})
		}
	}
	if partner == "" {
		// Without a partner, a row is one by its values: a date or a
		// quota that reads.
		if nonEmpty <= 1 || !(date != "" && (r.isDate(date) || isPeriod(date)) || isQuotaValue(quota)) {
			return a, false
		}
		r.diag(n, Warning, ErrFieldCount, "row has no partner name")
	}
	a.CountryLabel = label
	a.Partner = partner
	a.EffectiveText = date
	if date != "" {
		d, ok, later := r.readDate(date)
		if !ok && !later {
			if from, ok := periodStart(date); ok {
				// A period of validity: it took effect at its start.
				d = from
				r.diag(n, Info, nil, "date %s read as a period starting %s", quoteCut(date), d)
			} else {
				r.diag(n, Warning, ErrBadDate, "date %s could not be read", quoteCut(date))
			}
		}
		a.EffectiveSince = d
	}
	q, err := ParseQuota(quota)
	if err != nil {
		r.diag(n, Warning, ErrBadQuota, "quota %s could not be decoded", quoteCut(quota))
	}
	a.Quota = q
	return a, true
}

// readDate reads a date cell. A date with its year last whose day and
// month could be either way round ("03/06/2017") is left for later
// (commit reads it in the order of the dates read by then); one that
// only one order reads ("28/06/2017") counts towards that order.
func (r *Reader) readDate(c string) (d Date, ok, later bool) {
	if d, ok := parseDate(c); ok {
		return d, true, false
	}
	df, mf, _ := yearLastReadings(c)
	switch {
	case df.ok && mf.ok && df.d != mf.d:
		return Date{}, false, true
	case df.ok && mf.ok:
		return df.d, true, false
	case df.ok:
		r.order.dayFirst++
		return df.d, true, false
	case mf.ok:
		r.order.monthFirst++
		return mf.d, true, false
	}
	return Date{}, false, false
}

// orderDates reads the dates of a row left for later by readDate, in
// the order of day and month the dates read by then show (the rows above
// and those still pending below), or says why it cannot.
func (r *Reader) orderDates(a *Agreement) {
	read := func(c, what string) Date {
		df, mf, _ := yearLastReadings(c)
		if !df.ok || !mf.ok || df.d == mf.d {
			return Date{} // not left for later
		}
		o := r.order
		switch {
		case o.dayFirst > 0 && o.monthFirst == 0:
			return df.d
		case o.monthFirst > 0 && o.dayFirst == 0:
			return mf.d
		}
		why := "no date read so far tells which"
		if o.dayFirst > 0 {
			why = fmt.Sprintf("the dates read so far are %d day first and %d month first", o.dayFirst, o.monthFirst)
		}
		r.diag(a.Line, Warning, ErrBadDate, "%s %s could be %s or %s: %s", what, quoteCut(c), df.d, mf.d, why)
		return Date{}
	}
	if a.EffectiveSince.IsZero() && a.EffectiveText != "" {
		a.EffectiveSince = read(a.EffectiveText, "date")
	}
	if a.ValidUntil.IsZero() && a.ValidUntilText != "" && a.Renewal == RenewalNone {
		a.ValidUntil = read(a.ValidUntilText, "end date")
	}
}

// otherFields reads the cells of the columns beyond the four every row
// has: the end date, and every other cell as a Field, with the level
// decoded from a level column.
func (r *Reader) otherFields(a *Agreement, cols columns, cells []string) {
	for i, c := range cells {
		if c == "" || i == cols.country || i == cols.partner || i == cols.date || i == cols.quota {
			continue
		}
		if i == cols.end {
			r.endDate(a, c)
			continue
		}
		f := Field{Value: c}
		if i < len(cols.kinds) {
			f.Kind, f.Header = fieldKindOf(cols.kinds[i]), cols.names[i]
		}
		if f.Kind == FieldOther {
			f.Kind = contentKind(c)
		}
		if f.Kind == FieldLevel && a.Level == LevelUnknown {
			a.Level = ParseLevel(c)
		}
		a.Fields = append(a.Fields, f)
	}
}

// endDate reads the end of validity c of a.
func (r *Reader) endDate(a *Agreement, c string) {
	a.ValidUntilText = c
	if d, ok, later := r.readDate(c); ok || later {
		a.ValidUntil = d
	} else if a.Renewal = parseRenewal(c); a.Renewal == RenewalNone {
		if _, to, ok := period(c); ok {
			a.ValidUntil = to
		} else {
			r.diag(a.Line, Warning, ErrBadDate, "end date %s could not be read", quoteCut(c))
		}
	}
}

// fitsPositions reports whether the cells of a row shorter than its
// header read right where they stand: a partner in the partner column,
// and in the date column a date or nothing.
func fitsPositions(cols columns, cells []string) bool {
	d := cellAt(cells, cols.date)
	return cellAt(cells, cols.partner) != "" && (d == "" || isDate(d) || isPeriod(d))
}

// periodStart reads a period of validity written in the date cell, such
// as "2017/06/28～2022/06/27" or "2017/6/28 - 2022/6/27", and returns its
// first date.
func periodStart(cell string) (Date, bool) {
	from, _, ok := period(cell)
	return from, ok
}

// period reads a period of validity: its first date, and its last when
// it gives one.
func period(cell string) (from, to Date, ok bool) {
	for _, sep := range []string{"～", "〜", "~", " - ", " – ", "–", "—"} {
		if i := strings.Index(cell, sep); i > 0 {
			if d, err := ParseDate(cell[:i]); err == nil {
				rest := cell[i+len(sep):]
				if e, err := ParseDate(rest); err == nil {
					return d, e, true
				}
				if strings.TrimSpace(rest) == "" {
					return d, Date{}, true
				}
			}
		}
	}
	return Date{}, Date{}, false
}

// isRowNumber reports whether a cell is a row number: digits, maybe
// followed by a dot, no more than six of them.
func isRowNumber(c string) bool {
	c = strings.TrimSuffix(c, ".")
	if c == "" || len(c) > 6 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if c[i] < '0' || c[i] > '9' {
			return false
		}
	}
	return true
}

// hasDigit reports whether s has an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// leadingNumber reports whether the first cell of a row is a row number
// its header (if any) did not name: the row has one cell more than the
// header's columns, or more cells still while the header's first column
// is the country's or the partner's. No label or partner is a number.
func leadingNumber(cols columns, cells []string) bool {
	return len(cells) > cols.n && (len(cells) == cols.n+1 || cols.country == 0 || cols.partner == 0) && isRowNumber(cells[0])
}

// cellAt returns cells[i], or "" for an absent column (i < 0).
func cellAt(cells []string, i int) string {
	if i < 0 || i >= len(cells) {
		return ""
	}
	return cells[i]
}

// byContent is a row read by the content of its cells, not by its
// header's columns.
type byContent struct {
	label, partner, date, quota string
	end                         string   // a second date after the first: the end of validity
	rest                        []string // the other cells, kept as fields
}

// assignByContent places the cells of a row whose cell count does not
// match its header. The date is the first cell that reads as one; after
// it, a second date is the end of validity and the first cell that reads
// as a quota the quota. Before it, cells keep their places, as a
// tab-separated row keeps an empty label: the first is the country
// label, the next non-empty one the partner, unless the first is the only
// one. Every other non-empty cell is kept in rest: a listing with more
// columns than its header says (a city, a remark) loses none of them.
func assignByContent(cells []string) (c byContent, ok bool) {
	d := -1
	for i, x := range cells {
		if x == "" {
			continue
		}
		if _, err := ParseDate(x); err == nil {
			d = i
			break
		}
	}
	if d < 0 {
		// No date: keep the default order for the non-empty cells.
		var ne []string
		for _, x := range cells {
			if x != "" {
				ne = append(ne, x)
			}
		}
		switch len(ne) {
		case 0, 1:
			return c, false
		case 2:
			if _, err := ParseQuota(ne[1]); err == nil {
				return byContent{partner: ne[0], quota: ne[1]}, true
			}
			return byContent{label: ne[0], partner: ne[1]}, true
		case 3:
			return byContent{label: ne[0], partner: ne[1], date: ne[2]}, true
		}
		return byContent{label: ne[0], partner: ne[1], date: ne[2], quota: strings.Join(ne[3:], " ")}, true
	}
	c.date = cells[d]
	quota := false
	for _, x := range cells[d+1:] {
		switch {
		case x == "":
		case c.end == "" && !quota && isDate(x):
			c.end = x
		case !quota && isQuotaCell(x):
			c.quota, quota = x, true
		default:
			c.rest = append(c.rest, x)
		}
	}
	if !quota {
		// No cell reads as a quota: the cell after the date is the
		// quota all the same, and says so when it is decoded.
		if len(c.rest) > 0 {
			c.quota, c.rest = c.rest[0], c.rest[1:]
		}
	}
	before := cells[:d]
	n := 0
	for _, x := range before {
		if x != "" {
			n++
		}
	}
	var rest []string
	switch {
	case n == 0:
	case n == 1:
		for _, x := range before {
			if x != "" {
				c.partner = x
			}
		}
	default:
		c.label = before[0]
		for _, x := range before[1:] {
			switch {
			case x == "":
			case c.partner == "":
				c.partner = x
			default:
				rest = append(rest, x)
			}
		}
	}
	c.rest = append(rest, c.rest...)
	return c, true
}

// isQuotaCell reports whether a cell reads as a quota, not only as text
// ParseQuota would take: a count, a mark, a code like "ST10,LT".
func isQuotaCell(x string) bool {
	q, ok := parseQuota(x) // no error built for the cells that are not
	return ok && q.Kind != QuotaUnknown
}
