package agreements

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/exchangelist/agreements/country"
	"github.com/exchangelist/agreements/internal/fold"
)

// This file reads the country labels of a stretch: it joins the pieces
// of a label that wrapped, and gives each label to the row at its
// centre.

// maxLabelPieces bounds the pieces one label is joined from: a long
// official name wraps over three or four lines of a narrow column.
const maxLabelPieces = 4

// A labelPiece is the text of the country column on one line.
type labelPiece struct {
	i      int // index of its line in the stretch
	line   int
	text   string
	headed bool // a heading line's, a heading by its form (pline.headed)
}

// assembleLabels reads the labels of a stretch from the pieces of its
// country column. Pieces on neighbouring lines (within two lines in
// space-aligned text, where a label's lines interleave with its rows'),
// or on neighbouring rows, are joined when the joined text reads as a country and the pieces on
// their own do not (see segmentLabels).
func (r *Reader) assembleLabels(st []pline) []*assembled {
	ps := r.pieceBuf[:0]
	for i := range st {
		label := st[i].heading
		if label == "" {
			label, _, _, _, _ = r.fields(st[i].cells)
		}
		if label != "" && !r.noteLine(st[i]) {
			ps = append(ps, labelPiece{i, st[i].n, label, st[i].headed})
		}
	}
	r.pieceBuf = ps
	// The labels live in the reader's scratch space until the stretch is
	// read: room for one a piece, so that none moves.
	if cap(r.labelBuf) < len(ps) {
		r.labelBuf = make([]assembled, 0, len(ps))
	}
	r.labelBuf = r.labelBuf[:0]
	r.labelIdx = r.labelIdx[:0]
	gap := 1
	if r.shape == ShapeAligned {
		gap = 2
	}
	out := r.labelList[:0]
	// Pieces are neighbours within gap lines, or on the first lines of
	// two records in a row, with only the rest of the first record (its
	// wrapped text) between them, when neither reads as a country alone:
	// "Hong" beside a name that wraps onto two more lines, "Kong" on the
	// next row. ("Republic of)" ending one label and "Korea," starting
	// the next are no such pair.)
	near := func(p, q labelPiece) bool {
		if q.line-p.line <= gap {
			return true
		}
		// A label and the words of a long form after it ("Russian",
		// "Federation") are a pair as well.
		if !r.resolve(q.text).Country.IsZero() || !r.resolve(p.text).Country.IsZero() && !country.FormPiece(q.text) {
			return false
		}
		for k := p.i + 1; k < q.i; k++ {
			if st[k].class != lineText {
				return false
			}
		}
		return st[q.i].class == lineKey
	}
	for a := 0; a < len(ps); {
		b := a + 1
		for b < len(ps) && near(ps[b-1], ps[b]) {
			b++
		}
		out = r.segmentLabels(out, ps[a:b])
		a = b
	}
	r.labelList = out
	return out
}

// segment is a way of cutting a run of label pieces, as far as a piece.
type segment struct {
	covered, segs int
	conf          float64
	from          int
	ok            bool
}

// segmentLabels splits a run of neighbouring pieces into labels. Of the
// ways of cutting the run, it takes the one whose labels read as
// countries cover the most pieces, then the one with fewest labels, then
// the surest. Pieces are joined only when the joined text reads as a
// country and not every piece does on its own with some confidence:
// "Brazil" above "Chile" are two labels, "Republic of" above "Korea"
// one, and "People's" above "Republic of China" one (not Taiwan).
func (r *Reader) segmentLabels(out []*assembled, ps []labelPiece) []*assembled {
	if len(ps) == 1 {
		return append(out, r.labelOf(ps))
	}
	bs := slices.Grow(r.segBuf[:0], len(ps)+1)[:len(ps)+1]
	clear(bs)
	r.segBuf = bs
	bs[0].ok = true
	for j := 1; j <= len(ps); j++ {
		for i := max(0, j-maxLabelPieces); i < j; i++ {
			if !bs[i].ok {
				continue
			}
			cand := segment{covered: bs[i].covered, segs: bs[i].segs + 1, conf: bs[i].conf, from: i, ok: true}
			if j-i > 1 && !r.mayJoin(ps[i:j]) {
				continue
			}
			_, m := r.joinedLabel(ps[i:j])
			if j-i > 1 && (m.Country.IsZero() || m.Confidence < headingConfidence) {
				continue // a wrapped name joins into a name, not into a repair
			}
			if j-i > 2 && m.Qualifier != "" {
				// Three pieces or more read as a name and a qualifier
				// dropped: the next label's pieces taken for the
				// qualifier ("Moldova, / Republic of" then
				// "Netherland / s (Kingdom").
				continue
			}
			if !m.Country.IsZero() {
				cand.covered += j - i
				cand.conf += m.Confidence
			}
			if b := bs[j]; !b.ok || cand.covered > b.covered ||
				cand.covered == b.covered && (cand.segs < b.segs || cand.segs == b.segs && cand.conf > b.conf) {
				bs[j] = cand
			}
		}
	}
	start := len(out)
	for j := len(ps); j > 0; j = bs[j].from {
		out = append(out, r.labelOf(ps[bs[j].from:j]))
	}
	slices.Reverse(out[start:])
	return out
}

