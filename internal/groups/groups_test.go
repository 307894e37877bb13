package groups

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/exchangelist/agreements/country"
)

var (
	tw = country.ByCode("TW")
	th = country.ByCode("TH")
	vn = country.ByCode("VN")
)

func label(c country.Country) Label {
	return Label{Kind: Printed, Country: c, Confidence: 1}
}

// TestWorkedExample checks the example of the package documentation.
func TestWorkedExample(t *testing.T) {
	rows := []Row{
		{},
		{Label: label(tw)},
		{Desc: true}, // Chulalongkorn after National Taiwan University
		{},
		{Label: label(th)},
		{SameInst: true}, // Mahidol twice
		{},
	}
	var m Model
	for _, r := range rows {
		m.Add(r)
	}
	res := m.Settle(true, nil)
	want := []country.Country{tw, tw, th, th, th, th, th}
	if len(res.Decisions) != len(want) {
		t.Fatalf("%d decisions, want %d", len(res.Decisions), len(want))
	}
	for i, d := range res.Decisions {
		if d.Country != want[i] {
			t.Errorf("row %d: %v, want %v", i, d.Country, want[i])
		}
	}
	if s := res.Decisions[1].Source; s != Own {
		t.Errorf("row 1: source %v, want Own", s)
	}
	if s := res.Decisions[0].Source; s != Group {
		t.Errorf("row 0: source %v, want Group", s)
	}
	if m.Pending() != 0 {
		t.Errorf("%d rows still pending", m.Pending())
	}
}

// randomRows makes a small random listing: labels of a few countries
// (sometimes unread), steps back, pages, rows of one institution.
func randomRows(rng *rand.Rand, n int) []Row {
	cs := []country.Country{tw, th, vn}
	rows := make([]Row, n)
	page := 0
	for i := range rows {
		if rng.IntN(5) == 0 {
			page++
		}
		rows[i].Page = page
		if i > 0 {
			rows[i].Desc = rng.IntN(3) == 0
			rows[i].SameInst = rng.IntN(6) == 0
			rows[i].DateCmp = rng.IntN(2) == 0
			rows[i].DateDesc = rows[i].DateCmp && rng.IntN(2) == 0
		}
		if rng.IntN(3) == 0 {
			l := Label{Kind: Printed, Country: cs[rng.IntN(len(cs))], Confidence: 0.5 + rng.Float64()/2}
			if rng.IntN(8) == 0 {
				l.Country, l.Confidence = country.Country{}, 0
			}
			rows[i].Label = l
		}
	}
	return rows
}

// window builds the window of rows with some order statistics, as a
// Model would, and its lattice.
func testWindow(rows []Row, temper float64) *window {
	var m Model
	for _, r := range rows {
		m.Add(r)
	}
	w := newWindow(&m, &Defaults, nil)
	w.temper = temper
	w.buildLattice()
	return w
}

// splits calls f with every split of the window's lattice: one option
// index per gap.
func splits(w *window, f func(choice []int)) {
	choice := make([]int, len(w.gaps))
	var rec func(k int)
	rec = func(k int) {
		if k == len(w.gaps) {
			f(choice)
			return
		}
		for j := range w.gaps[k].opts {
			choice[k] = j
			rec(k + 1)
		}
	}
	rec(0)
}

// scoreOf scores a split from its definition: the options' local
// scores, the lost groups' prior, and each anchor's best label position
// in its group.
func scoreOf(w *window, choice []int) float64 {
	s := 0.0
	for k, j := range choice {
		s += w.localScore(w.gaps[k].opts[j])
	}
	for k := range w.anchors {
		lo := w.gaps[k].opts[choice[k]].br
		hi := w.gaps[k+1].opts[choice[k+1]].bl - 1
		_, p := w.bestLabel(&w.anchors[k], lo, hi)
		s += math.Log(p)
	}
	return s
}

// TestSolveBruteForce checks the dynamic programme against every split
// of small lattices.
func TestSolveBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tried := 0
	for round := 0; round < 300; round++ {
		w := testWindow(randomRows(rng, 2+rng.IntN(9)), 1)
		if len(w.anchors) == 0 {
			continue
		}
		tried++
		got := w.solve()
		best := math.Inf(-1)
		splits(w, func(c []int) { best = max(best, scoreOf(w, c)) })
		if math.Abs(got-best) > 1e-9 {
			t.Fatalf("round %d: solve = %v, brute force = %v", round, got, best)
		}
		if s := scoreOf(w, w.best); math.Abs(s-got) > 1e-9 {
			t.Fatalf("round %d: the chosen split scores %v, solve says %v", round, s, got)
		}
	}
	if tried < 200 {
		t.Fatalf("only %d lattices with anchors", tried)
	}
}

