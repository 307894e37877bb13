package agreements

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/exchangelist/agreements/internal/fold"
)

// This file turns the lines of the input into lines of cells: it checks
// each line's text, detects the listing's shape from its first lines,
// and splits lines into cells by the shape (a CSV record may span lines,
// and space-aligned text is split a page at a time, by the page's
// columns).

// A rawLine is a line of the input, without its line ending.
type rawLine struct {
	n    int
	text string
}

// lineText checks the text of line n and returns it as a string: a
// byte-order mark dropped, bytes that are not UTF-8 and NUL bytes
// replaced, each with a diagnostic.
func (r *Reader) lineText(n int, b []byte, truncated bool) string {
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
	if !fold.IsASCII(text) && strings.Contains(text, "\u00ad") {
		// Soft hyphens mark where a word may break; a word broken there
		// ends in one, or in a hyphen after one ("Tech\u00adno\u00ad‐").
		text = strings.ReplaceAll(text, "\u00ad", "")
	}
	if !fold.IsASCII(text) && norm.NFC.QuickSpanString(text) < len(text) {
		// Letters and their accents written apart (as macOS and some
		// PDF tools write them, "Quo\u0302\u0301c") are composed, so
		// that words, names and columns read as in composed text. The
		// quick check allocates nothing; IsNormalString would, a line.
		text = norm.NFC.String(text)
	}
	return text
}

// take receives the next line of the input. Until the shape is known,
// lines are kept back; then each is split and handed on.
func (r *Reader) take(l rawLine) {
	if strings.TrimSpace(l.text) != "" {
		r.textLines++
	}
	if r.shape == ShapeAuto {
		r.pre = append(r.pre, l)
		if strings.TrimSpace(l.text) != "" {
			r.preText++
		}
		if r.preText < detectLines {
			return
		}
		r.decideShape()
		return
	}
	r.split(l)
}

// decideShape detects the shape from the lines kept back, and hands
// them on.
func (r *Reader) decideShape() {
	if r.shape == ShapeAuto {
		texts := make([]string, len(r.pre))
		for i, l := range r.pre {
			texts[i] = l.text
		}
		r.shape = detectShape(texts)
		if r.shape != ShapeTabs && len(r.pre) > 0 {
			r.diag(r.pre[0].n, Info, nil, "read as %s", shapeDescriptions[r.shape])
		}
	}
	pre := r.pre
	r.pre = nil
	if cols, ok := contentColumns(r.preCells(pre)); ok && len(pre) > 0 {
		r.cols = cols
		r.diag(pre[0].n, Info, nil, "no header line: columns read from what they hold (partner in column %d, country in column %d)",
			cols.partner+1, cols.country+1)
	}
	for _, l := range pre {
		r.split(l)
	}
}

// preCells splits the lines kept back into cells by the shape, for
// contentColumns: lines that open a quoted cell running over the next,
// and rules of pipe tables, are left out. Space-aligned text has columns
// of its own (aligned.go) and gives none.
func (r *Reader) preCells(pre []rawLine) [][]string {
	sep := ','
	switch r.shape {
	case ShapeAligned:
		return nil
	case ShapeSemicolons:
		sep = ';'
	}
	var sp *csvSplitter
	rows := make([][]string, 0, len(pre))
	for _, l := range pre {
		t := strings.TrimPrefix(l.text, "\f")
		var cells []string
		switch r.shape {
		case ShapeTabs:
			if strings.IndexByte(t, '"') >= 0 && opensQuotedCell(t) {
				continue
			}
			cells, _ = splitCellsInto(nil, t, r.MaxCells)
		case ShapePipes:
			c, _, rule := splitPipes(nil, t, r.MaxCells)
			if rule {
				continue
			}
			cells = c
		default:
			if csvOpen(t, byte(sep)) {
				continue
			}
			if sp == nil {
				sp = newCSVSplitter(sep)
			}
			c, _, err := sp.split(nil, t, r.MaxCells)
			if err != nil {
				continue
			}
			cells = c
		}
		rows = append(rows, cells)
		if isHeader(cells) {
			break // the header names the columns: nothing to find
		}
	}
	return rows
}

var shapeDescriptions = [...]string{
	ShapeTabs:       "tab-separated text",
	ShapeCSV:        "comma-separated values (CSV)",
	ShapeSemicolons: "semicolon-separated values",
	ShapePipes:      "a pipe (Markdown) table",
	ShapeAligned:    "space-aligned text (as pdftotext -layout writes it)",
}

