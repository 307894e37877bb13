package agreements

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/exchangelist/agreements/country"
	"github.com/exchangelist/agreements/internal/fold"
)

// This file decides the country of every row. In a listing the country
// is a merged cell printed on one row of its group, often the middle one,
// so the rows are split into contiguous groups around their labels by
// weighing the evidence the text keeps:
//
//   - labels: each group has one (printed once or twice), and labels of
//     distinct countries belong to distinct groups;
//   - order: where the partners of a group are sorted by name or by date,
//     a step backwards between two rows is almost always a group
//     boundary. How sorted the listing is gets measured first (see
//     keyStats.sortedness), so an unsorted listing gives this evidence
//     no weight;
//   - position: a label sits on its group's middle row or on its first,
//     within the part of the group on the label's page; the proportions
//     are learned from the listing (inference.learn);
//   - continuity: rows of the same institution stay together;
//   - pages: a group often starts on a new page;
//   - names: a partner's name may say where it is (hints.go).
//
// Each boundary between two labels, and each possible group without a
// label, is scored as a log-likelihood, and a dynamic programme over the
// labels picks the best split (inference.solve). Forward-backward over
// the same options gives each row its posterior, which becomes its
// confidence (inference.marginals, inference.confidences); rows in doubt
// get diagnostics naming the groups they could belong to. Only a few
// candidate boundaries are kept in each gap, and the streaming reader
// settles rows in windows of labels, so time is linear in the number of
// rows and memory bounded by a window.
//
// Weights of the model (natural logarithms of likelihoods).
const (
	lostPrior         = 0.03 // a group that lost its label
	lostWeight        = 20   // the prior's weight, in groups
	nameWeight        = 2.0  // nats per unit of name-hint weight
	sameInst          = 3.0  // cost of a boundary between rows of one institution
	pageBonus         = 0.7  // gain of a boundary at a page break
	weakLabel         = 0.6  // labels read with less confidence are weak
	ambiguous         = 0.75 // rows less sure than this get a diagnostic
	ambiguousUnsorted = 0.95 // the same, in a listing sorted by neither key
	unsortedTemper    = 2.5  // temperature of the posteriors in such a listing
	maxCands          = 14   // candidate boundaries kept in a long gap
	maxPairCand       = 7    // of which this many are combined into lost groups
	nameClear         = 1.5  // summed name weight that names a lost group's country
	lostShare         = 0.25 // and its least weight per row
	lowConfidence     = 0.6  // rows placed with less get a diagnostic in any case
	stepBackGain      = 2.0  // order evidence this strong makes a step back inside a group suspect
	windowLabel       = 512  // labelled rows that make the streaming reader settle
	windowKeep        = 8    // anchors kept back when settling part of a window
	maxPending        = 1 << 16
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
// (1-q)(1-p)^(g-1); a few rounds of these fix p and q.
func (k *keyStats) probs() (p, q float64) {
	n, d, g := float64(k.pairs), float64(k.desc), float64(k.gaps)
	p, q = 0.1, 0.5
	if k.gaps == 0 || n-g < 1 {
		p = (d + 2) / (n + 4)
		return min(max(p, 0.005), 0.5), 0.5
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
		q = min(max(q, 0.02), 0.98)
		p = (max(d-q*g, 0) + 2) / (n - g + 4) // prior: 2 of 4 pairs step back
		p = min(max(p, 0.005), 0.5)
	}
	return p, q
}

// sortedness says, from 0 to 1, how far the listing is sorted by this
// key within groups: 1 when its steps backwards are as few as a sorted
// listing has (about 0.85 per group boundary, as a group starts at its
// smallest value and ends at its largest), 0 when they are as many as an
// unsorted one has (half the pairs). Within an unsorted listing steps
// backwards cluster so that the per-gap estimate of probs is biased; this
// overall count is not.
func (k *keyStats) sortedness() float64 {
	unsorted := float64(k.pairs) / 2
	sorted := 0.85 * float64(k.gaps)
	// One step back's worth of smoothing: a few rows prove little either
	// way, and lean to trusting order half.
	s := (unsorted - float64(k.desc) + 1) / (max(unsorted-sorted, 0) + 2)
	return min(max(s, 0), 1)
}

// orderStats measures, over the rows read so far, how sorted the listing
// is by partner name and by date.
type orderStats struct {
	name, date keyStats

	lastLabelRow int     // data row number of the last label
	lastLabel    Country // its country
}

// observe records a new pending row's relation to the one before it.
func (r *Reader) observe(rw *row) {
	st := &r.stats
	if r.dataRows > 1 {
		if fold.Compare(rw.a.Partner, r.lastPartner) < 0 {
			rw.desc = true
		}
		st.name.step(rw.desc)
		rw.sameInst = sameInstitution(rw.a.Partner, r.lastPartner)
		if d := rw.a.EffectiveSince; !d.IsZero() && !r.lastDate.IsZero() {
			rw.dateCmp = true
			rw.dateDesc = d.Compare(r.lastDate) < 0
			st.date.step(rw.dateDesc)
		}
	}
	if rw.labelled() {
		c := rw.match.Country
		adjacent := st.lastLabelRow == r.dataRows-1 && r.dataRows > 1
		group := st.lastLabelRow > 0 && (!adjacent || !c.IsZero() && !st.lastLabel.IsZero() && c != st.lastLabel)
		if c.IsZero() && adjacent {
			c = st.lastLabel
		}
		st.name.label(group)
		st.date.label(group)
		st.lastLabelRow, st.lastLabel = r.dataRows, c
	}
	r.lastPartner = rw.a.Partner
	r.lastDate = rw.a.EffectiveSince
}

// settle decides the countries of pending rows whose group is complete
// and moves them to the ready queue. With final set, all pending rows are
// settled. Otherwise, once enough labels are pending, all but the last
// few groups are settled, so memory stays bounded by a few groups.
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
	if !final && r.pendingLabels < max(windowLabel, r.settleLabels) && len(r.pending) < max(maxPending, r.settleRows) {
		return
	}
	inf := newInference(r, r.pending)
	upTo := inf.run(final)
	inf.apply(upTo)
	if inf.best != nil {
		inf.countPositions(&r.posCounts, upTo)
	}
	r.commit(upTo)
	// When nothing could be settled (one label copied onto every row
	// makes one group of them all), wait until the window has doubled
	// before trying again, so the attempts cost linear time in all.
	r.settleLabels, r.settleRows = 0, 0
	if upTo == 0 {
		r.settleLabels, r.settleRows = 2*r.pendingLabels, 2*len(r.pending)
	}
}

