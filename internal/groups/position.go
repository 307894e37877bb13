package groups

import "math"

// Label positions. A label sits on its group's middle row or on its
// first, within the part of the group on the label's page; how often
// each is learned from the listing, starting from Params.Centred and
// Params.First.

// posCounts counts labels by their place in their group's part: middle,
// first, last, elsewhere (posClass), and, for labels on one of an even
// part's two middle lines, the upper and the lower (in a part of two
// lines, its first and its last).
type posCounts [6]float64

// groups returns the number of labels counted by class.
func (c *posCounts) groups() float64 { return c[0] + c[1] + c[2] + c[3] }

// learnedWeights blends the position classes counted in c with the
// starting point Centred, worth PosPrior groups, and the side of the
// middle with an even chance worth SidePrior groups.
func (w *window) learnedWeights(c posCounts) Positions {
	d := w.Centred
	t := c.groups() + w.PosPrior
	return Positions{
		Mid:   (c[0] + w.PosPrior*d.Mid) / t,
		First: (c[1] + w.PosPrior*d.First) / t,
		Last:  (c[2] + w.PosPrior*d.Last) / t,
		Other: (c[3] + w.PosPrior*d.Other) / t,
		Upper: min(max((c[4]+w.SidePrior*0.5)/(c[4]+c[5]+w.SidePrior), 1-w.MaxSide), w.MaxSide),
	}
}

// A place is where a label stands, in lines: its first line, and twice
// its centre (first+last), so that a label between two lines has an
// integer centre. row is the row whose page the label is on.
type place struct {
	row, first, centre2 int
}

