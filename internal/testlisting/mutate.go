package testlisting

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file holds listings that can be edited without losing their
// truth, for metamorphic tests: a listing with a hand-checked truth is
// loaded into a Mutable, edited in ways a publisher or an extraction tool
// could have laid the same table out (a label moved within its group, a
// page break inside a group, another column order, a wrapped cell), and
// rendered back with the truth of the new text.

// A Column is a column of a Mutable listing.
type Column int

// The columns. The first four are those of every loaded listing; the
// others are added by edits.
const (
	ColCountry Column = iota
	ColPartner
	ColDate
	ColQuota
	ColNumber     // a running number, "No."
	ColCity       // the partner's city
	ColValidUntil // the date the agreement ends
	ColRemarks    // free text
	numColumns
)

// A Mutable is a listing held as its lines, each data row with its
// truth and its group (a run of rows of one country), so that edits keep
// the truth computable. Render writes it out with the truth of the text
// it writes.
type Mutable struct {
	// Exact reports whether a label reads as the country code as it is
	// written, without repair. The edits that damage, wrap or copy a
	// readable label use it to find one; nil takes every label whose
	// group's code is code as readable.
	Exact func(label, code string) bool

	items    []item
	cols     []Column          // the columns in the order written
	names    map[Column]string // header cells of added or renamed columns
	noHeader bool              // header lines are not written
	groups   int               // group ids in use: 0 to groups-1
}

type itemKind uint8

const (
	itemOther  itemKind = iota // a blank, title or heading line, written as is
	itemHeader                 // a header line
	itemRow                    // a data row
)

// item is one line of a Mutable, or a data row (one line, or two when
// its partner wraps).
type item struct {
	kind  itemKind
	text  string   // itemOther: the line
	cells []string // itemHeader: its cells for country, partner, date and quota
	row   *mrow    // itemRow
	group int      // the group of a row, or of the heading above its first row; -1 for other lines
}

// mrow is a data row and its truth.
type mrow struct {
	label, partner, date, quota string
	truth                       Truth // Line is set by Render
	extra                       [numColumns]string
	wrap                        int // > 0: the partner's cell ends at this byte, the rest is on the next line
}

// Load reads a listing of four tab-separated columns (country, partner,
// date, quota, in that order) and its truth into a Mutable. Every truth
// line must be a row of four cells. Lines of four cells that are not
// rows are headers; a line of one cell right above a row is a heading,
// which moves with the row's group.
func Load(data []byte, truth []Truth) (*Mutable, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.TrimSuffix(text, "\n")
	byLine := make(map[int]Truth, len(truth))
	for _, t := range truth {
		byLine[t.Line] = t
	}
	m := &Mutable{cols: []Column{ColCountry, ColPartner, ColDate, ColQuota}, names: map[Column]string{}}
	for i, line := range strings.Split(text, "\n") {
		cells := strings.Split(line, "\t")
		t, ok := byLine[i+1]
		switch {
		case ok:
			if len(cells) != 4 {
				return nil, fmt.Errorf("line %d: a row of %d cells, want 4", i+1, len(cells))
			}
			m.items = append(m.items, item{kind: itemRow, group: -1, row: &mrow{
				label: cells[0], partner: cells[1], date: cells[2], quota: cells[3], truth: t}})
			delete(byLine, i+1)
		case len(cells) == 4 && strings.TrimSpace(line) != "":
			m.items = append(m.items, item{kind: itemHeader, cells: cells, group: -1})
		default:
			m.items = append(m.items, item{kind: itemOther, text: line, group: -1})
		}
	}
	if len(byLine) > 0 {
		return nil, fmt.Errorf("%d truth lines past the end of the listing", len(byLine))
	}
	// Groups: runs of rows of one country, across page breaks.
	prev := ""
	for i := range m.items {
		it := &m.items[i]
		if it.kind != itemRow {
			continue
		}
		if m.groups == 0 || it.row.truth.Country != prev {
			m.groups++
		}
		it.group, prev = m.groups-1, it.row.truth.Country
	}
	for i := len(m.items) - 2; i >= 0; i-- {
		it, next := &m.items[i], m.items[i+1]
		if it.kind == itemOther && strings.TrimSpace(it.text) != "" && !strings.Contains(it.text, "\t") &&
			next.kind == itemRow {
			it.group = next.group
		}
	}
	return m, nil
}

