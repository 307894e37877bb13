package agreements

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/exchangelist/agreements/country"

	"golang.org/x/text/encoding"
)

// Parse reads a whole listing with the default settings. It returns the
// listing and an error only when reading stopped early (an I/O error, or
// input that is not text); every problem inside the text is a diagnostic
// in the Listing instead. On error the listing holds what was read before
// the problem.
func Parse(r io.Reader) (*Listing, error) {
	return NewReader(r).ReadAll()
}

// Default limits of a Reader.
const (
	DefaultMaxLineLength = 1 << 20
	DefaultMaxCells      = 64
)

// A Reader reads agreements from a listing.
//
// As returned by NewReader, a Reader is ready to use. Its exported fields
// are settings; change them before the first call to Read or ReadAll.
type Reader struct {
	// FillDown, when true, gives every row without a label the country of
	// the last label above it, as a spreadsheet's fill-down does, instead
	// of inferring groups. It is wrong whenever a label is not printed on
	// its group's first row; it is offered to compare with such tools.
	FillDown bool

	// MaxLineLength is the longest line, in bytes, kept whole; a longer
	// line is cut (with a diagnostic wrapping ErrLongLine). Zero or less
	// means DefaultMaxLineLength.
	MaxLineLength int

	// MaxCells is the largest number of cells read from a line; the rest
	// of a longer line is dropped with a diagnostic wrapping ErrLongLine.
	// Zero or less means DefaultMaxCells.
	MaxCells int

	// Resolver reads the country labels. Nil means the zero
	// country.Resolver, which accepts every match.
	Resolver *country.Resolver

	// Encoding is the encoding of the input. Nil means detect it from the
	// first bytes: UTF-8 with or without a byte-order mark, UTF-16 with a
	// mark (or without one, when every other byte is NUL), Shift_JIS and
	// EUC-JP; input that is none of these is read as UTF-8, its invalid
	// bytes replaced by U+FFFD with a diagnostic wrapping ErrInvalidUTF8.
	// Input that is not text (NUL bytes or mostly control characters in
	// its first 8 KiB, and not UTF-16) is refused with a *ParseError
	// wrapping ErrBinary. Setting Encoding turns detection off, and with
	// it that refusal.
	Encoding encoding.Encoding

	src  io.Reader
	lr   *lineReader
	cols columns

	started  bool
	page     int  // data rows after a header, title or blank line start a new page
	broken   bool // a non-data line was seen since the last data row
	dataRows int

	pending []row       // rows read but not yet settled
	ready   []Agreement // settled rows; Read returns ready[head:]
	head    int         // rows of ready already returned by Read
	cells   []string    // the cells of the current line, reused line after line

	// With pack set (by ReadAll), the text of lines is copied into text,
	// a block shared by many lines, rather than into a string per line.
	pack bool
	text []byte

	ignored []IgnoredLine
	diags   []Diagnostic
	labels  map[string]country.Match // each distinct label is resolved once

	// Group inference state (group.go).
	stats         orderStats
	lastPartner   string
	lastDate      Date
	posCounts     [2][4]float64 // label positions of settled groups (group.go)
	pendingLabels int
	settled       bool // some rows were settled already
	lastFill      country.Match
	heading       country.Match // a country heading waiting for its first row
	numbered      bool          // rows were found to start with a row number
	settleLabels  int           // pending labels before the next attempt to settle, after one failed
	settleRows    int           // the same in pending rows
	eof           bool
	err           error
}

// resolver returns the Resolver of the labels.
func (r *Reader) resolver() *country.Resolver {
	if r.Resolver == nil {
		return &defaultResolver
	}
	return r.Resolver
}

var defaultResolver country.Resolver

// NewReader returns a Reader reading from r with default settings.
func NewReader(r io.Reader) *Reader {
	return &Reader{src: r, cols: defaultColumns}
}

// maxLabelCache bounds the distinct labels remembered, so that a stream
// of distinct labels does not grow memory without end.
const maxLabelCache = 4096

// A row is a data row waiting for its country to be settled.
type row struct {
	a     Agreement
	page  int
	match country.Match // the label's resolution; zero when no label

	desc     bool    // the partner sorts before the previous row's
	sameInst bool    // the partner is the previous row's institution
	dateCmp  bool    // the date and the previous row's can be compared
	dateDesc bool    // the date is before the previous row's
	copyOf   Country // an unread label taken as a copy of this country's
	heading  bool    // match comes from a country heading above the row
}

// labelled reports whether the row carries a label: its own, or that of
// a country heading above it.
func (rw *row) labelled() bool { return rw.a.CountryLabel != "" || rw.heading }

