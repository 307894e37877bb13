package groups

import (
	"math"

	"github.com/exchangelist/agreements/country"
)

// A window is one attempt to settle the pending rows: the lattice of
// their possible groups, the weights learned for it, the best split and
// the output. Its parts are the types embedded below, each in the file
// of its concern.
type window struct {
	*Params
	rows     []Row
	evidence // names and pages (this file)
	lattice  // anchors, gaps and their options (lattice.go)
	weights  // what the window learned: positions, lost groups (position.go, solve.go)
	solution // the best split and its tables (solve.go)
	output   // decisions and doubts (decide.go)
	*scratch
}

// evidence holds what the window knows of each row beyond its Row: the
// mentions in its name, read at most once, and the rows of its page.
type evidence struct {
	names  Mentions
	hints  [][]country.Mention
	hinted []bool
	pageLo []int // first row of each row's page
	pageHi []int // last row of each row's page
}

// weights are the window's parameters learned from the listing.
type weights struct {
	gains
	pos     [2]Positions // label positions: [1] for groups starting a page
	settled *[2]posCounts
	doubt   float64 // rows less sure than this get a diagnostic
	temper  float64 // temperature of the posteriors: above 1 where the model is less sure than it says
	lnLost  float64 // log chance that a group lost its label
}

// output is what the window decided.
type output struct {
	res     *Result
	doubted []bool // rows that got a doubt naming two groups
}

// scratch is memory reused across gaps, solves and windows.
type scratch struct {
	score, local, alpha, beta []float64
	from                      []int
	fbuf                      [2][]float64
	ibuf                      [2][]int
	lnames, rnames            []float64
	cands, pairs              []int
	scored                    []scoredBoundary
	acc                       []hintSum
	conflicts                 []int  // rows with a Conflict doubt
	kept                      window // the last window's slices, whose memory the next one reuses
}

// resize returns s with length n, reusing its memory when it can. The
// elements are not cleared.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func newWindow(m *Model, p *Params, names Mentions) *window {
	rows := m.rows
	w := &window{Params: p, rows: rows, scratch: &m.scratch}
	w.fixed = m.settled
	w.names = names
	w.gains = m.stats.gains(p)
	// In a listing sorted by neither key, only the labels' positions
	// place the boundaries, and the model of positions is less sure than
	// its posterior says: report more of its doubts.
	w.doubt, w.temper = p.Doubt, 1
	if !w.sorted {
		w.doubt, w.temper = p.DoubtUnsorted, p.UnsortedTemper
	}
	w.lnLost = math.Log(p.LostPrior)
	w.settled = &m.pos
	w.pos = [2]Positions{p.Centred, p.Centred}
	for k := range w.pos {
		if c := m.pos[k]; c.groups()+c[4]+c[5] > 0 {
			w.pos[k] = w.learnedWeights(c)
		}
	}
	w.res = &m.res
	// A window's slices live until the next one: take the last one's
	// memory (a long listing settles a window every few hundred rows).
	k := &m.scratch.kept
	n := len(rows)
	w.optArena, w.intArena = k.optArena[:0], k.intArena[:0]
	w.anchors, w.labelRows, w.gaps = k.anchors[:0], k.labelRows[:0], k.gaps[:0]
	w.tabs, w.probs = k.tabs[:0], k.probs[:0]
	w.tabArena, w.probArena = k.tabArena[:0], k.probArena[:0]
	w.copyArena = k.copyArena
	w.hints = resize(k.hints, n) // read only where hinted
	w.hinted = resize(k.hinted, n)
	clear(w.hinted)
	w.doubted = resize(k.doubted, n)
	clear(w.doubted)
	w.pageLo = resize(k.pageLo, n)
	w.pageHi = resize(k.pageHi, n)
	for i := range rows {
		if i > 0 && rows[i].Page == rows[i-1].Page {
			w.pageLo[i] = w.pageLo[i-1]
		} else {
			w.pageLo[i] = i
		}
	}
	for i := len(rows) - 1; i >= 0; i-- {
		if i < len(rows)-1 && rows[i].Page == rows[i+1].Page {
			w.pageHi[i] = w.pageHi[i+1]
		} else {
			w.pageHi[i] = i
		}
	}
	return w
}