// mayJoin reports whether pieces may be parts of one label: none has a
// digit (no country's name does), and some piece reads as no country on
// its own (pieces that all do are labels of their own, or copies of one
// label: "Poland" beside "T Oland"), or two pieces name one country in
// two scripts (a label in both wrapped: "スウェーデン" above "Sweden").
func (r *Reader) mayJoin(ps []labelPiece) bool {
	for _, p := range ps {
		if hasDigit(p.text) {
			return false
		}
	}
	if len(ps) == 2 && fold.IsASCII(ps[0].text) != fold.IsASCII(ps[1].text) {
		if c := r.resolve(ps[0].text).Country; !c.IsZero() && c == r.resolve(ps[1].text).Country {
			if native, latin := splitScripts(joinLabel(ps)); native != "" && latin != "" {
				return true
			}
		}
	}
	for _, p := range ps {
		if r.resolve(p.text).Country.IsZero() {
			return true
		}
	}
	return false
}

// joinedLabel joins the pieces of a label and reads it. A piece that
// starts in lower case may be the rest of a word cut at the line's end
// without a hyphen ("Netherland" / "s (Kingdom" / "of the)", "Stany" /
// "Zjednoczon" / "e", a narrow column breaking inside words): where the
// pieces joined with spaces read as no country, each such piece is tried
// joined so as well (even one that is a word of its own, as "e" is), and
// the surest reading is kept.
func (r *Reader) joinedLabel(ps []labelPiece) (string, country.Match) {
	text := joinLabel(ps)
	m := r.resolve(text)
	if len(ps) < 2 || !m.Country.IsZero() && m.Confidence >= headingConfidence {
		return text, m
	}
	// The boundaries a word may be cut at: a letter before, a lower-case
	// letter after.
	var cuts [maxLabelPieces]bool
	n := 0
	for k := 1; k < len(ps) && k < len(cuts); k++ {
		last, _ := utf8.DecodeLastRuneInString(ps[k-1].text)
		first, _ := utf8.DecodeRuneInString(ps[k].text)
		if cuts[k] = unicode.IsLetter(last) && unicode.IsLower(first); cuts[k] {
			n++
		}
	}
	if n == 0 {
		return text, m
	}
	best, bm := text, m
	// Each set of the cut boundaries joined tight, the others with a
	// space (at most 2^(maxLabelPieces-1) readings).
	for mask := 1; mask < 1<<(len(ps)-1); mask++ {
		tight, ok := ps[0].text, true
		for k := 1; k < len(ps); k++ {
			if mask&(1<<(k-1)) == 0 {
				tight = joinPieces(tight, ps[k].text)
				continue
			}
			if !cuts[k] {
				ok = false
				break
			}
			tight += ps[k].text
		}
		if !ok {
			continue
		}
		if mt := r.resolve(tight); !mt.Country.IsZero() && mt.Confidence > bm.Confidence {
			best, bm = tight, mt
		}
	}
	return best, bm
}

// joinLabel joins the pieces of a label.
func joinLabel(ps []labelPiece) string {
	s := ps[0].text
	for _, p := range ps[1:] {
		s = joinPieces(s, p.text)
	}
	return s
}

// labelOf makes the label of pieces.
func (r *Reader) labelOf(ps []labelPiece) *assembled {
	text, _ := r.joinedLabel(ps)
	k := len(r.labelIdx)
	for _, p := range ps {
		r.labelIdx = append(r.labelIdx, p.i)
	}
	headed := false
	for _, p := range ps {
		headed = headed || p.headed
	}
	m := r.resolve(text)
	tail := ""
	if i := strings.LastIndexByte(text, ' '); i > 0 && !m.Country.IsZero() && institutional(text[i+1:]) {
		// A partner's name run into the label's cell with a single
		// space ("ベルギー Belgium ゲント大学"): the label without it, the
		// name to its row's partner.
		if h := r.resolve(text[:i]); h.Country == m.Country && h.Confidence >= m.Confidence {
			text, tail, m = text[:i], text[i+1:], h
		}
	}
	r.labelBuf = append(r.labelBuf, assembled{text: text, match: m, first: ps[0].line, last: ps[len(ps)-1].line,
		pieces: r.labelIdx[k:len(r.labelIdx):len(r.labelIdx)], headed: headed, tail: tail})
	return &r.labelBuf[len(r.labelBuf)-1]
}

