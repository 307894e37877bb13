package groups

import "math"

// Label positions. A label sits on its group's middle row or on its
// first, within the part of the group on the label's page; how often
// each is learned from the listing, starting from Params.Centred and
// Params.First.

// learnedWeights blends the position classes counted in c with the
// starting point Centred, worth PosPrior groups.
func (w *window) learnedWeights(c [4]float64) Positions {
	d := w.Centred
	t := c[0] + c[1] + c[2] + c[3] + w.PosPrior
	return Positions{
		Mid:   (c[0] + w.PosPrior*d.Mid) / t,
		First: (c[1] + w.PosPrior*d.First) / t,
		Last:  (c[2] + w.PosPrior*d.Last) / t,
		Other: (c[3] + w.PosPrior*d.Other) / t,
	}
}

// posClass classifies a label at idx in a group part of size rows: 0
// middle, 1 first, 2 last, 3 elsewhere; -1 when the part is too small
// to tell.
func posClass(idx, size int) int {
	switch {
	case size < 3:
		return -1
	case idx == 0:
		return 1
	case idx == size-1:
		return 2
	case size%2 == 1 && idx == size/2, size%2 == 0 && (idx == size/2 || idx == size/2-1):
		return 0
	}
	return 3
}

// labelPos returns, for the label on row l of a group lo..hi, its index
// and the size of the group's part on the label's page, and whether
// that part starts the group at the top of a page.
func (w *window) labelPos(l, lo, hi int) (idx, size int, pageStart bool) {
	s := max(lo, w.pageLo[l])
	e := min(hi, w.pageHi[l])
	return l - s, e - s + 1, s == lo && s == w.pageLo[l] && s > 0
}

// posProb is the chance of a label at idx in a part of size rows.
func posProb(p Positions, idx, size int, pair bool) float64 {
	x := p.Other / float64(size)
	if idx == 0 {
		x += p.First
	}
	if idx == size-1 {
		x += p.Last
	}
	if size%2 == 1 {
		if idx == size/2 {
			x += p.Mid
		}
	} else if idx == size/2 || idx == size/2-1 {
		x += p.Mid / 2
		// Two copies on the middle pair are one centred label.
		if pair && idx == size/2-1 {
			x += p.Mid / 2
		}
	}
	return x
}

// positions returns the position weights of a group part, pageStart
// telling whether it starts the group at the top of a page.
func (w *window) positions(pageStart bool) Positions {
	if pageStart {
		return w.pos[1]
	}
	return w.pos[0]
}

// bestLabel returns the label of an anchor whose position in the group
// lo..hi is most likely, and that likelihood.
func (w *window) bestLabel(an *anchor, lo, hi int) (int, float64) {
	best, arg := 0.0, an.first
	labels := w.labelRows[an.l0:an.l1]
	for _, l := range labels {
		idx, size, ps := w.labelPos(l, lo, hi)
		pair := len(labels) > 1 && l+1 <= hi && w.rows[l+1].labelled() && w.pageLo[l+1] == w.pageLo[l]
		if p := posProb(w.positions(ps), idx, size, pair); p > best {
			best, arg = p, l
		}
	}
	// Two copies one row apart stand either side of the centre of the
	// merged cell: the row between is where its label belongs.
	if c := an.first + 1; len(labels) == 2 && an.last == an.first+2 && w.pageLo[an.first] == w.pageLo[an.last] && c >= lo && c <= hi {
		idx, size, ps := w.labelPos(c, lo, hi)
		if p := posProb(w.positions(ps), idx, size, false); p > best {
			best, arg = p, c
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
func (w *window) countPositions(counts *[2][4]float64, upTo int) {
	for k := range w.anchors {
		an := &w.anchors[k]
		lo, hi := w.span(k)
		if lo >= upTo || hi < lo {
			continue
		}
		l, _ := w.bestLabel(an, lo, hi)
		idx, size, ps := w.labelPos(l, lo, hi)
		if c := posClass(idx, size); c >= 0 {
			i := 0
			if ps {
				i = 1
			}
			counts[i][c]++
		}
	}
}

// tables computes, for the current position weights, the score of each
// anchor's group for every pair of its possible boundaries: tabs as a
// log-likelihood, probs as a probability at the window's temperature.
func (w *window) tables() {
	m := len(w.anchors)
	if w.tabs == nil {
		w.tabs = make([][]float64, m)
		w.probs = make([][]float64, m)
		n := 0
		for k := 0; k < m; k++ {
			n += len(w.gaps[k].brs) * len(w.gaps[k+1].bls)
		}
		ta, pa := make([]float64, n), make([]float64, n)
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
