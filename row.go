package agreements

import (
	"strings"
	"unicode/utf8"

	"github.com/exchangelist/agreements/country"
)

// readLine classifies one line and records it.
func (r *Reader) readLine(n int, b []byte, truncated bool) {
	if n == 1 {
		b = trimBOM(b)
		if r.lr.encoding != "" {
			r.diag(n, Info, nil, "input decoded from %s", r.lr.encoding)
		}
	}
	text := r.lineString(b)
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		r.diag(n, Warning, ErrInvalidUTF8, "bytes that are not UTF-8 replaced by U+FFFD")
	} else if r.lr.encoding != "" && strings.ContainsRune(text, utf8.RuneError) {
		r.diag(n, Warning, ErrInvalidUTF8, "bytes that are not %s replaced by U+FFFD", r.lr.encoding)
	}
	if k := strings.Count(text, "\x00"); k > 0 {
		text = strings.ReplaceAll(text, "\x00", "\uFFFD")
		r.diag(n, Warning, ErrBinary, "%d NUL bytes (not text) replaced by U+FFFD", k)
	}
	if truncated {
		r.diag(n, Error, ErrLongLine, "line longer than %d bytes cut", r.lr.max)
	}
	cells, more := splitCellsInto(r.cells[:0], text, r.MaxCells)
	r.cells = cells
	if more {
		r.diag(n, Error, ErrLongLine, "line has more than %d cells; the rest were dropped", r.MaxCells)
	}
	nonEmpty := 0
	for _, c := range cells {
		if c != "" {
			nonEmpty++
		}
	}
	switch {
	case nonEmpty == 0:
		r.ignore(n, LineBlank, text)
		return
	case isHeader(cells):
		r.cols = headerColumns(cells)
		r.ignore(n, LineHeader, text)
		return
	}
	a, ok := r.assign(n, cells, nonEmpty)
	if !ok {
		if nonEmpty == 1 && cells[0] != "" {
			// One cell at the start of the line: a title or a heading. A
			// lone cell further right is a fragment of a row.
			r.titleLine(n, text, cells[0])
			return
		}
		r.ignore(n, LineUnparsable, text)
		r.diag(n, Warning, ErrUnparsable, "line %s is not a row: no partner, date or quota in it", quoteCut(text))
		return
	}
	if r.broken && r.dataRows > 0 {
		r.page++
	}
	r.broken = false
	r.dataRows++
	rw := row{a: a}
	if a.CountryLabel == "" && r.heading.Country != (Country{}) {
		// The first row under a country heading carries its label.
		rw.match, rw.heading = r.heading, true
	}
	r.heading = country.Match{}
	if a.CountryLabel != "" {
		rw.match = r.resolve(a.CountryLabel)
	}
	r.pend(rw)
}

// titleLine records a line with a single non-empty cell: a title, or a
// country heading such as "Thailand" alone on its line, which some
// listings print above each group instead of a merged cell. A heading
// becomes the label of the next data row.
func (r *Reader) titleLine(n int, text, c string) {
	r.ignore(n, LineTitle, text)
	if utf8.RuneCountInString(c) > maxHeading || strings.ContainsAny(c, "0123456789") {
		return
	}
	// Only a country's name alone: a title that merely names a country
	// ("Nagoya University, Japan") is not a heading.
	m := r.resolve(c)
	if m.Country.IsZero() || m.Qualifier != "" || m.Confidence < headingConfidence {
		return
	}
	r.heading = m
	r.diag(n, Info, nil, "country heading %s (%s) taken as the label of the rows below", quoteCut(c), m.Country.Name)
}

// A line of one cell is taken for a country heading when the cell is at
// most maxHeading characters and resolves with at least
// headingConfidence: a title that merely looks like a country is not one.
const (
	maxHeading        = 40
	headingConfidence = 0.8
)

