package groups

import (
	"cmp"
	"slices"

	"github.com/exchangelist/agreements/country"
)

// The lattice: the labelled rows are grouped into anchors, one per group
// that has a label; between two anchors lies a gap, whose options say
// where the group before ends, where the group after starts, and whether
// a group without a label lies between.

// An anchor is a group's label: one row, or several rows carrying copies
// of one label. Its label rows are labelRows[l0:l1].
type anchor struct {
	first, last int // rows of its first and last label
	l0, l1      int
	country     country.Country
	conf        float64
}

// An option places the boundaries of a gap between two anchors: the
// group before ends at bl-1, the group after starts at br, and the rows
// from bl to br-1, if any, form a group whose label was lost. bli and bri
// index the gap's distinct values of bl and br.
type option struct {
	bl, br   int
	bli, bri int
	local    float64 // the option's own score: boundaries and names
	lost     bool    // the option has a group without a label (local lacks its prior)
}

// A gap is the set of options between two anchors, or before the first
// or after the last.
type gap struct {
	opts     []option
	off      int   // index of opts[0] in the option arena
	bls, brs []int // distinct values of bl and br among opts
}

// lattice is the window's anchors and gaps. gaps[k] precedes anchors[k];
// gaps[len(anchors)] follows the last.
type lattice struct {
	anchors   []anchor
	labelRows []int
	gaps      []gap
	copyOf    []country.Country // per row: the country an unread label was taken as a copy of; nil if none was
	copyArena []country.Country // memory for copyOf
	choice    bool              // some gap has more than one option
	fixed     bool              // the first row starts a group whose start is settled
	optArena  []option
	intArena  []int
}

type scoredBoundary struct {
	b int
	s float64
}

// findAnchors groups the labelled rows into anchors. Copies of one label
// (the same country, or a label that cannot be read printed next to a
// clear one) make one anchor.
func (w *window) findAnchors() {
	rows := w.rows
	for i := range rows {
		if !rows[i].labelled() {
			continue
		}
		m := rows[i].Label
		weak := m.Country.IsZero() || m.Confidence < w.WeakLabel
		if n := len(w.anchors); n > 0 {
			an := &w.anchors[n-1]
			anWeak := an.country.IsZero() || an.conf < w.WeakLabel
			adjacent := an.last == i-1 && rows[an.last].Page == rows[i].Page &&
				!(rows[i].Desc && w.nameDesc >= w.StepBackGain) // in a sorted listing a step back parts them
			if adjacent && m.Country.IsZero() && rows[i].Desc && i+1 < len(rows) && rows[i+1].labelled() &&
				!rows[i+1].Label.Country.IsZero() && !rows[i+1].Desc && rows[i+1].Page == rows[i].Page {
				// An unread label between two clear ones is the copy of the
				// one it is not parted from by a step back.
				adjacent = false
			}
			// An unreadable copy may also sit one row further off, when
			// nothing between says a group ends there.
			if !adjacent && (m.Country.IsZero() || an.country.IsZero()) && an.last == i-2 &&
				rows[an.last].Page == rows[i].Page && !rows[i-1].Desc && !rows[i].Desc && !rows[i-1].labelled() {
				adjacent = true
			}
			same := !m.Country.IsZero() && m.Country == an.country
			join := true
			switch {
			case same:
				an.conf = max(an.conf, m.Confidence)
			case adjacent && m.Country.IsZero() && !anWeak:
				// An unread label beside a clear one is its copy; a weak one
				// that names another country is a label of its own
				// ("Norweere" beside "Mexico").
				w.setCopy(i, an.country)
			case adjacent && an.country.IsZero() && !weak && !rows[an.last].Label.Piece:
				// (A piece of a long form, "Federation", goes on from the
				// label above it, never into the one below.)
				for _, l := range w.labelRows[an.l0:an.l1] {
					w.setCopy(l, m.Country)
				}
				an.country, an.conf = m.Country, m.Confidence
			default:
				join = false
			}
			if join {
				an.last = i
				w.labelRows = append(w.labelRows, i)
				an.l1 = len(w.labelRows)
				continue
			}
		}
		w.labelRows = append(w.labelRows, i)
		w.anchors = append(w.anchors, anchor{first: i, last: i, l0: len(w.labelRows) - 1, l1: len(w.labelRows), country: m.Country, conf: m.Confidence})
	}
}

