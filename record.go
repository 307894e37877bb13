package agreements

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/exchangelist/agreements/country"
)

// This file assembles records: the lines that make one table row. A
// cell that wraps in the PDF comes out as several lines: a long
// partner's name goes on on the next line with every other cell empty
// (pdftotext centres the row's other cells vertically, so the first
// part of the name may stand above the line with the date); a merged
// country label that wraps stands on lines of its own or shares them
// with rows. The data lines between two pieces of page furniture
// (headers, titles, page breaks) make a stretch, read as a whole:
//
//  1. each line is a key line (it holds a row's values: a date, a quota),
//     a text line (text only: a continuation, or a row of a listing
//     without values) or a label line (a country label alone);
//  2. the pieces of the country column are joined into labels where the
//     joined text reads as a country and the pieces alone do not
//     ("Republic of" / "Korea", "Hong" / "Kong");
//  3. each text line goes to the key line above or below it: where the
//     text reads on ("Faculty of" / "Engineering)", an open bracket), and
//     otherwise as the stretch's rows are laid out (values on the
//     middle line of their row, or on its first);
//  4. each label goes to the row at its centre, and each row's lines are
//     joined cell by cell into one row of cells.

// lineClass says what a data line holds.
type lineClass uint8

const (
	lineKey   lineClass = iota // a row's values
	lineText                   // text only
	lineLabel                  // a country label alone
	lineMoved                  // a block's value line, its values moved to their row's line
)

// A pline is a line of a stretch, split into cells.
type pline struct {
	n, last int // its first and last line: a CSV record may span lines
	text    string
	cells   []string
	page    int
	class   lineClass
	heading string // the country a heading line names
	// headed: the heading is one by its form (a count before it, a
	// region with it) or under a header with no country column, not a
	// merged cell's text on a line of its own
	headed bool
}

// A record is the lines of a stretch that make one row: lines lo to hi
// (indices in the stretch), its values on line key.
type record struct {
	lo, key, hi int
	label       *assembled
}

// An assembled label is a country label read from one or more pieces of
// the country column: its text, its resolution, and where it stands.
type assembled struct {
	text        string
	match       country.Match
	first, last int    // lines of its first and last piece
	pieces      []int  // stretch indices of the lines of its pieces
	printed     bool   // a piece stands on a line of the row it labels
	headed      bool   // a heading by its form (pline.headed)
	tail        string // a partner's name run into its last piece, cut off
}

// addLine receives a line split into cells: page furniture (blank,
// header, title) ends the stretch, and a data line joins it.
func (r *Reader) addLine(pl pline, more bool) {
	if more {
		r.diag(pl.n, Error, ErrLongLine, "line has more than %d cells; the rest were dropped", r.MaxCells)
	}
	cells := pl.cells
	nonEmpty := 0
	for _, c := range cells {
		if c != "" {
			nonEmpty++
		}
	}
	// A line with a date where the columns want one is a row: no header,
	// no heading.
	dated := nonEmpty > 0 && r.datedRow(cells)
	switch {
	case nonEmpty == 0:
		if r.shape == ShapeAligned {
			// pdftotext leaves blank lines inside a page where rows are
			// far apart: not a page break.
			r.ignoreLines(pl, LineBlank)
			return
		}
		r.furniture(pl.n, LineBlank, pl.text)
		r.ignoreRest(pl)
		return
	case !dated && isHeader(cells):
		r.readHeader(pl)
		return
	}
	if r.headerOpen && r.headerGoesOn(cells) {
		// A header cell that wraps: "Effective" above "Since".
		r.readHeader(pl)
		return
	}
	r.headerOpen = false
	if !dated && !r.endsName(cells, nonEmpty) {
		if h, ok := r.headingOf(cells, nonEmpty); ok {
			// A country heading on a line of its own: a label for the
			// rows below it.
			pl.heading, pl.class = h, lineLabel
			pl.headed = r.cols.country < 0 || headingForm(cells)
			pl.page = r.page
			r.stretch = append(r.stretch, pl)
			return
		}
	}
	if nonEmpty == 1 {
		pl.cells = r.partnerLine(pl.cells)
	}
	pl.class = r.classify(pl.cells, nonEmpty)
	if pl.class == lineKey || pl.class == lineText {
		if r.broken && r.dataLines > 0 {
			r.page++
		}
		r.broken = false
		r.dataLines++
	}
	pl.page = r.page
	r.stretch = append(r.stretch, pl)
	if len(r.stretch) >= maxStretch {
		r.endStretch(false)
	}
}

// endsName reports whether a line of one cell, in the partner column,
// ends a partner's name that dangles on a line just above ("National University of" / "Uzbekistan"): the
// rest of a name, though it reads as a country, is no heading.
func (r *Reader) endsName(cells []string, nonEmpty int) bool {
	p := r.cols.partner
	if nonEmpty != 1 || p < 0 || p == r.cols.country || cellAt(cells, p) == "" {
		return false
	}
	for i := len(r.stretch) - 1; i >= 0 && i >= len(r.stretch)-2; i-- {
		if _, partner, _, _, _ := r.fields(r.stretch[i].cells); partner != "" {
			return danglingEnd(partner)
		}
	}
	return false
}

// maxStretch bounds the lines of a stretch read at once, so that a
// listing without page furniture is read in bounded memory.
const maxStretch = 256

// furniture records a line of page furniture and ends the stretch.
func (r *Reader) furniture(n int, kind LineKind, text string) {
	r.endStretch(false)
	r.ignore(n, kind, text)
}

// ignoreLines records the lines of pl as ignored.
func (r *Reader) ignoreLines(pl pline, kind LineKind) {
	if pl.last == pl.n {
		r.ignored = append(r.ignored, IgnoredLine{Line: pl.n, Kind: kind, Text: pl.text})
		return
	}
	for i, t := range strings.Split(pl.text, "\n") {
		r.ignored = append(r.ignored, IgnoredLine{Line: pl.n + i, Kind: kind, Text: t})
	}
}

// ignoreRest records the lines of a multi-line pline after its first
// (furniture already recorded the first).
func (r *Reader) ignoreRest(pl pline) {
	if pl.last == pl.n {
		return
	}
	for i, t := range strings.Split(pl.text, "\n")[1:] {
		r.ignored = append(r.ignored, IgnoredLine{Line: pl.n + 1 + i, Kind: LineBlank, Text: t})
	}
}