// attachLabels gives each label to a row: the row on whose lines its
// centre stands (the upper of two lines when the centre is between
// them), or, for a label on lines of its own, the row below it (a
// heading) or else the row above. A row takes one label; a second goes
// to the nearest row without one.
func (r *Reader) attachLabels(st []pline, recs []record, labels []*assembled) {
	if len(recs) == 0 {
		return
	}
	// at returns the row whose lines include line, or -1; rows are in
	// order of their lines.
	at := func(line int) int {
		i, _ := slices.BinarySearchFunc(recs, line, func(rec record, line int) int {
			switch {
			case st[rec.hi].last < line:
				return -1
			case st[rec.lo].n > line:
				return 1
			}
			return 0
		})
		if i < len(recs) && st[recs[i].lo].n <= line && line <= st[recs[i].hi].last {
			return i
		}
		return -1
	}
	for _, lab := range labels {
		if lab.match.Country.IsZero() && !r.onRow(st, recs, lab) {
			continue // no country, and on lines of its own: a title
		}
		c2 := lab.first + lab.last
		k := at(c2 / 2)
		if k < 0 && c2%2 == 1 {
			k = at(c2/2 + 1)
		}
		if k < 0 {
			// A label whose centre stands on a line of its own but whose
			// other lines are rows' ("Democratic" on a row's line,
			// "Republic of" alone, "the Congo" on the next row's): the
			// row it shares a line with nearest its centre, the upper of
			// two.
			best := -1
			for _, p := range lab.pieces {
				if j := at(st[p].n); j >= 0 && (best < 0 || abs(2*st[p].n-c2) < abs(2*best-c2)) {
					k, best = j, st[p].n
				}
			}
		}
		if k < 0 {
			// The first row below the label, else the last row.
			k, _ = slices.BinarySearchFunc(recs, lab.last, func(rec record, line int) int {
				if st[rec.lo].n <= line {
					return -1
				}
				return 1
			})
			if k == len(recs) && (lab.headed || r.shape != ShapeAligned) && !lab.match.Country.IsZero() {
				// A heading at the foot of a page heads the next page's
				// first row, not the row above it. Its lines stay this
				// stretch's, ignored as a label's.
				own := *lab
				own.pieces = nil
				r.carried = append(r.carried, &own)
				continue
			}
			k = min(k, len(recs)-1)
		}
		if recs[k].label != nil {
			k = nearestFree(recs, k, c2)
			if k < 0 {
				continue
			}
		}
		recs[k].label = lab
		for _, p := range lab.pieces {
			if p >= recs[k].lo && p <= recs[k].hi {
				lab.printed = true
			}
		}
	}
}

// onRow reports whether a piece of a label stands on a line of a row.
func (r *Reader) onRow(st []pline, recs []record, lab *assembled) bool {
	for _, p := range lab.pieces {
		if st[p].class != lineLabel {
			return true
		}
	}
	return false
}

// nearestFree returns the row without a label nearest row k, on the
// side of the label's centre first; -1 when every row has one.
func nearestFree(recs []record, k, c2 int) int {
	for d := 1; d < len(recs); d++ {
		for _, i := range []int{k + d, k - d} {
			if i >= 0 && i < len(recs) && recs[i].label == nil {
				return i
			}
		}
	}
	return -1
}

// A built row is a record's lines joined into one row of cells, ready
// to be read as an agreement.
type built struct {
	n, last     int       // its first and last line
	lines       []rawLine // its lines as read, when there are several
	labelLines  []rawLine // lines among them that hold only a label, not in lines
	text        string    // its line as read, when there is one
	cols        columns   // the columns of the header it was read under
	cells       []string
	page        int
	top, bottom int // the lines it spans for the grouping model, with a label on lines of its own
	label       *assembled
}