// commit moves the first n pending rows to the ready queue.
func (r *Reader) commit(n int) {
	for i := 0; i < n; i++ {
		r.ready = append(r.ready, r.pending[i].a)
		if r.pending[i].labelled() {
			r.pendingLabels--
		}
	}
	rest := copy(r.pending, r.pending[n:])
	clear(r.pending[rest:])
	r.pending = r.pending[:rest]
	if n > 0 {
		r.settled = true
	}
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
		r.labelDiagnostics(&rows[i])
	}
}

// labelDiagnostics reports a label that needed repair or could not be
// read.
func (r *Reader) labelDiagnostics(rw *row) {
	a := &rw.a
	switch {
	case a.CountryLabel == "":
	case rw.match.Country.IsZero():
		if !rw.copyOf.IsZero() {
			r.diag(a.Line, Info, ErrDuplicateLabel, "label %s not read as a country; taken as a second copy of the group's label (%s)",
				quoteCut(a.CountryLabel), rw.copyOf.Name)
		} else {
			r.diag(a.Line, Warning, ErrUnknownCountry, "label %s is not a country name", quoteCut(a.CountryLabel))
		}
	case rw.match.Repair != "":
		r.diag(a.Line, Info, ErrRepairedCountry, "label %s read as %s (%s)", quoteCut(a.CountryLabel), rw.match.Country.Name, rw.match.Repair)
	}
}

// An anchor is a group's label: one row, or several rows carrying copies
// of one label. Its label rows are inf.labelRows[l0:l1].
type anchor struct {
	first, last int // rows of its first and last label
	l0, l1      int
	country     Country
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
	off      int   // index of opts[0] in the inference's option arena
	bls, brs []int // distinct values of bl and br among opts
}

type inference struct {
	r                 *Reader
	rows              []row
	anchors           []anchor
	labelRows         []int
	gaps              []gap // gaps[k] precedes anchors[k]; gaps[len(anchors)] follows the last
	hints             [][]country.Mention
	hinted            []bool
	doubted           []bool        // rows that got a diagnostic naming two groups
	pageLo            []int         // first row of each row's page part
	pageHi            []int         // last row of each row's page part
	nameDesc, nameAsc float64       // gain of a boundary at a step backwards in names, or not
	dateDesc, dateAsc float64       // the same for dates
	pos               [2]posWeights // label position weights: [1] for groups starting a page
	doubt             float64       // rows less sure than this get a diagnostic
	temper            float64       // temperature of the posteriors: above 1 where the model is less sure than it says
	lnLost            float64       // log chance that a group lost its label, learned per listing
	choice            bool          // some gap has more than one option
	best              []int         // chosen option of each gap
	fixed             bool          // the first row starts a group whose start is settled

	// tabs[k] holds, for anchor k's group starting at gaps[k].brs[i] and
	// ending before gaps[k+1].bls[j], the log-likelihood of its label's
	// position at [i*len(bls)+j]; probs the same as a probability.
	tabs, probs [][]float64

	// Scratch space, reused across gaps and solves.
	score, local, alpha, beta []float64
	from                      []int
	fbuf                      [2][]float64
	ibuf                      [2][]int
	names                     []float64
	rnames                    []float64
	cands                     []int
	scored                    []scoredBoundary
	acc                       []hintSum
	optArena                  []option
	intArena                  []int
}

type scoredBoundary struct {
	b int
	s float64
}

type hintSum struct {
	code string
	sum  float64
}

func newInference(r *Reader, rows []row) *inference {
	inf := &inference{r: r, rows: rows, fixed: r.settled}
	// Order evidence counts as far as the listing is measured to be
	// sorted by that key.
	p, q := r.stats.name.probs()
	sn := r.stats.name.sortedness()
	inf.nameDesc, inf.nameAsc = sn*math.Log(q/p), sn*math.Log((1-q)/(1-p))
	p2, q2 := r.stats.date.probs()
	sd := r.stats.date.sortedness()
	inf.dateDesc, inf.dateAsc = sd*math.Log(q2/p2), sd*math.Log((1-q2)/(1-p2))
	// In a listing sorted by neither key, only the labels' positions
	// place the boundaries, and the model of positions is less sure than
	// its posterior says: report more of its doubts.
	inf.doubt, inf.temper = ambiguous, 1
	if max(sn, sd) < 0.5 {
		inf.doubt, inf.temper = ambiguousUnsorted, unsortedTemper
	}
	inf.lnLost = math.Log(lostPrior)
	inf.pos = [2]posWeights{defaultPos, defaultPos}
	for k := range inf.pos {
		if c := r.posCounts[k]; c[0]+c[1]+c[2]+c[3] > 0 {
			inf.pos[k] = learnedWeights(c)
		}
	}
	inf.hints = make([][]country.Mention, len(rows))
	inf.hinted = make([]bool, len(rows))
	inf.doubted = make([]bool, len(rows))
	inf.pageLo = make([]int, len(rows))
	inf.pageHi = make([]int, len(rows))
	for i := range rows {
		if i > 0 && rows[i].page == rows[i-1].page {
			inf.pageLo[i] = inf.pageLo[i-1]
		} else {
			inf.pageLo[i] = i
		}
	}
	for i := len(rows) - 1; i >= 0; i-- {
		if i < len(rows)-1 && rows[i].page == rows[i+1].page {
			inf.pageHi[i] = inf.pageHi[i+1]
		} else {
			inf.pageHi[i] = i
		}
	}
	return inf
}

