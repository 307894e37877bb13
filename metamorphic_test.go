package agreements

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"text/tabwriter"

	"github.com/exchangelist/agreements/country"
	"github.com/exchangelist/agreements/internal/testlisting"
)

// This file is the metamorphic suite. The listings with a hand-checked
// truth (the seed and testdata/listings) are edited in the ways another
// publisher or extraction tool could have laid out the same table: a
// label moved within its group or lost, groups swapped, rows shuffled
// within a group, page breaks inside groups, a running-number column,
// the partner's column before the country's, extra columns, other header
// spellings or none, damaged labels, a two-word label wrapped over two
// rows, a garbled second copy of a label, partner names wrapped onto the
// next line, two listings run together, and two or three of these at
// once. Each edit also computes the truth of the text it makes
// (testlisting.Mutable), so every mutated listing is scored row by row:
// right, unknown, wrong with a Warning or Error on one of the row's
// lines, or wrong silently; right but warned; agreements not in the
// truth (spurious) and truth rows without an agreement (missing).
//
// The targets, for every edit: at most 0.05% of rows wrong
// without a warning on their lines, at most 2% of rows right but warned.
// The parser does not meet them today; the thresholds below are what it
// measures now plus a little, so that the test fails on regressions and
// is tightened as the inference improves.
//
// go test runs metaDefaultN mutations; go test -run Metamorphic
// -metamorphic.n=5000 (or METAMORPHIC_N=5000) runs more, the first ones
// the same. Mutation i draws from its own fixed random stream, so runs are
// reproducible and a mutation can be looked at on its own:
// METAMORPHIC_DUMP=dir writes every mutated listing that has a row wrong
// silently, with its truth, as dir/mutation-i.tsv and .truth.tsv.

var metamorphicNFlag = flag.Int("metamorphic.n", 0, "mutations TestMetamorphic runs (default "+strconv.Itoa(metaDefaultN)+"; also METAMORPHIC_N)")

const (
	metaDefaultN = 600     // mutations in a plain go test (and with -short): a third of a second
	metaSeed     = 2024_11 // the seed of every mutation's random stream
)

// metamorphicN is the number of mutations to run.
func metamorphicN() int {
	if *metamorphicNFlag > 0 {
		return *metamorphicNFlag
	}
	if n, err := strconv.Atoi(os.Getenv("METAMORPHIC_N")); err == nil && n > 0 {
		return n
	}
	return metaDefaultN
}

// metaSource is a listing with a hand-checked truth, loaded for editing.
type metaSource struct {
	name string
	m    *testlisting.Mutable
}

// metaExact reports whether a label reads as code as written: the
// labels the edits damage, wrap or copy.
func metaExact(label, code string) bool {
	m := country.Resolve(label)
	return m.Country.Code == code && m.Repair == "" && m.Qualifier == ""
}

// metaSources loads the seed listing and the hand-made listings.
func metaSources(t *testing.T) []metaSource {
	t.Helper()
	paths := []string{filepath.Join("testdata", "exchange-agreements.tsv")}
	more, err := filepath.Glob(filepath.Join("testdata", "listings", "*.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range more {
		if !strings.HasSuffix(p, ".truth.tsv") {
			paths = append(paths, p)
		}
	}
	var out []metaSource
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		truth := readTruth(t, strings.TrimSuffix(p, ".tsv")+".truth.tsv")
		m, err := testlisting.Load(data, truth)
		if err != nil {
			// The edits know listings of the four columns only.
			t.Logf("%s: not a source: %v", p, err)
			continue
		}
		m.Exact = metaExact
		out = append(out, metaSource{strings.TrimSuffix(filepath.Base(p), ".tsv"), m})
	}
	return out
}

// metaMutation is one mutated listing and its truth.
type metaMutation struct {
	id     int
	source string
	edits  []string // the edits applied, in order
	data   []byte
	truth  []testlisting.Truth
}

// kind is the line of the table the mutation is counted in: its edit,
// or the number of edits of a combination.
func (mu metaMutation) kind() string {
	if len(mu.edits) == 1 {
		return mu.edits[0]
	}
	return strconv.Itoa(len(mu.edits)) + " edits"
}

