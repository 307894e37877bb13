package agreements

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/exchangelist/agreements/internal/editdist"
	"github.com/exchangelist/agreements/internal/fold"
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

// headerVocabulary maps the words that name a column in the headers of
// listings, in English and Japanese, to the column they name.
var headerVocabulary = map[string]field{}

// latinVocabulary lists the Latin words of headerVocabulary in a fixed
// order, for the fuzzy match of damaged words.
var latinVocabulary []string

// headerNeutral are words that may appear in a header cell without
// naming a column ("Date of Agreement", "No."); they are not counted.
var headerNeutral = map[string]bool{
	"of": true, "the": true, "and": true, "or": true, "for": true, "in": true, "to": true,
	"a": true, "an": true, "per": true, "no": true, "year": true, "agreement": true,
	"agreements": true, "academic": true, "exchange": true, "with": true,
}

func init() {
	for f, words := range map[field][]string{
		fieldCountry: {"country", "countries", "area", "areas", "region", "regions", "nation", "nations",
			"nationality", "location", "国", "地域", "国名"},
		fieldPartner: {"partner", "partners", "university", "universities", "institution", "institutions",
			"institute", "institutes", "school", "schools", "name", "organization", "organisation",
			"大学", "機関", "協定校", "大学名", "相手校", "協定大学", "学校"},
		fieldDate: {"effective", "since", "date", "dates", "signed", "signing", "concluded",
			"conclusion", "start", "validity", "period", "締結", "締結日", "年月日", "発効", "開始", "日付",
			"締結年月日", "有効期間", "期間"},
		fieldQuota: {"quota", "quotas", "students", "student", "places", "number", "capacity",
			"人数", "定員", "枠", "派遣", "受入", "派遣人数"},
	} {
		for _, w := range words {
			headerVocabulary[w] = f
			if fold.IsASCII(w) {
				latinVocabulary = append(latinVocabulary, w)
			}
		}
	}
	slices.Sort(latinVocabulary)
}

// maxHeaderCell is the longest cell, in characters, read as a header cell.
const maxHeaderCell = 60

