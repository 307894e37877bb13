package agreements

import (
	"fmt"
	"math"
	"slices"

	"github.com/exchangelist/agreements/country"
	"github.com/exchangelist/agreements/internal/fold"
	"github.com/exchangelist/agreements/internal/groups"
)

// This file settles the country of each row: it tells the grouping model
// (internal/groups) what it knows of each row, and turns the model's
// decisions and doubts into countries, confidences and diagnostics. With
// Reader.FillDown it copies labels down instead.

// A row is a data row waiting for its country to be settled.
type row struct {
	a       Agreement
	match   country.Match // the label's resolution; zero when no label
	heading bool          // match comes from a label on lines of its own above or beside the row
	headed  bool          // that label is a heading by its form (pline.headed)

	page                  int // the page its values are on
	top, bottom           int // the lines it spans, with a label on lines of its own
	labelFirst, labelLast int // the lines its label stands on

	// The countries its partner's name mentions, read once: the model
	// asks again for a row in each window that holds it.
	hints  []country.Mention
	hinted bool
}

// labelled reports whether the row carries a label: its own, or that of
// a country heading above it.
func (rw *row) labelled() bool { return rw.a.CountryLabel != "" || rw.heading }

// pend adds a data row to the rows waiting for their country, telling
// the model how it relates to the row before it.
func (r *Reader) pend(rw row) {
	if !r.FillDown {
		gr := groups.Row{Page: rw.page, Top: rw.top, Bottom: rw.bottom}
		lab := groups.Label{Country: rw.match.Country, Confidence: rw.match.Confidence, First: rw.labelFirst, Last: rw.labelLast}
		lab.Piece = lab.Country.IsZero() && rw.a.CountryLabel != "" && country.FormPiece(rw.a.CountryLabel)
		switch {
		case rw.a.CountryLabel != "":
			lab.Kind = groups.Printed
			gr.Label = lab
		case rw.heading:
			// In space-aligned text a label on lines of its own may be
			// a merged cell's text centred on its group, unless it is a
			// heading by its form.
			lab.Kind = groups.Heading
			if r.shape == ShapeAligned && !rw.headed {
				lab.Kind = groups.Apart
			}
			gr.Label = lab
		}
		if r.pendedRows > 0 {
			gr.Desc = fold.Compare(rw.a.Partner, r.lastPartner) < 0
			gr.SameInst = sameInstitution(rw.a.Partner, r.lastPartner)
			if d := rw.a.EffectiveSince; !d.IsZero() && !r.lastDate.IsZero() {
				gr.DateCmp = true
				cmp := d.Compare(r.lastDate)
				gr.DateDesc, gr.DateAsc = cmp < 0, cmp > 0
			}
		}
		r.model.Add(gr)
	}
	r.pendedRows++
	r.lastPartner = rw.a.Partner
	r.lastDate = rw.a.EffectiveSince
	r.pending = append(r.pending, rw)
}

// settle decides the countries of pending rows whose group is complete
// and moves them to the ready queue. With final set, all pending rows are
// settled; otherwise the model settles in windows, so memory stays
// bounded by a few groups.
func (r *Reader) settle(final bool) {
	if len(r.pending) == 0 {
		return
	}
	if r.FillDown {
		if !final && len(r.pending) < 1024 {
			return
		}
		r.fillDown(r.pending)
		r.commit(len(r.pending))
		return
	}
	if r.mentionsOf == nil {
		r.mentionsOf = r.mentions // one closure, not one a line
	}
	res := r.model.Settle(final, r.mentionsOf)
	n := len(res.Decisions)
	if n == 0 {
		return
	}
	for i, d := range res.Decisions {
		a := &r.pending[i].a
		a.Country, a.Confidence = d.Country, d.Confidence
		switch d.Source {
		case groups.Own:
			a.CountrySource = CountryPrinted
		case groups.Group:
			a.CountrySource = CountryGroup
		case groups.Names:
			a.CountrySource = CountryName
		default:
			a.CountrySource = CountryUnknown
		}
	}
	// The doubts in the order the model found them, then each row's
	// label, then its doubt of low confidence, as they were found.
	low := 0
	for _, d := range res.Doubts {
		if d.Kind < groups.Low {
			r.doubt(d)
		}
	}
	for i := 0; i < n; i++ {
		r.labelDiagnostics(&r.pending[i], res.Decisions[i].CopyOf)
		for ; low < len(res.Doubts); low++ {
			if d := res.Doubts[low]; d.Kind >= groups.Low {
				if d.Row > i {
					break
				}
				r.doubt(d)
			}
		}
	}
	r.commit(n)
}