// metaMutate makes mutation id. Of every len(Edits)+4 mutations, one
// applies each edit alone and four combine two, two, three and three
// different edits. The source is drawn again when an edit does not
// apply to it (no group of two rows to break, no label to move).
func metaMutate(id int, sources []metaSource) metaMutation {
	rng := rand.New(rand.NewPCG(metaSeed, uint64(id)))
	edits := testlisting.Edits
	var want []int
	if j := id % (len(edits) + 4); j < len(edits) {
		want = []int{j}
	} else {
		want = rng.Perm(len(edits))[:2+(j-len(edits))/2]
		slices.Sort(want) // concat first, then the rest in table order
	}
	pool := make([]*testlisting.Mutable, len(sources))
	for i, s := range sources {
		pool[i] = s.m
	}
	for tries := 0; ; tries++ {
		s := sources[rng.IntN(len(sources))]
		m := s.m.Clone()
		var applied []string
		for _, e := range want {
			if edits[e].Apply(rng, m, pool) {
				applied = append(applied, edits[e].Name)
			}
		}
		if len(applied) == len(want) || tries >= 50 && len(applied) > 0 {
			data, truth := m.Render()
			return metaMutation{id: id, source: s.name, edits: applied, data: data, truth: truth}
		}
	}
}

// metaTally counts the rows of some mutations by outcome.
type metaTally struct {
	mutations, rows                  int
	right, unknown                   int
	wrongWarned, wrongSilent         int
	rightWarned, spurious, missing   int
	lowSilent                        int // rows under LowConfidence without a warning on their lines
	bandRows, bandRight, bandUnknown [len(metaBands) + 1]int
}

// metaBands are the lower edges of the confidence bands past the first:
// [0,0.5), [0.5,0.75), [0.75,0.9), [0.9,0.99), [0.99,1].
var metaBands = [...]float64{0.5, 0.75, 0.9, 0.99}

func (a *metaTally) add(b metaTally) {
	a.mutations += b.mutations
	a.rows += b.rows
	a.right += b.right
	a.unknown += b.unknown
	a.wrongWarned += b.wrongWarned
	a.wrongSilent += b.wrongSilent
	a.rightWarned += b.rightWarned
	a.spurious += b.spurious
	a.missing += b.missing
	for i := range a.bandRows {
		a.bandRows[i] += b.bandRows[i]
		a.bandRight[i] += b.bandRight[i]
		a.bandUnknown[i] += b.bandUnknown[i]
	}
	a.lowSilent += b.lowSilent
}

// pct is n as a percentage of the rows.
func (a *metaTally) pct(n int) float64 {
	if a.rows == 0 {
		return 0
	}
	return 100 * float64(n) / float64(a.rows)
}

// metaWrong is a row put in a wrong country without a warning.
type metaWrong struct {
	mutation      metaMutation
	line          int
	got, want     string
	source        CountrySource
	confidence    float64
	partner, text string // the row's partner and its line
}

