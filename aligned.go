package agreements

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads space-aligned text, as pdftotext -layout writes a
// table: no separators, each cell's text where its column is, a gap of
// two spaces or more between cells. The columns of a page are found
// from where its runs of text start; each line's runs are then given to
// the columns, in order, each to the column whose start it is nearest.

// A textRun is a run of text on a line: words separated by single
// spaces, from rune position start to end (exclusive).
type textRun struct {
	start, end int
	text       string
}

// alignedRuns appends the runs of a line of space-aligned text to dst:
// the text between gaps of two spaces or more (or a tab).
func alignedRuns(dst []textRun, s string) []textRun {
	runs := dst[:0]
	pos, start, startByte := 0, -1, 0
	last, lastByte := 0, 0 // end of the last character that was not a space
	spaces := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == ' ' || r == '\t' || r >= 0x0b && unicode.IsSpace(r) {
			spaces++
			if r == '\t' {
				spaces = 2
			}
			if start >= 0 && spaces >= 2 {
				runs = append(runs, textRun{start, last, plainSpaces(s[startByte:lastByte])})
				start = -1
			}
		} else {
			if start < 0 {
				start, startByte = pos, i
			}
			spaces = 0
			last, lastByte = pos+1, i+size
		}
		pos++
		i += size
	}
	if start >= 0 {
		runs = append(runs, textRun{start, last, plainSpaces(s[startByte:lastByte])})
	}
	return splitDateWords(runs)
}

// plainSpaces returns s with each white space other than a space (a
// no-break space, a vertical tab) written as a space, as a cell of
// tab-separated text reads it: a run holds no two in a row.
func plainSpaces(s string) string {
	for _, r := range s {
		if r != ' ' && unicode.IsSpace(r) {
			return strings.Map(func(r rune) rune {
				if unicode.IsSpace(r) {
					return ' '
				}
				return r
			}, s)
		}
	}
	return s
}

// splitDateWords cuts the dates out of each run, with the words around
// them as runs of their own: a narrow column's cell may stand a single
// space from its neighbour ("校級 2012.9.22", "平成25年7月 5", "4 Agustus
// 1998 3 Agustus 2003 3 orang"), and a date is never part of another
// cell's text. A date is a word that reads as one, cut out wherever it
// stands, or a month's name with its day and year ("2 Sep 2006", "April
// 16, 2024"), cut out at the start or end of the run only: inside, with
// words on both sides, it is a name's ("Universitas 17 Agustus 1945
// Surabaya").
func splitDateWords(runs []textRun) []textRun {
	var buf [16]runWord // a run's words, on the stack for most runs
	ws := buf[:0]
	for i := 0; i < len(runs); i++ {
		r := runs[i]
		if strings.IndexByte(r.text, ' ') < 0 {
			continue
		}
		ws = runWords(ws[:0], r)
		lo, hi := -1, -1
		for k := 0; k < len(ws); {
			n := datePhrase(ws, k, r.text)
			if n == 0 {
				k++
				continue
			}
			if n == 1 && len(ws) > 1 || k == 0 && n < len(ws) || k > 0 && k+n == len(ws) {
				lo, hi = k, k+n
				break // a date in one word, or a longer one at the start or end
			}
			k += n
		}
		if lo < 0 {
			continue
		}
		var parts []textRun
		if lo > 0 {
			parts = append(parts, textRun{r.start, ws[lo-1].end, r.text[:ws[lo-1].b1]})
		}
		parts = append(parts, textRun{ws[lo].start, ws[hi-1].end, r.text[ws[lo].b0:ws[hi-1].b1]})
		if hi < len(ws) {
			parts = append(parts, textRun{ws[hi].start, r.end, r.text[ws[hi].b0:]})
		}
		runs = slices.Replace(runs, i, i+1, parts...)
		if hi < len(ws) {
			i += len(parts) - 2 // the rest is looked at next
		} else {
			i += len(parts) - 1
		}
	}
	return runs
}

// A runWord is a word of a run: its rune positions on the line and its
// bytes in the run's text.
type runWord struct {
	start, end int
	b0, b1     int
	text       string
}

// runWords appends the words of r to dst.
func runWords(dst []runWord, r textRun) []runWord {
	pos := r.start
	for b := 0; b < len(r.text); {
		e := strings.IndexByte(r.text[b:], ' ')
		if e < 0 {
			e = len(r.text)
		} else {
			e += b
		}
		n := utf8.RuneCountInString(r.text[b:e])
		dst = append(dst, runWord{pos, pos + n, b, e, r.text[b:e]})
		pos += n + 1
		b = e + 1
	}
	return dst
}