// readHeader reads a header line. Consecutive header lines are one
// header whose cells wrapped: their cells are joined column by column.
func (r *Reader) readHeader(pl pline) {
	if !r.headerOpen || namesOtherColumns(r.header, pl.cells) {
		r.header = append(r.header[:0], pl.cells...) // before endStretch clears the arena
		// Text above a header, with no row in it, is the listing's title.
		r.beforeHeader = true
		r.endStretch(false)
		r.beforeHeader, r.seenHeader = false, true
	} else {
		for i, c := range pl.cells {
			if i >= len(r.header) {
				r.header = append(r.header, c)
			} else {
				r.header[i] = joinPieces(r.header[i], c)
			}
		}
	}
	r.headerOpen = true
	r.cols = headerColumns(r.header)
	r.ignoreLines(pl, LineHeader)
	r.broken = true
}

// namesOtherColumns reports whether a header line names, in some
// column, another column than the header above it does there: then the
// line above was a title whose words name columns ("Partners by Region
// and Country"), not the first line of a header that wrapped.
func namesOtherColumns(above, cells []string) bool {
	for i, c := range cells {
		if i >= len(above) || c == "" || above[i] == "" {
			continue
		}
		if f, g := headerField(above[i]), headerField(c); f != fieldNone && g != fieldNone && f != g {
			return true
		}
	}
	return false
}

// headerGoesOn reports whether a line continues the header above it
// (a header cell that wrapped): each cell it has names a column itself
// ("Since" under "Effective"), or is made of words that name none ("of",
// "Agreement") and names one joined to the cell above ("Date of" above
// "Agreement").
func (r *Reader) headerGoesOn(cells []string) bool {
	named := 0
	for i, c := range cells {
		if c == "" {
			continue
		}
		if looksLikeValue(c) {
			return false
		}
		f := headerField(c)
		if f == fieldNone && !neutralWords(c) {
			return false
		}
		if !headerWords(c) {
			return false // a word no header uses: "Chian" of "Chian Institute of"
		}
		if f == fieldNone {
			above := ""
			if i < len(r.header) {
				above = r.header[i]
			}
			// Words that name no column go on from a cell that dangles
			// ("Date of" / "Agreement") or themselves start mid-name
			// ("Date" / "of Agreement"); not "A", a partner's name.
			goesOn := danglingEnd(above) || connector(firstWord(c)) || !startsUpper(c)
			if !neutralWords(c) || !goesOn || headerField(joinPieces(above, c)) == fieldNone {
				return false
			}
		}
		named++
	}
	return named > 0
}

// headerWords reports whether every word of a cell is one a header
// uses: a word of the header vocabulary, exactly or damaged, or a
// neutral one.
func headerWords(c string) bool {
	for _, w := range strings.FieldsFunc(c, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !neutralWords(w) && headerField(w) == fieldNone {
			return false
		}
	}
	return true
}

// neutralWords reports whether every word of a cell is one that may
// stand in a header without naming a column.
func neutralWords(c string) bool {
	n := 0
	var buf [32]byte
	for w := range letterWords(c) {
		n++
		if b, ok := lowerASCII(buf[:], w); ok {
			if !headerNeutral[string(b)] {
				return false
			}
		} else if !headerNeutral[strings.ToLower(w)] {
			return false
		}
	}
	return n > 0
}

// headingOf reads a line as a country heading: a country's name alone
// on the line ("Thailand", "ALEMANIA"), perhaps after the region it is
// in ("Asia – Japan", "亞洲 Asia / 日本 Japan") or with a number (the
// count of its partners, "6⇥ALEMANIA"); not a title that merely names a
// country ("Nagoya University, Japan").
func (r *Reader) headingOf(cells []string, nonEmpty int) (string, bool) {
	if nonEmpty > 3 {
		return "", false
	}
	text := ""
	for i, c := range cells {
		switch {
		case c == "":
		case nonEmpty == 1 && r.cols.country >= 0 && i < len(r.cols.kinds) && r.cols.kinds[i] == fieldRegion:
			// The piece of a region's cell ("America" below "North"),
			// where a column holds the countries: no heading.
			return "", false
		case nonEmpty == 2 && text == "" && isRowNumber(c):
		case hasDigit(withoutNumber(c)):
			return "", false // a date, a quota: a row, not a heading
		case text != "":
			// A heading over the whole width of the table, which space-
			// aligned text cuts at its columns: "Africa" | "– Morocco".
			if !strings.ContainsAny(c, "–-/") && !strings.ContainsAny(text, "–-/") || !wordLike(c) {
				return "", false // (a cell of no word is a row's: "〰")
			}
			text += " " + c
		default:
			text = c
		}
	}
	if text == "" {
		return "", false
	}
	text = withoutNumber(text)
	if utf8.RuneCountInString(text) > maxHeading || hasDigit(text) || institutional(text) {
		return "", false
	}
	m := r.resolve(text)
	if m.Country.IsZero() || m.Confidence < headingConfidence {
		return "", false
	}
	return text, true
}

// headingForm reports whether a heading line reads as a heading by its
// form, not as a merged country cell's text alone on its line: a count
// or a number before the country ("6⇥ALEMANIA"), or a region with it
// ("亞洲 Asia / 日本 Japan", "Africa – Morocco").
func headingForm(cells []string) bool {
	n := 0
	for _, c := range cells {
		if c == "" {
			continue
		}
		n++
		if isRowNumber(c) || withoutNumber(c) != c || strings.ContainsAny(c, "/–—") || strings.Contains(c, " - ") {
			return true
		}
	}
	return n > 1 // a heading over the table's width, cut at its columns
}

// withoutNumber returns a text without the row number it starts with:
// "1 LITUANIA", a number and a country run together.
func withoutNumber(text string) string {
	if n, rest, ok := strings.Cut(text, " "); ok && isRowNumber(n) {
		return rest
	}
	return text
}