// learnedWeights blends the position classes counted in c with the prior.
func learnedWeights(c [4]float64) posWeights {
	d := defaultPos
	t := c[0] + c[1] + c[2] + c[3] + posPrior
	return posWeights{
		mid:   (c[0] + posPrior*d.mid) / t,
		first: (c[1] + posPrior*d.first) / t,
		last:  (c[2] + posPrior*d.last) / t,
		other: (c[3] + posPrior*d.other) / t,
	}
}

// hint returns the name hints of row i, computed once.
func (inf *inference) hint(i int) []country.Mention {
	if !inf.hinted[i] {
		inf.hints[i] = country.Mentions(inf.rows[i].a.Partner)
		inf.hinted[i] = true
	}
	return inf.hints[i]
}

// nameScore is the evidence that row i is in country c: what its name
// says for c, less the strongest it says for another country. A name
// that says nothing scores 0 everywhere.
func (inf *inference) nameScore(i int, c Country) float64 {
	var for_, against float64
	for _, h := range inf.hint(i) {
		if h.Country.Code == c.Code && !c.IsZero() {
			for_ = max(for_, h.Weight)
		} else {
			against = max(against, h.Weight)
		}
	}
	return nameWeight * (for_ - against)
}

// findAnchors groups the labelled rows into anchors. Copies of one label
// (the same country, or a label that cannot be read, or read only weakly,
// printed next to a clear one) make one anchor.
func (inf *inference) findAnchors() {
	rows := inf.rows
	for i := range rows {
		if !rows[i].labelled() {
			continue
		}
		m := rows[i].match
		weak := m.Country.IsZero() || m.Confidence < weakLabel
		if n := len(inf.anchors); n > 0 {
			an := &inf.anchors[n-1]
			anWeak := an.country.IsZero() || an.conf < weakLabel
			adjacent := an.last == i-1 && rows[an.last].page == rows[i].page
			// An unreadable copy may also sit one row further off, when
			// nothing between says a group ends there.
			if !adjacent && (m.Country.IsZero() || an.country.IsZero()) && an.last == i-2 &&
				rows[an.last].page == rows[i].page && !rows[i-1].desc && !rows[i].desc && !rows[i-1].labelled() {
				adjacent = true
			}
			same := !m.Country.IsZero() && m.Country == an.country
			join := true
			switch {
			case same:
				an.conf = max(an.conf, m.Confidence)
			case adjacent && weak && !anWeak:
				inf.rows[i].copyOf = an.country
			case adjacent && anWeak && !weak:
				for _, l := range inf.labelRows[an.l0:an.l1] {
					inf.rows[l].copyOf = m.Country
				}
				an.country, an.conf = m.Country, m.Confidence
			default:
				join = false
			}
			if join {
				an.last = i
				inf.labelRows = append(inf.labelRows, i)
				an.l1 = len(inf.labelRows)
				continue
			}
		}
		inf.labelRows = append(inf.labelRows, i)
		inf.anchors = append(inf.anchors, anchor{first: i, last: i, l0: len(inf.labelRows) - 1, l1: len(inf.labelRows), country: m.Country, conf: m.Confidence})
	}
}

// gain is the score of a boundary between rows b-1 and b, against
// keeping them in one group.
func (inf *inference) gain(b int) float64 {
	if b <= 0 || b >= len(inf.rows) {
		return 0
	}
	rw := &inf.rows[b]
	g := 0.0
	if rw.desc {
		g += inf.nameDesc
	} else {
		g += inf.nameAsc
	}
	if rw.dateCmp {
		if rw.dateDesc {
			g += inf.dateDesc
		} else {
			g += inf.dateAsc
		}
	}
	if rw.sameInst {
		g -= sameInst
	}
	if inf.rows[b-1].page != rw.page {
		g += pageBonus
	}
	return g
}

// lostScore scores rows lo..hi-1 as a group without a label, and returns
// the country its names point to (zero when they do not agree).
func (inf *inference) lostScore(lo, hi int) float64 {
	c := inf.lostCountry(lo, hi)
	s := 0.0 // the prior is added per solve: see inference.lnLost
	for i := lo; i < hi; i++ {
		s += inf.nameScore(i, c)
	}
	return s
}

// lostCountry returns the country the names of rows lo..hi-1 point to,
// when their summed weight is clear and no other country comes close.
func (inf *inference) lostCountry(lo, hi int) Country {
	acc := inf.acc[:0]
	for i := lo; i < hi; i++ {
	hints:
		for _, h := range inf.hint(i) {
			for j := range acc {
				if acc[j].code == h.Country.Code {
					acc[j].sum += h.Weight
					continue hints
				}
			}
			acc = append(acc, hintSum{h.Country.Code, h.Weight})
		}
	}
	inf.acc = acc
	var best, second float64
	var code string
	for _, a := range acc {
		switch {
		case a.sum > best || a.sum == best && a.code < code:
			best, second, code = a.sum, best, a.code
		case a.sum > second:
			second = a.sum
		}
	}
	// Clear means: enough weight, twice any other country's, and at
	// least a quarter of a row's worth per row, so that a few names in a
	// long run of rows (likely several groups) do not name it all.
	if best < nameClear*min(1, float64(hi-lo)/2) || best < 2*second || best < lostShare*float64(hi-lo) {
		return Country{}
	}
	return country.ByCode(code)
}

// posWeights are the chances of a label's position in its group: on the
// middle row (either middle row of an even group), the first, the last,
// or anywhere, spread evenly. They sum to 1.
type posWeights struct{ mid, first, last, other float64 }

// defaultPos is the prior: labels are centred in their merged cell, or
// sit on its first row.
var defaultPos = posWeights{mid: 0.6, first: 0.3, last: 0.05, other: 0.05}