// setCopy records that row i's label is a copy of c's.
func (w *window) setCopy(i int, c country.Country) {
	if w.copyOf == nil {
		w.copyArena = resize(w.copyArena, len(w.rows))
		clear(w.copyArena)
		w.copyOf = w.copyArena
	}
	w.copyOf[i] = c
}

// gain is the score of a boundary between rows b-1 and b, against
// keeping them in one group.
func (w *window) gain(b int) float64 {
	if b <= 0 || b >= len(w.rows) {
		return 0
	}
	rw := &w.rows[b]
	g := 0.0
	if rw.Desc {
		g += w.nameDesc
	} else {
		g += w.nameAsc
	}
	if rw.DateCmp {
		if w.dateRev && rw.DateAsc || !w.dateRev && rw.DateDesc {
			g += w.dateDesc
		} else {
			g += w.dateAsc
		}
	}
	if rw.SameInst {
		g -= w.SameInst
	}
	if w.rows[b-1].Page != rw.Page {
		g += w.PageBonus
	}
	return g
}

// lostScore scores rows lo..hi-1 as a group without a label: how well
// their names fit the country they point to together (the prior of such
// a group is added per solve: see weights.lnLost).
func (w *window) lostScore(lo, hi int) float64 {
	c := w.namesCountry(lo, hi)
	s := 0.0
	for i := lo; i < hi; i++ {
		s += w.nameScore(i, c)
	}
	return s
}

// candidates returns the boundary positions worth trying in lo..hi
// (inclusive): all of them in a short gap; in a long one the best by
// local score, the ends, and evenly spaced ones. The result is valid
// until the next call.
func (w *window) candidates(lo, hi int, score func(b int) float64) []int {
	c := w.cands[:0]
	if hi-lo+1 <= w.MaxCands {
		for b := lo; b <= hi; b++ {
			c = append(c, b)
		}
		w.cands = c
		return c
	}
	all := w.scored[:0]
	for b := lo; b <= hi; b++ {
		all = append(all, scoredBoundary{b, score(b)})
	}
	w.scored = all
	slices.SortStableFunc(all, func(x, y scoredBoundary) int { return cmp.Compare(y.s, x.s) })
	half := w.MaxCands / 2
	for _, x := range all[:half] {
		c = append(c, x.b)
	}
	c = append(c, lo, hi)
	for k := 1; k < half; k++ {
		c = append(c, lo+(hi-lo)*k/half)
	}
	slices.Sort(c)
	c = slices.Compact(c)
	w.cands = c
	return c
}

// buildLattice finds the anchors and lists the options of every gap.
func (w *window) buildLattice() {
	w.findAnchors()
	m := len(w.anchors)
	if m == 0 {
		return
	}
	w.optArena, w.intArena = w.optArena[:0], w.intArena[:0]
	w.gaps = resize(w.gaps, m+1)
	clear(w.gaps)
	for k := 0; k <= m; k++ {
		w.gapOptions(k)
	}
}

