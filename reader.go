package agreements

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unsafe"

	"github.com/exchangelist/agreements/country"
	"github.com/exchangelist/agreements/internal/groups"
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
// As returned by NewReader, a Reader is ready to use; the zero Reader
// reads an empty listing. Its exported fields are settings; change them
// before the first call to Read or ReadAll.
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

	// Shape is the shape of the text: how its cells are separated. The
	// zero value, ShapeAuto, detects it from the first lines.
	Shape Shape

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

	// Input: the source, its lines, and how reading ended.
	src     io.Reader
	lr      *lineReader
	started bool
	eof     bool
	err     error // the error that stopped reading, returned after the rows before it
	// With pack set (by ReadAll), the text of lines is copied into text,
	// a block shared by many lines, rather than into a string per line.
	pack bool
	text []byte

	// Lines: the shape of the text, and lines on their way to cells
	// (input.go).
	shape         Shape
	pre           []rawLine // lines kept back until the shape is known
	preText       int       // of which lines with text
	open          []rawLine // lines of a CSV record whose quoted field goes on
	csv           *csvSplitter
	pageLines     []rawLine   // a page of space-aligned text, kept until its columns are known
	pageCells     []pageLine  // its lines' cells
	pageStrs      []string    // the memory of their cells
	pageInts      []int       // and of their runs' places
	pageRuns      [][]textRun // the runs of its lines,
	runSlab       []textRun   // in one array,
	runEnds       []int       // each line's ending here,
	runHeader     []bool      // and whether they read as a header
	pageCols      []int       // the columns of the last page of space-aligned text
	pageHead      []int       // where the words of the header its columns were found under start
	pageHeadWords []string    // and the words
	headBuf       []int       // scratch space for the next page's
	runs          []textRun
	cells         []string // the cells of the current line, reused line after line
	lastLine      bool     // the input has ended: no more lines to wait for
	textLines     int      // lines with text read

	// Rows: how the cells of a line map to fields, the page, and the
	// stretch of data lines being read into records (record.go).
	cols         columns
	header       []string // the cells of the header being read, joined across its lines
	headerOpen   bool     // the last line was a header line
	beforeHeader bool     // the stretch being read stands above a header
	seenHeader   bool     // a header was read: text above a later one may be a page's rows
	page         int      // data lines after page furniture start a new page
	broken       bool     // page furniture was seen since the last data line
	dataLines    int
	stretch      []pline
	arena        []string          // the cells of the stretch's lines
	held         *built            // the last row of the stretch before, which a page break may have cut
	scratch      built             // the row being emitted
	rowCells     []string          // scratch space for its cells
	lineBuf      []rawLine         // and for its lines
	pieceBuf     []labelPiece      // scratch space for the labels of a stretch: their pieces,
	labelBuf     []assembled       // the labels,
	labelIdx     []int             // the lines of their pieces,
	labelList    []*assembled      // the list of them,
	carried      []*assembled      // headings at a stretch's foot, for the next stretch's first row
	segBuf       []segment         // and the ways of cutting runs of pieces
	keyBuf       []int             // the key lines of a stretch
	hintBuf      []country.Mention // the mentions of pending rows' names
	warned       map[int]bool      // lines with a warning or error, of rows not yet settled at least
	dateMemo     struct {          // the last cell Reader.isDate read
		text    string
		ok, set bool
	}
	numbered bool     // rows were found to start with a row number
	order    struct { // dates with their year last that only one order of day and month reads
		dayFirst, monthFirst int
	}
	labels map[string]country.Match // each distinct label is resolved once

	// Countries: rows waiting for their group to be settled (settle.go).
	model       groups.Model
	mentionsOf  groups.Mentions
	pendedRows  int
	pending     []row
	lastPartner string
	lastDate    Date
	lastFill    country.Match // the last label, with FillDown

	// Output: settled rows, and what is not a row.
	ready   []Agreement // Read returns ready[head:]
	head    int
	ignored []IgnoredLine
	diags   []Diagnostic
}

// resolve reads a label with the Reader's Resolver. Each distinct text
// is resolved once: labels and titles repeat page after page.
func (r *Reader) resolve(label string) country.Match {
	m, ok := r.labels[label]
	if !ok {
		m = r.Resolver.Resolve(label) // a nil Resolver resolves as the zero one
		if len(r.labels) >= maxLabelCache {
			clear(r.labels) // a listing has a few hundred labels; this input is not one
		}
		r.labels[label] = m
	}
	return m
}