// firstPos is the other starting point: labels on their group's first row.
var firstPos = posWeights{mid: 0.2, first: 0.7, last: 0.05, other: 0.05}

// posPrior is the weight of defaultPos, in groups, when learning the
// weights of a listing.
const posPrior = 6

// learnRounds is how many times the weights are solved for and re-estimated
// from each starting point.
const learnRounds = 3

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
func (inf *inference) labelPos(l, lo, hi int) (idx, size int, pageStart bool) {
	s := max(lo, inf.pageLo[l])
	e := min(hi, inf.pageHi[l])
	return l - s, e - s + 1, s == lo && s == inf.pageLo[l] && s > 0
}

// posProb is the chance of a label at idx in a part of size rows.
func posProb(w posWeights, idx, size int, pair bool) float64 {
	p := w.other / float64(size)
	if idx == 0 {
		p += w.first
	}
	if idx == size-1 {
		p += w.last
	}
	if size%2 == 1 {
		if idx == size/2 {
			p += w.mid
		}
	} else if idx == size/2 || idx == size/2-1 {
		p += w.mid / 2
		// Two copies on the middle pair are one centred label.
		if pair && idx == size/2-1 {
			p += w.mid / 2
		}
	}
	return p
}

// weights returns the position weights of a group part, pageStart
// telling whether it starts the group at the top of a page.
func (inf *inference) weights(pageStart bool) posWeights {
	if pageStart {
		return inf.pos[1]
	}
	return inf.pos[0]
}

// bestLabel returns the label of an anchor whose position in the group
// lo..hi is most likely, and that likelihood.
func (inf *inference) bestLabel(an *anchor, lo, hi int) (int, float64) {
	best, arg := 0.0, an.first
	labels := inf.labelRows[an.l0:an.l1]
	for _, l := range labels {
		idx, size, ps := inf.labelPos(l, lo, hi)
		w := inf.weights(ps)
		pair := len(labels) > 1 && l+1 <= hi && inf.rows[l+1].labelled() && inf.pageLo[l+1] == inf.pageLo[l]
		if p := posProb(w, idx, size, pair); p > best {
			best, arg = p, l
		}
	}
	// Two copies one row apart stand either side of the centre of the
	// merged cell: the row between is where its label belongs.
	if c := an.first + 1; len(labels) == 2 && an.last == an.first+2 && inf.pageLo[an.first] == inf.pageLo[an.last] && c >= lo && c <= hi {
		idx, size, ps := inf.labelPos(c, lo, hi)
		w := inf.weights(ps)
		if p := posProb(w, idx, size, false); p > best {
			best, arg = p, c
		}
	}
	return arg, best
}

// learnPositions sets the position weights from the groups of the
// current solution and those settled before, each class weighed against
// the prior.
func (inf *inference) learnPositions() {
	counts := inf.r.posCounts
	inf.countPositions(&counts, len(inf.rows))
	for k := range inf.pos {
		inf.pos[k] = learnedWeights(counts[k])
	}
}

// span returns the rows lo..hi (inclusive) of anchor k's group in the
// current solution.
func (inf *inference) span(k int) (lo, hi int) {
	return inf.gaps[k].opts[inf.best[k]].br, inf.gaps[k+1].opts[inf.best[k+1]].bl - 1
}

// countPositions adds the position classes of the labels of the groups
// starting before row upTo in the current solution.
func (inf *inference) countPositions(counts *[2][4]float64, upTo int) {
	for k := range inf.anchors {
		an := &inf.anchors[k]
		lo, hi := inf.span(k)
		if lo >= upTo || hi < lo {
			continue
		}
		l, _ := inf.bestLabel(an, lo, hi)
		idx, size, ps := inf.labelPos(l, lo, hi)
		if c := posClass(idx, size); c >= 0 {
			i := 0
			if ps {
				i = 1
			}
			counts[i][c]++
		}
	}
}

// candidates returns the boundary positions worth trying in lo..hi
// (inclusive): all of them in a short gap; in a long one the best by
// local score, the ends, and evenly spaced ones. The result is valid
// until the next call.
func (inf *inference) candidates(lo, hi int, score func(b int) float64) []int {
	c := inf.cands[:0]
	if hi-lo+1 <= maxCands {
		for b := lo; b <= hi; b++ {
			c = append(c, b)
		}
		inf.cands = c
		return c
	}
	all := inf.scored[:0]
	for b := lo; b <= hi; b++ {
		all = append(all, scoredBoundary{b, score(b)})
	}
	inf.scored = all
	slices.SortStableFunc(all, func(x, y scoredBoundary) int { return cmp.Compare(y.s, x.s) })
	for _, x := range all[:maxCands/2] {
		c = append(c, x.b)
	}
	c = append(c, lo, hi)
	for k := 1; k < maxCands/2; k++ {
		c = append(c, lo+(hi-lo)*k/(maxCands/2))
	}
	slices.Sort(c)
	c = slices.Compact(c)
	inf.cands = c
	return c
}

// run finds the anchors, scores the gaps and picks the best split. It
// returns how many rows may be settled: all of them when final, else the
// rows before the group of an anchor near the end.
func (inf *inference) run(final bool) int {
	inf.findAnchors()
	n := len(inf.rows)
	m := len(inf.anchors)
	if m == 0 {
		if !final && n < maxPending {
			return 0
		}
		return n
	}
	inf.gaps = make([]gap, m+1)
	for k := 0; k <= m; k++ {
		inf.gapOptions(k)
	}
	inf.learn()
	if final {
		return n
	}
	keep := m - windowKeep
	if keep < 1 {
		if n < maxPending {
			return 0
		}
		// A group larger than the window: settle up to the last anchor's
		// group, which may still grow, or, inside that group, up to its
		// last label: the rows between copies of one label are its own.
		keep = m - 1
		if keep < 1 {
			return inf.anchors[m-1].last
		}
	}
	return inf.gaps[keep].opts[inf.best[keep]].br
}

