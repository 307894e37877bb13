package groups

import (
	"math"

	"github.com/exchangelist/agreements/country"
)

// keyStats counts, for one sort key (partner name or date), the steps
// backwards between neighbouring rows, and how the gaps between labels
// of distinct groups hold them.
type keyStats struct {
	pairs, desc int // comparable neighbouring rows; steps backwards
	gaps        int // gaps between labels of distinct groups
	// gapSteps counts gaps by their pairs and their steps backwards,
	// each up to maxGapPairs (a longer gap is scaled down to it).
	gapSteps [maxGapPairs + 1][maxGapPairs + 1]int32
	cur      int // pairs since the last label
	curDesc  int // steps backwards since the last label
	// lnRandom is the log-likelihood of the steps so far in a listing in
	// random order (see step); last is the direction of the step
	// before: 0 none, 1 forwards, 2 backwards.
	lnRandom float64
	last     int8
}

// maxGapPairs bounds the gaps keyStats.gapSteps tells apart; a longer one
// is counted as one of maxGapPairs pairs with its share of steps back.
// Engineering: groups of more than 32 rows are few, and the table takes
// 4 KiB a key.
const maxGapPairs = 32

// The chances of a step's direction in a sequence in random order,
// given the step before: the same direction 1/3, the other 2/3 (of three
// values in random order, 2 of the 6 orders go one way twice). In random
// order a gap of two pairs holds exactly one step back two times in
// three, as a sorted listing's gaps do: steps taken as independent
// halves would make random dates in groups of one or two rows look
// sorted.
var (
	lnHalf  = math.Log(1.0 / 2)
	lnSame  = math.Log(1.0 / 3)
	lnOther = math.Log(2.0 / 3)
)

// step records one pair of neighbouring rows.
func (k *keyStats) step(desc bool) {
	k.pairs++
	k.cur++
	dir := int8(1)
	if desc {
		k.desc++
		k.curDesc++
		dir = 2
	}
	switch k.last {
	case 0:
		k.lnRandom += lnHalf
	case dir:
		k.lnRandom += lnSame
	default:
		k.lnRandom += lnOther
	}
	k.last = dir
}

// skip records a pair that cannot be compared: the next step's
// direction does not depend on the last.
func (k *keyStats) skip() { k.last = 0 }

// label records a label; group reports whether it starts a new group
// after an earlier label, closing a gap.
func (k *keyStats) label(group bool) {
	if group {
		k.gaps++
		l, d := k.cur, k.curDesc
		if l > maxGapPairs {
			l, d = maxGapPairs, (d*maxGapPairs+l/2)/l
		}
		k.gapSteps[l][d]++
	}
	k.cur, k.curDesc = 0, 0
}