// partnerLine reads a line of one cell that names an institution (in
// more than one word) as a row with only a partner: an index page lists its partners so, under
// country headings. The cell moves to the partner column. In a listing
// without a header, where the first column may be the only one, a cell
// there that reads as no country, right after a partner's line, is a
// partner's too (the rest of a name that wrapped).
func (r *Reader) partnerLine(cells []string) []string {
	p := r.cols.partner
	if p < 0 {
		return cells
	}
	for i, c := range cells {
		if c == "" {
			continue
		}
		if i == p || titleLike(c) || i > p && r.header != nil {
			// A cell right of the partners' column, under a header, is
			// its own column's ("Faculty of Environmental" under
			// "Faculty / School").
			return cells
		}
		// A name of one word ("College" above "Station" in a city
		// column) is the piece of a cell that wrapped, not a partner.
		named := institutional(c) && strings.Contains(c, " ")
		if !named && (r.header != nil || i != 0 || !wordLike(c) || !r.afterPartner() || !r.resolve(c).Country.IsZero()) {
			return cells
		}
		k := len(r.arena)
		for range max(len(cells), p+1) {
			r.arena = append(r.arena, "")
		}
		out := r.arena[k:len(r.arena):len(r.arena)]
		out[p] = c
		return out
	}
	return cells
}

// afterPartner reports whether the last line of the stretch has a
// partner's text: a lone fragment after it may be the rest of the name.
func (r *Reader) afterPartner() bool {
	if len(r.stretch) == 0 {
		return false
	}
	_, p, _, _, _ := r.fields(r.stretch[len(r.stretch)-1].cells)
	return p != ""
}