// addOption appends an option to the gap being built.
func (inf *inference) addOption(o option) {
	inf.optArena = append(inf.optArena, o)
}

// gapOptions lists the ways of placing the boundaries of gap k.
func (inf *inference) gapOptions(k int) {
	n := len(inf.rows)
	m := len(inf.anchors)
	var lo, hi int // boundary positions: lo..hi inclusive
	var left, right *anchor
	if k > 0 {
		left = &inf.anchors[k-1]
		lo = left.last + 1
	}
	if k < m {
		right = &inf.anchors[k]
		hi = right.first
	} else {
		hi = n
	}
	start := len(inf.optArena)
	defer func() { inf.finishGap(k, start) }()
	if k == 0 && inf.fixed {
		inf.addOption(option{bl: 0, br: 0})
		return
	}
	// lnames[i-lo] is the name score of rows lo..i-1 in the left group;
	// rnames likewise for the right group.
	g := hi - lo
	lnames := slices.Grow(inf.names[:0], g+1)[:g+1]
	rnames := slices.Grow(inf.rnames[:0], g+1)[:g+1]
	inf.names, inf.rnames = lnames, rnames
	lnames[0], rnames[0] = 0, 0
	for i := lo; i < hi; i++ {
		var ls, rs float64
		if left != nil {
			ls = inf.nameScore(i, left.country)
		}
		if right != nil {
			rs = inf.nameScore(i, right.country)
		}
		lnames[i-lo+1] = lnames[i-lo] + ls
		rnames[i-lo+1] = rnames[i-lo] + rs
	}
	switch {
	case left == nil:
		// Rows before the first label: the first group, or a lost one.
		for _, b := range inf.candidates(lo, hi, func(b int) float64 { return rnames[g] - rnames[b-lo] + inf.gain(b) }) {
			o := option{bl: 0, br: b, local: rnames[g] - rnames[b-lo]}
			if b > 0 {
				o.local += inf.lostScore(0, b) + inf.gain(b)
				o.lost = true
			}
			inf.addOption(o)
		}
		return
	case right == nil:
		// Rows after the last label: the last group, or a lost one.
		for _, b := range inf.candidates(lo, hi, func(b int) float64 { return lnames[b-lo] + inf.gain(b) }) {
			o := option{bl: b, br: n, local: lnames[b-lo]}
			if b < n {
				o.local += inf.lostScore(b, n) + inf.gain(b)
				o.lost = true
			}
			inf.addOption(o)
		}
		return
	}
	// rows lo..b-1 go left, b..hi-1 go right.
	single := func(b int) float64 {
		return lnames[b-lo] + rnames[g] - rnames[b-lo] + inf.gain(b)
	}
	cands := inf.candidates(lo, hi, single)
	for _, b := range cands {
		inf.addOption(option{bl: b, br: b, local: single(b)})
	}
	// A lost group between two labels: pairs of the best candidates.
	pc := cands
	if len(pc) > maxPairCand {
		all := inf.scored[:0]
		for _, b := range cands {
			all = append(all, scoredBoundary{b, single(b)})
		}
		inf.scored = all
		slices.SortStableFunc(all, func(x, y scoredBoundary) int { return cmp.Compare(y.s, x.s) })
		var buf [maxPairCand]int
		for i := range buf {
			buf[i] = all[i].b
		}
		slices.Sort(buf[:])
		pc = buf[:]
	}
	for x := 0; x < len(pc); x++ {
		for y := x + 1; y < len(pc); y++ {
			bl, br := pc[x], pc[y]
			local := lnames[bl-lo] + rnames[g] - rnames[br-lo] + inf.gain(bl) + inf.gain(br) + inf.lostScore(bl, br)
			inf.addOption(option{bl: bl, br: br, local: local, lost: true})
		}
	}
}

// finishGap takes the options added since start as gap k's, and indexes
// their distinct boundaries.
func (inf *inference) finishGap(k, start int) {
	g := &inf.gaps[k]
	g.opts = inf.optArena[start:len(inf.optArena):len(inf.optArena)]
	g.off = start
	// Distinct values go to the int arena: first the bls, then the brs.
	b0 := len(inf.intArena)
	for i := range g.opts {
		g.opts[i].bli = inf.distinct(b0, g.opts[i].bl)
	}
	r0 := len(inf.intArena)
	for i := range g.opts {
		g.opts[i].bri = inf.distinct(r0, g.opts[i].br)
	}
	g.bls = inf.intArena[b0:r0:r0]
	g.brs = inf.intArena[r0:len(inf.intArena):len(inf.intArena)]
	if len(g.opts) > 1 {
		inf.choice = true
	}
}

// distinct returns the index of v among the values of the int arena from
// start on, adding it when it is new.
func (inf *inference) distinct(start, v int) int {
	vals := inf.intArena[start:]
	if j := slices.Index(vals, v); j >= 0 {
		return j
	}
	inf.intArena = append(inf.intArena, v)
	return len(vals)
}

// tables computes, for the current position weights, the score of each
// anchor's group for every pair of its possible boundaries.
func (inf *inference) tables() {
	m := len(inf.anchors)
	if inf.tabs == nil {
		inf.tabs = make([][]float64, m)
		inf.probs = make([][]float64, m)
		n := 0
		for k := 0; k < m; k++ {
			n += len(inf.gaps[k].brs) * len(inf.gaps[k+1].bls)
		}
		ta, pa := make([]float64, n), make([]float64, n)
		off := 0
		for k := 0; k < m; k++ {
			size := len(inf.gaps[k].brs) * len(inf.gaps[k+1].bls)
			inf.tabs[k], inf.probs[k] = ta[off:off+size:off+size], pa[off:off+size:off+size]
			off += size
		}
	}
	for k := 0; k < m; k++ {
		starts, ends := inf.gaps[k].brs, inf.gaps[k+1].bls
		t, p := inf.tabs[k], inf.probs[k]
		an := &inf.anchors[k]
		for i, lo := range starts {
			for j, end := range ends {
				x := 0.0
				if hi := end - 1; hi >= lo {
					_, x = inf.bestLabel(an, lo, hi)
				}
				t[i*len(ends)+j] = math.Log(x)
				if inf.temper != 1 {
					x = math.Pow(x, 1/inf.temper)
				}
				p[i*len(ends)+j] = x
			}
		}
	}
}