// split splits a line into cells by the shape and hands it on.
func (r *Reader) split(l rawLine) {
	ff := false
	if t, ok := strings.CutPrefix(l.text, "\f"); ok {
		// pdftotext writes a form feed at the start of a page's first
		// line: a page break that does not end a line.
		l.text, ff = t, true
	}
	switch r.shape {
	case ShapeAligned:
		if ff || len(r.pageLines) >= maxPageLines {
			r.flushPage()
		}
		if ff {
			r.pageBreak()
		}
		r.pageLines = append(r.pageLines, l)
		return
	case ShapeCSV, ShapeSemicolons:
		r.splitCSV(l, ff)
		return
	}
	if ff {
		r.pageBreak()
	}
	var cells []string
	var more bool
	if r.shape == ShapePipes {
		var rule bool
		cells, more, rule = splitPipes(r.cellBuf(), l.text, r.MaxCells)
		if rule {
			r.furniture(l.n, LineHeader, l.text)
			return
		}
	} else {
		if len(r.open) > 0 && strings.TrimSpace(l.text) == "" {
			// A blank line ends the text: the quote opened no record.
			r.plainTabs()
		}
		if len(r.open) > 0 || strings.IndexByte(l.text, '"') >= 0 && opensQuotedCell(l.text) {
			// A quoted cell that holds line breaks, as spreadsheets
			// write tab-separated text ("Bolivia⏎(Plurinational⏎State
			// of)"): the record is read as CSV with tabs.
			r.splitCSV(l, false)
			return
		}
		cells, more = splitCellsInto(r.cellBuf(), l.text, r.MaxCells)
	}
	r.addLine(pline{n: l.n, last: l.n, text: l.text, cells: r.keepCells(cells)}, more)
}

