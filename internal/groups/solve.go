package groups

import (
	"math"
	"slices"
)

// solution is the best split of the window: the chosen option of each
// gap, and the tables of the anchors' groups under the current weights.
type solution struct {
	best []int // chosen option of each gap
	// tabs[k] holds, for anchor k's group starting at gaps[k].brs[i] and
	// ending before gaps[k+1].bls[j], the log-likelihood of its label's
	// position at [i*len(bls)+j]; probs the same as a probability.
	tabs, probs [][]float64
	// tabArena and probArena are the memory of tabs and probs.
	tabArena, probArena []float64
}

// run builds the lattice, learns the window's weights and picks the best
// split. It returns how many rows may be settled: all of them when
// final, else the rows before the group of an anchor near the end.
func (w *window) run(final bool) int {
	w.buildLattice()
	n := len(w.rows)
	m := len(w.anchors)
	if m == 0 {
		if !final && n < w.MaxPending {
			return 0
		}
		return n
	}
	w.learn()
	if final {
		return n
	}
	keep := m - w.WindowKeep
	if keep < 1 {
		if n < w.MaxPending {
			return 0
		}
		// A group larger than the window: settle up to the last anchor's
		// group, which may still grow, or, inside that group, up to its
		// last label: the rows between copies of one label are its own.
		keep = m - 1
		if keep < 1 {
			return w.anchors[m-1].last
		}
	}
	return w.gaps[keep].opts[w.best[keep]].br
}

// learn finds how this listing places its labels and the best split
// under that. It starts once from labels centred in their groups and
// once from labels on first rows, re-estimates the position weights
// from each LearnRounds-1 times, and keeps the better explanation. Once
// enough groups of the listing are settled (KnownPositions), their
// positions are known well enough and one round suffices. Where no gap
// offers a choice, positions do not matter.
func (w *window) learn() {
	if !w.choice {
		w.solve()
		return
	}
	var settled float64
	for _, c := range w.settled {
		settled += c.groups()
	}
	if settled >= w.KnownPositions {
		w.solve()
		w.learnPositions()
		w.learnLost()
		w.solve()
		return
	}
	start := w.pos
	var keepPos [2]Positions
	var keepLost float64
	var keepBest []int
	keepScore := math.Inf(-1)
	for _, first := range []bool{false, true} {
		w.pos = start
		if first {
			w.pos = [2]Positions{w.First, w.First}
		}
		var total float64
		w.lnLost = math.Log(w.LostPrior)
		for round := 0; round < w.LearnRounds; round++ {
			if round > 0 {
				w.learnPositions()
				w.learnLost()
			}
			total = w.solve()
		}
		if total > keepScore {
			keepScore, keepPos, keepLost = total, w.pos, w.lnLost
			keepBest = append(keepBest[:0], w.best...)
		}
	}
	w.pos, w.lnLost = keepPos, keepLost
	copy(w.best, keepBest)
	w.tables()
}

// localScore is an option's own score with the prior of a lost group.
func (w *window) localScore(o option) float64 {
	if o.lost {
		return o.local + w.lnLost
	}
	return o.local
}

// learnLost sets the chance that a group lost its label from the groups
// of the current solution, against LostPrior worth LostWeight groups.
func (w *window) learnLost() {
	lost := 0.0
	for k := range w.gaps {
		if o := w.gaps[k].opts[w.best[k]]; o.bl < o.br {
			lost++
		}
	}
	groups := float64(len(w.anchors)) + lost
	w.lnLost = math.Log((lost + w.LostPrior*w.LostWeight) / (groups + w.LostWeight))
}

// solve runs the dynamic programme over the gaps, sets best and returns
// the best total score. Options are grouped by their distinct
// boundaries, so each step costs options plus starts × ends.
func (w *window) solve() float64 {
	w.tables()
	m := len(w.anchors)
	nopt := len(w.optArena)
	w.score = slices.Grow(w.score[:0], nopt)[:nopt]
	w.from = slices.Grow(w.from[:0], nopt)[:nopt]
	score, from := w.score, w.from
	for i, o := range w.gaps[0].opts {
		score[i] = w.localScore(o)
	}
	bestByStart, argByStart := w.fbuf[0][:0], w.ibuf[0][:0]
	bestByEnd, argByEnd := w.fbuf[1][:0], w.ibuf[1][:0]
	for k := 1; k <= m; k++ {
		prev, cur := &w.gaps[k-1], &w.gaps[k]
		// The best previous option for each start of anchor k-1's group.
		bestByStart = slices.Grow(bestByStart[:0], len(prev.brs))[:len(prev.brs)]
		argByStart = slices.Grow(argByStart[:0], len(prev.brs))[:len(prev.brs)]
		for i := range bestByStart {
			bestByStart[i], argByStart[i] = math.Inf(-1), -1
		}
		for i, o := range prev.opts {
			if s := score[prev.off+i]; s > bestByStart[o.bri] {
				bestByStart[o.bri], argByStart[o.bri] = s, i
			}
		}
		// The best for each end of the group.
		tab := w.tabs[k-1]
		ne := len(cur.bls)
		bestByEnd = slices.Grow(bestByEnd[:0], ne)[:ne]
		argByEnd = slices.Grow(argByEnd[:0], ne)[:ne]
		for j := range bestByEnd {
			bestByEnd[j], argByEnd[j] = math.Inf(-1), 0
			for i, s := range bestByStart {
				if argByStart[i] < 0 {
					continue
				}
				if v := s + tab[i*ne+j]; v > bestByEnd[j] {
					bestByEnd[j], argByEnd[j] = v, argByStart[i]
				}
			}
		}
		for j, o := range cur.opts {
			score[cur.off+j] = bestByEnd[o.bli] + w.localScore(o)
			from[cur.off+j] = argByEnd[o.bli]
		}
	}
	w.fbuf[0], w.ibuf[0], w.fbuf[1], w.ibuf[1] = bestByStart, argByStart, bestByEnd, argByEnd
	if len(w.best) != m+1 {
		w.best = make([]int, m+1)
	}
	last := &w.gaps[m]
	bi := 0
	for j := range last.opts {
		if score[last.off+j] > score[last.off+bi] {
			bi = j
		}
	}
	total := score[last.off+bi]
	for k := m; k >= 0; k-- {
		w.best[k] = bi
		if k > 0 {
			bi = from[w.gaps[k].off+bi]
		}
	}
	return total
}