// mentions gives the model the countries a pending row's name mentions.
func (r *Reader) mentions(i int) []country.Mention {
	p := &r.pending[i]
	if !p.hinted {
		// The rows' mentions share arrays of hintChunk: a full one is
		// left to the rows that use it, and a new one begun.
		if cap(r.hintBuf)-len(r.hintBuf) < maxMentions+1 {
			r.hintBuf = make([]country.Mention, 0, hintChunk)
		}
		k := len(r.hintBuf)
		r.hintBuf = country.AppendMentions(r.hintBuf, p.a.Partner)
		for _, f := range p.a.Fields {
			switch f.Kind {
			case FieldURL:
				if m, ok := country.AddressMention(f.Value); ok {
					r.hintBuf = addMention(r.hintBuf, k, m)
				}
			case FieldCity:
				// The partner's city, in a column of its own, says its
				// country as a city in its name does ("Lahore").
				var buf [maxMentions]country.Mention
				for _, m := range country.AppendMentions(buf[:0], f.Value) {
					r.hintBuf = addMention(r.hintBuf, k, m)
				}
			case FieldOther:
				// An Erasmus institution code ("D  BAMBERG01") says its
				// country by its prefix, as a web address by its domain.
				if m, ok := country.ErasmusMention(f.Value); ok {
					r.hintBuf = addMention(r.hintBuf, k, m)
				}
			}
		}
		p.hints, p.hinted = r.hintBuf[k:len(r.hintBuf):len(r.hintBuf)], true
	}
	return p.hints
}

// addMention adds m to the mentions hs[from:], strongest first: evidence
// for a country already there adds to it as an independent chance, as
// country.Mentions adds up the evidence of a name.
func addMention(hs []country.Mention, from int, m country.Mention) []country.Mention {
	for i := from; i < len(hs); i++ {
		if hs[i].Country == m.Country {
			m.Weight += hs[i].Weight - hs[i].Weight*m.Weight
			hs = append(hs[:i], hs[i+1:]...)
			break
		}
	}
	i := from
	for i < len(hs) && hs[i].Weight >= m.Weight {
		i++
	}
	return slices.Insert(hs, i, m)
}

// The arrays rows' mentions are kept in: hintChunk mentions each, a
// new one begun when fewer than maxMentions+1 (as many as one name
// gives at most, and a web address's) are left. A row with more web
// addresses may move its mentions to an array of their own.
const (
	hintChunk   = 4096
	maxMentions = 24
)

// doubt turns a doubt of the model into a diagnostic on its row.
func (r *Reader) doubt(d groups.Doubt) {
	line := func(i int) int { return r.pending[i].a.Line }
	side := func(s groups.Side) string {
		if s.Country.IsZero() {
			return "a group without a readable label"
		}
		return fmt.Sprintf("%s (label on line %d)", s.Country.Name, line(s.Label))
	}
	switch d.Kind {
	case groups.Ambiguous:
		r.diag(line(d.Row), Warning, ErrAmbiguousCountry, "row placed in %s with %d%% confidence; it could belong to %s",
			side(d.Got), percent(d.Confidence), side(d.Alt))
	case groups.StepBack:
		r.diag(line(d.Row), Warning, ErrAmbiguousCountry,
			"row placed in %s, but the partners step back out of order at line %d inside the group: a label may have been lost",
			d.Country.Name, line(d.At))
	case groups.Lost:
		where := fmt.Sprintf("line %d", line(d.Row))
		if d.Last > d.Row {
			where = fmt.Sprintf("lines %d-%d", line(d.Row), line(d.Last))
		}
		if !d.Country.IsZero() {
			r.diag(line(d.Row), Warning, ErrUnknownCountry, "%s form a group without a country label; their names point to %s", where, d.Country.Name)
		} else {
			r.diag(line(d.Row), Warning, ErrUnknownCountry, "%s form a group without a country label; country left unknown", where)
		}
	case groups.Low:
		r.diag(line(d.Row), Warning, ErrAmbiguousCountry, "row placed in %s with only %d%% confidence", d.Country.Name, percent(d.Confidence))
	case groups.Conflict:
		what := "the partner's name names " + d.Alt.Country.Name
		for _, f := range r.pending[d.Row].a.Fields {
			if m, ok := country.AddressMention(f.Value); ok && f.Kind == FieldURL && m.Country == d.Alt.Country {
				what = fmt.Sprintf("its web address %s is %s's", quoteCut(f.Value), d.Alt.Country.Name)
				break
			}
		}
		r.diag(line(d.Row), Warning, ErrNameConflict, "row placed in %s, but %s", d.Country.Name, what)
	case groups.Between:
		r.diag(line(d.Row), Warning, ErrAmbiguousCountry,
			"row placed in %s, between line %d, which says %s, and line %d, whose partner names %s: the group may end on either side",
			d.Country.Name, line(d.At), d.Country.Name, line(d.Last), d.Alt.Country.Name)
	case groups.Beyond:
		r.diag(line(d.Row), Warning, ErrAmbiguousCountry,
			"row placed in %s, beyond line %d, whose partner names %s: the group may end before it",
			d.Country.Name, line(d.At), d.Alt.Country.Name)
	case groups.FromNames:
		r.diag(line(d.Row), Warning, ErrUnknownCountry, "row placed in %s by partners' names alone, with no label", d.Country.Name)
	}
}