// headerField returns the column a header cell names, or fieldNone when
// the cell is not a column name. A cell names a column when at least half
// of its letters are in words of the header vocabulary; a word may be
// damaged ("Quot", "Countrv", "Qu0ta") and still count. Rows are not
// header cells: "University of Tokyo" is mostly a vocabulary word, but
// "Hong Kong Special Administrative Region" is not.
func headerField(cell string) field {
	if cell == "" || utf8.RuneCountInString(cell) > maxHeaderCell {
		return fieldNone
	}
	var votes [5]int
	var orderBuf [5]field
	order := orderBuf[:0]
	letters, covered := 0, 0
	var mbuf [8]headerMatch
	var low [32]byte
	for len(cell) > 0 {
		// The next word: a run of letters and digits.
		i := strings.IndexFunc(cell, isHeaderWordRune)
		if i < 0 {
			break
		}
		cell = cell[i:]
		j := strings.IndexFunc(cell, isNotHeaderWordRune)
		if j < 0 {
			j = len(cell)
		}
		w := cell[:j]
		cell = cell[j:]
		// Lower-case it, ASCII words in a stack buffer.
		if len(w) <= len(low) && fold.IsASCII(w) {
			for k := 0; k < len(w); k++ {
				c := w[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				low[k] = c
			}
			lw := low[:len(w)]
			if headerNeutral[string(lw)] {
				continue
			}
			letters += len(lw)
			for _, m := range wordFields(string(lw), mbuf[:0]) {
				covered += m.n
				if votes[m.f] == 0 {
					order = append(order, m.f)
				}
				votes[m.f] += m.n
			}
			continue
		}
		w = strings.ToLower(w)
		if headerNeutral[w] {
			continue
		}
		n := utf8.RuneCountInString(w)
		letters += n
		for _, m := range wordFields(w, mbuf[:0]) {
			covered += m.n
			if votes[m.f] == 0 {
				order = append(order, m.f)
			}
			votes[m.f] += m.n
		}
	}
	if covered == 0 || 2*covered < letters {
		return fieldNone
	}
	best := fieldNone
	for _, f := range order {
		if best == fieldNone || votes[f] > votes[best] {
			best = f
		}
	}
	return best
}

func isHeaderWordRune(r rune) bool    { return unicode.IsLetter(r) || unicode.IsDigit(r) }
func isNotHeaderWordRune(r rune) bool { return !isHeaderWordRune(r) }

// A headerMatch is a part of a word, n characters long, naming column f.
type headerMatch struct {
	f field
	n int
}

// wordFields returns the columns a lower-case word names. A Latin word
// names one column, exactly, as a prefix of four or more letters of a
// vocabulary word, or within one letter of one of five or more letters.
// A word without spaces in another script (国・地域 is two words, 派遣人数
// one) is covered by the vocabulary words it contains.
func wordFields(w string, ms []headerMatch) []headerMatch {
	if f, ok := headerVocabulary[w]; ok {
		return append(ms, headerMatch{f, utf8.RuneCountInString(w)})
	}
	n := utf8.RuneCountInString(w)
	if fold.IsASCII(w) {
		if n < 4 || n > 20 {
			return ms
		}
		for _, v := range latinVocabulary {
			if strings.HasPrefix(v, w) || (n >= 5 && len(v) >= 5 && editdist.Within(w, v, 1)) {
				return append(ms, headerMatch{headerVocabulary[v], n})
			}
		}
		return ms
	}
	// Greedy longest match of vocabulary words inside w.
	rs := []rune(w)
	for i := 0; i < len(rs); {
		best, bf := 0, fieldNone
		for j := len(rs); j > i && best == 0; j-- {
			if f, ok := headerVocabulary[string(rs[i:j])]; ok {
				best, bf = j-i, f
			}
		}
		if best == 0 {
			i++
			continue
		}
		ms = append(ms, headerMatch{bf, best})
		i += best
	}
	return ms
}

// isHeader reports whether cells are a column header line: no cell reads
// as a date, a quota or a number, at least two cells name distinct
// columns, and those naming a column are at least half of the non-empty
// cells.
func isHeader(cells []string) bool {
	// Most rows stop here, at their date, without allocating.
	for _, c := range cells {
		if c != "" && isDate(c) {
			return false
		}
	}
	nonEmpty := 0
	for _, c := range cells {
		if c == "" {
			continue
		}
		if looksLikeValue(c) {
			return false
		}
		nonEmpty++
	}
	var seen [5]bool
	named, distinct := 0, 0
	for _, c := range cells {
		f := headerField(c)
		if f == fieldNone {
			continue
		}
		named++
		if !seen[f] {
			seen[f] = true
			distinct++
		}
	}
	return distinct >= 2 && 2*named >= nonEmpty
}

// looksLikeValue reports whether a cell holds a value of a row: a date,
// a quota or mostly digits.
func looksLikeValue(c string) bool {
	if isDate(c) {
		return true
	}
	if q, ok := parseQuota(c); ok && q.Kind != QuotaUnspecified && q.Kind != QuotaUnknown {
		return true
	}
	digits, other := 0, 0
	for _, r := range c {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			other++
		}
	}
	return digits > 0 && digits >= other
}

// isDate reports whether c reads as a date; it does not allocate.
func isDate(c string) bool {
	_, ok := parseDate(c)
	return ok
}

// namesCountry reports whether a header cell names countries outright
// ("Country/Area", "国・地域"), not only a region or an area.
func namesCountry(cell string) bool {
	c := strings.ToLower(cell)
	return strings.Contains(c, "countr") || strings.Contains(c, "nation") || strings.Contains(c, "国")
}

// headerColumns returns the column order a header line gives. Columns the
// header does not name take the remaining cells in the default order.
// Trailing empty header cells do not make a row longer.
func headerColumns(cells []string) columns {
	for len(cells) > 0 && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1]
	}
	idx := [5]int{-1, -1, -1, -1, -1}
	used := make(map[int]bool)
	for i, c := range cells {
		f := headerField(c)
		switch {
		case f == fieldNone:
		case idx[f] < 0:
			idx[f] = i
			used[i] = true
		case f == fieldCountry && namesCountry(c) && !namesCountry(cells[idx[f]]):
			// "Region" then "Country": the country is the one named so.
			delete(used, idx[f])
			idx[f] = i
			used[i] = true
		}
	}
	// Columns the header does not name take its unnamed cells in the
	// default order; when it has none left, the column is absent (-1),
	// as the quota is from a three-column listing.
	next := 0
	for f := fieldCountry; f <= fieldQuota; f++ {
		if idx[f] >= 0 {
			continue
		}
		for used[next] {
			next++
		}
		if next >= len(cells) {
			continue
		}
		idx[f] = next
		used[next] = true
	}
	cols := columns{country: idx[fieldCountry], partner: idx[fieldPartner], date: idx[fieldDate], quota: idx[fieldQuota]}
	cols.n = max(len(cells), cols.country+1, cols.partner+1, cols.date+1, cols.quota+1)
	return cols
}
