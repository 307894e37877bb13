package agreements

import (
	"strings"
	"unicode"
)

// columns says which cell of a row holds which field.
type columns struct {
	country, partner, date, quota int
	n                             int // cells in a full row
}

var defaultColumns = columns{country: 0, partner: 1, date: 2, quota: 3, n: 4}

type field int

const (
	fieldNone field = iota
	fieldCountry
	fieldPartner
	fieldDate
	fieldQuota
)

// headerWords are the words that name each column in the headers seen in
// listings, in English and Japanese. A header cell is matched by its
// folded text containing one of them, so a damaged header ("Quot") still
// matches.
var headerWords = []struct {
	f     field
	words []string
}{
	{fieldCountry, []string{"country", "countries", "area", "region", "nation", "国", "地域"}},
	{fieldDate, []string{"effective", "since", "date", "signed", "締結", "年月日", "発効", "開始"}},
	{fieldQuota, []string{"quot", "students", "places", "number", "人数", "定員", "枠"}},
	{fieldPartner, []string{"partner", "university", "universities", "institution", "institute", "school", "name", "大学", "機関", "協定校"}},
}

// headerField returns the column a header cell names, or fieldNone.
func headerField(cell string) field {
	if cell == "" || len(cell) > 80 {
		return fieldNone
	}
	c := strings.ToLower(cell)
	for _, hw := range headerWords {
		for _, w := range hw.words {
			if strings.Contains(c, w) {
				return hw.f
			}
		}
	}
	return fieldNone
}

// isHeader reports whether cells are a column header line: at least two
// cells name distinct columns, and no cell holds a digit (rows have dates).
func isHeader(cells []string) bool {
	var seen [5]bool
	n := 0
	for _, c := range cells {
		if hasDigit(c) {
			return false // a date or a quota: a row
		}
		f := headerField(c)
		if f == fieldNone || seen[f] {
			continue
		}
		seen[f] = true
		n++
	}
	return n >= 2
}

func hasDigit(s string) bool {
	return strings.IndexFunc(s, unicode.IsDigit) >= 0
}

// headerColumns returns the column order a header line gives. Columns the
// header does not name take the remaining cells in the default order.
func headerColumns(cells []string) columns {
	idx := [5]int{-1, -1, -1, -1, -1}
	used := make(map[int]bool)
	for i, c := range cells {
		if f := headerField(c); f != fieldNone && idx[f] < 0 {
			idx[f] = i
			used[i] = true
		}
	}
	next := 0
	for f := fieldCountry; f <= fieldQuota; f++ {
		if idx[f] >= 0 {
			continue
		}
		for used[next] {
			next++
		}
		idx[f] = next
		used[next] = true
	}
	cols := columns{country: idx[fieldCountry], partner: idx[fieldPartner], date: idx[fieldDate], quota: idx[fieldQuota]}
	cols.n = max(len(cells), cols.country+1, cols.partner+1, cols.date+1, cols.quota+1)
	// Trailing empty header cells do not make a row longer.
	for cols.n > 4 && cols.n > len(cells) {
		cols.n--
	}
	return cols
}