// learn finds how this listing places its labels and the best split
// under that. It starts once from labels centred in their groups and
// once from labels on first rows, re-estimates the position weights
// twice from each, and keeps the better explanation. Once enough groups
// of the listing are settled, their positions are known well enough and
// one round suffices. Where no gap offers a choice, positions do not
// matter.
func (inf *inference) learn() {
	if !inf.choice {
		inf.solve()
		return
	}
	var settled float64
	for _, c := range inf.r.posCounts {
		settled += c[0] + c[1] + c[2] + c[3]
	}
	if settled >= 4*posPrior {
		inf.solve()
		inf.learnPositions()
		inf.learnLost()
		inf.solve()
		return
	}
	start := inf.pos
	var keepPos [2]posWeights
	var keepLost float64
	var keepBest []int
	keepScore := math.Inf(-1)
	for _, first := range []bool{false, true} {
		inf.pos = start
		if first {
			inf.pos = [2]posWeights{firstPos, firstPos}
		}
		var total float64
		inf.lnLost = math.Log(lostPrior)
		for round := 0; round < learnRounds; round++ {
			if round > 0 {
				inf.learnPositions()
				inf.learnLost()
			}
			total = inf.solve()
		}
		if total > keepScore {
			keepScore, keepPos, keepLost = total, inf.pos, inf.lnLost
			keepBest = append(keepBest[:0], inf.best...)
		}
	}
	inf.pos, inf.lnLost = keepPos, keepLost
	copy(inf.best, keepBest)
	inf.tables()
}

// localScore is an option's own score with the prior of a lost group.
func (inf *inference) localScore(o option) float64 {
	if o.lost {
		return o.local + inf.lnLost
	}
	return o.local
}

// learnLost sets the chance that a group lost its label from the groups
// of the current solution, against a prior of lostPrior worth lostWeight
// groups.
func (inf *inference) learnLost() {
	lost := 0.0
	for k := range inf.gaps {
		if o := inf.gaps[k].opts[inf.best[k]]; o.bl < o.br {
			lost++
		}
	}
	groups := float64(len(inf.anchors)) + lost
	inf.lnLost = math.Log((lost + lostPrior*lostWeight) / (groups + lostWeight))
}

// solve runs the dynamic programme over the gaps, sets inf.best and
// returns the best total score. Options are grouped by their distinct
// boundaries, so each step costs options plus starts × ends.
func (inf *inference) solve() float64 {
	inf.tables()
	m := len(inf.anchors)
	nopt := len(inf.optArena)
	inf.score = slices.Grow(inf.score[:0], nopt)[:nopt]
	inf.from = slices.Grow(inf.from[:0], nopt)[:nopt]
	score, from := inf.score, inf.from
	for i, o := range inf.gaps[0].opts {
		score[i] = inf.localScore(o)
	}
	bestByStart, argByStart := inf.fbuf[0][:0], inf.ibuf[0][:0]
	bestByEnd, argByEnd := inf.fbuf[1][:0], inf.ibuf[1][:0]
	for k := 1; k <= m; k++ {
		prev, cur := &inf.gaps[k-1], &inf.gaps[k]
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
		tab := inf.tabs[k-1]
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
			score[cur.off+j] = bestByEnd[o.bli] + inf.localScore(o)
			from[cur.off+j] = argByEnd[o.bli]
		}
	}
	inf.fbuf[0], inf.ibuf[0], inf.fbuf[1], inf.ibuf[1] = bestByStart, argByStart, bestByEnd, argByEnd
	if len(inf.best) != m+1 {
		inf.best = make([]int, m+1)
	}
	last := &inf.gaps[m]
	bi := 0
	for j := range last.opts {
		if score[last.off+j] > score[last.off+bi] {
			bi = j
		}
	}
	total := score[last.off+bi]
	for k := m; k >= 0; k-- {
		inf.best[k] = bi
		if k > 0 {
			bi = from[inf.gaps[k].off+bi]
		}
	}
	return total
}

// apply gives the first upTo rows their countries, confidences and
// diagnostics.
func (inf *inference) apply(upTo int) {
	rows := inf.rows
	m := len(inf.anchors)
	if m == 0 {
		inf.applyLost(0, upTo)
		return
	}
	// Rows of each anchor's group.
	for k := 0; k < m; k++ {
		an := &inf.anchors[k]
		lo, hi := inf.span(k)
		hi++ // exclusive
		country, conf, src := an.country, an.conf, CountryGroup
		if country.IsZero() {
			// An unread label: the names may still tell.
			country = inf.lostCountry(lo, hi)
			conf, src = 0.5, CountryName
		}
		for i := lo; i < hi && i < upTo; i++ {
			a := &rows[i].a
			a.Country, a.Confidence, a.CountrySource = country, conf, src
			if a.CountryLabel != "" && rows[i].match.Country == an.country && !an.country.IsZero() {
				// The row's own label, confirmed by the group's clearest
				// copy ("T Oland" beside "Poland").
				a.CountrySource, a.Confidence = CountryPrinted, max(rows[i].match.Confidence, an.conf)
			}
			if country.IsZero() {
				a.CountrySource, a.Confidence = CountryUnknown, 0
			}
		}
		inf.stepsBack(an, lo, min(hi, upTo))
	}
	// Lost groups in the gaps.
	for k := 0; k <= m; k++ {
		o := inf.gaps[k].opts[inf.best[k]]
		if o.bl < o.br && o.bl < upTo {
			inf.applyLost(o.bl, min(o.br, upTo))
		}
	}
	inf.confidences(upTo)
	for i := 0; i < upTo; i++ {
		inf.r.labelDiagnostics(&rows[i])
		// A row placed with little confidence, though no other group
		// competes for it (its label was read with doubt): say so.
		a := &rows[i].a
		if !a.Country.IsZero() && a.Confidence < lowConfidence && !inf.doubted[i] && a.CountrySource != CountryPrinted {
			inf.r.diag(a.Line, Warning, ErrAmbiguousCountry, "row placed in %s with only %.0f%% confidence", a.Country.Name, 100*a.Confidence)
		}
	}
}