// Clone returns a deep copy of m, to edit without changing m.
func (m *Mutable) Clone() *Mutable {
	c := *m
	c.items = slices.Clone(m.items)
	for i := range c.items {
		if r := c.items[i].row; r != nil {
			rc := *r
			c.items[i].row = &rc
		}
	}
	c.cols = slices.Clone(m.cols)
	c.names = make(map[Column]string, len(m.names))
	for k, v := range m.names {
		c.names[k] = v
	}
	return &c
}

// Rows returns the number of data rows.
func (m *Mutable) Rows() int {
	n := 0
	for _, it := range m.items {
		if it.kind == itemRow {
			n++
		}
	}
	return n
}

// Render writes the listing, a line for each line and two for a row
// whose partner wraps, and returns it with its truth: the line of each
// row is its first line.
func (m *Mutable) Render() ([]byte, []Truth) {
	var buf bytes.Buffer
	var truth []Truth
	line, number := 0, 0
	cells := make([]string, len(m.cols))
	write := func() {
		buf.WriteString(strings.Join(cells, "\t"))
		buf.WriteByte('\n')
		line++
	}
	for _, it := range m.items {
		switch it.kind {
		case itemOther:
			buf.WriteString(it.text)
			buf.WriteByte('\n')
			line++
		case itemHeader:
			if m.noHeader {
				continue
			}
			for i, c := range m.cols {
				if name, ok := m.names[c]; ok {
					cells[i] = name
				} else {
					cells[i] = it.cells[c]
				}
			}
			write()
		case itemRow:
			r := it.row
			number++
			partner, rest := r.partner, ""
			if r.wrap > 0 {
				partner, rest = r.partner[:r.wrap], r.partner[r.wrap+1:]
			}
			for i, c := range m.cols {
				switch c {
				case ColCountry:
					cells[i] = r.label
				case ColPartner:
					cells[i] = partner
				case ColDate:
					cells[i] = r.date
				case ColQuota:
					cells[i] = r.quota
				case ColNumber:
					cells[i] = strconv.Itoa(number)
				default:
					cells[i] = r.extra[c]
				}
			}
			write()
			t := r.truth
			t.Line = line
			truth = append(truth, t)
			if r.wrap > 0 {
				for i, c := range m.cols {
					cells[i] = ""
					if c == ColPartner {
						cells[i] = rest
					}
				}
				write()
			}
		}
	}
	return buf.Bytes(), truth
}

// span is a group's place in the items: its rows, and the first and last
// item it covers (a heading above it, page breaks inside it).
type span struct {
	group, first, last int
	rows               []int
	heading            bool
}

// spans returns the groups in the order of the listing.
func (m *Mutable) spans() []span {
	var out []span
	at := map[int]int{}
	for i, it := range m.items {
		if it.group < 0 {
			continue
		}
		j, ok := at[it.group]
		if !ok {
			j = len(out)
			at[it.group] = j
			out = append(out, span{group: it.group, first: i})
		}
		s := &out[j]
		s.last = i
		if it.kind == itemRow {
			s.rows = append(s.rows, i)
		} else {
			s.heading = true
		}
	}
	return out
}

// labelled returns the rows of s that carry a label.
func (m *Mutable) labelled(s span) []int {
	var out []int
	for _, i := range s.rows {
		if m.items[i].row.label != "" {
			out = append(out, i)
		}
	}
	return out
}

