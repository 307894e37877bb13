package groups

import "github.com/exchangelist/agreements/country"

// A LabelKind says where a row's label comes from.
type LabelKind uint8

const (
	// NoLabel: the row carries no label.
	NoLabel LabelKind = iota
	// Printed: the label is printed on the row (the merged cell's text).
	Printed
	// Heading: the label is a country heading on a line of its own
	// above the row, which starts the heading's group.
	Heading
	// Apart: the label stands on lines of its own next to the row, as
	// space-aligned text writes a merged cell's text: above its group
	// like a heading, or centred on the group's lines.
	Apart
)

// A Label is a row's country label as the resolver read it.
type Label struct {
	Kind LabelKind
	// Country is what the label was read as; zero when it could not be
	// read (a garbled copy, or no country).
	Country country.Country
	// Confidence is the resolver's confidence in Country.
	Confidence float64
	// Piece: the label, read as no country, is only words of a
	// country's long official form ("Federation"): the piece of a label
	// that wrapped, which may go on from the label above it but is no
	// copy of the label below.
	Piece bool
	// First and Last are the lines the label's text stands on; zero
	// means the row's first line. A merged cell's text is centred on its
	// group's lines, so where it stands says where the group lies.
	First, Last int
}

// A Row is what the model knows of one data row: its label, its page
// and lines, and how it relates to the row before it. The relations are
// computed by the caller, who knows the text.
type Row struct {
	Label Label
	// Page numbers the page the row is on; rows of one page share it.
	Page int
	// Top and Bottom are the first and last lines of the row (a row
	// whose cells wrap spans several lines). Lines increase from row to
	// row. Zero means one line a row, numbered by the model.
	Top, Bottom int
	// Desc: the partner sorts before the previous row's.
	Desc bool
	// SameInst: the partner names the previous row's institution.
	SameInst bool
	// DateCmp: the row and the previous one both have a date; DateDesc:
	// this row's is the earlier; DateAsc: the later. A listing may sort
	// its groups newest first.
	DateCmp, DateDesc, DateAsc bool
}

func (rw *Row) labelled() bool { return rw.Label.Kind != NoLabel }

// A Source says how a row's country was decided.
type Source uint8

const (
	// Unknown: no country.
	Unknown Source = iota
	// Own: the row's own printed label.
	Own
	// Group: the label of the row's group, printed on another row.
	Group
	// Names: the partners' names, the group having no usable label.
	Names
)

// A Decision is the model's answer for one row.
type Decision struct {
	Country    country.Country
	Confidence float64
	Source     Source
	// CopyOf is set when the row's label could not be read and was taken
	// as a second, garbled copy of this country's label.
	CopyOf country.Country
}

// A DoubtKind names a reason to doubt a decision.
type DoubtKind uint8

const (
	// Ambiguous: the row could belong to either of two groups.
	Ambiguous DoubtKind = iota
	// StepBack: in a listing sorted by partner, the row lies beyond a
	// step back inside its group (at row At): a label may have been lost.
	StepBack
	// Lost: rows Row to Last form a group without a label; Country is
	// what their names point to, or zero.
	Lost
	// Low: the row was placed with less than Params.LowConfidence,
	// though no other group competes for it.
	Low
	// Conflict: the row's partner's name plainly names another country
	// (Alt.Country) than the one it was placed in.
	Conflict
	// FromNames: the row's country was read from partners' names only,
	// its group having no label.
	FromNames
	// Between: the row lies between a row that says its group's country
	// (row At: its name does, or it carries the group's label) and one
	// whose name names another (row Last, whose country is Alt.Country):
	// the group's boundary may lie on either side of it.
	Between
	// Beyond: the row lies beyond a row of its group whose name names
	// another country (row At, whose country is Alt.Country), on the
	// side away from the label: the group may end before it.
	Beyond
)

// A Side is a group a doubt names: its country and the row of its
// label, or a zero Country and Label -1 for a group without a readable
// label.
type Side struct {
	Country country.Country
	Label   int
}