// opensQuotedCell reports whether a tab-separated line starts a quoted
// cell that goes on over the next line: a cell that starts with a quote
// and a letter, a digit or a bracket, whose quote the line leaves open.
// A lone quote is a cell's text.
func opensQuotedCell(line string) bool {
	for c := range strings.SplitSeq(line, "\t") {
		c = strings.TrimLeft(c, " ")
		if len(c) < 2 || c[0] != '"' {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(c[1:]); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '(' {
			return csvOpen(line, '\t')
		}
	}
	return false
}

// minPageRows is the rows (lines of two runs or more) a page needs to
// show its own columns.
const minPageRows = 6

// alignedRows counts the lines of two runs or more.
func alignedRows(lines [][]textRun) int {
	n := 0
	for _, runs := range lines {
		if len(runs) >= 2 {
			n++
		}
	}
	return n
}

// maxPageLines bounds the lines of space-aligned text kept for finding
// a page's columns: pdftotext pages are a few dozen lines long, so text
// without form feeds is taken a few pages' worth at a time.
const maxPageLines = 512

// flushPage finds the columns of the page of space-aligned text kept so
// far, and splits its lines by them. A page with too few rows to show
// its columns keeps the previous page's.
func (r *Reader) flushPage() {
	if len(r.pageLines) == 0 {
		return
	}
	// Each line's runs, found once, and whether they read as a header.
	slab, ends := r.runSlab[:0], r.runEnds[:0]
	header := r.runHeader[:0]
	numbered := len(r.cols.kinds) > 1 && r.cols.kinds[0] == fieldNumber
	for _, l := range r.pageLines {
		r.runs = alignedRuns(r.runs, l.text)
		if numbered && len(r.runs) > 0 && numberFirst(r.runs[0]) {
			// Under a header whose first column numbers the rows, a
			// number run into the next cell with a single space ("38
			// 태국") is two cells.
			r.runs = splitNumber(r.runs)
		}
		slab = append(slab, r.runs...)
		ends = append(ends, len(slab))
		header = append(header, len(r.runs) > 0 && headerRuns(r.runs))
	}
	lines := r.pageRuns[:0]
	for i, end := range ends {
		start := 0
		if i > 0 {
			start = ends[i-1]
		}
		lines = append(lines, slab[start:end:end])
	}
	r.runSlab, r.runEnds, r.runHeader, r.pageRuns = slab, ends, header, lines
	// A page of a few rows shows too little of its columns: it keeps
	// the page's before.
	kept, rescaled := true, false
	hl := headLine(lines, header)
	head := r.headBuf[:0]
	for _, run := range hl {
		head = append(head, run.start)
	}
	r.headBuf = head
	cols := alignedColumns(lines, header)
	sameHead := len(hl) >= 3 && len(hl) == len(r.pageHeadWords)
	for i := 0; sameHead && i < len(hl); i++ {
		sameHead = hl[i].text == r.pageHeadWords[i]
	}
	if sameHead && len(cols) < len(r.pageCols) {
		// Under a header of the same words as the page before's, this
		// page's rows show fewer columns (one most rows leave empty has
		// no run here): the page before's, moved as the header's words
		// moved, are the better guess.
		cols = nil
	}
	if cols != nil && (r.pageCols == nil || len(cols) >= 2 && alignedRows(lines) >= minPageRows) {
		kept = false
		// A column left of all of this page's, empty here (a page with no
		// label on it), is still there.
		for i := len(r.pageCols) - 1; i >= 0; i-- {
			if len(cols) > 0 && r.pageCols[i] < cols[0]-mergeGap {
				cols = slices.Insert(cols, 0, r.pageCols[:i+1]...)
				break
			}
		}
		r.pageCols = cols
		r.setPageHead(hl)
	} else if sameHead {
		// A page of a few rows under a header of its own, laid out
		// narrower or wider than the page before (a table sized to each
		// page's text), or whose rows show fewer columns: its columns
		// are the page before's, moved as its header's words moved.
		r.pageCols = rescale(r.pageCols, r.pageHead, head)
		r.setPageHead(hl)
		kept, rescaled = false, true
	}
	hard := hardColumns(lines, r.pageCols)
	rest := kept && r.restOfHeld(lines)
	page := r.pageCells[:0]
	for i := range r.pageLines {
		var cells []string
		var starts, ends []int
		if rest {
			// pdftotext sets a page of one column of text at its left
			// edge: the rest of the held row's name, in its column.
			cells = r.cellBuf()
			for range max(len(r.pageCols), r.cols.partner+1) {
				cells = append(cells, "")
			}
			if len(lines[i]) == 1 {
				cells[r.cols.partner] = lines[i][0].text
			}
		} else if rescaled && header[i] && len(lines[i]) == len(r.pageCols) {
			// The header whose words moved the columns: a word a column.
			cells = r.cellBuf()
			for _, run := range lines[i] {
				cells = append(cells, run.text)
			}
		} else {
			var assign []int
			cells, r.runs, assign = splitAligned(r.cellBuf(), append(r.runs[:0], lines[i]...), header[i], r.pageCols, hard)
			if !header[i] {
				n := len(r.pageInts)
				r.pageInts = append(r.pageInts, make([]int, 2*len(cells))...)
				starts, ends = r.pageInts[n:n+len(cells)], r.pageInts[n+len(cells):]
				for j, c := range assign {
					if run := r.runs[j]; run.end > ends[c] {
						starts[c], ends[c] = run.start, run.end
					}
				}
			}
		}
		r.cells = cells // the split buffer, grown
		n := len(r.pageStrs)
		r.pageStrs = append(r.pageStrs, cells...)
		page = append(page, pageLine{cells: r.pageStrs[n:len(r.pageStrs):len(r.pageStrs)], starts: starts, ends: ends})
	}
	r.pageCells = page
	for _, fix := range overhangs(page, r.pageCols) {
		r.diag(r.pageLines[fix.line].n, Info, nil, "%q, run up to column %d's start a single space after column %d's text, read as column %d's empty cell",
			fix.word, fix.col+2, fix.col+1, fix.col+2)
	}
	buf := r.cells
	for i, l := range r.pageLines {
		cells := page[i].cells
		more := len(cells) > r.MaxCells
		if more {
			cells = cells[:r.MaxCells]
		}
		r.addLine(pline{n: l.n, last: l.n, text: l.text, cells: r.keepCells(cells)}, more)
	}
	r.cells = buf // keepCells took the page's memory as the split buffer
	clear(r.pageLines)
	r.pageLines = r.pageLines[:0]
	clear(r.pageCells)
	r.pageCells = r.pageCells[:0]
	clear(r.pageStrs)
	r.pageStrs, r.pageInts = r.pageStrs[:0], r.pageInts[:0]
}

// headLine returns the runs of a page's header line, the one with the
// most runs when the header wraps ("Effective" above the line naming
// every column), or nil: the words that say where its columns lie.
func headLine(lines [][]textRun, header []bool) []textRun {
	best := -1
	for i, runs := range lines {
		if header[i] && (best < 0 || len(runs) > len(lines[best])) {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	return lines[best]
}

// setPageHead keeps the header words a page's columns were found or
// moved under, and where they start, for the pages after it.
func (r *Reader) setPageHead(hl []textRun) {
	r.pageHead, r.pageHeadWords = r.pageHead[:0], r.pageHeadWords[:0]
	for _, run := range hl {
		r.pageHead = append(r.pageHead, run.start)
		r.pageHeadWords = append(r.pageHeadWords, strings.Clone(run.text))
	}
}

// rescale moves column starts cols, found on a page whose header words
// start at from, to a page whose header words start at to (as many):
// each start moves as the words either side of it do, in proportion to
// where it lies between them; before the first word or after the last
// it moves as that word does.
func rescale(cols, from, to []int) []int {
	out := make([]int, len(cols))
	for i, c := range cols {
		k := 0
		for k+1 < len(from) && from[k+1] <= c {
			k++
		}
		switch {
		case c < from[0]:
			out[i] = c + to[0] - from[0]
		case k+1 == len(from):
			out[i] = c + to[k] - from[k]
		default:
			span := from[k+1] - from[k]
			out[i] = to[k] + (c-from[k])*(to[k+1]-to[k])/max(span, 1)
		}
		if i > 0 && out[i] <= out[i-1] {
			out[i] = out[i-1] + 1 // columns stay in order
		}
	}
	return out
}

// restOfHeld reports whether a page too short to show its columns is
// the rest of the name of the row held back from the page before (a row
// cut by the page break): one run a line, the first reading on from
// that name (an open bracket, a dangling word). A run that reads as a
// header ("University)") is no reason to doubt it.
func (r *Reader) restOfHeld(lines [][]textRun) bool {
	if r.held == nil || r.cols.partner < 0 {
		return false
	}
	first := ""
	for _, runs := range lines {
		if len(runs) > 1 {
			return false
		}
		if len(runs) == 1 && first == "" {
			first = runs[0].text
		}
	}
	_, held, _, _, _ := fieldsBy(r.held.cols, r.held.cells)
	return first != "" && held != "" && joinScore(held, first, 0) >= strongJoin
}

// splitCSV gathers the lines of a CSV record (a quoted field may hold
// line breaks, up to maxRecordLines of them) and splits it with
// encoding/csv.
func (r *Reader) splitCSV(l rawLine, ff bool) {
	if ff {
		r.pageBreak()
	}
	sep := byte(',')
	switch r.shape {
	case ShapeSemicolons:
		sep = ';'
	case ShapeTabs:
		sep = '\t'
	}
	r.open = append(r.open, l)
	var text string
	if len(r.open) == 1 {
		text = l.text
	} else {
		parts := make([]string, len(r.open))
		for i, o := range r.open {
			parts[i] = o.text
		}
		text = strings.Join(parts, "\n")
	}
	if csvOpen(text, sep) && len(r.open) < maxRecordLines && !r.lastLine {
		return
	}
	if r.shape == ShapeTabs && csvOpen(text, sep) {
		// The quote never closed: it opened no record, and each line is
		// read on its own.
		r.plainTabs()
		return
	}
	first := r.open[0].n
	r.open = r.open[:0]
	if r.csv == nil {
		r.csv = newCSVSplitter(rune(sep))
	}
	cells, more, err := r.csv.split(r.cellBuf(), text, r.MaxCells)
	if err != nil {
		// encoding/csv refuses only what LazyQuotes cannot mend: keep
		// the text as one cell.
		r.diag(first, Warning, ErrFieldCount, "CSV record could not be split (%v); read as one cell", err)
		cells = append(cells[:0], collapseSpace(text))
	}
	r.addLine(pline{n: first, last: l.n, text: text, cells: r.keepCells(cells)}, more)
}

// plainTabs reads the lines kept for a quoted tab-separated record as
// lines of their own, split at their tabs.
func (r *Reader) plainTabs() {
	open := r.open
	r.open = nil
	for _, o := range open {
		cells, more := splitCellsInto(r.cellBuf(), o.text, r.MaxCells)
		r.addLine(pline{n: o.n, last: o.n, text: o.text, cells: r.keepCells(cells)}, more)
	}
	r.open = open[:0]
}

// maxRecordLines bounds the lines one CSV record may span, so that a
// stray quote cannot make the rest of the input one field.
const maxRecordLines = 16

// cellBuf returns the slice the next line's cells are split into.
func (r *Reader) cellBuf() []string { return r.cells[:0] }

// keepCells copies the cells of a line into the arena of the stretch,
// where they stay until the stretch is read.
func (r *Reader) keepCells(cells []string) []string {
	r.cells = cells // reuse the split buffer for the next line
	i := len(r.arena)
	r.arena = append(r.arena, cells...)
	return r.arena[i:len(r.arena):len(r.arena)]
}

// pageBreak records a page break: the next data line starts a page.
func (r *Reader) pageBreak() {
	r.endStretch(false)
	r.broken = true
}