// readable returns the rows of s whose label reads as the group's
// country as written.
func (m *Mutable) readable(s span) []int {
	var out []int
	for _, i := range m.labelled(s) {
		r := m.items[i].row
		if m.Exact == nil || m.Exact(r.label, r.truth.Country) {
			out = append(out, i)
		}
	}
	return out
}

// pick returns a random element of s; s must not be empty.
func pick[T any](rng *rand.Rand, s []T) T { return s[rng.IntN(len(s))] }

// pickSpan returns a random group for which ok holds.
func (m *Mutable) pickSpan(rng *rand.Rand, ok func(span) bool) (span, bool) {
	var c []span
	for _, s := range m.spans() {
		if ok(s) {
			c = append(c, s)
		}
	}
	if len(c) == 0 {
		return span{}, false
	}
	return pick(rng, c), true
}

// MoveLabel moves a label to another row of its group: the readable
// one, if the group has one.
func (m *Mutable) MoveLabel(rng *rand.Rand) bool {
	s, ok := m.pickSpan(rng, func(s span) bool {
		n := len(m.labelled(s))
		return n > 0 && n < len(s.rows)
	})
	if !ok {
		return false
	}
	from := m.labelled(s)
	if r := m.readable(s); len(r) > 0 {
		from = r
	}
	i := pick(rng, from)
	var to []int
	for _, j := range s.rows {
		if m.items[j].row.label == "" {
			to = append(to, j)
		}
	}
	j := pick(rng, to)
	m.items[j].row.label, m.items[i].row.label = m.items[i].row.label, ""
	return true
}

// LoseLabel clears every label of a group: its rows keep their country
// in the truth, which the text may no longer tell.
func (m *Mutable) LoseLabel(rng *rand.Rand) bool {
	s, ok := m.pickSpan(rng, func(s span) bool { return !s.heading && len(m.labelled(s)) > 0 })
	if !ok {
		return false
	}
	for _, i := range s.rows {
		m.items[i].row.label = ""
	}
	return true
}

// SwapGroups swaps two groups, with the lines inside them.
func (m *Mutable) SwapGroups(rng *rand.Rand) bool {
	ss := m.spans()
	if len(ss) < 2 {
		return false
	}
	i := rng.IntN(len(ss))
	j := rng.IntN(len(ss) - 1)
	if j >= i {
		j++
	}
	a, b := ss[min(i, j)], ss[max(i, j)]
	var out []item
	out = append(out, m.items[:a.first]...)
	out = append(out, m.items[b.first:b.last+1]...)
	out = append(out, m.items[a.last+1:b.first]...)
	out = append(out, m.items[a.first:a.last+1]...)
	out = append(out, m.items[b.last+1:]...)
	m.items = out
	return true
}

// ShuffleRows puts the rows of a group in another order. The labels move
// with their rows, or, half the time, stay where they were printed.
func (m *Mutable) ShuffleRows(rng *rand.Rand) bool {
	s, ok := m.pickSpan(rng, func(s span) bool { return len(s.rows) >= 2 })
	if !ok {
		return false
	}
	rows := make([]*mrow, len(s.rows))
	labels := make([]string, len(s.rows))
	for k, i := range s.rows {
		rows[k], labels[k] = m.items[i].row, m.items[i].row.label
	}
	perm := rng.Perm(len(rows))
	for slices.IsSorted(perm) {
		perm = rng.Perm(len(rows))
	}
	stay := rng.IntN(2) == 0
	for k, i := range s.rows {
		m.items[i].row = rows[perm[k]]
		if stay {
			m.items[i].row.label = labels[k]
		}
	}
	return true
}

// pageTitles are title lines printed between pages.
var pageTitles = append([]string{"Partner Institutions", "List of Academic Exchange Agreements"}, genTitles...)