// wordLike reports whether a text has a word: two letters or more in a
// row.
func wordLike(s string) bool {
	run := 0
	for _, c := range s {
		if unicode.IsLetter(c) {
			run++
			if run >= 2 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// titleLike reports whether a text reads as a listing's title rather
// than a partner's name: it speaks of agreements, exchanges, partners
// or lists.
func titleLike(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if titleWords[w] {
			return true
		}
	}
	for _, w := range cjkTitleWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// titleWords are the words of listings' titles that partners' names do
// not use.
var titleWords = map[string]bool{
	"agreement": true, "agreements": true, "exchange": true, "exchanges": true,
	"partner": true, "partners": true, "partnership": true, "partnerships": true,
	"list": true, "listing": true, "convenio": true, "convenios": true,
	"acuerdo": true, "acuerdos": true, "cooperation": true, "cooperación": true,
	"accords": true, "partenaires": true, "partnerhochschulen": true, "abkommen": true,
}

var cjkTitleWords = []string{"協定", "一覧", "一覽", "一览", "姊妹校", "交流", "목록", "협정"}

// datedRow reports whether a line's date cell, by the current header,
// holds a date: a row's, never a header's.
func (r *Reader) datedRow(cells []string) bool {
	_, _, date, _, _ := r.fields(cells)
	return date != "" && r.isDate(date)
}

// isDate is isDate for the cells of the line being read, asked about
// more than once: the date of the last cell asked about is kept.
func (r *Reader) isDate(c string) bool {
	if !r.dateMemo.set || c != r.dateMemo.text {
		r.dateMemo.text, r.dateMemo.ok, r.dateMemo.set = c, isDate(c), true
	}
	return r.dateMemo.ok
}

// classify says whether a data line is a key line, a text line or a
// label line, by the columns of the current header.
func (r *Reader) classify(cells []string, nonEmpty int) lineClass {
	label, partner, date, quota, extra := r.fields(cells)
	switch {
	case date != "" && (r.isDate(date) || isPeriod(date)):
		return lineKey
	case quota != "" && isQuotaValue(quota):
		return lineKey
	case date != "" && quota != "":
		return lineKey
	case (date != "" && !dateLike(date) || quota != "") && partner != "" && !continues(partner):
		// A row whose value could not be read, not a wrapped value.
		return lineKey
	case partner == "" && extra == 0 && label != "" && (date == "" && quota == "") && !noteLike(label):
		return lineLabel
	}
	return lineText
}

// noteLine reports whether a line is a note under the table, starting in
// the country column: no heading, no date or quota, and a country cell
// that is noteLike.
func (r *Reader) noteLine(pl pline) bool {
	label, _, date, quota, _ := r.fields(pl.cells)
	return pl.heading == "" && label != "" && date == "" && quota == "" && noteLike(label)
}

// noteLike reports whether the text of a country cell is a note rather
// than a label: a footnote's mark ("* Kontenjan: öğrenci sayısı") or a
// colon. No country's name has these.
func noteLike(c string) bool {
	if r, _ := utf8.DecodeRuneInString(c); strings.ContainsRune("*※†‡#", r) {
		return true
	}
	return strings.ContainsAny(c, ":：")
}

// fields returns the cells of a line by the columns of the current
// header: a numbered row's first cell is its number, and a line with
// fewer cells than the header has its last ones empty. extra counts the
// non-empty cells of no mapped column.
func (r *Reader) fields(cells []string) (label, partner, date, quota string, extra int) {
	return fieldsBy(r.cols, cells)
}

// fieldsBy is fields by the columns cols.
func fieldsBy(cols columns, cells []string) (label, partner, date, quota string, extra int) {
	for len(cells) > cols.n && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1]
	}
	if leadingNumber(cols, cells) {
		cells = cells[1:]
	}
	for i, c := range cells {
		if c != "" && i != cols.country && i != cols.partner && i != cols.date && i != cols.quota {
			extra++
		}
	}
	return cellAt(cells, cols.country), cellAt(cells, cols.partner), cellAt(cells, cols.date), cellAt(cells, cols.quota), extra
}

// readValue reports whether a line has a value that reads: a date or a
// period in its date cell, or a quota.
func (r *Reader) readValue(cells []string) bool {
	_, _, d, q, _ := r.fields(cells)
	return d != "" && (r.isDate(d) || isPeriod(d)) || q != "" && isQuotaValue(q)
}

// isPeriod reports whether a date cell holds a period of validity.
func isPeriod(c string) bool {
	_, ok := periodStart(c)
	return ok
}

// isQuotaValue reports whether a cell decodes as a quota that states
// something.
func isQuotaValue(c string) bool {
	q, ok := parseQuota(c)
	return ok && q.Kind != QuotaUnspecified && q.Kind != QuotaUnknown
}

// endStretch reads the stretch of data lines gathered so far into
// records. With final set, the last record is emitted too; otherwise it
// is held back, since the next stretch may begin with its continuation
// (a row cut by a page break).
func (r *Reader) endStretch(final bool) {
	st := r.stretch
	owned := make([]bool, len(st))
	// Text at the start of the stretch that plainly goes on from the
	// held row joins it.
	if r.held != nil {
		for j := range st {
			if st[j].class == lineKey {
				break
			}
			if st[j].class == lineLabel {
				continue
			}
			if !r.extendsHeld(st[j]) {
				break
			}
			r.held.add(r, st[j])
			owned[j] = true
		}
	}
	if r.beforeHeader {
		// A title above the header is no row, though space-aligned
		// columns cut it into cells ("Partner" / "Universities - Asia,"
		// / "Middle East and Africa") with one where the dates stand.
		// Above the first header, or any stretch without a value, every
		// line is; else only title-like ones (a row of the page before
		// may lack its values).
		titles := !r.seenHeader
		for j := range st {
			titles = titles && (owned[j] || !r.readValue(st[j].cells))
		}
		for j := range st {
			if !owned[j] && st[j].class != lineLabel && !r.readValue(st[j].cells) && (titles || titleLike(st[j].text)) {
				r.ignoreLines(st[j], LineTitle)
				owned[j] = true
			}
		}
	}
	for j := range st {
		// A note starting in the country column, a line of its own ("*
		// Kontenjan: öğrenci sayısı / hareketlilik süresi", cut at the
		// columns it crosses), is no label and no row's text: the
		// page's furniture.
		if !owned[j] && r.noteLine(st[j]) {
			r.ignoreLines(st[j], LineTitle)
			owned[j] = true
		}
	}
	var blocks []block
	if r.shape == ShapeAligned && r.valued() {
		blocks = r.zipBlocks(st, owned)
	}
	keys := r.keyLines(st, owned)
	recs := r.assignLines(st, keys, owned)
	for i := range recs {
		// A record starts and ends on lines of its own: not on furniture
		// taken out of the stretch (a note) at its edges.
		rec := &recs[i]
		for rec.lo < rec.key && owned[rec.lo] {
			rec.lo++
		}
		for rec.hi > rec.key && owned[rec.hi] {
			rec.hi--
		}
	}
	for _, b := range blocks {
		// The block's value lines belong to its last row, so that every
		// row's lines stay one run.
		for i := range recs {
			if recs[i].key == b.last {
				recs[i].hi = max(recs[i].hi, b.end)
			}
		}
	}
	labels := r.assembleLabels(st)
	if len(r.carried) > 0 && len(recs) > 0 {
		// Headings from the foot of the stretch before, above a page
		// break: they head this stretch's first row.
		labels = append(r.carried, labels...)
		r.carried = nil
	}
	r.attachLabels(st, recs, labels)
	for i := range recs {
		for j := recs[i].lo; j <= recs[i].hi; j++ {
			owned[j] = true
		}
	}
	for _, lab := range labels {
		if lab.match.Country.IsZero() && !lab.printed {
			// Text alone in the country column that reads as no country:
			// a title, as lines of one cell have always been read.
			for _, p := range lab.pieces {
				if !owned[p] && st[p].class == lineLabel {
					st[p].class = lineText
				}
			}
		}
	}
	for i := range st {
		if owned[i] {
			continue
		}
		if st[i].class == lineLabel {
			r.ignoreLines(st[i], LineLabel)
		} else {
			r.unplaced(st[i])
		}
	}
	if len(recs) > 0 {
		r.emitHeld()
	}
	for i := range recs {
		if i == len(recs)-1 && !final {
			r.held = new(built)
			r.build(st, &recs[i], r.held, true)
			if lab := r.held.label; lab != nil {
				// Its label outlives the stretch's scratch space.
				own := *lab
				own.pieces = slices.Clone(lab.pieces)
				r.held.label = &own
			}
			continue
		}
		r.build(st, &recs[i], &r.scratch, false)
		r.emit(&r.scratch)
	}
	if final {
		r.emitHeld()
	}
	clear(r.stretch)
	r.stretch = r.stretch[:0]
	clear(r.arena)
	r.arena = r.arena[:0]
}

// unplaced records a data line that belongs to no row: a lone cell (a
// title, a note), or text that could not be joined to a row.
func (r *Reader) unplaced(pl pline) {
	nonEmpty, first := 0, ""
	for _, c := range pl.cells {
		if c != "" {
			if nonEmpty == 0 {
				first = c
			}
			nonEmpty++
		}
	}
	if nonEmpty == 1 && first != "" {
		r.ignoreLines(pl, LineTitle)
		r.broken = true
		return
	}
	r.ignoreLines(pl, LineUnparsable)
	r.diag(pl.n, Warning, ErrUnparsable, "line %s is not a row: no partner, date or quota in it", quoteCut(pl.text))
}

// A block is rows whose cells pdftotext wrote column by column: the
// rows' names on lines of their own, then their dates one a line, then
// their quotas (a table row group whose cells it could not line up):
//
//	ベルギー Belgium ゲント大学     Ghent University
//	                  ルーヴェン・カトリック大学 KU Leuven
//	                                                1996/8/8
//	                                                2016/11/24
//	                                                             2名
//	                                                             1名
//
// last and end are the stretch indices of its last name line and of its
// last value line.
type block struct{ last, end int }

// zipBlocks finds the blocks of a stretch of space-aligned text and
// reads them row by row: the i-th value of each column goes to the i-th
// name's line, which becomes its row's key line, and a piece of a name
// on a value line goes with it ("ETH Zürich" beside the first date). A
// block needs two names at least, none reading on from or into another
// line, and as many values of each column as names, each alone on its
// line (a wrapped name above one row's values has one of each); the
// value lines are marked moved, their cells emptied.
func (r *Reader) zipBlocks(st []pline, owned []bool) []block {
	if r.cols.partner < 0 {
		return nil
	}
	var blocks []block
	nameOnly := func(pl *pline) bool {
		_, p, d, q, extra := r.fields(pl.cells)
		return pl.class == lineText && p != "" && d == "" && q == "" && extra == 0 &&
			!continues(p) && !danglingEnd(p) && brackets(p) == 0
	}
	// valueOf returns the column of a value line's one value, the value
	// and any piece of a name beside it; col is -1 for a line that is no
	// value line. A date cell may start with the rest of a name, run into
	// the date with a single space ("ETH Zürich 2007/1/24"). A quota
	// alone on its line is a value though it does not decode ("若干名",
	// a few).
	valueOf := func(pl *pline) (col int, val, piece string) {
		l, p, d, q, extra := r.fields(pl.cells)
		switch {
		case l != "" || extra > 0 || pl.class == lineLabel:
		case d != "" && q == "":
			if r.isDate(d) {
				return r.cols.date, d, p
			}
			if k := strings.LastIndexByte(d, ' '); k > 0 && p == "" && r.isDate(d[k+1:]) {
				return r.cols.date, d[k+1:], d[:k]
			}
		case q != "" && d == "" && p == "":
			return r.cols.quota, q, ""
		}
		return -1, "", ""
	}
	for i := 0; i < len(st); {
		j := i
		for j < len(st) && !owned[j] && nameOnly(&st[j]) {
			j++
		}
		k := j - i
		if k < 2 {
			i = max(j, i+1)
			continue
		}
		// Runs of value lines, column by column, k lines each.
		v, ok := j, true
		var cols []int
		for v < len(st) && !owned[v] {
			c, _, _ := valueOf(&st[v])
			if c < 0 {
				break
			}
			if (v-j)%k == 0 {
				if slices.Contains(cols, c) {
					ok = false
					break
				}
				cols = append(cols, c)
			} else if c != cols[len(cols)-1] {
				ok = false
				break
			}
			v++
		}
		if !ok || len(cols) == 0 || (v-j)%k != 0 {
			i = j
			continue
		}
		for n := range k {
			name := &st[i+n]
			// The columns as fields reads them: shifted by a row number
			// no header named.
			off := 0
			if len(name.cells) == r.cols.n+1 && isRowNumber(name.cells[0]) {
				off = 1
			}
			cells := make([]string, max(len(name.cells), r.cols.date+1+off, r.cols.quota+1+off))
			copy(cells, name.cells)
			for g := range cols {
				val := &st[j+g*k+n]
				c, value, piece := valueOf(val)
				if piece != "" {
					cells[r.cols.partner+off] = joinPieces(cells[r.cols.partner+off], piece)
				}
				cells[c+off] = value
				val.class = lineMoved
				val.cells = nil
			}
			name.cells, name.class = cells, lineKey
		}
		blocks = append(blocks, block{last: j - 1, end: v - 1})
		i = v
	}
	return blocks
}

// keyLines returns the indices of the stretch's key lines. A text line
// is a row of its own (a key line without values) where nothing says it
// wraps: in a listing whose header names no value column, unless it
// plainly goes on from the line above; in a listing of one line a row
// (not space-aligned text), when it starts a name, neither goes on from
// the line above nor into the line below, and carries a label or names
// an institution in more than one word.
func (r *Reader) keyLines(st []pline, owned []bool) []int {
	// A date that wrapped ("平成23年9" above "月29日"; "平成20年8月20",
	// which reads as a date already, above "日") makes its row's key line
	// where it starts, whether or not that line has other values (a
	// quota beside the date's first piece, the name on the line of its
	// last).
	for i := 0; i+1 < len(st); i++ {
		_, _, d, _, _ := r.fields(st[i].cells)
		if st[i].class == lineLabel || d == "" || !dateLike(d) {
			continue
		}
		if _, _, d2, _, _ := r.fields(st[i+1].cells); d2 != "" && !isDate(d2) && isDate(joinPieces(d, d2)) {
			st[i].class = lineKey
			if st[i+1].class == lineKey {
				st[i+1].class = lineText
			}
			i++
		}
	}
	// A quota that wrapped around its row's middle line, the line with
	// the row's date ("a" above, "definir" below; "1 SMS + 1" above, "STA"
	// below, where the first piece reads as a quota on its own): the
	// lines above and below hold the rest of the row, not rows whose
	// quota could not be read.
	// So with a date ("24 Januari" above, "2011" below; "8 października
	// 2012" above, its year's mark "r." below), around the line with the
	// row's number or quota.
	// And so with both around a line with neither, only the name (and a
	// city): "1 SMS + 1" and "22 października" above, "STA" and "2004 r."
	// below; the middle line is then the row's key line.
	for i := 1; i+1 < len(st); i++ {
		if st[i].class == lineLabel || st[i-1].class == lineLabel || st[i+1].class == lineLabel {
			continue
		}
		_, p, d, q, _ := r.fields(st[i].cells)
		if d != "" && q != "" {
			continue // most rows: nothing of theirs wrapped around them
		}
		_, p1, d1, q1, _ := r.fields(st[i-1].cells)
		_, _, d2, q2, _ := r.fields(st[i+1].cells)
		switch {
		case st[i].class != lineKey:
			if d == "" && q == "" && p != "" && p1 == "" && r.dateWraps(d1, d2) && quotaWraps(q1, q2) {
				st[i-1].class, st[i].class, st[i+1].class = lineText, lineKey, lineText
			}
		case q == "" && d != "" && r.isDate(d) && d1 == "" && d2 == "" && quotaWraps(q1, q2),
			d == "" && hasDigit(d1) && r.dateWraps(d1, d2):
			st[i-1].class, st[i+1].class = lineText, lineText
		}
	}
	keys := r.keyBuf[:0] // the stretch's, in the reader's scratch space
	valued := false
	for i := range st {
		if st[i].class == lineKey {
			valued = r.valued()
			break
		}
	}
	prev := ""
	for i := range st {
		if owned[i] {
			continue // the rest of the row held from the stretch before
		}
		if st[i].heading != "" {
			prev = "" // a heading starts a group: no name goes on across it
			continue
		}
		label, partner, _, _, extra := r.fields(st[i].cells)
		switch st[i].class {
		case lineKey:
			keys = append(keys, i)
		case lineText:
			if partner == "" {
				break
			}
			var row bool
			switch {
			case !valued:
				row = (prev == "" || joinScore(prev, partner, 0) < weakJoin) && !titleLike(partner) && !r.beforeHeader
			case r.shape != ShapeAligned:
				next := ""
				if i+1 < len(st) {
					_, next, _, _, _ = r.fields(st[i+1].cells)
				}
				// A line without values is a row of its own when it has
				// a label, or names an institution before any unit in
				// brackets: "Thonburi (Faculty of Engineering)" is the rest
				// of a name whose unit wrapped with it.
				// Text in other columns beside it (a faculty's, a city's)
				// wraps with it: "Research Institute" under "ICAR-Indian
				// Agricultural", beside "Science" under "Division of
				// Environment".
				inst := partner[:institutionEnd(partner)]
				row = (prev == "" || joinScore(prev, partner, 0) < weakJoin) && !continues(partner) &&
					(next == "" || joinScore(partner, next, 0) < weakJoin) &&
					(label != "" || extra == 0 && institutional(inst) && strings.Contains(inst, " ") && !r.labelWrapsOver(st, i))
			}
			// Text above a header, with no row in it, is the listing's
			// title, however many columns it spans.
			if row = row && !r.beforeHeader; row {
				st[i].class = lineKey
				keys = append(keys, i)
				if valued && label == "" {
					r.diag(st[i].n, Warning, ErrNoValues, "line %s has a partner but no date or quota: read as a row of its own, though it may be the rest of the name above",
						quoteCut(partner))
				}
			}
		}
		if partner != "" {
			prev = partner
		}
	}
	r.keyBuf = keys
	return keys
}

// quotaWraps reports whether q1 and q2 are the pieces of one quota
// wrapped over two lines: joined they read as a quota, and they are not
// two quotas each whole.
func quotaWraps(q1, q2 string) bool {
	if q1 == "" || q2 == "" || isQuotaValue(q1) && isQuotaValue(q2) {
		return false
	}
	_, ok := parseQuota(joinPieces(q1, q2))
	return ok
}

// dateWraps reports whether d1 and d2 are the pieces of one date wrapped
// over two lines: joined they read as a date, and they are not two dates
// each whole.
func (r *Reader) dateWraps(d1, d2 string) bool {
	return d1 != "" && d2 != "" && !(r.isDate(d1) && r.isDate(d2)) && r.isDate(joinPieces(d1, d2))
}

// labelWrapsOver reports whether the label of the line above line i and
// the words of a long form on the line below it ("Russian" and
// "Federation") are one label wrapped over line i, which has none: line
// i is then inside the record of the line above, as the label's two
// lines stand over the record's lines and the next. A merged cell's
// wrapped lines stand on neighbouring rows, never around a row.
func (r *Reader) labelWrapsOver(st []pline, i int) bool {
	if i == 0 || i+1 >= len(st) || st[i-1].heading != "" || st[i+1].heading != "" {
		return false
	}
	above, _, _, _, _ := r.fields(st[i-1].cells)
	below, _, _, _, _ := r.fields(st[i+1].cells)
	if above == "" || below == "" || !country.FormPiece(below) || country.FormPiece(above) {
		return false
	}
	m := r.resolve(joinPieces(above, below))
	return !m.Country.IsZero() && m.Confidence >= headingConfidence
}

// weakJoin is the join score from which a line of a listing of one line
// a row is taken to go on from the line above: a dangling word or a
// lower-case start is enough there.
const weakJoin = 2

// valued reports whether the current header has a date or a quota
// column: rows then carry values, and text lines without them wrap.
func (r *Reader) valued() bool {
	return r.cols.date >= 0 || r.cols.quota >= 0
}

// strongJoin is the join score from which a line surely goes on from
// the one above: an open bracket, a closing one, a dangling "of".
const strongJoin = 3

// assignLines makes one record per key line and gives each text line to
// the key line above or below it. Text lines before the first key line
// (but those skipped, taken by the row held back from the stretch
// before) go to the first row; lines after the last key line go to the
// last row.
func (r *Reader) assignLines(st []pline, keys []int, skip []bool) []record {
	if len(keys) == 0 {
		return nil
	}
	recs := make([]record, len(keys))
	for i, k := range keys {
		recs[i] = record{lo: k, key: k, hi: k}
	}
	for j := 0; j < keys[0]; j++ {
		if st[j].class == lineText && !skip[j] {
			recs[0].lo = j
			break
		}
	}
	for j := len(st) - 1; j > keys[len(keys)-1]; j-- {
		if st[j].class == lineText && !skip[j] {
			recs[len(recs)-1].hi = j
			break
		}
	}
	// Lines between key lines: a dynamic programme over the gaps, its
	// state the number of text lines a row has above its key line.
	r.splitGaps(st, keys, recs)
	return recs
}

// extendsHeld reports whether a text line at the start of a stretch
// goes on from the row held back from the stretch before.
func (r *Reader) extendsHeld(pl pline) bool {
	_, partner, _, _, _ := r.fields(pl.cells)
	_, held, _, _, _ := fieldsBy(r.held.cols, r.held.cells)
	return partner != "" && joinScore(held, partner, 0) >= strongJoin
}

// splitGaps decides, for the text lines between each two key lines,
// which go down to the row above and which up to the row below. A cut
// between two lines that read on from each other costs their join
// score; rows are laid out alike: with their values on their middle
// line (pdftotext centres a row's cells vertically) or on their first
// line (each cell's text from the top); each row's lines above and
// below its key line cost layoutWeight per line away from that layout.
// The layout that costs less is taken for the whole stretch.
func (r *Reader) splitGaps(st []pline, keys []int, recs []record) {
	// Most stretches have no line between their key lines: nothing to
	// split.
	if keys[len(keys)-1]-keys[0] == len(keys)-1 {
		return
	}
	type gapInfo struct {
		text []int // the gap's text lines
	}
	gaps := make([]gapInfo, len(keys)-1)
	for g := range gaps {
		for j := keys[g] + 1; j < keys[g+1]; j++ {
			if st[j].class == lineText {
				gaps[g].text = append(gaps[g].text, j)
			}
		}
	}
	if len(gaps) == 0 {
		return
	}
	// cut[g][s] is the cost of giving the first s text lines of gap g to
	// the row above and the rest to the row below (see gapCost).
	cut := make([][]float64, len(gaps))
	for g := range gaps {
		t := gaps[g].text
		cut[g] = make([]float64, len(t)+1)
		for s := 0; s <= len(t); s++ {
			cut[g][s] = r.gapCost(st, keys[g], t, keys[g+1], s)
		}
	}
	above0 := 0 // text lines of the first row above its key line
	for j := recs[0].lo; j < keys[0]; j++ {
		if st[j].class == lineText {
			above0++
		}
	}
	belowLast := 0
	for j := keys[len(keys)-1] + 1; j <= recs[len(recs)-1].hi; j++ {
		if st[j].class == lineText {
			belowLast++
		}
	}
	// A row whose key line has no partner needs one from the lines it is
	// given: the last a text lines of the gap above it, the first b of
	// the gap below.
	has := func(i int) bool {
		_, p, _, _, _ := r.fields(st[i].cells)
		return p != ""
	}
	// Per row, whether its key line has a partner; per gap, how many of
	// its first text lines have none (first) and of its last (last).
	keyed := make([]bool, len(keys))
	for g, k := range keys {
		keyed[g] = has(k)
	}
	first, last := make([]int, len(gaps)), make([]int, len(gaps))
	for g := range gaps {
		t := gaps[g].text
		for first[g] < len(t) && !has(t[first[g]]) {
			first[g]++
		}
		for last[g] < len(t) && !has(t[len(t)-1-last[g]]) {
			last[g]++
		}
	}
	bare := func(g, a, b int) float64 {
		switch {
		case keyed[g],
			g == 0 && a > 0, // the lines above the first row are its own
			g > 0 && a > last[g-1],
			g < len(gaps) && b > first[g],
			g == len(gaps) && b > 0:
			return 0
		}
		return bareCost
	}
	bestCost := -1.0
	var bestSplit []int
	for _, centred := range []bool{true, false} {
		cost, split := solveGaps(len(keys), above0, belowLast, func(g int) int { return len(gaps[g].text) },
			func(g, s int) float64 { return cut[g][s] }, bare, centred)
		if bestCost < 0 || cost < bestCost {
			bestCost, bestSplit = cost, split
		}
	}
	for g, s := range bestSplit {
		t := gaps[g].text
		if s > 0 {
			recs[g].hi = t[s-1]
		}
		if s < len(t) {
			recs[g+1].lo = t[s]
		}
	}
}

// layoutWeight is the cost of a row's line away from the layout of the
// stretch, against join scores of 2 to 6 for text that plainly reads on.
// bareCost is that of a row left without a partner, when its key line
// has none and a line the row could take has one: more than any join.
const (
	layoutWeight = 1.0
	bareCost     = 8.0
)

// solveGaps finds the split of each gap between m rows' key lines that
// costs least: the cut costs plus, per row, the layout cost of its
// lines above (a) and below (b) its key line: |a-b| when rows are
// centred, a when values stand on a row's first line.
func solveGaps(m, above0, belowLast int, size func(g int) int, cut func(g, s int) float64, bare func(g, a, b int) float64, centred bool) (float64, []int) {
	row := func(g, a, b int) float64 {
		c := bare(g, a, b)
		if centred {
			return c + layoutWeight*float64(abs(a-b))
		}
		return c + layoutWeight*float64(a)
	}
	// prev[a] is the least cost of the rows before row g+1 given a lines
	// above row g+1's key line (cost < 0: no way), and the split it came
	// from.
	type state struct {
		cost float64
		from int
	}
	prev := make([]state, above0+1)
	for a := range prev {
		prev[a].cost = -1
	}
	prev[above0] = state{0, -1}
	splits := make([][]state, m-1) // per gap, per s: the best cost and the a it came from
	for g := 0; g < m-1; g++ {
		n := size(g)
		splits[g] = make([]state, n+1)
		next := make([]state, n+1)
		for a := range next {
			next[a].cost = -1
		}
		for s := 0; s <= n; s++ {
			best := state{-1, 0}
			for a, st := range prev {
				if st.cost < 0 {
					continue
				}
				c := st.cost + row(g, a, s) + cut(g, s)
				if best.cost < 0 || c < best.cost {
					best = state{c, a}
				}
			}
			splits[g][s] = best
			na := n - s
			if cur := next[na]; cur.cost < 0 || best.cost < cur.cost {
				next[na] = state{best.cost, s}
			}
		}
		prev = next
	}
	// The last row: its lines above and below.
	bestCost, bestA := -1.0, 0
	for a, st := range prev {
		if st.cost < 0 {
			continue
		}
		c := st.cost + row(m-1, a, belowLast)
		if bestCost < 0 || c < bestCost {
			bestCost, bestA = c, a
		}
	}
	out := make([]int, m-1)
	a := bestA
	for g := m - 2; g >= 0; g-- {
		// The state with a lines above row g+1 came from split s = n-a.
		s := size(g) - a
		out[g] = s
		a = splits[g][s].from
	}
	return bestCost, out
}

// gapCost is what it costs to give the first s of the text lines t
// between key lines keyA and keyB to the row of keyA, and the rest to
// the row of keyB, by how the partner's text reads across: a cut where
// the text reads on costs its join score; two pieces of one row that
// do not join cost what they do not (and a piece that starts a name of
// its own, newNameCost); a row that ends on a dangling word, or starts
// with the rest of a name, costs danglingCost.
func (r *Reader) gapCost(st []pline, keyA int, t []int, keyB, s int) float64 {
	piece := func(i int) string {
		_, p, _, _, _ := r.fields(st[i].cells)
		return p
	}
	var upper, lower []string
	// The head of row A's name, when it stands above its key line and
	// plainly reads on ("Selel Institute of" above "Technology"), tells
	// what the name is.
	if p := piece(keyA); p != "" {
		upper = append(upper, p)
	}
	for j := keyA - 1; j >= 0 && st[j].class == lineText; j-- {
		h := piece(j)
		if h == "" || len(upper) > 0 && joinScore(h, upper[0], 0) < weakJoin || len(upper) == 0 && !danglingEnd(h) && brackets(h) <= 0 {
			break
		}
		upper = append([]string{h}, upper...)
	}
	for k, i := range t {
		if p := piece(i); p != "" {
			if k < s {
				upper = append(upper, p)
			} else {
				lower = append(lower, p)
			}
		}
	}
	if p := piece(keyB); p != "" {
		lower = append(lower, p)
	}
	cost := 0.0
	within := func(ps []string) {
		open := 0
		sofar := ""
		for k := 1; k < len(ps); k++ {
			open += brackets(ps[k-1])
			sofar = joinPieces(sofar, ps[k-1])
			j := joinScore(sofar, ps[k], open)
			if j < 0 {
				cost -= float64(j)
			}
			switch {
			case j > 0:
			case startsName(ps[k]):
				cost += newNameCost
			case completeName(sofar, open) && startsUpper(ps[k]):
				// A whole name, then capitalised words that name no
				// institution: a name of its own as often as the
				// name's city or campus ("... Research" / "Mohali").
				cost += placeCost
			}
		}
	}
	within(upper)
	within(lower)
	if len(upper) > 0 && len(lower) > 0 {
		cost += float64(max(joinScore(currentName(upper), lower[0], 0), 0))
	}
	if len(upper) > 0 && danglingEnd(upper[len(upper)-1]) {
		cost += danglingCost
	}
	// A date cut in two by the cut.
	above := keyA
	if s > 0 {
		above = t[s-1]
	}
	below := keyB
	if s < len(t) {
		below = t[s]
	}
	// (A first piece may read as a date already: "平成12年9月27" above "日".)
	_, _, d1, _, _ := r.fields(st[above].cells)
	if _, _, d2, _, _ := r.fields(st[below].cells); r.dateWraps(d1, d2) {
		cost += strongJoin
	}
	if len(lower) > 0 && continues(lower[0]) {
		cost += danglingCost
	}
	return cost
}

// Costs of assembling a row's text: a piece that starts a name of its
// own inside a row (half as much for a piece that may be a place), and a row that ends on a dangling word or starts
// with the rest of a name.
const (
	newNameCost  = 1.0
	placeCost    = 0.5
	danglingCost = 2.0
)

// brackets counts the brackets a text leaves open (negative when it
// closes more than it opens).
func brackets(s string) int {
	return strings.Count(s, "(") + strings.Count(s, "[") - strings.Count(s, ")") - strings.Count(s, "]")
}

// currentName returns the name the last of a row's pieces belongs to:
// the pieces since the last that started a name of its own (after a
// whole name, a piece starting with a capital that does not read on).
func currentName(ps []string) string {
	name, open := "", 0
	for _, p := range ps {
		if name != "" && completeName(name, open) && startsUpper(p) && joinScore(name, p, open) <= 0 {
			name, open = "", 0
		}
		name = joinPieces(name, p)
		open += brackets(p)
	}
	return name
}

// institutionTail reports whether a text is the institution word that
// ends a name, alone or before the name's unit: "University",
// "Institute (Faculty of ...)"; not a name of its own such as
// "University of Tokyo".
func institutionTail(s string) bool {
	w := firstWord(s)
	if !institutionWord(w) {
		return false
	}
	rest := strings.TrimSpace(s[len(w):])
	return rest == "" || strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "[")
}