// datePhrase returns how many words from ws[k] on make a date: a word
// that reads as one, or a day or a month's name that starts words
// reading as a date with a month's name among them ("4 Agustus 1998",
// "April 16, 2024", "2 de septiembre de 2006", "12 listopada 2015 r."),
// or a month's name and a year; 0 when none does. text is the run's.
func datePhrase(ws []runWord, k int, text string) int {
	month := func(j int) bool {
		if j < 0 || j >= len(ws) {
			return false
		}
		_, ok := monthOf(strings.TrimRight(ws[j].text, ".,"))
		return ok
	}
	day := func(j int) bool {
		d := strings.TrimRight(ws[j].text, ".,")
		return len(d) >= 1 && len(d) <= 2 && isDigits(d)
	}
	if day(k) || month(k) {
		for n := min(maxDateWords, len(ws)-k); n >= 2; n-- {
			named := false
			for j := k; j < k+n; j++ {
				named = named || month(j)
			}
			if named && isDate(text[ws[k].b0:ws[k+n-1].b1]) {
				return n
			}
		}
		if month(k) && k+1 < len(ws) && len(ws[k+1].text) == 4 && isDigits(ws[k+1].text) {
			return 2 // "Sep 2006"
		}
	}
	if dateLike(ws[k].text) && !month(k-1) && !month(k-2) {
		return 1
	}
	return 0
}

// maxDateWords is the most words a date written out has: "2 de
// septiembre de 2006", "12 listopada 2015 r.".
const maxDateWords = 5