// PageBreak breaks a group over two pages: a blank line, sometimes a
// title and another blank line, and the header again, between two of its
// rows.
func (m *Mutable) PageBreak(rng *rand.Rand) bool {
	var gaps []int
	for _, s := range m.spans() {
		for k := 0; k+1 < len(s.rows); k++ {
			if s.rows[k+1] == s.rows[k]+1 {
				gaps = append(gaps, s.rows[k])
			}
		}
	}
	if len(gaps) == 0 {
		return false
	}
	at := pick(rng, gaps) + 1
	header := strings.Split(genHeader, "\t")
	for _, it := range m.items {
		if it.kind == itemHeader {
			header = it.cells
			break
		}
	}
	lines := []item{{kind: itemOther, group: -1}}
	if rng.IntN(3) == 0 {
		lines = append(lines, item{kind: itemOther, text: pick(rng, pageTitles), group: -1}, item{kind: itemOther, group: -1})
	}
	lines = append(lines, item{kind: itemHeader, cells: header, group: -1})
	m.items = slices.Insert(m.items, at, lines...)
	return true
}

// insertColumn puts c into the columns before the first of before
// present, or last.
func (m *Mutable) insertColumn(c Column, before ...Column) {
	for i, col := range m.cols {
		if slices.Contains(before, col) {
			m.cols = slices.Insert(m.cols, i, c)
			return
		}
	}
	m.cols = append(m.cols, c)
}

// AddNumbers adds a first column of running row numbers, headed "No.".
func (m *Mutable) AddNumbers(rng *rand.Rand) bool {
	if slices.Contains(m.cols, ColNumber) {
		return false
	}
	m.cols = slices.Insert(m.cols, 0, ColNumber)
	m.names[ColNumber] = pick(rng, []string{"No.", "No.", "No", "#"})
	return true
}

// SwapPartnerCountry writes the partner's column before the country's,
// header included.
func (m *Mutable) SwapPartnerCountry(*rand.Rand) bool {
	i, j := slices.Index(m.cols, ColCountry), slices.Index(m.cols, ColPartner)
	if j < i {
		return false
	}
	m.cols[i], m.cols[j] = m.cols[j], m.cols[i]
	return true
}

// remarks are cells of a remarks column.
var remarks = []string{"", "", "", "Renewed", "Under renewal", "Student exchange only",
	"Memorandum of Understanding", "Faculty level", "Double degree program", "See website"}

// AddColumns adds one to three columns that real listings carry: the
// partner's city after its name, the date the agreement ends after the
// date it began, remarks at the end; each with its header.
func (m *Mutable) AddColumns(rng *rand.Rand) bool {
	var add []Column
	for _, c := range []Column{ColCity, ColValidUntil, ColRemarks} {
		if !slices.Contains(m.cols, c) && rng.IntN(2) == 0 {
			add = append(add, c)
		}
	}
	if len(add) == 0 {
		for _, c := range []Column{ColCity, ColValidUntil, ColRemarks} {
			if !slices.Contains(m.cols, c) {
				add = append(add, c)
				break
			}
		}
	}
	if len(add) == 0 {
		return false
	}
	for _, c := range add {
		switch c {
		case ColCity:
			m.insertColumn(c, ColDate, ColValidUntil, ColQuota, ColRemarks)
			m.names[c] = pick(rng, []string{"City", "City", "Location"})
		case ColValidUntil:
			m.insertColumn(c, ColQuota, ColRemarks)
			m.names[c] = pick(rng, []string{"Valid Until", "Expiry Date", "Valid Through"})
		case ColRemarks:
			m.cols = append(m.cols, c)
			m.names[c] = pick(rng, []string{"Remarks", "Remarks", "Notes"})
		}
		for _, it := range m.items {
			if it.kind != itemRow {
				continue
			}
			r := it.row
			switch c {
			case ColCity:
				r.extra[c] = Word(rng)
			case ColValidUntil:
				r.extra[c] = validUntil(rng, r.truth.Date)
			case ColRemarks:
				r.extra[c] = pick(rng, remarks)
			}
		}
	}
	return true
}