// stepsBack reports the rows of anchor an's group lo..hi-1 that lie
// beyond a step backwards in partner order, on the side away from the
// label, in a listing sorted by partner: such a step inside a group is
// where a group whose label was lost may have been taken in.
func (inf *inference) stepsBack(an *anchor, lo, hi int) {
	if inf.nameDesc < stepBackGain {
		return // not a listing sorted by partner
	}
	for d := lo + 1; d < hi; d++ {
		if !inf.rows[d].desc || inf.rows[d].sameInst {
			continue
		}
		from, to := lo, d // the rows before the step, when the label is after it
		if an.first < d {
			from, to = d, hi
		}
		for i := from; i < to; i++ {
			if a := &inf.rows[i].a; !inf.doubted[i] && a.CountrySource == CountryGroup {
				inf.doubted[i] = true
				inf.r.diag(a.Line, Warning, ErrAmbiguousCountry,
					"row placed in %s, but the partners step back out of order at line %d inside the group: a label may have been lost",
					a.Country.Name, inf.rows[d].a.Line)
			}
		}
	}
}

// applyLost gives rows lo..hi-1, a group without a label, the country
// their names agree on, or none.
func (inf *inference) applyLost(lo, hi int) {
	if lo >= hi {
		return
	}
	c := inf.lostCountry(lo, hi)
	for i := lo; i < hi; i++ {
		a := &inf.rows[i].a
		if !c.IsZero() {
			a.Country, a.Confidence, a.CountrySource = c, 0.6, CountryName
			continue
		}
		// The group's names do not agree; a row's own name may still
		// be clear.
		a.Country, a.Confidence, a.CountrySource = Country{}, 0, CountryUnknown
		if h := inf.hint(i); len(h) > 0 && h[0].Weight >= 0.8 && (len(h) == 1 || h[1].Weight < h[0].Weight/2) {
			a.Country, a.Confidence, a.CountrySource = country.ByCode(h[0].Country.Code), 0.5*h[0].Weight, CountryName
		}
	}
	first, last := inf.rows[lo].a.Line, inf.rows[hi-1].a.Line
	where := fmt.Sprintf("line %d", first)
	if hi-lo > 1 {
		where = fmt.Sprintf("lines %d-%d", first, last)
	}
	if !c.IsZero() {
		inf.r.diag(first, Warning, ErrUnknownCountry, "%s form a group without a country label; their names point to %s", where, c.Name)
	} else {
		inf.r.diag(first, Warning, ErrUnknownCountry, "%s form a group without a country label; country left unknown", where)
	}
}

// confidences computes, for each gap, the posterior of its options, and
// lowers the confidence of rows that other options would place
// elsewhere.
func (inf *inference) confidences(upTo int) {
	if !inf.choice {
		return
	}
	m := len(inf.anchors)
	rows := inf.rows
	// Rows are decided by the plain posterior; their confidence and
	// diagnostics come from the tempered one where the listing is
	// unsorted (see newInference).
	var marg, decide [][]float64
	if inf.temper == 1 {
		marg = inf.marginals()
		decide = marg
	} else {
		t := inf.temper
		inf.temper = 1
		inf.tables()
		decide = clonePosterior(inf.marginals())
		inf.temper = t
		inf.tables()
		marg = inf.marginals()
	}
	var side [3][]float64  // weight, per row of the gap, of placing it left, lost or right
	var dside [3][]float64 // the same from the plain posterior
	for k := 0; k <= m; k++ {
		opts := inf.gaps[k].opts
		if len(opts) < 2 {
			continue
		}
		bo := opts[inf.best[k]]
		lo, hi := bo.bl, bo.br
		for _, o := range opts {
			lo, hi = min(lo, o.bl), max(hi, o.br)
		}
		hi = min(hi, upTo)
		if hi <= lo {
			continue
		}
		n := hi - lo + 1
		for s := range side {
			side[s] = slices.Grow(side[s][:0], n)[:n]
			clear(side[s])
			dside[s] = slices.Grow(dside[s][:0], n)[:n]
			clear(dside[s])
		}
		// Difference arrays: option o puts rows before o.bl left, rows
		// from o.bl to o.br-1 in a lost group, and the rest right.
		for j, o := range opts {
			bl, br := min(max(o.bl, lo), hi)-lo, min(max(o.br, lo), hi)-lo
			addSides(&side, marg[k][j], bl, br)
			addSides(&dside, decide[k][j], bl, br)
		}
		var run, dec [3]float64
		for i := lo; i < hi; i++ {
			for s := range run {
				run[s] += side[s][i-lo]
				dec[s] += dside[s][i-lo]
			}
			want := 2
			switch {
			case i < bo.bl:
				want = 0
			case i < bo.br:
				want = 1
			}
			a := &rows[i].a
			if a.CountrySource == CountryPrinted {
				continue
			}
			total := run[0] + run[1] + run[2]
			if total <= 0 {
				continue
			}
			// Each row goes to the group its posterior favours, which
			// may differ from the single best split: where the split is
			// in doubt, that puts more rows right. The posterior of a
			// side falls (left) or rises (right) along the gap, so the
			// groups stay contiguous.
			if other := 2 - want; want != 1 && dec[other] > dec[want] {
				if an := inf.sideAnchor(k, other); an != nil && !an.country.IsZero() {
					want = other
					a.Country, a.Confidence, a.CountrySource = an.country, an.conf, CountryGroup
				}
			}
			p := min(run[want]/total, 1)
			a.Confidence *= p
			if p < inf.doubt {
				alt := -1
				for s := range run {
					if s != want && (alt < 0 || run[s] > run[alt]) {
						alt = s
					}
				}
				inf.ambiguity(k, i, want, alt, p)
			}
		}
	}
}