// metaScore parses a mutated listing and scores it against its truth.
func metaScore(t *testing.T, mu metaMutation) (s metaTally, silent []metaWrong, spurious, missing []string) {
	t.Helper()
	l, err := Parse(bytes.NewReader(mu.data))
	if err != nil {
		t.Fatalf("mutation %d (%s of %s): %v", mu.id, strings.Join(mu.edits, "+"), mu.source, err)
	}
	lines := strings.Split(string(mu.data), "\n")
	warned := map[int]bool{}
	for _, d := range l.Diagnostics {
		if d.Severity >= Warning {
			warned[d.Line] = true
		}
	}
	byLine := make(map[int]*Agreement, len(l.Agreements))
	for i := range l.Agreements {
		byLine[l.Agreements[i].Line] = &l.Agreements[i]
	}
	s = metaTally{mutations: 1, rows: len(mu.truth)}
	inTruth := make(map[int]bool, len(mu.truth))
	for _, tr := range mu.truth {
		inTruth[tr.Line] = true
		// The edits keep a row's partner on its first line: a check of
		// the edits, not of the parser.
		if p := []rune(tr.Partner); !strings.Contains(lines[tr.Line-1], string(p[:min(len(p), 20)])) {
			t.Fatalf("mutation %d (%s of %s): line %d is %q, truth has %q",
				mu.id, strings.Join(mu.edits, "+"), mu.source, tr.Line, lines[tr.Line-1], tr.Partner)
		}
		a, ok := byLine[tr.Line]
		if !ok {
			s.missing++
			missing = append(missing, fmt.Sprintf("mutation %d, %s of %s: line %d %q",
				mu.id, strings.Join(mu.edits, "+"), mu.source, tr.Line, lines[tr.Line-1]))
			continue
		}
		w := false
		for n := a.Line; n <= max(a.Line, a.EndLine); n++ {
			w = w || warned[n]
		}
		band := 0
		for band < len(metaBands) && a.Confidence >= metaBands[band] {
			band++
		}
		s.bandRows[band]++
		if a.Confidence < 0.9 && !w {
			s.lowSilent++
		}
		switch a.Country.Code {
		case tr.Country:
			s.right++
			s.bandRight[band]++
			if w {
				s.rightWarned++
			}
		case "":
			s.unknown++
			s.bandUnknown[band]++
		default:
			if w {
				s.wrongWarned++
				continue
			}
			s.wrongSilent++
			silent = append(silent, metaWrong{mutation: mu, line: tr.Line, got: a.Country.Code,
				want: tr.Country, source: a.CountrySource, confidence: a.Confidence,
				partner: tr.Partner, text: lines[tr.Line-1]})
		}
	}
	for _, a := range l.Agreements {
		if !inTruth[a.Line] {
			s.spurious++
			spurious = append(spurious, fmt.Sprintf("mutation %d, %s of %s: line %d %q",
				mu.id, strings.Join(mu.edits, "+"), mu.source, a.Line, lines[a.Line-1]))
		}
	}
	return s, silent, spurious, missing
}

// metaRun is the outcome of n mutations.
type metaRun struct {
	sources int                   // listings mutated
	kinds   map[string]*metaTally // by edit alone, by number of edits, "+edit" for combinations with it
	total   metaTally
	none    metaTally // the sources as they are
	silent  []metaWrong
	// spuriousLines are agreements not in the truth from mutations
	// with an edit that writes lines of its own; spuriousOther those
	// from the others.
	spuriousLines, spuriousOther []string
	missing                      []string // rows of the truth without an agreement
}

var metaRuns struct {
	sync.Mutex
	m map[int]*metaRun
}