// validUntil is an end date some years after the ISO date from.
func validUntil(rng *rand.Rand, from string) string {
	var y, mo, d int
	if _, err := fmt.Sscanf(from, "%d-%d-%d", &y, &mo, &d); err != nil || rng.IntN(10) == 0 {
		return pick(rng, []string{"", "Automatic renewal"})
	}
	return fmt.Sprintf("%04d/%02d/%02d", y+3+rng.IntN(3), mo, min(d, 28))
}

// headerNames are other spellings of the four columns' headers.
var headerNames = [4][]string{
	{"Country/Region", "Country/Region", "Country", "Country / Region"},
	{"Partner Institution", "Partner Institution", "Partner University", "Institution"},
	{"Date of Agreement", "Date of Agreement", "Date Signed", "Effective Date"},
	{"Students", "Students", "Number of Students", "Exchange Quota"},
}

// RenameHeader spells one or more of the four headers otherwise.
func (m *Mutable) RenameHeader(rng *rand.Rand) bool {
	renamed := false
	for !renamed {
		for c := ColCountry; c <= ColQuota; c++ {
			if rng.IntN(3) < 2 {
				m.names[c] = pick(rng, headerNames[c])
				renamed = true
			}
		}
	}
	return true
}

// DropHeaders deletes every header line.
func (m *Mutable) DropHeaders(*rand.Rand) bool {
	if m.noHeader {
		return false
	}
	m.noHeader = true
	return true
}

// DamageLabel damages a readable label as extraction does: OCR
// confusions, look-alike letters, a letter dropped or swapped (the kinds
// in Readable).
func (m *Mutable) DamageLabel(rng *rand.Rand) bool {
	var c []int
	for _, s := range m.spans() {
		c = append(c, m.readable(s)...)
	}
	if len(c) == 0 {
		return false
	}
	for tries := 0; tries < 8; tries++ {
		r := m.items[pick(rng, c)].row
		if d := Damage(rng, r.label, Readable...); d != r.label {
			r.label = d
			return true
		}
	}
	return false
}

// twoLines are country names of two or more words and where they split
// when the merged cell prints them on two rows.
var twoLines = map[string][][2]string{
	"KR": {{"Republic of", "Korea"}, {"South", "Korea"}},
	"US": {{"United", "States"}, {"United States of", "America"}},
	"GB": {{"United", "Kingdom"}},
	"CZ": {{"Czech", "Republic"}},
	"ZA": {{"South", "Africa"}},
	"NZ": {{"New", "Zealand"}},
	"VN": {{"Viet", "Nam"}},
	"LK": {{"Sri", "Lanka"}},
	"CN": {{"People's Republic", "of China"}},
	"NL": {{"The", "Netherlands"}},
	"RU": {{"Russian", "Federation"}},
	"SA": {{"Saudi", "Arabia"}},
}

// WrapLabel prints a country of two words on two adjacent rows of its
// group ("South" / "Africa"), in place of its readable label.
func (m *Mutable) WrapLabel(rng *rand.Rand) bool {
	type cand struct{ top, bottom int }
	var c []cand
	for _, s := range m.spans() {
		rd := m.readable(s)
		if len(rd) != 1 || twoLines[m.items[rd[0]].row.truth.Country] == nil {
			continue
		}
		for k, i := range s.rows {
			if i != rd[0] {
				continue
			}
			if k+1 < len(s.rows) && m.items[s.rows[k+1]].row.label == "" {
				c = append(c, cand{i, s.rows[k+1]})
			}
			if k > 0 && m.items[s.rows[k-1]].row.label == "" {
				c = append(c, cand{s.rows[k-1], i})
			}
		}
	}
	if len(c) == 0 {
		return false
	}
	w := pick(rng, c)
	top, bottom := m.items[w.top].row, m.items[w.bottom].row
	words := pick(rng, twoLines[top.truth.Country])
	top.label, bottom.label = words[0], words[1]
	return true
}