// NewReader returns a Reader reading from r with default settings.
func NewReader(r io.Reader) *Reader {
	return &Reader{src: r}
}

// maxLabelCache bounds the distinct labels remembered, so that a stream
// of distinct labels does not grow memory without end.
const maxLabelCache = 4096

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

// Lines returns the number of input lines read so far: after Read has
// returned io.EOF, the number a [Listing] read by ReadAll would have in
// its Lines.
func (r *Reader) Lines() int {
	if r.lr == nil {
		return 0
	}
	return r.lr.line
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
	size, sized := remaining(r.src)
	whole := false // r.ready has room for the whole listing
	for !r.eof {
		r.step()
		if whole || len(r.ready) < readAllChunk {
			continue
		}
		// When the input's size is known, the first chunk tells how many
		// bytes an agreement takes: make room for all of them at once,
		// so that the rows are not copied again at the end.
		if left, ok := remaining(r.src); sized && ok && len(chunks) == 0 && r.lr != nil {
			used := size - left - int64(r.lr.end-r.lr.start) // bytes read into agreements so far
			if used > 0 {
				est := float64(len(r.ready)) * float64(size) / float64(used)
				est = est*readAllSlack + readAllChunk
				// A source that misreports its length (a file that grows)
				// must not make room for more rows than its bytes can hold.
				if est < maxEstimate && est < float64(size)/minRowBytes+readAllChunk {
					r.ready = append(make([]Agreement, 0, int(est)), r.ready...)
					whole = true
					continue
				}
			}
		}
		chunks = append(chunks, r.ready)
		total += len(r.ready)
		r.ready = make([]Agreement, 0, 2*readAllChunk) // room for the batch that crosses readAllChunk
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

// remaining returns how many bytes are left to read from src, when src
// can tell: an in-memory reader, or a regular file.
func remaining(src io.Reader) (int64, bool) {
	switch s := src.(type) {
	case interface{ Len() int }:
		return int64(s.Len()), true
	case *os.File:
		fi, err := s.Stat()
		if err != nil || !fi.Mode().IsRegular() {
			return 0, false
		}
		at, err := s.Seek(0, io.SeekCurrent)
		if err != nil || at > fi.Size() {
			return 0, false
		}
		return fi.Size() - at, true
	}
	return 0, false
}

// ReadAll's estimate of the agreements in an input of known size: 5%
// more than the first chunk's rate predicts (listings vary little in
// line length over their length), and never more than maxEstimate rows.
const (
	readAllSlack = 1.05
	maxEstimate  = 1 << 26
	minRowBytes  = 8 // no row is shorter: a partner, a separator, a date
)

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
		r.finish()
		r.settle(true)
		return
	}
	r.take(rawLine{r.lr.line, r.lineText(r.lr.line, line, truncated)})
	r.settle(false)
}

// finish reads what the end of the input leaves: lines kept back for
// the shape, a CSV record still open, a page of space-aligned text, the
// last stretch.
func (r *Reader) finish() {
	if r.shape == ShapeAuto {
		// The lines kept back are read as they came: a quoted CSV
		// field among them still waits for its next line.
		r.decideShape()
	}
	r.lastLine = true
	if len(r.open) > 0 {
		last := r.open[len(r.open)-1]
		r.open = r.open[:len(r.open)-1]
		r.splitCSV(last, false)
	}
	r.flushPage()
	r.endStretch(true)
	if r.pendedRows == 0 && r.textLines > 0 && r.err == nil {
		r.diag(1, Error, ErrNoAgreements, "no agreement found in %d lines of text read as %s: no line has the cells of a table row "+
			"(a partner and a date or quota); if the text is CSV, a pipe table or space-aligned text, set the shape "+
			"(Reader.Shape, or -shape with the command)", r.textLines, shapeDescriptions[r.shape])
	}
}

func (r *Reader) start() {
	r.shape = r.Shape
	r.started = true
	max := r.MaxLineLength
	if max <= 0 {
		max = DefaultMaxLineLength
	}
	if r.MaxCells <= 0 {
		r.MaxCells = DefaultMaxCells
	}
	r.labels = make(map[string]country.Match)
	r.cols = defaultColumns
	if r.src == nil {
		r.src = strings.NewReader("") // the zero Reader reads nothing
	}
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
	if sev >= Warning {
		if r.warned == nil {
			r.warned = map[int]bool{}
		}
		r.warned[line] = true
	}
}

func (r *Reader) ignore(n int, kind LineKind, text string) {
	r.ignored = append(r.ignored, IgnoredLine{Line: n, Kind: kind, Text: text})
	r.broken = true
}