// headFirstWords are institution words that start a name in their
// language and never end one: a line that is only such a word
// ("Universidad") starts the next name, not ends the one above.
var headFirstWords = map[string]bool{
	"universidad": true, "universidade": true, "université": true, "universite": true,
	"università": true, "universita": true, "universiti": true, "universitas": true,
	"instituto": true, "politecnico": true, "école": true, "ecole": true, "escuela": true,
	"escola": true, "scuola": true, "universitatea": true, "uniwersytet": true,
	"univerzita": true, "univerza": true, "univerzitet": true, "politechnika": true,
	"pontificia": true, "pontifícia": true,
}

// headFirst reports whether w is one of headFirstWords, in any case.
func headFirst(w string) bool {
	var buf [32]byte
	if b, ok := lowerASCII(buf[:], w); ok {
		return headFirstWords[string(b)]
	}
	return headFirstWords[strings.ToLower(w)]
}

// completeName reports whether a text reads as a whole name: it names
// an institution, leaves no bracket open and does not dangle.
func completeName(s string, open int) bool {
	return open <= 0 && institutional(s) && !danglingEnd(s)
}

// startsUpper reports whether a text starts with a capital letter.
func startsUpper(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(first)
}

// startsName reports whether a piece of text starts a name: a capital
// letter, and a word that names an institution.
func startsName(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(first) && institutional(s)
}