// CopyLabel prints a garbled second copy of a readable label on a row
// next to it, in the same group (the kinds in Copies).
func (m *Mutable) CopyLabel(rng *rand.Rand) bool {
	type cand struct{ label, copy int }
	var c []cand
	for _, s := range m.spans() {
		for _, i := range m.readable(s) {
			for _, j := range s.rows {
				if (j == i-1 || j == i+1) && m.items[j].row.label == "" {
					c = append(c, cand{i, j})
				}
			}
		}
	}
	if len(c) == 0 {
		return false
	}
	for tries := 0; tries < 8; tries++ {
		w := pick(rng, c)
		label := m.items[w.label].row.label
		if d := Damage(rng, label, Copies...); d != label {
			m.items[w.copy].row.label = d
			return true
		}
	}
	return false
}

// WrapPartner wraps one to three long partner names: each is cut at a
// space after about 40 characters, the rest written on the next line
// with every other cell empty.
func (m *Mutable) WrapPartner(rng *rand.Rand) bool {
	var c []*mrow
	for _, it := range m.items {
		if it.kind == itemRow && it.row.wrap == 0 && utf8.RuneCountInString(it.row.partner) >= 50 {
			c = append(c, it.row)
		}
	}
	if len(c) == 0 {
		return false
	}
	done := false
	for n := 1 + rng.IntN(3); n > 0 && len(c) > 0; n-- {
		k := rng.IntN(len(c))
		r := c[k]
		c = slices.Delete(c, k, k+1)
		// The byte offset of the first space at or after the target rune.
		target, runes := 36+rng.IntN(9), 0
		for i, ch := range r.partner {
			if runes >= target && ch == ' ' && utf8.RuneCountInString(r.partner[i+1:]) >= 4 {
				r.wrap, done = i, true
				break
			}
			runes++
		}
	}
	return done
}

// Concat appends b to m: its lines after m's, its header included.
func (m *Mutable) Concat(b *Mutable) {
	b = b.Clone()
	for i := range b.items {
		if b.items[i].group >= 0 {
			b.items[i].group += m.groups
		}
	}
	m.items = append(m.items, b.items...)
	m.groups += b.groups
}

// An Edit is a change to a listing that keeps its truth computable.
type Edit struct {
	Name string
	// Apply edits m, drawing another listing from pool where it needs
	// one, and reports whether the edit applied: false leaves m as it
	// was (no group fits, say).
	Apply func(rng *rand.Rand, m *Mutable, pool []*Mutable) bool
}

// method adapts an edit of m alone.
func method(f func(*Mutable, *rand.Rand) bool) func(*rand.Rand, *Mutable, []*Mutable) bool {
	return func(rng *rand.Rand, m *Mutable, _ []*Mutable) bool { return f(m, rng) }
}

// Edits are the edits of a Mutable, Concat first: applied in this order,
// an edit of the columns or the header reaches both listings.
var Edits = []Edit{
	{"concat", func(rng *rand.Rand, m *Mutable, pool []*Mutable) bool {
		if len(pool) == 0 {
			return false
		}
		m.Concat(pick(rng, pool))
		return true
	}},
	{"move-label", method((*Mutable).MoveLabel)},
	{"lose-label", method((*Mutable).LoseLabel)},
	{"swap-groups", method((*Mutable).SwapGroups)},
	{"shuffle-rows", method((*Mutable).ShuffleRows)},
	{"page-break", method((*Mutable).PageBreak)},
	{"number-column", method((*Mutable).AddNumbers)},
	{"swap-columns", method((*Mutable).SwapPartnerCountry)},
	{"extra-columns", method((*Mutable).AddColumns)},
	{"rename-header", method((*Mutable).RenameHeader)},
	{"drop-headers", method((*Mutable).DropHeaders)},
	{"damage-label", method((*Mutable).DamageLabel)},
	{"wrap-label", method((*Mutable).WrapLabel)},
	{"copy-label", method((*Mutable).CopyLabel)},
	{"wrap-partner", method((*Mutable).WrapPartner)},
}