// TestMarginalsBruteForce checks forward-backward against the posterior
// of each option summed over every split, at temperature 1 and above.
func TestMarginalsBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := 0; round < 200; round++ {
		temper := 1.0
		if round%2 == 1 {
			temper = 2.5
		}
		w := testWindow(randomRows(rng, 2+rng.IntN(8)), temper)
		if len(w.anchors) == 0 {
			continue
		}
		w.tables()
		marg := w.marginals()
		want := make([][]float64, len(w.gaps))
		for k := range want {
			want[k] = make([]float64, len(w.gaps[k].opts))
		}
		var total float64
		splits(w, func(c []int) {
			p := math.Exp(scoreOf(w, c) / temper)
			total += p
			for k, j := range c {
				want[k][j] += p
			}
		})
		for k := range want {
			sum := 0.0
			for j := range want[k] {
				sum += marg[k][j]
				if x := want[k][j] / total; math.Abs(marg[k][j]-x) > 1e-9 {
					t.Fatalf("round %d gap %d option %d: marginal %v, brute force %v", round, k, j, marg[k][j], x)
				}
			}
			if math.Abs(sum-1) > 1e-9 {
				t.Fatalf("round %d gap %d: marginals sum to %v", round, k, sum)
			}
		}
	}
}

// TestProbsRecoverRates generates steps backwards with known chances
// inside groups (p) and at boundaries (q), labels on the first row of
// each group, and checks that probs recovers them and sortedness ranks
// the listing.
func TestProbsRecoverRates(t *testing.T) {
	tests := []struct {
		p, q      float64
		sorted    bool // sortedness near 1
		unsorted  bool // sortedness near 0
		tolerance float64
	}{
		{p: 0.01, q: 0.85, sorted: true, tolerance: 0.03},
		{p: 0.05, q: 0.7, tolerance: 0.04},
		{p: 0.5, q: 0.5, unsorted: true, tolerance: 0.07},
	}
	for _, tt := range tests {
		rng := rand.New(rand.NewPCG(5, 6))
		var k keyStats
		for g := 0; g < 4000; g++ {
			size := 1 + rng.IntN(8)
			for i := 0; i < size; i++ {
				chance := tt.p
				if i == 0 {
					chance = tt.q
				}
				if g > 0 || i > 0 {
					k.step(rng.Float64() < chance)
				}
				if i == 0 {
					k.label(g > 0)
				}
			}
		}
		p, q := k.probs(&Defaults, 0.5, false)
		t.Logf("p=%v q=%v: probs %.3f %.3f sortedness %.3f", tt.p, tt.q, p, q, k.sortedness(&Defaults))
		if math.Abs(p-tt.p) > tt.tolerance || math.Abs(q-tt.q) > tt.tolerance {
			t.Errorf("p=%v q=%v: probs = %.3f, %.3f", tt.p, tt.q, p, q)
		}
		s := k.sortedness(&Defaults)
		if tt.sorted && s < 0.95 || tt.unsorted && s > 0.05 {
			t.Errorf("p=%v q=%v: sortedness %.3f", tt.p, tt.q, s)
		}
	}
}

// TestPosProb checks that the position weights make a distribution over
// the rows of a group part.
func TestPosProb(t *testing.T) {
	for _, p := range []Positions{Defaults.Centred, Defaults.First, {Mid: 0.25, First: 0.25, Last: 0.25, Other: 0.25}} {
		for size := 1; size <= 12; size++ {
			sum := 0.0
			for l := 1; l <= size; l++ {
				sum += posProb(&p, place{first: l, centre2: 2 * l}, 1, size)
			}
			if math.Abs(sum-1) > 1e-9 {
				t.Errorf("%+v size %d: positions sum to %v, want 1", p, size, sum)
			}
		}
	}
}