// addSides adds to the difference arrays of a gap the weight w of an
// option that puts the rows before bl left, those from bl to br-1 in a
// lost group and the rest right (indices from the gap's first row).
func addSides(d *[3][]float64, w float64, bl, br int) {
	d[0][0] += w
	d[0][bl] -= w
	d[1][bl] += w
	d[1][br] -= w
	d[2][br] += w
}

// sideAnchor returns the anchor on one side of gap k: 0 the one before
// it, 2 the one after; nil when there is none.
func (inf *inference) sideAnchor(k, side int) *anchor {
	switch {
	case side == 0 && k > 0:
		return &inf.anchors[k-1]
	case side == 2 && k < len(inf.anchors):
		return &inf.anchors[k]
	}
	return nil
}

// ambiguity reports a row that could belong to two groups.
func (inf *inference) ambiguity(k, i, got, alt int, p float64) {
	name := func(side int) string {
		var an *anchor
		switch side {
		case 0:
			if k > 0 {
				an = &inf.anchors[k-1]
			}
		case 2:
			if k < len(inf.anchors) {
				an = &inf.anchors[k]
			}
		}
		if an == nil || an.country.IsZero() {
			return "a group without a readable label"
		}
		return fmt.Sprintf("%s (label on line %d)", an.country.Name, inf.rows[an.first].a.Line)
	}
	inf.doubted[i] = true
	inf.r.diag(inf.rows[i].a.Line, Warning, ErrAmbiguousCountry, "row placed in %s with %.0f%% confidence; it could belong to %s",
		strings.TrimSpace(name(got)), 100*p, name(alt))
}

// clonePosterior copies the weights marginals returns, which live in
// the inference's scratch space.
func clonePosterior(m [][]float64) [][]float64 {
	c := make([][]float64, len(m))
	for k := range m {
		c[k] = slices.Clone(m[k])
	}
	return c
}

// marginals returns the posterior weight of each option of each gap,
// summed over all splits of the other gaps (forward-backward), so that
// doubt in one gap spreads to its neighbours. It works with
// probabilities, rescaled at each gap, grouped by distinct boundaries.
func (inf *inference) marginals() [][]float64 {
	m := len(inf.anchors)
	nopt := len(inf.optArena)
	grow := func(v []float64) []float64 { return slices.Grow(v[:0], nopt)[:nopt] }
	inf.local, inf.alpha, inf.beta = grow(inf.local), grow(inf.alpha), grow(inf.beta)
	local, alpha, beta := inf.local, inf.alpha, inf.beta
	for k := range inf.gaps {
		g := &inf.gaps[k]
		top := math.Inf(-1)
		for _, o := range g.opts {
			top = max(top, inf.localScore(o))
		}
		for j, o := range g.opts {
			local[g.off+j] = math.Exp((inf.localScore(o) - top) / inf.temper)
		}
	}
	normalize := func(v []float64) {
		var s float64
		for _, x := range v {
			s += x
		}
		if s > 0 {
			for i := range v {
				v[i] /= s
			}
		}
	}
	part := func(v []float64, k int) []float64 {
		g := &inf.gaps[k]
		return v[g.off : g.off+len(g.opts)]
	}
	copy(part(alpha, 0), part(local, 0))
	normalize(part(alpha, 0))
	byStart, byEnd := inf.fbuf[0][:0], inf.fbuf[1][:0]
	for k := 1; k <= m; k++ {
		prev, cur := &inf.gaps[k-1], &inf.gaps[k]
		byStart = slices.Grow(byStart[:0], len(prev.brs))[:len(prev.brs)]
		clear(byStart)
		for i, o := range prev.opts {
			byStart[o.bri] += alpha[prev.off+i]
		}
		ne := len(cur.bls)
		byEnd = slices.Grow(byEnd[:0], ne)[:ne]
		tab := inf.probs[k-1]
		for j := range byEnd {
			var s float64
			for i, a := range byStart {
				s += a * tab[i*ne+j]
			}
			byEnd[j] = s
		}
		for j, o := range cur.opts {
			alpha[cur.off+j] = byEnd[o.bli] * local[cur.off+j]
		}
		normalize(part(alpha, k))
	}
	for j := range part(beta, m) {
		beta[inf.gaps[m].off+j] = 1
	}
	for k := m; k >= 1; k-- {
		prev, cur := &inf.gaps[k-1], &inf.gaps[k]
		ne := len(cur.bls)
		byEnd = slices.Grow(byEnd[:0], ne)[:ne]
		clear(byEnd)
		for j, o := range cur.opts {
			byEnd[o.bli] += local[cur.off+j] * beta[cur.off+j]
		}
		byStart = slices.Grow(byStart[:0], len(prev.brs))[:len(prev.brs)]
		tab := inf.probs[k-1]
		for i := range byStart {
			var s float64
			for j, b := range byEnd {
				s += tab[i*ne+j] * b
			}
			byStart[i] = s
		}
		for i, o := range prev.opts {
			beta[prev.off+i] = byStart[o.bri]
		}
		normalize(part(beta, k-1))
	}
	inf.fbuf[0], inf.fbuf[1] = byStart, byEnd
	marg := make([][]float64, m+1)
	for k := range marg {
		a, b := part(alpha, k), part(beta, k)
		for j := range a {
			a[j] *= b[j]
		}
		normalize(a)
		marg[k] = a
	}
	return marg
}