// A Doubt is a reason to doubt the decision for a row (or rows). Rows
// are indices into the window of rows settled (see Model.Settle); a
// Side's Label may lie beyond the settled rows, among those still
// pending.
type Doubt struct {
	Kind DoubtKind
	Row  int
	// Last is the last row of a Lost group, or the row naming the other
	// country of a Between doubt.
	Last int
	// At is the row of a StepBack, or the row saying the group's
	// country of a Between doubt.
	At int
	// Country is the row's country when the doubt was raised (for
	// StepBack, Low), or the names' country of a Lost group.
	Country country.Country
	// Confidence is the row's posterior (Ambiguous) or confidence (Low).
	Confidence float64
	// Got and Alt are the groups of an Ambiguous row: the one it was
	// placed in and the other.
	Got, Alt Side
}

// Mentions returns the mentions of countries in the name of pending row i
// (0 is the oldest pending row). The model calls it at most once a row,
// and only for rows whose group is in doubt.
type Mentions func(i int) []country.Mention

// A Model decides the countries of a stream of rows. Rows are added one
// by one; Settle decides those whose group is complete. The zero Model
// is ready to use, with Defaults.
type Model struct {
	params  *Params // nil means Defaults; tests vary it
	stats   orderStats
	rows    []Row // pending rows
	labels  int   // labelled pending rows
	pos     [2]posCounts
	settled bool // some rows were settled already

	// After a window in which nothing could be settled, the model waits
	// for this many labels or rows before it tries again.
	retryLabels, retryRows int

	res     Result
	scratch scratch
}

// Add appends a row to the pending rows.
func (m *Model) Add(r Row) {
	m.stats.add(&r)
	if r.Top == 0 && r.Bottom == 0 {
		r.Top = m.stats.rows
	}
	r.Bottom = max(r.Bottom, r.Top)
	if r.labelled() && r.Label.First == 0 && r.Label.Last == 0 {
		r.Label.First = r.Top
	}
	r.Label.Last = max(r.Label.Last, r.Label.First)
	if r.labelled() {
		m.labels++
	}
	m.rows = append(m.rows, r)
}

// Pending returns the number of rows added and not yet settled.
func (m *Model) Pending() int { return len(m.rows) }

// A Result is what Settle decided: one Decision for each settled row, in
// order, and the doubts about them, in the order they were found.
type Result struct {
	Decisions []Decision
	Doubts    []Doubt
}

// Settle decides the countries of the oldest pending rows whose groups
// are complete, and forgets those rows. With final set, all pending rows
// are settled; otherwise, once a window of Params.WindowLabel labels is
// pending, all but the last few groups are, so memory stays bounded by a
// window. names gives the mentions in the pending rows' names. The
// Result is valid until the next call.
func (m *Model) Settle(final bool, names Mentions) *Result {
	p := m.params
	if p == nil {
		p = &Defaults
	}
	m.res.Decisions, m.res.Doubts = m.res.Decisions[:0], m.res.Doubts[:0]
	if len(m.rows) == 0 {
		return &m.res
	}
	if !final && m.labels < max(p.WindowLabel, m.retryLabels) && len(m.rows) < max(p.MaxPending, m.retryRows) {
		return &m.res
	}
	w := newWindow(m, p, names)
	n := w.run(final)
	w.decide(n)
	if w.best != nil {
		w.countPositions(&m.pos, n)
	}
	// When nothing could be settled (one label copied onto every row
	// makes one group of them all), wait until the window has doubled
	// before trying again, so the attempts cost linear time in all.
	m.retryLabels, m.retryRows = 0, 0
	if n == 0 {
		m.retryLabels, m.retryRows = 2*m.labels, 2*len(m.rows)
	}
	w.keep()
	m.forget(n)
	return &m.res
}

// forget drops the first n pending rows.
func (m *Model) forget(n int) {
	for i := 0; i < n; i++ {
		if m.rows[i].labelled() {
			m.labels--
		}
	}
	rest := copy(m.rows, m.rows[n:])
	m.rows = m.rows[:rest]
	if n > 0 {
		m.settled = true
	}
}