// joinScore says how plainly text b reads on from text a, the line
// above it in one cell, open being the brackets left open before b:
// strongJoin or more when plain (an open bracket, b closing one, a
// dangling word or comma at the end of a, a lower-case start of b),
// zero or less when b plainly starts a name of its own.
func joinScore(a, b string, open int) int {
	s := 0
	if open == 0 {
		open = brackets(a)
	}
	if open > 0 {
		s += 3
	}
	if i := strings.IndexAny(b, "()[]"); i >= 0 && (b[i] == ')' || b[i] == ']') {
		s += 3
	}
	if danglingEnd(a) {
		s += 2
	}
	first, _ := utf8.DecodeRuneInString(b)
	switch {
	case unicode.IsLower(first), first == '(', first == '&', first == ',', first == '-':
		s += 2
	case connector(firstWord(b)):
		s += 2
	case institutionTail(b) && !headFirst(firstWord(b)) && !institutional(a) && !strings.ContainsAny(a, "()[]"):
		s += 2 // a name's head, then its institution word: "National Manberbre" / "University"
	}
	if s == 0 && open <= 0 && strings.HasSuffix(a, ")") && unicode.IsUpper(first) {
		s = -2 // a name that ends on its unit, then a new name
	}
	return s
}

// danglingEnd reports whether a text ends where a name cannot: a
// connecting word, a comma, a hyphen, an open bracket.
func danglingEnd(a string) bool {
	a = strings.TrimSpace(a)
	if a == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(a)
	switch last {
	case ',', '-', '(', '[', '&', '/', '–', '・':
		return true
	}
	w := a
	if i := strings.LastIndexByte(a, ' '); i >= 0 {
		w = a[i+1:]
	}
	return connector(w)
}