// TestStreamingWindows checks that a long stream settles in windows,
// keeps memory to a window, and settles every row in the end.
func TestStreamingWindows(t *testing.T) {
	var m Model
	cs := []country.Country{tw, th, vn}
	settled := 0
	most := 0
	for i := 0; i < 20000; i++ {
		r := Row{Desc: i%3 == 0}
		if i%3 == 1 {
			r.Label = label(cs[(i/3)%3])
		}
		m.Add(r)
		settled += len(m.Settle(false, nil).Decisions)
		most = max(most, m.Pending())
	}
	settled += len(m.Settle(true, nil).Decisions)
	if settled != 20000 {
		t.Errorf("%d rows settled, want 20000", settled)
	}
	if limit := 3 * (Defaults.WindowLabel + Defaults.WindowKeep); most > limit {
		t.Errorf("%d rows pending at most, want at most %d", most, limit)
	}
}

// TestNamesWitness checks the two ways a row's country is confirmed by
// names, whatever the doubt about its group: a repaired label whose
// group's names say its country, and a row whose own name says it.
func TestNamesWitness(t *testing.T) {
	ma := country.ByCode("MA")
	city := func(c country.Country) []country.Mention { return []country.Mention{{Country: c, Weight: 0.6}} }
	settle := func(rows []Row, hints map[int][]country.Mention) *Result {
		var m Model
		for _, r := range rows {
			m.Add(r)
		}
		return m.Settle(true, func(i int) []country.Mention { return hints[i] })
	}
	// A label read by a repair ("Могоссо"), alone in the listing.
	repaired := []Row{{}, {Label: Label{Kind: Printed, Country: ma, Confidence: 0.7}}, {}, {}}
	res := settle(repaired, nil)
	if c := res.Decisions[3].Confidence; c > 0.7 {
		t.Errorf("no names: confidence %.2f, want the label's 0.7 at most", c)
	}
	// Row 3 names nothing; rows 0 and 2 name Morocco.
	res = settle(repaired, map[int][]country.Mention{0: city(ma), 2: {{Country: ma, Weight: 0.8}}})
	if c := res.Decisions[3].Confidence; c < 0.9 {
		t.Errorf("names saying the label's country: confidence %.2f, want 0.9 or more", c)
	}
	// Names that say another country do not corroborate.
	res = settle(repaired, map[int][]country.Mention{0: city(vn), 2: city(vn)})
	if c := res.Decisions[3].Confidence; c > 0.7 {
		t.Errorf("names saying another country: confidence %.2f, want 0.7 at most", c)
	}

	// Row 2 lies between two labels, either group's by position, in a
	// listing sorted by neither key (where a row is doubted under
	// DoubtUnsorted).
	between := make([]Row, 5)
	for i := 1; i < len(between); i++ {
		between[i] = Row{Desc: i%2 == 0, DateCmp: true, DateDesc: i%2 == 1}
	}
	between[1].Label, between[3].Label = label(tw), label(th)
	res = settle(between, nil)
	if c := res.Decisions[2].Confidence; c >= Defaults.LowConfidence {
		t.Fatalf("row between two labels: confidence %.2f without names; the test needs a doubtful row", c)
	}
	for _, tc := range []struct {
		name  string
		hints []country.Mention
		min   bool // confidence raised to Confirmed
	}{
		{"its city", city(th), true},
		{"a place (surname or word)", []country.Mention{{Country: th, Weight: 0.4}}, false},
		{"two countries", []country.Mention{{Country: th, Weight: 0.6}, {Country: vn, Weight: 0.6}}, false},
	} {
		res = settle(between, map[int][]country.Mention{2: tc.hints})
		d := res.Decisions[2]
		if d.Country != th && tc.min {
			t.Errorf("%s: row placed in %v, want Thailand", tc.name, d.Country)
			continue
		}
		if got := d.Confidence >= Defaults.Confirmed; got != tc.min {
			t.Errorf("%s: confidence %.2f, raised to %.2f: %v, want %v", tc.name, d.Confidence, Defaults.Confirmed, got, tc.min)
		}
		doubted := false
		for _, db := range res.Doubts {
			doubted = doubted || db.Row == 2
		}
		if doubted == tc.min {
			t.Errorf("%s: doubted %v, want %v", tc.name, doubted, !tc.min)
		}
	}
}