// keep hands the window's slices to the next window.
func (w *window) keep() {
	k := &w.scratch.kept
	k.optArena, k.intArena = w.optArena, w.intArena
	k.anchors, k.labelRows, k.gaps = w.anchors, w.labelRows, w.gaps
	k.tabs, k.probs, k.tabArena, k.probArena = w.tabs, w.probs, w.tabArena, w.probArena
	k.copyArena = w.copyArena
	clear(w.hints) // drop the references to the names' mentions
	k.hints, k.hinted, k.doubted, k.pageLo, k.pageHi = w.hints, w.hinted, w.doubted, w.pageLo, w.pageHi
}

// hint returns the mentions in row i's name, read once.
func (w *window) hint(i int) []country.Mention {
	if !w.hinted[i] {
		if w.names != nil {
			w.hints[i] = w.names(i)
		}
		w.hinted[i] = true
	}
	return w.hints[i]
}

// confirms reports whether row i's own name names country c: its
// strongest mention is c's, weighs ConflictWeight or more (a city, a
// demonym, the country's name; not a place, which may be a surname or
// a word), and no other country's weighs half as much ("Vietnam-Japan
// University" names both, so neither).
func (w *window) confirms(i int, c country.Country) bool {
	hs := w.hint(i)
	if c.IsZero() || len(hs) == 0 || hs[0].Country != c || hs[0].Weight < w.ConflictWeight {
		return false
	}
	for _, h := range hs[1:] {
		if h.Country != c && h.Weight >= hs[0].Weight/2 {
			return false
		}
	}
	return true
}

// nameScore is the evidence that row i is in country c: what its name
// says for c, less the strongest it says for another country. A name
// that says nothing scores 0 everywhere.
func (w *window) nameScore(i int, c country.Country) float64 {
	var for_, against float64
	for _, h := range w.hint(i) {
		if h.Country.Code == c.Code && !c.IsZero() {
			for_ = max(for_, h.Weight)
		} else {
			against = max(against, h.Weight)
		}
	}
	return w.NameWeight * (for_ - against)
}

type hintSum struct {
	code string
	sum  float64
}

// namesCountry returns the country the names of rows lo..hi-1 point to,
// when their summed weight is clear and no other country comes close.
func (w *window) namesCountry(lo, hi int) country.Country {
	code, best, second := w.nameSums(lo, hi)
	// Clear means: enough weight, twice any other country's, and at
	// least LostShare of a row's worth per row, so that a few names in a
	// long run of rows (likely several groups) do not name it all.
	if best < w.NameClear*min(1, float64(hi-lo)/2) || best < 2*second || best < w.LostShare*float64(hi-lo) {
		return country.Country{}
	}
	return country.ByCode(code)
}

// nameSums sums the mention weights of rows lo..hi-1 by country, and
// returns the country with the most, its sum and the next country's.
func (w *window) nameSums(lo, hi int) (code string, best, second float64) {
	acc := w.acc[:0]
	for i := lo; i < hi; i++ {
	hints:
		for _, h := range w.hint(i) {
			for j := range acc {
				if acc[j].code == h.Country.Code {
					acc[j].sum += h.Weight
					continue hints
				}
			}
			acc = append(acc, hintSum{h.Country.Code, h.Weight})
		}
	}
	w.acc = acc
	for _, a := range acc {
		switch {
		case a.sum > best || a.sum == best && a.code < code:
			best, second, code = a.sum, best, a.code
		case a.sum > second:
			second = a.sum
		}
	}
	return code, best, second
}

// corroborated is the confidence of a label read as country c with
// confidence conf (a repair: "Могоссо", "Vieteere") once the names of
// its group, rows lo..hi-1, are heard: when they name c more than twice
// as much as any other country, and as much as a row naming c would
// weigh in a conflict (ConflictWeight, a city), the repair and the names are two independent witnesses
// of c, and the label's odds grow by the names' likelihood ratio,
// exp(NameWeight·(sum for c − sum for the next country)), as a row's own
// name does in the score. A repair to a wrong country is not named by
// the partners of the group it labels.
func (w *window) corroborated(c country.Country, conf float64, lo, hi int) float64 {
	if conf >= 1 || conf <= 0 || c.IsZero() {
		return conf
	}
	code, best, second := w.nameSums(lo, hi)
	if code != c.Code || best < w.ConflictWeight || best < 2*second {
		return conf
	}
	// In log-odds, so that a long group's names cannot overflow them.
	logOdds := math.Log(conf/(1-conf)) + w.NameWeight*(best-second)
	return 1 / (1 + math.Exp(-logOdds))
}