// Read returns the next agreement. Rows are returned once their group is
// settled, so Read may consume several lines before it returns. At the
// end of the input it returns io.EOF; an error that stopped reading is
// returned as a *ParseError after the agreements read before it.
func (r *Reader) Read() (Agreement, error) {
	for r.head == len(r.ready) {
		if r.head > 0 {
			// Drained: reuse the queue's memory for the next rows, without
			// keeping the returned rows' strings reachable.
			clear(r.ready)
			r.ready, r.head = r.ready[:0], 0
		}
		if r.eof {
			if r.err != nil {
				err := r.err
				r.err = nil
				return Agreement{}, err
			}
			return Agreement{}, io.EOF
		}
		r.step()
	}
	a := r.ready[r.head]
	r.head++
	return a, nil
}

// Drain returns the ignored lines and diagnostics gathered since the last
// call to Drain, and forgets them. ReadAll returns them in its Listing; a
// caller streaming with Read calls Drain now and then instead, so that a
// long stream keeps memory bounded. Diagnostics about rows not yet
// returned by Read may come in a later call.
func (r *Reader) Drain() (ignored []IgnoredLine, diagnostics []Diagnostic) {
	ignored, diagnostics = r.ignored, r.diags
	r.ignored, r.diags = nil, nil
	return ignored, diagnostics
}

// ReadAll reads the rest of the input and returns it as a Listing, with
// the ignored lines and diagnostics ordered by line. The error is nil at
// a clean end of input.
func (r *Reader) ReadAll() (*Listing, error) {
	l := &Listing{}
	// Rows settle into r.ready in batches. Rather than handing them out
	// one by one through Read, let r.ready grow into the result: once it
	// holds readAllChunk rows it is set aside whole and a new one started,
	// and the chunks are joined once at the end. Each row is then copied
	// once more, not at every growth of one long slice.
	if r.head > 0 {
		n := copy(r.ready, r.ready[r.head:])
		clear(r.ready[n:])
		r.ready, r.head = r.ready[:n], 0
	}
	var chunks [][]Agreement
	total := 0
	r.pack = true
	for !r.eof {
		r.step()
		if len(r.ready) >= readAllChunk {
			chunks = append(chunks, r.ready)
			total += len(r.ready)
			r.ready = make([]Agreement, 0, 2*readAllChunk) // room for the batch that crosses readAllChunk
		}
	}
	r.pack, r.text = false, nil
	err := r.err
	r.err = nil
	if len(chunks) == 0 {
		l.Agreements = r.ready
	} else {
		l.Agreements = make([]Agreement, 0, total+len(r.ready))
		for _, c := range chunks {
			l.Agreements = append(l.Agreements, c...)
		}
		l.Agreements = append(l.Agreements, r.ready...)
	}
	if len(l.Agreements) == 0 {
		l.Agreements = nil
	}
	r.ready = nil
	l.Ignored = r.ignored
	l.Diagnostics = r.diags
	slices.SortStableFunc(l.Diagnostics, func(a, b Diagnostic) int { return a.Line - b.Line })
	if r.lr != nil {
		l.Lines = r.lr.line
	}
	r.ignored, r.diags = nil, nil
	return l, err
}

// readAllChunk is the number of agreements ReadAll gathers in one slice
// before it starts another.
const readAllChunk = 4096

// step reads one line, or settles the pending rows at the end of input.
func (r *Reader) step() {
	if !r.started {
		r.start()
		if r.eof {
			return
		}
	}
	line, truncated, err := r.lr.next()
	if err != nil {
		r.eof = true
		if err != io.EOF {
			r.err = &ParseError{Line: r.lr.line + 1, Err: err}
		}
		r.settle(true)
		return
	}
	r.readLine(r.lr.line, line, truncated)
	r.settle(false)
}

func (r *Reader) start() {
	r.started = true
	max := r.MaxLineLength
	if max <= 0 {
		max = DefaultMaxLineLength
	}
	if r.MaxCells <= 0 {
		r.MaxCells = DefaultMaxCells
	}
	r.labels = make(map[string]country.Match)
	src, name, err := decodeInput(r.src, r.Encoding)
	if err != nil {
		r.lr = newLineReader(strings.NewReader(""), max)
		r.eof = true
		r.err = &ParseError{Err: err}
		return
	}
	r.lr = newLineReader(src, max)
	r.lr.encoding = name
}

// textBlock is the size of the blocks ReadAll copies lines into.
const textBlock = 32 << 10

// lineString returns the text of a line as a string, which the rows and
// ignored lines made of the line keep as substrings.
//
// Streaming with Read, each line gets a string of its own, so that a row
// the caller keeps keeps only its line. ReadAll, whose Listing keeps
// every line anyway, packs the lines into shared blocks of textBlock
// bytes instead: one allocation for hundreds of lines. The bytes of a
// block are written once, before any string refers to them, and never
// changed after, so the strings stay immutable.
func (r *Reader) lineString(b []byte) string {
	if !r.pack || len(b) == 0 || len(b) > textBlock/16 {
		return string(b)
	}
	if cap(r.text)-len(r.text) < len(b) {
		r.text = make([]byte, 0, textBlock)
	}
	i := len(r.text)
	r.text = append(r.text, b...)
	return unsafe.String(&r.text[i], len(b))
}