// build joins the lines of a record into one row of cells, column by
// column, into b. The country column holds the row's label if it is
// printed on the row's lines. Unless keep is set, b's cells and lines
// are the reader's scratch space, good until the next build: a row is
// emitted at once, and only the row held back keeps its own.
func (r *Reader) build(st []pline, rec *record, b *built, keep bool) {
	key := &st[rec.key]
	*b = built{n: st[rec.lo].n, last: st[rec.hi].last, page: key.page, label: rec.label, cols: r.cols}
	if rec.lo == rec.hi && key.last == key.n {
		b.text = key.text
	} else {
		if !keep {
			b.lines = r.lineBuf[:0]
		}
		for j := rec.lo; j <= rec.hi; j++ {
			if st[j].class != lineLabel {
				b.lines = appendRawLines(b.lines, st[j])
			} else {
				b.labelLines = appendRawLines(b.labelLines, st[j])
			}
		}
		if !keep {
			r.lineBuf = b.lines
		}
	}
	width := 0
	for j := rec.lo; j <= rec.hi; j++ {
		if st[j].class != lineLabel {
			width = max(width, len(st[j].cells))
		}
	}
	if keep || cap(r.rowCells) < width {
		b.cells = make([]string, width)
		if !keep {
			r.rowCells = b.cells
		}
	} else {
		b.cells = r.rowCells[:width]
		clear(b.cells)
	}
	country := countryIndex(r.cols, key.cells)
	for j := rec.lo; j <= rec.hi; j++ {
		if st[j].class == lineLabel {
			continue
		}
		for c, text := range st[j].cells {
			if c != country && text != "" {
				b.cells[c] = joinPieces(b.cells[c], text)
			}
		}
	}
	if country >= 0 && country < width {
		b.cells[country] = ""
		if rec.label != nil && rec.label.printed {
			b.cells[country] = rec.label.text
			// The partner's column, shifted as the country's is by a row
			// number no header named.
			if p := r.cols.partner + country - r.cols.country; rec.label.tail != "" && r.cols.partner >= 0 && p >= 0 && p < width {
				b.cells[p] = joinPieces(rec.label.tail, b.cells[p])
			}
		}
	}
	b.top, b.bottom = b.n, b.last
	if rec.label != nil && !rec.label.printed {
		b.top, b.bottom = min(b.top, rec.label.first), max(b.bottom, rec.label.last)
	}
}

// countryIndex returns the index of the country column in the cells of
// a line (shifted by a row number no header named), or -1.
func countryIndex(cols columns, cells []string) int {
	if cols.country < 0 {
		return -1
	}
	if leadingNumber(cols, cells) {
		return cols.country + 1
	}
	return cols.country
}

// add joins the cells of a line to a row held back from the stretch
// before: the rest of a row that a page break cut.
func (b *built) add(r *Reader, pl pline) {
	country := countryIndex(b.cols, b.cells)
	for c, text := range pl.cells {
		if c == country || text == "" {
			continue
		}
		for c >= len(b.cells) {
			b.cells = append(b.cells, "")
		}
		b.cells[c] = joinPieces(b.cells[c], text)
	}
	if b.lines == nil {
		b.lines = []rawLine{{b.n, b.text}}
	}
	b.lines = appendRawLines(b.lines, pl)
	b.last = max(b.last, pl.last)
	b.bottom = max(b.bottom, pl.last)
}

// appendRawLines appends the lines of a pline as read.
func appendRawLines(out []rawLine, pl pline) []rawLine {
	if pl.last == pl.n {
		return append(out, rawLine{pl.n, pl.text})
	}
	for i, t := range strings.Split(pl.text, "\n") {
		out = append(out, rawLine{pl.n + i, t})
	}
	return out
}

// emitHeld emits the row held back, if any.
func (r *Reader) emitHeld() {
	if r.held != nil {
		b := r.held
		r.held = nil
		r.emit(b)
	}
}

// emit reads a built row as an agreement and hands it to the grouping.
func (r *Reader) emit(b *built) {
	nonEmpty := 0
	for _, c := range b.cells {
		if c != "" {
			nonEmpty++
		}
	}
	a, ok := r.assign(b.n, b.cols, b.cells, nonEmpty)
	if !ok {
		lines := b.lines
		if lines == nil {
			lines = []rawLine{{b.n, b.text}}
		}
		for _, l := range lines {
			r.ignored = append(r.ignored, IgnoredLine{Line: l.n, Kind: LineUnparsable, Text: l.text})
		}
		for _, l := range b.labelLines {
			r.ignored = append(r.ignored, IgnoredLine{Line: l.n, Kind: LineLabel, Text: l.text})
		}
		r.diag(b.n, Warning, ErrUnparsable, "line %s is not a row: no partner, date or quota in it", quoteCut(lines[0].text))
		return
	}
	a.EndLine = b.last
	rw := row{a: a, page: b.page, top: b.top, bottom: b.bottom}
	if lab := b.label; lab != nil {
		rw.match, rw.labelFirst, rw.labelLast = lab.match, lab.first, lab.last
		if !lab.printed {
			rw.heading, rw.headed = true, lab.headed
			if r.shape != ShapeAligned {
				r.diag(lab.first, Info, nil, "country heading %s (%s) taken as the label of the rows below", quoteCut(lab.text), lab.match.Country.Name)
			}
		}
	}
	r.pend(rw)
}