// TestHeadingStartsGroup checks that a country heading on a line of its
// own starts its group, even in a listing whose printed labels are
// centred: the row above a heading is not the heading's, though the
// heading's line is the centre of the three rows around it.
func TestHeadingStartsGroup(t *testing.T) {
	for _, kind := range []LabelKind{Heading, Apart} {
		var rows []Row
		line := 0
		add := func(r Row) {
			line++
			r.Top, r.Bottom = line, line
			rows = append(rows, r)
		}
		// Three groups of three rows, labels centred.
		for _, c := range []country.Country{tw, th, vn} {
			add(Row{})
			add(Row{Label: label(c)})
			add(Row{})
		}
		// A fourth group's last row, then a heading on a line of its own
		// over the last group.
		add(Row{Label: label(tw)})
		above := len(rows)
		add(Row{})
		line++ // the heading's line
		add(Row{Label: Label{Kind: kind, Country: th, Confidence: 1, First: line, Last: line}})
		add(Row{})
		var m Model
		for _, r := range rows {
			m.Add(r)
		}
		d := m.Settle(true, nil).Decisions[above]
		switch kind {
		case Heading:
			if d.Country != tw || d.Confidence < 0.9 {
				t.Errorf("row above a heading: %v at %.2f, want TW at 0.9 or more", d.Country, d.Confidence)
			}
		case Apart:
			// A label on a line of its own in aligned text may be
			// centred on its group: the row may be either group's.
			if d.Country == tw && d.Confidence >= 0.9 {
				t.Errorf("row above a label apart: %v at %.2f, want some doubt", d.Country, d.Confidence)
			}
		}
	}
}

// TestLooseCentre checks a label a whole line off the centre of a group
// whose rows wrap onto several lines and stand apart: pdftotext rounds
// where a merged cell's text falls among such lines, so the label still
// reads as centred, and the row after the group is not taken in with
// confidence. The lines are those of a listing extracted so: three
// wrapped rows on lines 1-9 ("Taiwan" on line 6, a line below their
// centre), then rows on lines 11 and 13 ("Thailand" on line 12).
func TestLooseCentre(t *testing.T) {
	// Dates ascend throughout; the last partner sorts before the one
	// above it.
	rows := []Row{
		{Top: 1, Bottom: 3},
		{Top: 5, Bottom: 5, DateCmp: true},
		{Top: 7, Bottom: 9, DateCmp: true, Label: Label{Kind: Apart, Country: tw, Confidence: 1, First: 6, Last: 6}},
		{Top: 11, Bottom: 11, DateCmp: true},
		{Top: 13, Bottom: 13, DateCmp: true, Desc: true, Label: Label{Kind: Apart, Country: th, Confidence: 1, First: 12, Last: 12}},
	}
	var m Model
	for _, r := range rows {
		m.Add(r)
	}
	d := m.Settle(true, nil).Decisions[3]
	if d.Country == tw && d.Confidence >= Defaults.LowConfidence {
		t.Errorf("row on line 11: %v at %.2f, want Thailand or a doubt", d.Country, d.Confidence)
	}
}

// TestCorroboratedLongGroup checks that a repaired label's confidence,
// grown by the names of its group, stays a probability however many
// rows say its country (the odds once overflowed to NaN).
func TestCorroboratedLongGroup(t *testing.T) {
	ma := country.ByCode("MA")
	rows := make([]Row, 801)
	rows[0].Label = Label{Kind: Printed, Country: ma, Confidence: 0.6}
	var m Model
	for _, r := range rows {
		m.Add(r)
	}
	res := m.Settle(true, func(int) []country.Mention { return []country.Mention{{Country: ma, Weight: 0.9}} })
	for i, d := range res.Decisions {
		if !(d.Confidence >= 0 && d.Confidence <= 1) {
			t.Fatalf("row %d: confidence %v, want a probability", i, d.Confidence)
		}
	}
}

// TestPieceNoCopyOfNext checks a label read as no country that is only
// words of a long form ("Federation", the end of "Russian / Federation"
// wrapped over two rows): it may go on from the label above it, but it
// is no garbled copy of the label below, whose group would take its row.
func TestPieceNoCopyOfNext(t *testing.T) {
	ru, sa := country.ByCode("RU"), country.ByCode("SA")
	unread := Label{Kind: Printed}
	for _, tc := range []struct {
		name  string
		piece bool
		want  country.Country // of row 2, the unread label's
	}{
		{"a garbled copy", false, sa},
		{"a piece of a long form", true, country.Country{}},
	} {
		l := unread
		l.Piece = tc.piece
		// Row 2's partner sorts before row 1's: the label above is
		// too far to go on to.
		rows := []Row{{Label: label(ru)}, {}, {Label: l, Desc: true}, {Label: label(sa)}, {}}
		var m Model
		for _, r := range rows {
			m.Add(r)
		}
		d := m.Settle(true, nil).Decisions[2]
		if d.Country != tc.want {
			t.Errorf("%s: row 2 in %v, want %v", tc.name, d.Country, tc.want)
		}
	}
}