// probs estimates the chance of a step backwards between two rows of one
// group (p) and at a group boundary (q). In a listing sorted within
// groups p is near 0 and q high, since a group starts at its smallest
// name and ends at its largest; in an unsorted one both are near 1/2.
//
// Each gap between labels of distinct groups holds one boundary, on any
// of its pairs; the other pairs of a gap, and those outside gaps (before
// the first label, after the last, between copies of one label), lie
// inside groups. Which of a gap's pairs is its boundary is not known: a
// few rounds of EM attribute each gap's steps back to its boundary (with
// chance q) or to its inside (p), from p and q 0.1 and 0.5. The steps
// attributed to the inside give p through stepChance, with prior the
// chance that the listing is sorted by the key; those attributed to
// boundaries give q, smoothed towards what a boundary does in a listing
// as sorted as stepChance finds it (SortedSteps sorted, 1/2 not). A
// gap's count matters, not only whether it steps back: groups of one
// or two rows in no order step back at nearly every gap, which would
// look like a sorted listing's boundaries. With random set (the dates'),
// the sorted explanation with the p and q found is weighed against
// random order too (lnRandom, less OrderPenalty), and p and q are
// blended towards 1/2 by how much less likely it is.
func (k *keyStats) probs(pr *Params, prior float64, random bool) (p, q float64) {
	n, d, g := float64(k.pairs), float64(k.desc), float64(k.gaps)
	p, q = 0.1, 0.5
	if k.gaps == 0 || n-g < 1 {
		p = (d + 2) / (n + 4)
		return min(max(p, pr.MinStep), pr.MaxStep), 0.5
	}
	// Pairs and steps in gaps; the rest lie inside groups.
	var gl, gd float64
	for l := range k.gapSteps {
		for s, c := range k.gapSteps[l][:l+1] {
			gl += float64(c) * float64(l)
			gd += float64(c) * float64(s)
		}
	}
	free := max(n-gl, 0)
	freeDesc := min(max(d-gd, 0), free)
	g -= float64(k.gapSteps[0][0]) // a gap of no pair holds no boundary pair
	ws := prior                    // the chance that the listing is sorted by the key
	for range 10 {
		var at, inDesc, inPairs float64
		for l := 1; l < len(k.gapSteps); l++ {
			for s, c := range k.gapSteps[l][:l+1] {
				if c == 0 {
					continue
				}
				x, ll := float64(s), float64(l)
				// The chance that the boundary is one of the steps back.
				ab, aa := x*q/p, (ll-x)*(1-q)/(1-p)
				r := ab / (ab + aa)
				at += float64(c) * r
				inDesc += float64(c) * (x - r)
				inPairs += float64(c) * (ll - 1)
			}
		}
		p, ws = stepChance(freeDesc+inDesc, free+inPairs, prior, pr)
		p = min(max(p, pr.MinStep), pr.MaxStep)
		q0 := ws*pr.SortedSteps + (1-ws)*0.5
		q = (at + 2*q0) / (g + 2)
		q = min(max(q, pr.MinBoundary), pr.MaxBoundary)
	}
	if !random {
		return p, q
	}
	// How much better the sorted explanation, with the p and q found,
	// explains the steps than random order does (lnRandom), less
	// OrderPenalty for the two chances fitted.
	lnS := freeDesc*math.Log(p) + (free-freeDesc)*math.Log(1-p)
	for l := 1; l < len(k.gapSteps); l++ {
		for s, c := range k.gapSteps[l][:l+1] {
			if c == 0 {
				continue
			}
			x, ll := float64(s), float64(l)
			lnS += float64(c) * (x*math.Log(p) + (ll-x)*math.Log(1-p) + math.Log((x*q/p+(ll-x)*(1-q)/(1-p))/ll))
		}
	}
	lo := lnS - k.lnRandom - pr.OrderPenalty
	sorted := 1 / (1 + math.Exp(-lo))
	p = sorted*p + (1-sorted)*0.5
	q = sorted*q + (1-sorted)*0.5
	return min(max(p, pr.MinStep), pr.MaxStep), min(max(q, pr.MinBoundary), pr.MaxBoundary)
}

// stepChance estimates the chance of a step backwards inside a group
// from d such steps in n pairs, and the chance that the listing is
// sorted by the key. Listings come in two kinds, sorted within groups
// (a step back now and then: SortedPrior) and in no order (half the
// pairs: UnsortedPrior), each a beta prior, as likely as each other
// before the listing says; the estimate is the posterior mean over both,
// each weighted by how well it explains d of n (beta-binomial). A flat
// prior would let a dozen rows without a step back prove a rate of one
// in six.
func stepChance(d, n, prior float64, pr *Params) (p, sorted float64) {
	s, u := pr.SortedPrior, pr.UnsortedPrior
	ls, lu := lnBetaBinom(d, n, s), lnBetaBinom(d, n, u)
	sorted = 1 / (1 + math.Exp(lu-ls)*(1-prior)/prior)
	return sorted*(s.A+d)/(s.A+s.B+n) + (1-sorted)*(u.A+d)/(u.A+u.B+n), sorted
}

// lnBetaBinom is the log-likelihood of d steps in n pairs under prior b,
// without the binomial coefficient, which both kinds share.
func lnBetaBinom(d, n float64, b Beta) float64 {
	return lnBeta(d+b.A, n-d+b.B) - lnBeta(b.A, b.B)
}

func lnBeta(a, b float64) float64 {
	x, _ := math.Lgamma(a)
	y, _ := math.Lgamma(b)
	z, _ := math.Lgamma(a + b)
	return x + y - z
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
		} else {
			st.date.skip()
			st.dateRev.skip()
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
	p, q := st.name.probs(pr, pr.SortedByName, false)
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
	p2, q2 := dates.probs(pr, pr.SortedByDate, true)
	sd := dates.sortedness(pr)
	return gains{
		nameDesc: sn * math.Log(q/p), nameAsc: sn * math.Log((1-q)/(1-p)),
		dateDesc: sd * math.Log(q2/p2), dateAsc: sd * math.Log((1-q2)/(1-p2)),
		dateRev: rev,
		sorted:  max(sn, sd) >= pr.Unsorted,
	}
}