// gapOptions lists the ways of placing the boundaries of gap k.
func (w *window) gapOptions(k int) {
	n := len(w.rows)
	m := len(w.anchors)
	var lo, hi int // boundary positions: lo..hi inclusive
	var left, right *anchor
	if k > 0 {
		left = &w.anchors[k-1]
		lo = left.last + 1
	}
	if k < m {
		right = &w.anchors[k]
		hi = right.first
	} else {
		hi = n
	}
	start := len(w.optArena)
	defer func() { w.finishGap(k, start) }()
	if k == 0 && w.fixed {
		w.addOption(option{bl: 0, br: 0})
		return
	}
	// lnames[i-lo] is the name score of rows lo..i-1 in the left group;
	// rnames likewise for the right group.
	g := hi - lo
	lnames := slices.Grow(w.lnames[:0], g+1)[:g+1]
	rnames := slices.Grow(w.rnames[:0], g+1)[:g+1]
	w.lnames, w.rnames = lnames, rnames
	lnames[0], rnames[0] = 0, 0
	for i := lo; i < hi; i++ {
		var ls, rs float64
		if left != nil {
			ls = w.nameScore(i, left.country)
		}
		if right != nil {
			rs = w.nameScore(i, right.country)
		}
		lnames[i-lo+1] = lnames[i-lo] + ls
		rnames[i-lo+1] = rnames[i-lo] + rs
	}
	switch {
	case left == nil:
		// Rows before the first label: the first group, or a lost one.
		for _, b := range w.candidates(lo, hi, func(b int) float64 { return rnames[g] - rnames[b-lo] + w.gain(b) }) {
			o := option{bl: 0, br: b, local: rnames[g] - rnames[b-lo]}
			if b > 0 {
				o.local += w.lostScore(0, b) + w.gain(b)
				o.lost = true
			}
			w.addOption(o)
		}
		return
	case right == nil:
		// Rows after the last label: the last group, or a lost one.
		for _, b := range w.candidates(lo, hi, func(b int) float64 { return lnames[b-lo] + w.gain(b) }) {
			o := option{bl: b, br: n, local: lnames[b-lo]}
			if b < n {
				o.local += w.lostScore(b, n) + w.gain(b)
				o.lost = true
			}
			w.addOption(o)
		}
		return
	}
	// rows lo..b-1 go left, b..hi-1 go right.
	single := func(b int) float64 {
		return lnames[b-lo] + rnames[g] - rnames[b-lo] + w.gain(b)
	}
	cands := w.candidates(lo, hi, single)
	for _, b := range cands {
		w.addOption(option{bl: b, br: b, local: single(b)})
	}
	// A lost group between two labels: pairs of the best candidates.
	pc := cands
	if len(pc) > w.MaxPairCand {
		all := w.scored[:0]
		for _, b := range cands {
			all = append(all, scoredBoundary{b, single(b)})
		}
		w.scored = all
		slices.SortStableFunc(all, func(x, y scoredBoundary) int { return cmp.Compare(y.s, x.s) })
		buf := w.pairs[:0]
		for i := 0; i < w.MaxPairCand; i++ {
			buf = append(buf, all[i].b)
		}
		slices.Sort(buf)
		w.pairs = buf
		pc = buf
	}
	for x := 0; x < len(pc); x++ {
		for y := x + 1; y < len(pc); y++ {
			bl, br := pc[x], pc[y]
			local := lnames[bl-lo] + rnames[g] - rnames[br-lo] + w.gain(bl) + w.gain(br) + w.lostScore(bl, br)
			w.addOption(option{bl: bl, br: br, local: local, lost: true})
		}
	}
}

// addOption appends an option to the gap being built.
func (w *window) addOption(o option) {
	w.optArena = append(w.optArena, o)
}

// finishGap takes the options added since start as gap k's, and indexes
// their distinct boundaries.
func (w *window) finishGap(k, start int) {
	g := &w.gaps[k]
	g.opts = w.optArena[start:len(w.optArena):len(w.optArena)]
	g.off = start
	// Distinct values go to the int arena: first the bls, then the brs.
	b0 := len(w.intArena)
	for i := range g.opts {
		g.opts[i].bli = w.distinct(b0, g.opts[i].bl)
	}
	r0 := len(w.intArena)
	for i := range g.opts {
		g.opts[i].bri = w.distinct(r0, g.opts[i].br)
	}
	g.bls = w.intArena[b0:r0:r0]
	g.brs = w.intArena[r0:len(w.intArena):len(w.intArena)]
	if len(g.opts) > 1 {
		w.choice = true
	}
}

// distinct returns the index of v among the values of the int arena from
// start on, adding it when it is new.
func (w *window) distinct(start, v int) int {
	vals := w.intArena[start:]
	if j := slices.Index(vals, v); j >= 0 {
		return j
	}
	w.intArena = append(w.intArena, v)
	return len(vals)
}

// span returns the rows lo..hi (inclusive) of anchor k's group in the
// current solution.
func (w *window) span(k int) (lo, hi int) {
	return w.gaps[k].opts[w.best[k]].br, w.gaps[k+1].opts[w.best[k+1]].bl - 1
}
