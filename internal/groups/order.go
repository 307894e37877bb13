package groups

import (
	"math"

	"github.com/exchangelist/agreements/country"
)

// keyStats counts, for one sort key (partner name or date), the steps
// backwards between neighbouring rows, and how the gaps between labels
// of distinct groups hold them.
type keyStats struct {
	pairs, desc    int     // comparable neighbouring rows; steps backwards
	gaps, gapsDesc int     // gaps between labels; gaps with a step backwards
	gapLen         [65]int // gaps by number of pairs (the last counts longer ones)
	cur            int     // pairs since the last label
	curDesc        bool    // a step backwards since the last label
}

// step records one pair of neighbouring rows.
func (k *keyStats) step(desc bool) {
	k.pairs++
	k.cur++
	if desc {
		k.desc++
		k.curDesc = true
	}
}

// label records a label; group reports whether it starts a new group
// after an earlier label, closing a gap.
func (k *keyStats) label(group bool) {
	if group {
		k.gaps++
		if k.curDesc {
			k.gapsDesc++
		}
		k.gapLen[min(k.cur, len(k.gapLen)-1)]++
	}
	k.cur, k.curDesc = 0, false
}

// probs estimates the chance of a step backwards between two rows of one
// group (p) and at a group boundary (q). In a listing sorted within
// groups p is near 0 and q high, since a group starts at its smallest
// name and ends at its largest; in an unsorted one both are near 1/2.
// Each gap between labels of distinct groups holds one boundary, so
// E[steps] = qG + p(N-G) and P(gap of g pairs has no step) =
// (1-q)(1-p)^(g-1); a few rounds of these fix p and q, starting from a
// listing a little sorted (p 0.1, q 0.5).
func (k *keyStats) probs(pr *Params) (p, q float64) {
	n, d, g := float64(k.pairs), float64(k.desc), float64(k.gaps)
	p, q = 0.1, 0.5
	if k.gaps == 0 || n-g < 1 {
		p = (d + 2) / (n + 4)
		return min(max(p, pr.MinStep), pr.MaxStep), 0.5
	}
	for range 8 {
		var sum float64
		for l, c := range k.gapLen {
			if c > 0 {
				sum += float64(c) * math.Pow(1-p, float64(max(l-1, 0)))
			}
		}
		// Smoothed towards an unsorted listing, so few rows prove little.
		q = 1 - (g-float64(k.gapsDesc)+1)/(sum+2)
		q = min(max(q, pr.MinBoundary), pr.MaxBoundary)
		p = (max(d-q*g, 0) + 2) / (n - g + 4) // prior: 2 of 4 pairs step back
		p = min(max(p, pr.MinStep), pr.MaxStep)
	}
	return p, q
}

// sortedness says, from 0 to 1, how far the listing is sorted by this
// key within groups: 1 when its steps backwards are as few as a sorted
// listing has (SortedSteps per group boundary), 0 when they are as many
// as an unsorted one has (half the pairs). Within an unsorted listing
// steps backwards cluster so that the per-gap estimate of probs is
// biased; this overall count is not.
func (k *keyStats) sortedness(pr *Params) float64 {
	unsorted := float64(k.pairs) / 2
	sorted := pr.SortedSteps * float64(k.gaps)
	// One step back's worth of smoothing: a few rows prove little either
	// way, and lean to trusting order half.
	s := (unsorted - float64(k.desc) + 1) / (max(unsorted-sorted, 0) + 2)
	return min(max(s, 0), 1)
}

// orderStats measures, over the rows added so far, how sorted the
// listing is by partner name and by date.
type orderStats struct {
	// date counts steps to an earlier date, dateRev to a later one: a
	// listing sorted newest first within groups steps back in the
	// second.
	name, date, dateRev keyStats

	rows         int             // rows added
	lastLabelRow int             // 1-based number of the last labelled row
	lastLabel    country.Country // its country
}

// add records a new row's relation to the one before it.
func (st *orderStats) add(rw *Row) {
	st.rows++
	if st.rows > 1 {
		st.name.step(rw.Desc)
		if rw.DateCmp {
			st.date.step(rw.DateDesc)
			st.dateRev.step(rw.DateAsc)
		}
	}
	if rw.labelled() {
		c := rw.Label.Country
		adjacent := st.lastLabelRow == st.rows-1 && st.rows > 1
		group := st.lastLabelRow > 0 && (!adjacent || !c.IsZero() && !st.lastLabel.IsZero() && c != st.lastLabel)
		if c.IsZero() && adjacent {
			c = st.lastLabel
		}
		st.name.label(group)
		st.date.label(group)
		st.dateRev.label(group)
		st.lastLabelRow, st.lastLabel = st.rows, c
	}
}

// gains are the log-likelihood ratios of a boundary at a step backwards
// (desc) or not (asc), for names and for dates, each scaled by how
// sorted the listing is by that key. With dateRev set the listing is
// sorted newest first, and a step backwards in dates is a step to a
// later date.
type gains struct {
	nameDesc, nameAsc float64
	dateDesc, dateAsc float64
	dateRev           bool
	sorted            bool // sorted by either key
}

func (st *orderStats) gains(pr *Params) gains {
	p, q := st.name.probs(pr)
	sn := st.name.sortedness(pr)
	dates, rev := &st.date, false
	// Newest first only when the steps to a later date are fewer than
	// those to an earlier one by more than chance: in a listing in no
	// order, each is half the pairs that differ, give or take
	// sqrt(pairs)/2, and two such deviations (Params.RevSteps) are few
	// listings' luck. Sortedness cannot tell: with groups of two rows a
	// sorted and an unsorted listing step back about as often.
	if n := st.date.desc + st.dateRev.desc; float64(st.date.desc-st.dateRev.desc) > pr.RevSteps*math.Sqrt(float64(n)) {
		dates, rev = &st.dateRev, true
	}
	p2, q2 := dates.probs(pr)
	sd := dates.sortedness(pr)
	return gains{
		nameDesc: sn * math.Log(q/p), nameAsc: sn * math.Log((1-q)/(1-p)),
		dateDesc: sd * math.Log(q2/p2), dateAsc: sd * math.Log((1-q2)/(1-p2)),
		dateRev: rev,
		sorted:  max(sn, sd) >= pr.Unsorted,
	}
}