// TestLearnedSide checks that a listing whose tool sets the labels of
// even groups on the lower of their two middle rows is read so. The
// partners are sorted within groups, so most groups start with a step
// back in the names; where a group of four does not, after a group of
// three, the two readings (three and four, four and three) put both
// labels on a middle row, and only the side learned from the other
// groups of four tells them apart: the row between is placed right with
// some confidence, where with an even chance fixed it is a coin toss.
func TestLearnedSide(t *testing.T) {
	codes := []string{"AU", "BR", "CA", "DE", "ES", "FR", "GB", "IT", "JP", "KR", "MX", "NL", "PL", "SE"}
	sizes := []int{3, 4, 3, 4, 4, 3, 4, 3, 4, 4, 3, 4, 3, 4}
	noStep := map[int]bool{3: true, 8: true, 13: true} // groups whose first name sorts after the last one's
	var rows []Row
	var want []country.Country
	var between []int // the first rows of the groups without a step back
	for g, n := range sizes {
		c := country.ByCode(codes[g])
		if noStep[g] {
			between = append(between, len(rows))
		}
		for j := 0; j < n; j++ {
			r := Row{Desc: j == 0 && g > 0 && !noStep[g]}
			if j == n/2 { // the middle row, the lower of two
				r.Label = label(c)
			}
			rows = append(rows, r)
			want = append(want, c)
		}
	}
	// run returns the least confidence of the rows between, and the
	// rows placed wrong.
	run := func(p *Params) (least float64, wrong []int) {
		m := Model{params: p}
		for _, r := range rows {
			m.Add(r)
		}
		dec := m.Settle(true, nil).Decisions
		for i, d := range dec {
			if d.Country != want[i] {
				wrong = append(wrong, i)
			}
		}
		least = 1
		for _, i := range between {
			least = min(least, dec[i].Confidence)
		}
		return least, wrong
	}
	least, wrong := run(&Defaults)
	if len(wrong) > 0 || least < 0.75 {
		t.Errorf("rows %v wrong, the rows between at %.2f or more; want none wrong, 0.75 or more", wrong, least)
	}
	even := Defaults
	even.SidePrior = 1e9
	if least, _ := run(&even); least >= 0.6 {
		t.Errorf("with the side not learned the rows between are at %.2f or more: the listing does not test the side", least)
	}
}

// TestProbsRandomOrder: dates in random order, in groups of one or two
// rows, step back at nearly every gap between labels, as a sorted
// listing's boundaries do; checked against random order (random set),
// they are taken for what they are, while dates sorted within groups of
// three to five rows still are sorted.
func TestProbsRandomOrder(t *testing.T) {
	for _, tt := range []struct {
		name     string
		min, max int  // group sizes
		sorted   bool // dates ascending within groups
		pLo, pHi float64
	}{
		{"random, groups of 1-2", 1, 2, false, 0.35, 0.65},
		{"sorted, groups of 3-5", 3, 5, true, 0, 0.1},
	} {
		rng := rand.New(rand.NewPCG(8, 9))
		var k keyStats
		last := -1.0
		for g := 0; g < 200; g++ {
			size := tt.min + rng.IntN(tt.max-tt.min+1)
			vals := make([]float64, size)
			for i := range vals {
				vals[i] = rng.Float64()
			}
			if tt.sorted {
				slices.Sort(vals)
			}
			for i, v := range vals {
				if last >= 0 {
					k.step(v < last)
				}
				last = v
				if i == 0 {
					k.label(g > 0)
				}
			}
		}
		p, _ := k.probs(&Defaults, 0.5, true)
		if p < tt.pLo || p > tt.pHi {
			t.Errorf("%s: p = %.3f, want %.2f to %.2f", tt.name, p, tt.pLo, tt.pHi)
		}
		if p0, _ := k.probs(&Defaults, 0.5, false); tt.name[0] == 'r' {
			t.Logf("%s: p %.3f without the check against random order, %.3f with it", tt.name, p0, p)
		}
	}
}