// dateLike reports whether a word is a date, or a piece of a date that
// wrapped: digits with 年, 月 or 日, or digits in a date's shape.
func dateLike(w string) bool {
	if len(w) < 3 || !hasDigit(w) {
		return false
	}
	if strings.ContainsAny(w, "年月日") || isDate(w) {
		return true
	}
	// 2012.9.22, 2015/11: four digits, a separator and digits.
	return len(w) >= 6 && isDigits(w[:4]) && strings.ContainsRune("./-", rune(w[4])) && isDigits(strings.NewReplacer(".", "", "/", "", "-", "").Replace(w[5:]))
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// alignedColumns finds the columns of a page of space-aligned text: the
// positions where runs start on many lines. pdftotext places each
// character by its position on the page rounded to whole characters, and
// text earlier on a line pushes later text right, so a column's runs
// start within a few positions of each other. Starts a position apart
// make one cluster; neighbouring clusters up to mergeGap apart make one
// column unless some line has runs starting in both (then they are two
// columns side by side). A column needs runs on minColumnShare of the
// page's rows (lines with two runs or more), and two at least: a title
// or a header centred over its column starts nowhere in particular and
// makes none. The leftmost text always starts a column. The result is
// each column's first start.
func alignedColumns(lines [][]textRun, header []bool) []int {
	type cluster struct {
		lo, hi int
		mode   int   // the start with the most lines
		lines  []int // the lines with a run starting in the cluster, in order
	}
	rows, left := 0, -1
	byPos := map[int][]int{}
	for i, buf := range lines {
		if len(buf) == 0 || header[i] {
			continue
		}
		if len(buf) >= 2 {
			rows++
		}
		for _, r := range buf {
			if ls := byPos[r.start]; len(ls) == 0 || ls[len(ls)-1] != i {
				byPos[r.start] = append(ls, i)
			}
		}
		if left < 0 || buf[0].start < left {
			left = buf[0].start
		}
	}
	if len(byPos) == 0 {
		return nil
	}
	pos := make([]int, 0, len(byPos))
	for p := range byPos {
		pos = append(pos, p)
	}
	slices.Sort(pos)
	var cs []cluster
	modeOf := func(c *cluster) {
		for p := c.lo; p <= c.hi; p++ {
			if len(byPos[p]) > len(byPos[c.mode]) {
				c.mode = p
			}
		}
	}
	for _, p := range pos {
		ls := byPos[p]
		if n := len(cs); n > 0 && p-cs[n-1].hi <= 1 {
			cs[n-1].hi = p
			cs[n-1].lines = mergeSorted(cs[n-1].lines, ls)
			continue
		}
		cs = append(cs, cluster{p, p, p, ls})
	}
	merged := []cluster{cs[0]}
	for _, c := range cs[1:] {
		last := &merged[len(merged)-1]
		if c.lo-last.hi <= mergeGap && !sharesLine(last.lines, c.lines) {
			last.hi = c.hi
			last.lines = mergeSorted(last.lines, c.lines)
			continue
		}
		merged = append(merged, c)
	}
	need := max(2, int(minColumnShare*float64(rows)+0.5))
	var cols []int
	var prev *cluster // the last column's cluster
	firstLo := -1     // where the first column's runs start, the leftmost
	for i := range merged {
		c := &merged[i]
		// A column most rows leave empty (a merged country cell printed
		// once a group, after a row number) is one still, second from
		// the left, when on every line of it the first column holds a
		// cell too: two cells side by side, not a cell's text wandering.
		// (Further right, a remark's date split out of its text would
		// make one.)
		sparse := len(c.lines) >= minSparseRuns && len(cols) == 1 && prev != nil && besideCount(prev.lines, c.lines) >= minBeside
		if len(c.lines) >= need || sparse {
			modeOf(c)
			cols = append(cols, c.mode)
			if prev == nil {
				firstLo = c.lo
			}
			prev = c
		}
	}
	// The leftmost text starts a column of its own, unless it is the
	// first column's: a centred label column's runs start anywhere
	// across it ("Chine" at 8, "Viêt Nam" at 0).
	if len(cols) == 0 || left < cols[0]-mergeGap && left < firstLo {
		cols = slices.Insert(cols, 0, left)
	}
	return cols
}

// numberFirst reports whether a run starts with a number and a space
// ("10 말레이시아"): a row number run into the next cell, which is cut at
// any column it reaches over. A number before a month's name is a day
// ("13 September", a wrapped date's first line), not a row's number.
func numberFirst(r textRun) bool {
	i := 0
	for i < len(r.text) && r.text[i] >= '0' && r.text[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(r.text) || r.text[i] != ' ' {
		return false
	}
	next := r.text[i+1:]
	if j := strings.IndexByte(next, ' '); j >= 0 {
		next = next[:j]
	}
	_, month := monthOf(strings.TrimRight(next, ".,"))
	return !month
}

// splitNumber cuts a line's first run, a number and a space and more
// (numberFirst), into the number and the rest.
func splitNumber(runs []textRun) []textRun {
	r := runs[0]
	i := strings.IndexByte(r.text, ' ')
	num := textRun{r.start, r.start + i, r.text[:i]}
	rest := textRun{r.start + i + 1, r.end, r.text[i+1:]}
	runs[0] = num
	return slices.Insert(runs, 1, rest)
}

// besideCount returns how many lines of b are lines of a (both sorted).
func besideCount(a, b []int) int {
	i, n := 0, 0
	for _, l := range b {
		for i < len(a) && a[i] < l {
			i++
		}
		if i < len(a) && a[i] == l {
			n++
		}
	}
	return n
}

// hardColumns reports, for each column of a page, whether it is a hard
// edge: fewer of the page's runs reach over its start than start there.
// A run reaching over a hard edge is two cells run together; one
// reaching over a soft edge (a column made by headings, which the rows'
// long names cross) is one cell.
func hardColumns(lines [][]textRun, cols []int) []bool {
	starts := make([]int, len(cols))
	crosses := make([]int, len(cols))
	for _, buf := range lines {
		for _, r := range buf {
			for k, c := range cols {
				switch {
				case abs(r.start-c) <= columnSlack:
					starts[k]++
				case r.start < c-columnSlack && r.end > c+1:
					crosses[k]++
				}
			}
		}
	}
	hard := make([]bool, len(cols))
	for k := range cols {
		hard[k] = crosses[k] < starts[k]
	}
	return hard
}

// headerRuns reports whether the runs of a line are a header's: read as
// cells, a header line, or short runs of words that name a column or
// name none ("Since" under "Effective", "Agreement" under "Date of").
func headerRuns(runs []textRun) bool {
	// As isHeader over the runs' texts, with each run's column found
	// once for both readings.
	var seen [numFields]bool
	named, distinct, unnamed, short := 0, 0, 0, true
	for _, r := range runs {
		if looksLikeValue(r.text) {
			return false
		}
		f := headerField(r.text)
		if f != fieldNone {
			named++
			if !seen[f] {
				seen[f] = true
				distinct++
			}
		} else {
			unnamed++
		}
		if strings.Count(r.text, " ") > 1 || len(runs) == 1 && strings.Contains(r.text, " ") ||
			f == fieldNone && !neutralWords(r.text) {
			short = false
		}
		if left := len(runs) - unnamed; !short && (2*left < len(runs) || left < 2) {
			return false
		}
	}
	return short && named > 0 || distinct >= 2 && 2*named >= len(runs)
}

// mergeSorted merges two sorted lists of lines, without repeats.
func mergeSorted(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// sharesLine reports whether two sorted lists of lines have one in
// common.
func sharesLine(a, b []int) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// Columns of space-aligned text: clusters of starts up to mergeGap
// positions apart that never share a line are one column (measured: a
// date column's starts spread over 3 positions when some dates share
// their line with a long name and others stand alone); a column needs
// the runs of minColumnShare of the page's rows; a run reaching more
// than columnSlack positions past a column's start is cut there.
const (
	columnSlack    = 2
	mergeGap       = 6
	minColumnShare = 0.15
	// minSparseRuns is the runs a column most rows leave empty needs,
	// and minBeside how many of them stand beside a cell of the column
	// before (the others on lines of their own: a region printed
	// between rows): three and two, so that two lines' chance alignment
	// makes none.
	minSparseRuns = 3
	minBeside     = 2
	// shareCost is what it costs monotoneAssign to put two runs in one
	// column, in positions: as far as clusters of one column spread
	// (mergeGap), so that a run goes to an empty column it is near
	// rather than share, and shares rather than shift its neighbours.
	shareCost = mergeGap
)

// splitAligned appends the cells of a line of space-aligned text to dst,
// given its runs (which it may cut) and whether they read as a header,
// one per column of cols: each run goes to the column whose start it is
// nearest, in order (a row's runs never swap columns), and a run that
// reaches over the start of the next column (a narrow column's text
// running into its neighbour with a single space between) is cut at a
// word that starts within a few positions of it. It returns the cells,
// the runs as cut and the column of each run (nil for a header).
func splitAligned(dst []string, runs []textRun, header bool, cols []int, hard []bool) ([]string, []textRun, []int) {
	cells := dst[:0]
	for range cols {
		cells = append(cells, "")
	}
	if len(runs) == 0 || len(cols) == 0 {
		return cells, runs, nil
	}
	uncut := len(runs)
	// Cut runs that reach over a column start.
	for i := 0; i < len(runs); i++ {
		r := runs[i]
		for k, c := range cols {
			num := numberFirst(r)
			if !hard[k] && !num || c <= r.start+columnSlack || c >= r.end-1 && !(num && c < r.end) {
				continue
			}
			if cut, ok := wordNear(r, c); ok && abs(cut.start-c) <= columnSlack+1 {
				runs[i] = textRun{r.start, cut.start - 1, strings.TrimRight(r.text[:cut.byteStart], " ")}
				runs = slices.Insert(runs, i+1, textRun{cut.start, r.end, r.text[cut.byteStart:]})
				break
			}
		}
	}
	if len(runs) != uncut {
		header = headerRuns(runs)
	}
	if header {
		return headerCells(cells, runs, cols), runs, nil
	}
	// Give the runs to the columns in order, each as near its column's
	// start as the order allows: a dynamic programme over runs and
	// columns, the cost the distance between a run's start and its
	// column's.
	assign := monotoneAssign(runs, cols)
	for i, r := range runs {
		c := assign[i]
		if cells[c] == "" {
			cells[c] = r.text
		} else {
			cells[c] += " " + r.text
		}
	}
	return cells, runs, assign
}

// headerCells gives the runs of a header line to the columns: a header
// cell is centred over its column, so each run goes to the column its
// centre stands over. A run that names two columns ("締結日 派遣人数",
// where a narrow column's header stands a space from the next) gives
// its later words to the next column when that has no header.
func headerCells(cells []string, runs []textRun, cols []int) []string {
	for _, r := range runs {
		c := columnAt(cols, (r.start+r.end)/2)
		words := strings.Fields(r.text)
		if len(runs) > 1 && len(words) > 1 && c+1 < len(cols) && cells[c+1] == "" {
			for k := 1; k < len(words); k++ {
				a, b := strings.Join(words[:k], " "), strings.Join(words[k:], " ")
				if fa, fb := headerField(a), headerField(b); fa != fieldNone && fb != fieldNone && fa != fb {
					cells[c+1] = b
					r.text = a
					break
				}
			}
		}
		cells[c] = joinPieces(cells[c], r.text)
	}
	return cells
}

// columnAt returns the column over position x: the last whose start is
// at or before it.
func columnAt(cols []int, x int) int {
	c := 0
	for i, start := range cols {
		if start <= x {
			c = i
		}
	}
	return c
}

// A wordStart is where a word of a run starts, in runes and in bytes
// from the run's start.
type wordStart struct{ start, byteStart int }

// wordNear returns the start of the word of r nearest position c, not
// its first word.
func wordNear(r textRun, c int) (wordStart, bool) {
	var best wordStart
	found := false
	pos := r.start
	for i := 0; i < len(r.text); {
		ch, size := utf8.DecodeRuneInString(r.text[i:])
		if ch == ' ' && i+size < len(r.text) {
			w := wordStart{pos + 1, i + size}
			if !found || abs(w.start-c) < abs(best.start-c) {
				best, found = w, true
			}
		}
		pos++
		i += size
	}
	return best, found
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// monotoneAssign gives each run a column, columns never decreasing with
// runs, minimising the summed distance between each run's start and its
// column's start, and shareCost for each run that shares the column of
// the run before: a cell whose words stand apart ("Renewed" and a date
// in a remarks column) is one cell, not a reason to shift the row's
// other cells a column left. Runs beyond the columns go each to its
// nearest column.
func monotoneAssign(runs []textRun, cols []int) []int {
	n, m := len(runs), len(cols)
	out := make([]int, n)
	if n > m {
		// More runs than columns: each to its nearest column.
		for i, r := range runs {
			best := 0
			for c := range cols {
				if abs(cols[c]-r.start) < abs(cols[best]-r.start) {
					best = c
				}
			}
			out[i] = best
		}
		return out
	}
	// cost[i*m+c]: least cost of runs[:i+1] with run i in column c;
	// from[i*m+c] the column of run i-1 then. On the stack for the
	// tables of most lines.
	const inf = 1 << 30
	var costBuf, fromBuf [64]int
	cost, from := costBuf[:], fromBuf[:]
	if n*m > len(costBuf) {
		cost, from = make([]int, n*m), make([]int, n*m)
	}
	for i := range n {
		for c := range m {
			d := abs(runs[i].start - cols[c])
			if i == 0 {
				cost[c] = d
				continue
			}
			k := i*m + c
			cost[k] = inf
			for p := 0; p <= c; p++ {
				v := cost[k-m-c+p] + d
				if p == c {
					v += shareCost // two runs in one cell
				}
				if v < cost[k] {
					cost[k], from[k] = v, p
				}
			}
		}
	}
	last := (n - 1) * m
	best := 0
	for c := range m {
		if cost[last+c] < cost[last+best] {
			best = c
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = best
		best = from[i*m+best]
	}
	return out
}

// A pageLine is a line of a page of space-aligned text split into cells,
// with where the last run of each cell's text starts and ends (0 for an
// empty cell; nil for a header or a line not split by the page's
// columns).
type pageLine struct {
	cells        []string
	starts, ends []int
}

// An overhang is a word moved from the end of a cell to the next
// column's empty cell.
type overhang struct {
	line, col int
	word      string
}

// overhangs moves, on the lines of a page, a cell's last word that
// runs up to the start of the next column (ends on the position before
// it, or over it) into that column, where the line's cell is empty and
// most rows have one of a few words (a city): pdftotext places a cell
// by its glyphs' average width, so a short cell in a wide script
// ("Шэньян") can land a few positions left of its column, a single space
// from its neighbour. Text that ends before that, however long, stays.
func overhangs(page []pageLine, cols []int) []overhang {
	var out []overhang
	for k := 0; k+1 < len(cols); k++ {
		d := cols[k+1]
		// How often the next column is filled, and with a few words, on
		// the rows (lines with values further right) that fill column k.
		rows, filled, short := 0, 0, 0
		for _, l := range page {
			if !valueLine(l, k) {
				continue
			}
			rows++
			if c := l.cells[k+1]; c != "" {
				filled++
				if strings.Count(c, " ") < 3 { // runs keep single spaces
					short++
				}
			}
		}
		if rows < minPageRows || 5*filled < 4*rows || 5*short < 4*filled {
			continue
		}
		for i, l := range page {
			if !valueLine(l, k) || l.cells[k+1] != "" || l.ends[k] < d-1 {
				continue
			}
			sp := strings.LastIndexByte(l.cells[k], ' ')
			if sp <= 0 {
				continue
			}
			w := l.cells[k][sp+1:]
			start := l.ends[k] - utf8.RuneCountInString(w)
			if start <= l.starts[k] || dateLike(w) || isDigits(w) {
				continue // a run of its own, or a value
			}
			l.cells[k], l.cells[k+1] = l.cells[k][:sp], w
			out = append(out, overhang{line: i, col: k, word: w})
		}
	}
	return out
}

// valueLine reports whether l fills column k and a column after k+1: a
// row's line, not a wrapped name's.
func valueLine(l pageLine, k int) bool {
	if l.ends == nil || k+2 >= len(l.cells) || l.cells[k] == "" {
		return false
	}
	for _, c := range l.cells[k+2:] {
		if c != "" {
			return true
		}
	}
	return false
}