// percent is a confidence as a whole percentage, rounded down: a row
// just under a threshold does not read as on it.
func percent(c float64) int { return int(100 * c) }

// commit moves the first n pending rows to the ready queue.
func (r *Reader) commit(n int) {
	for i := 0; i < n; i++ {
		a := &r.pending[i].a
		r.orderDates(a)
		if a.Country.IsZero() && !r.warnedOn(a.Line, max(a.Line, a.EndLine)) {
			// A row of a group whose label reads as no country, or of a
			// lost group below its first row: unknown, said on its line.
			r.diag(a.Line, Warning, ErrUnknownCountry, "country unknown: the row's group has no label read as a country")
		}
		r.ready = append(r.ready, *a)
	}
	if n > 0 && len(r.warned) > maxWarned {
		// Lines before the rows still pending are asked about no more.
		next := math.MaxInt
		if n < len(r.pending) {
			next = r.pending[n].a.Line
		}
		for l := range r.warned {
			if l < next {
				delete(r.warned, l)
			}
		}
	}
	rest := copy(r.pending, r.pending[n:])
	clear(r.pending[rest:])
	r.pending = r.pending[:rest]
}

// maxWarned is how many warned lines the reader remembers before it
// forgets those of rows already settled.
const maxWarned = 4096

// warnedOn reports whether a warning or error was given on one of the
// lines first to last.
func (r *Reader) warnedOn(first, last int) bool {
	for l := first; l <= last; l++ {
		if r.warned[l] {
			return true
		}
	}
	return false
}

// fillDown gives each row the country of the last label above it.
func (r *Reader) fillDown(rows []row) {
	for i := range rows {
		a := &rows[i].a
		if rows[i].labelled() {
			r.lastFill = rows[i].match
			a.Country, a.Confidence = r.lastFill.Country, r.lastFill.Confidence
			a.CountrySource = CountryPrinted
			if a.CountryLabel == "" {
				a.CountrySource = CountryFillDown // under a heading
			}
		} else {
			a.Country, a.Confidence = r.lastFill.Country, r.lastFill.Confidence/2
			a.CountrySource = CountryFillDown
		}
		if a.Country.IsZero() {
			a.CountrySource = CountryUnknown
			a.Confidence = 0
		}
		r.labelDiagnostics(&rows[i], Country{})
	}
}

// labelDiagnostics reports a label that needed repair or could not be
// read: taken as a copy of copyOf's label, when that is not zero.
func (r *Reader) labelDiagnostics(rw *row, copyOf Country) {
	a := &rw.a
	switch {
	case a.CountryLabel == "":
	case rw.match.Country.IsZero():
		if !copyOf.IsZero() {
			r.diag(a.Line, Info, ErrDuplicateLabel, "label %s not read as a country; taken as a second copy of the group's label (%s)",
				quoteCut(a.CountryLabel), copyOf.Name)
		} else {
			r.diag(a.Line, Warning, ErrUnknownCountry, "label %s is not a country name", quoteCut(a.CountryLabel))
		}
	case rw.match.Repair != "":
		r.diag(a.Line, Info, ErrRepairedCountry, "label %s read as %s (%s)", quoteCut(a.CountryLabel), rw.match.Country.Name, rw.match.Repair)
	}
}