// connectors are the words that join the words of a name and never end
// it, in the languages of partners' names; written in lower case, as
// inside a name ("De La Salle University" starts a name).
var connectors = map[string]bool{
	"of": true, "and": true, "for": true, "the": true, "in": true, "at": true,
	"on": true, "de": true, "del": true, "della": true, "di": true, "da": true,
	"do": true, "des": true, "du": true, "la": true, "le": true, "y": true,
	"e": true, "et": true, "und": true, "für": true, "zu": true, "an": true,
	"der": true, "van": true, "voor": true, "i": true, "u": true,
}

func connector(w string) bool { return connectors[w] }

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// joinPieces joins two pieces of one cell that wrapped: with a space,
// but none between two pieces of Chinese, Japanese or Korean text, and
// none after a hyphen that breaks a word ("Erlangen-" / "Nürnberg").
func joinPieces(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if isWide(last) && (isWide(first) || unicode.IsDigit(first)) || unicode.IsDigit(last) && isWide(first) {
		return a + b // "平成25年7" + "月22日", "大学" + "院"
	}
	if (last == '-' || last == '‐') && len(a) > 1 && unicode.IsLetter(first) {
		word, _ := strings.CutSuffix(a, string(last))
		if before, _ := utf8.DecodeLastRuneInString(word); unicode.IsLetter(before) {
			if last == '‐' && unicode.IsLower(first) {
				// U+2010 is the hyphen typesetting puts where it breaks
				// a word (at a soft hyphen): not the name's.
				return word + b
			}
			return a + b
		}
	}
	return a + " " + b
}

// isWide reports whether r is a character of Chinese, Japanese or
// Korean text, which runs on without spaces.
func isWide(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) || r == 'ー' || r == '・' ||
		r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF)
}