// posClass classifies a label at p in a group part of lines top..bottom:
// 0 middle, 1 first, 2 last, 3 elsewhere; -1 when the part is too small
// to tell.
func posClass(p place, top, bottom int) int {
	switch {
	case bottom-top < 2:
		return -1
	case p.first == top:
		return 1
	case p.first == bottom:
		return 2
	case abs(p.centre2-top-bottom) <= 1:
		return 0
	}
	return 3
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// part returns the lines of the part of group lo..hi on the page of row
// l, and whether that part starts the group at the top of a page.
func (w *window) part(l, lo, hi int) (top, bottom int, pageStart bool) {
	s := max(lo, w.pageLo[l])
	e := min(hi, w.pageHi[l])
	return w.rows[s].Top, w.rows[e].Bottom, s == lo && s == w.pageLo[l] && s > 0
}

// posProb is the chance of a label at p in a part of lines top..bottom:
// on its first line (the label's first line there), its last, its
// centre (within half a line: the centre of an even part lies between
// two lines, each worth half), or anywhere. With one line a row this is
// the chance of a row: the middle row, the first, the last, or any.
func posProb(w *Positions, p place, top, bottom int) float64 {
	x := w.Other / float64(bottom-top+1)
	if p.first == top {
		x += w.First
	}
	if p.first == bottom {
		x += w.Last
	}
	switch d := p.centre2 - top - bottom; {
	case d == 0:
		x += w.Mid
	case d == -1:
		x += w.Mid * w.upper()
	case d == 1:
		x += w.Mid * (1 - w.upper())
	}
	return x
}

// upper is the share of labels on the upper of an even part's two middle
// lines: an even chance when not learned.
func (p *Positions) upper() float64 {
	if p.Upper == 0 {
		return 0.5
	}
	return p.Upper
}

// positions returns the position weights of a group part, pageStart
// telling whether it starts the group at the top of a page.
func (w *window) positions(pageStart bool) *Positions {
	if pageStart {
		return &w.pos[1]
	}
	return &w.pos[0]
}

// labelPlace is where the label of row l stands.
func (w *window) labelPlace(l int) place {
	lab := &w.rows[l].Label
	return place{row: l, first: lab.First, centre2: lab.First + lab.Last}
}

// bestLabel returns the place of an anchor's label whose position in the
// group lo..hi is most likely, and that likelihood. Besides each copy of
// the label on its own: two copies either side of the group's centre
// are one centred label, and two copies one row apart stand either side
// of the centre: the row between is where the label belongs.
func (w *window) bestLabel(an *anchor, lo, hi int) (place, float64) {
	best, arg := 0.0, w.labelPlace(an.first)
	labels := w.labelRows[an.l0:an.l1]
	for _, l := range labels {
		if w.rows[l].Label.Kind == Heading {
			// A heading starts its group, whatever the printed labels
			// of the listing do (Params.Headed).
			p := place{row: l, first: w.rows[l].Top, centre2: 2 * w.rows[l].Top}
			x := w.Headed.Other / float64(hi-lo+1)
			if l == lo {
				x += w.Headed.First
			}
			if x > best {
				best, arg = x, p
			}
			continue
		}
		p := w.labelPlace(l)
		top, bottom, ps := w.part(l, lo, hi)
		pw := w.positions(ps)
		x := posProb(pw, p, top, bottom)
		if abs(p.centre2-top-bottom) == 2 && bottom-top+1 >= min(hi, w.pageHi[l])-max(lo, w.pageLo[l])+3 {
			// A whole line off the centre of a part whose rows wrap or
			// stand apart (two lines more than rows): where a merged
			// cell's text falls among such lines is rounded from the
			// page, blank lines and all ("Taiwan" a line below the
			// centre of its three rows on nine lines).
			x += pw.Mid / 2
		}
		if x > best {
			best, arg = x, p
		}
		if len(labels) > 1 && l+1 <= hi && w.rows[l+1].labelled() && w.pageLo[l+1] == w.pageLo[l] {
			pair := p
			pair.centre2 = p.first + w.rows[l+1].Label.Last
			if pair.centre2 == top+bottom {
				if x := posProb(pw, pair, top, bottom); x > best {
					best, arg = x, pair
				}
			}
		}
	}
	if c := an.first + 1; len(labels) == 2 && an.last == an.first+2 && w.pageLo[an.first] == w.pageLo[an.last] && c >= lo && c <= hi {
		centre2 := w.rows[an.first].Label.First + w.rows[an.last].Label.Last
		p := place{row: c, first: centre2 / 2, centre2: centre2}
		top, bottom, ps := w.part(c, lo, hi)
		if x := posProb(w.positions(ps), p, top, bottom); x > best {
			best, arg = x, p
		}
	}
	return arg, best
}

// learnPositions sets the position weights from the groups of the
// current solution and those settled before, each class weighed against
// the starting point.
func (w *window) learnPositions() {
	counts := *w.settled
	w.countPositions(&counts, len(w.rows))
	for k := range w.pos {
		w.pos[k] = w.learnedWeights(counts[k])
	}
}

// countPositions adds the position classes of the labels of the groups
// starting before row upTo in the current solution.
func (w *window) countPositions(counts *[2]posCounts, upTo int) {
	for k := range w.anchors {
		an := &w.anchors[k]
		lo, hi := w.span(k)
		if lo >= upTo || hi < lo || w.rows[an.first].Label.Kind == Heading {
			continue // a heading's place is not learned (Params.Headed)
		}
		p, _ := w.bestLabel(an, lo, hi)
		top, bottom, ps := w.part(p.row, lo, hi)
		i := 0
		if ps {
			i = 1
		}
		if c := posClass(p, top, bottom); c >= 0 {
			counts[i][c]++
		}
		switch p.centre2 - top - bottom {
		case -1:
			counts[i][4]++
		case 1:
			counts[i][5]++
		}
	}
}

// tables computes, for the current position weights, the score of each
// anchor's group for every pair of its possible boundaries: tabs as a
// log-likelihood, probs as a probability at the window's temperature.
func (w *window) tables() {
	m := len(w.anchors)
	if len(w.tabs) != m {
		w.tabs = resize(w.tabs, m)
		w.probs = resize(w.probs, m)
		n := 0
		for k := 0; k < m; k++ {
			n += len(w.gaps[k].brs) * len(w.gaps[k+1].bls)
		}
		w.tabArena, w.probArena = resize(w.tabArena, n), resize(w.probArena, n)
		ta, pa := w.tabArena, w.probArena
		off := 0
		for k := 0; k < m; k++ {
			size := len(w.gaps[k].brs) * len(w.gaps[k+1].bls)
			w.tabs[k], w.probs[k] = ta[off:off+size:off+size], pa[off:off+size:off+size]
			off += size
		}
	}
	for k := 0; k < m; k++ {
		starts, ends := w.gaps[k].brs, w.gaps[k+1].bls
		t, p := w.tabs[k], w.probs[k]
		an := &w.anchors[k]
		for i, lo := range starts {
			for j, end := range ends {
				x := 0.0
				if hi := end - 1; hi >= lo {
					_, x = w.bestLabel(an, lo, hi)
				}
				t[i*len(ends)+j] = math.Log(x)
				if w.temper != 1 {
					x = math.Pow(x, 1/w.temper)
				}
				p[i*len(ends)+j] = x
			}
		}
	}
}