// assign maps the cells of a data row to an Agreement. It reports false
// when the cells hold no partner.
func (r *Reader) assign(n int, cells []string, nonEmpty int) (Agreement, bool) {
	a := Agreement{Line: n}
	var label, partner, date, quota string
	cols := r.cols
	for len(cells) > cols.n && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1]
	}
	if len(cells) == cols.n+1 && isRowNumber(cells[0]) {
		// A numbered listing whose header (if any) did not name the
		// number column: "12⇥Thailand⇥Mahidol University⇥…".
		if !r.numbered {
			r.numbered = true
			r.diag(n, Info, ErrFieldCount, "first cell %s taken as a row number, here and on rows like it", quoteCut(cells[0]))
		}
		cells = cells[1:]
	}
	if len(cells) == cols.n {
		label, partner, date, quota = cellAt(cells, cols.country), cellAt(cells, cols.partner), cellAt(cells, cols.date), cellAt(cells, cols.quota)
	} else {
		// Cells are missing or extra: find the date by its content, and
		// place the others around it in the default order.
		var ok bool
		label, partner, date, quota, ok = assignByContent(cells)
		if !ok {
			return a, false
		}
		r.diag(n, Info, ErrFieldCount, "row has %d cells, expected %d; read by content", len(cells), cols.n)
	}
	if partner == "" {
		if nonEmpty <= 1 {
			return a, false
		}
		r.diag(n, Warning, ErrFieldCount, "row has no partner name")
	}
	a.CountryLabel = label
	a.Partner = partner
	a.EffectiveText = date
	if date != "" {
		d, err := ParseDate(date)
		if err != nil {
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

// periodStart reads a period of validity written in the date cell, such
// as "2017/06/28～2022/06/27" or "2017/6/28 - 2022/6/27", and returns its
// first date.
func periodStart(cell string) (Date, bool) {
	for _, sep := range []string{"～", "〜", "~", " - ", " – ", "–", "—"} {
		if i := strings.Index(cell, sep); i > 0 {
			if d, err := ParseDate(cell[:i]); err == nil {
				if _, err := ParseDate(cell[i+len(sep):]); err == nil || strings.TrimSpace(cell[i+len(sep):]) == "" {
					return d, true
				}
			}
		}
	}
	return Date{}, false
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

// cellAt returns cells[i], or "" for an absent column (i < 0).
func cellAt(cells []string, i int) string {
	if i < 0 || i >= len(cells) {
		return ""
	}
	return cells[i]
}

// assignByContent places the cells of a row whose cell count does not
// match its header: the date is the first cell that reads as one, the
// quota the cell after it, the partner the last non-empty cell before it
// and the country label the non-empty cell before the partner.
func assignByContent(cells []string) (label, partner, date, quota string, ok bool) {
	d := -1
	for i, c := range cells {
		if c == "" {
			continue
		}
		if _, err := ParseDate(c); err == nil {
			d = i
			break
		}
	}
	if d < 0 {
		// No date: keep the default order for the non-empty cells.
		var ne []string
		for _, c := range cells {
			if c != "" {
				ne = append(ne, c)
			}
		}
		switch len(ne) {
		case 0, 1:
			return "", "", "", "", false
		case 2:
			if _, err := ParseQuota(ne[1]); err == nil {
				return "", ne[0], "", ne[1], true
			}
			return ne[0], ne[1], "", "", true
		case 3:
			return ne[0], ne[1], ne[2], "", true
		}
		return ne[0], ne[1], ne[2], strings.Join(ne[3:], " "), true
	}
	date = cells[d]
	for _, c := range cells[d+1:] {
		if c != "" {
			quota = c
			break
		}
	}
	var before []string
	for _, c := range cells[:d] {
		if c != "" {
			before = append(before, c)
		}
	}
	switch len(before) {
	case 0:
	case 1:
		partner = before[0]
	default:
		label, partner = before[0], strings.Join(before[1:], " ")
	}
	return label, partner, date, quota, true
}