// metamorphicRun runs n mutations, once per process for each n: the
// suite and the calibration share them.
func metamorphicRun(t *testing.T, n int) *metaRun {
	t.Helper()
	metaRuns.Lock()
	defer metaRuns.Unlock()
	if r := metaRuns.m[n]; r != nil {
		return r
	}
	sources := metaSources(t)
	r := &metaRun{sources: len(sources), kinds: map[string]*metaTally{}}
	for _, s := range sources {
		data, truth := s.m.Render()
		tally, _, _, _ := metaScore(t, metaMutation{id: -1, source: s.name, edits: []string{"none"}, data: data, truth: truth})
		r.none.add(tally)
	}
	dump := os.Getenv("METAMORPHIC_DUMP")
	for id := 0; id < n; id++ {
		mu := metaMutate(id, sources)
		tally, silent, spurious, missing := metaScore(t, mu)
		r.missing = append(r.missing, missing...)
		add := func(k string) {
			if r.kinds[k] == nil {
				r.kinds[k] = &metaTally{}
			}
			r.kinds[k].add(tally)
		}
		add(mu.kind())
		if len(mu.edits) > 1 {
			for _, e := range mu.edits {
				add("+" + e)
			}
		}
		r.total.add(tally)
		r.silent = append(r.silent, silent...)
		if !slices.ContainsFunc(mu.edits, func(e string) bool { return metaCreatesLines[e] }) {
			r.spuriousOther = append(r.spuriousOther, spurious...)
		} else {
			r.spuriousLines = append(r.spuriousLines, spurious...)
		}
		if dump != "" && len(silent) > 0 {
			base := filepath.Join(dump, fmt.Sprintf("mutation-%d", id))
			var tb strings.Builder
			tb.WriteString("line\tcountry\tpartner\teffective_since\tquota_raw\n")
			for _, tr := range mu.truth {
				fmt.Fprintf(&tb, "%d\t%s\t%s\t%s\t%s\n", tr.Line, tr.Country, tr.Partner, tr.Date, tr.Quota)
			}
			if err := os.WriteFile(base+".tsv", mu.data, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(base+".truth.tsv", []byte(tb.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if metaRuns.m == nil {
		metaRuns.m = map[int]*metaRun{}
	}
	metaRuns.m[n] = r
	return r
}

// metaKinds are the lines of the table, in order.
func metaKinds(r *metaRun) []string {
	var out []string
	for _, e := range testlisting.Edits {
		out = append(out, e.Name)
	}
	out = append(out, "2 edits", "3 edits")
	for _, e := range testlisting.Edits {
		out = append(out, "+"+e.Name)
	}
	return slices.DeleteFunc(out, func(k string) bool { return r.kinds[k] == nil })
}

// table writes the outcome per kind of mutation.
func (r *metaRun) table() string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "edit\tmutations\trows\tright %\tunknown %\twrong warned %\twrong silent %\tright warned %\tspurious\tmissing\t")
	line := func(name string, s *metaTally) {
		fmt.Fprintf(w, "%s\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.3f\t%.2f\t%d\t%d\t\n", name, s.mutations, s.rows,
			s.pct(s.right), s.pct(s.unknown), s.pct(s.wrongWarned), s.pct(s.wrongSilent), s.pct(s.rightWarned),
			s.spurious, s.missing)
	}
	line("(none)", &r.none)
	for _, k := range metaKinds(r) {
		line(k, r.kinds[k])
	}
	line("total", &r.total)
	w.Flush()
	return b.String()
}

// metaCreatesLines are the edits that write lines a reader could take
// for rows of their own: a wrapped partner's second line.
var metaCreatesLines = map[string]bool{"wrap-partner": true}

// TestMetamorphic runs the mutations and checks the outcome against
// what the parser achieves today (see the top of this file for the
// targets).
func TestMetamorphic(t *testing.T) {
	n := metamorphicN()
	r := metamorphicRun(t, n)
	t.Logf("%d mutations of %d listings with a hand-checked truth:\n%s", n, r.sources, r.table())
	// A few rows wrong silently, for each kind of mutation.
	shown := map[string]int{}
	for _, w := range r.silent {
		k := w.mutation.kind()
		if shown[k]++; shown[k] > 3 {
			continue
		}
		t.Logf("mutation %d, %s of %s: line %d %s (%s, %.2f), truth %s: %q",
			w.mutation.id, strings.Join(w.mutation.edits, "+"), w.mutation.source, w.line,
			w.got, w.source, w.confidence, w.want, w.text)
	}

	if s := r.none; s.wrongWarned+s.wrongSilent+s.spurious+s.missing > 0 {
		t.Errorf("the listings as they are: %d rows wrong, %d spurious, %d missing", s.wrongWarned+s.wrongSilent, s.spurious, s.missing)
	}
	// Thresholds: what the parser measures now, plus a little.
	if got := r.total.pct(r.total.wrongSilent); got > metaMaxSilent {
		t.Errorf("%.3f%% of rows wrong without a warning, want at most %.2f%% (target: 0.05%%)", got, metaMaxSilent)
	}
	if got := r.total.pct(r.total.rightWarned); got > metaMaxRightWarned {
		t.Errorf("%.2f%% of rows right but warned, want at most %.1f%% (target: 2%%)", got, metaMaxRightWarned)
	}
	// The documented promise: a row under 0.9 carries a warning.
	if s := r.total; s.lowSilent > 0 {
		t.Errorf("%d rows under 0.9 confidence without a warning on their lines", s.lowSilent)
	}
	if got := r.total.pct(r.total.right); got < metaMinRight {
		t.Errorf("%.2f%% of rows right, want at least %.1f%%", got, metaMinRight)
	}
	// The aim: no agreement that is not in the truth (none
	// in 5,000 mutations either).
	for _, sp := range r.spuriousLines {
		t.Errorf("spurious agreement from a wrapped partner's second line: %s", sp)
	}
	for _, sp := range r.spuriousOther {
		t.Errorf("spurious agreement from edits that write no new line: %s", sp)
	}
	for _, m := range r.missing {
		t.Errorf("a row of the truth without an agreement: %s", m)
	}
	for _, k := range metaKinds(r) {
		s := r.kinds[k]
		if max, ok := metaMaxSilentKind[k]; ok && n >= metaDefaultN && s.pct(s.wrongSilent) > max {
			t.Errorf("%s: %.3f%% of rows wrong without a warning, want at most %.2f%%", k, s.pct(s.wrongSilent), max)
		}
	}
}

// Thresholds of TestMetamorphic: what the parser measures now, in the
// default run (600 mutations) and with -metamorphic.n=5000, plus a
// little. Measured: 0.027% and 0.032% of rows wrong silently, 3.1% and
// 2.5% right but warned, 98.2% and 98.3% right. The targets
// are 0.05% and 2%. Of the 2.5%, 1.15 points are rows of unsorted.tsv,
// a listing sorted by neither key whose labels' positions cannot tell
// where its groups end, and 0.7 points rows of groups whose label was
// lost, placed by their names alone (a warning the promise asks for):
// warned there as they should be, they count against the 2% all the
// same.
const (
	metaMaxSilent      = 0.05 // % of rows wrong without a warning on their lines: the target
	metaMaxRightWarned = 3.5  // % of rows right but warned
	metaMinRight       = 97.0 // % of rows right
)

// metaMaxSilentKind bounds the share of rows wrong without a warning
// (%) for each edit alone and for combinations of two and three, a
// little above the larger of the two runs' measures (in comments:
// default run / 5000). The edits with none are held to the target. Runs of fewer mutations than the default have too few rows of
// each kind to hold them to these. Most of the rows wrong silently
// today are in lost-label.tsv's unlabelled group, after edits that also
// lose or move a label next to it.
var metaMaxSilentKind = map[string]float64{
	"concat":        0.1,  // 0.088 / 0.068: a second listing is read with the first's order and label positions
	"move-label":    0.05, // 0 / 0
	"lose-label":    0.1,  // 0 / 0.032
	"swap-groups":   0.05,
	"shuffle-rows":  0.45, // 0.211 / 0.372: a shuffled group's steps back look like a sorted listing's boundaries
	"page-break":    0.05, // 0 / 0
	"number-column": 0.05,
	"swap-columns":  0.05,
	"extra-columns": 0.05,
	"rename-header": 0.05,
	"drop-headers":  0.05,
	"damage-label":  0.05, // 0 / 0.018
	"wrap-label":    0.05,
	"copy-label":    0.05, // 0 / 0
	"wrap-partner":  0.05,
	"2 edits":       0.1,  // 0 / 0.046
	"3 edits":       0.15, // 0.081 / 0.043
}

// TestMetamorphicCalibration logs, over the same mutations, how often
// rows are right in each band of Agreement.Confidence: a calibrated
// confidence has about as many rows right in a band as its values say;
// it holds the rows at 0.9 or more to 1 wrong in 1,000.
func TestMetamorphicCalibration(t *testing.T) {
	n := metamorphicN()
	s := metamorphicRun(t, n).total
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "confidence\trows\tright %\tunknown %\twrong %\t")
	names := []string{"[0, 0.5)", "[0.5, 0.75)", "[0.75, 0.9)", "[0.9, 0.99)", "[0.99, 1]"}
	for i, name := range names {
		rows := s.bandRows[i]
		p := func(k int) float64 {
			if rows == 0 {
				return 0
			}
			return 100 * float64(k) / float64(rows)
		}
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%.2f\t%.2f\t\n", name, rows, p(s.bandRight[i]), p(s.bandUnknown[i]),
			p(rows-s.bandRight[i]-s.bandUnknown[i]))
	}
	w.Flush()
	t.Logf("%d mutations, rows by the confidence of their country:\n%s", n, b.String())
	// The aim: at 0.9 or more, at most 1 row in 1,000 wrong.
	// Measured: 0.44 (600 mutations), 0.61 (5,000).
	hi, wrong := 0, 0
	for i := 3; i < len(names); i++ {
		hi += s.bandRows[i]
		wrong += s.bandRows[i] - s.bandRight[i] - s.bandUnknown[i]
	}
	perMille := 1000 * float64(wrong) / float64(max(hi, 1))
	t.Logf("%d of %d rows at confidence 0.9 or more wrong: %.2f in 1,000", wrong, hi, perMille)
	if perMille > 1.0 {
		t.Errorf("%d of %d rows at confidence 0.9 or more wrong: %.2f in 1,000, want at most 1", wrong, hi, perMille)
	}
}