func (r *Reader) diag(line int, sev Severity, err error, format string, args ...any) {
	r.diags = append(r.diags, Diagnostic{Line: line, Severity: sev, Err: err, Message: fmt.Sprintf(format, args...)})
}

func (r *Reader) ignore(n int, kind LineKind, text string) {
	r.ignored = append(r.ignored, IgnoredLine{Line: n, Kind: kind, Text: text})
	r.broken = true
}

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
	rw := row{a: a, page: r.page}
	if a.CountryLabel == "" && r.heading.Country != (Country{}) {
		// The first row under a country heading carries its label.
		rw.match, rw.heading = r.heading, true
	}
	r.heading = country.Match{}
	if a.CountryLabel != "" {
		m, ok := r.labels[a.CountryLabel]
		if !ok {
			m = r.resolver().Resolve(a.CountryLabel)
			if len(r.labels) >= maxLabelCache {
				clear(r.labels) // a listing has a few hundred labels; this input is not one
			}
			r.labels[a.CountryLabel] = m
		}
		rw.match = m
	}
	r.observe(&rw)
	if rw.labelled() {
		r.pendingLabels++
	}
	r.pending = append(r.pending, rw)
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
	m := r.resolver().Resolve(c)
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

// splitCells splits a line at tabs, trims each cell and collapses runs
// of white space inside it. It returns at most max cells, and whether
// there were more.
func splitCells(s string, max int) ([]string, bool) {
	return splitCellsInto(nil, s, max)
}

// splitCellsInto is splitCells appending the cells to dst, so that a
// caller can reuse one slice line after line. The cells are substrings of
// s, except those whose white space had to be collapsed.
func splitCellsInto(dst []string, s string, max int) ([]string, bool) {
	cells := dst[:0]
	if max <= 0 {
		return cells, true
	}
	// One pass finds the tabs and, cell by cell, whether collapseSpace
	// would change anything: most cells are returned as substrings of s.
	start := 0
	clean, prevSpace := true, true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\t':
				cells = append(cells, cellOf(s[start:i], clean, prevSpace))
				if len(cells) == max {
					return cells, true
				}
				start = i + 1
				clean, prevSpace = true, true
			case ' ':
				if prevSpace {
					clean = false
				}
				prevSpace = true
			case '\n', '\r', '\v', '\f':
				clean = false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			clean = false
		}
		prevSpace = false
		i += n
	}
	return append(cells, cellOf(s[start:], clean, prevSpace)), false
}

// cellOf returns the cell c as collapseSpace would, told by a scan of c
// whether it holds no white space but single spaces (clean) and whether
// it ends with a space or is empty (endSpace).
func cellOf(c string, clean, endSpace bool) string {
	if clean && (!endSpace || c == "") {
		return c
	}
	return collapseSpace(c)
}

// collapseSpace trims s and turns each run of white space inside it into
// one space, white space being what unicode.IsSpace says. It returns s, or
// a substring of it, when that is already the result; only a cell with a
// run of white space or white space other than " " inside it costs a new
// string.
func collapseSpace(s string) string {
	if isCollapsed(s) {
		return s
	}
	s = strings.TrimFunc(s, unicode.IsSpace)
	if isCollapsed(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // white space seen since the last field
	for i := 0; i < len(s); {
		c, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(c) {
			space = true
		} else {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(s[i : i+n]) // as is, bad bytes included
		}
		i += n
	}
	return b.String()
}

// isCollapsed reports whether collapseSpace leaves s as it is: no white
// space at either end, and none inside but single spaces.
func isCollapsed(s string) bool {
	prevSpace := true // at the start, a space would be leading
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if prevSpace {
					return false
				}
				prevSpace = true
			} else if c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				return false
			} else {
				prevSpace = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
		i += n
	}
	return !prevSpace || s == ""
}

func trimBOM(b []byte) []byte {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		return b[3:]
	}
	return b
}

// quoteCut quotes s for a message, cut to a readable length.
func quoteCut(s string) string {
	const max = 60
	if utf8.RuneCountInString(s) > max {
		if !utf8.ValidString(s) {
			rs := []rune(s) // bad bytes are quoted as U+FFFD
			return fmt.Sprintf("%q…", string(rs[:max]))
		}
		i := 0
		for range max {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
		}
		return fmt.Sprintf("%q…", s[:i])
	}
	return fmt.Sprintf("%q", s)
}
