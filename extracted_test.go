package agreements

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// This file scores the parser on listings extracted from PDFs by the
// tools users have (testdata/extracted, see its README): Tabula's CSV,
// pdftotext -layout's space-aligned text, Markdown tables, and
// tab-separated text with wrapped cells. The truth of each listing was
// written by hand with the listing.

// extractedTruth is one agreement of an extracted listing's truth file:
// its line when the file gives it (0 when agreements are matched by
// partner, in order), country, partner and ISO date.
type extractedTruth struct {
	line                   int
	country, partner, date string
}

func readExtractedTruth(t *testing.T, path string) []extractedTruth {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var head map[string]int
	var rows []extractedTruth
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if head == nil {
			head = map[string]int{}
			for i, h := range c {
				head[h] = i
			}
			continue
		}
		if sc.Text() == "" {
			continue
		}
		get := func(k string) string {
			if i, ok := head[k]; ok && i < len(c) {
				return c[i]
			}
			return ""
		}
		var r extractedTruth
		if l := get("line"); l != "" {
			n, err := strconv.Atoi(l)
			if err != nil {
				t.Fatalf("%s: bad line %q", path, l)
			}
			r.line = n
		}
		r.country, r.partner, r.date = get("country"), get("partner"), get("effective_since")
		if r.date == "" {
			r.date = get("date")
		}
		rows = append(rows, r)
	}
	return rows
}

// matchKey is how partners are matched to the truth: NFKC, case and
// white space folded, as a person comparing them would.
func matchKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(norm.NFKC.String(s))), " ")
}

// extractedScore counts, over the agreements of the truth: right country
// (and right with a warning on its lines), unknown, wrong (and wrong
// without a warning on its lines), truth rows with no agreement,
// agreements not in the truth, and right partners and dates.
type extractedScore struct {
	rows, right, rightWarned, unknown, wrong, silent, missing, extra, partner, date, dated int
}

func (s *extractedScore) add(o extractedScore) {
	s.rows += o.rows
	s.right += o.right
	s.rightWarned += o.rightWarned
	s.unknown += o.unknown
	s.wrong += o.wrong
	s.silent += o.silent
	s.missing += o.missing
	s.extra += o.extra
	s.partner += o.partner
	s.date += o.date
	s.dated += o.dated
}

func (s extractedScore) String() string {
	pct := func(n int) string {
		return strconv.FormatFloat(100*float64(n)/float64(max(s.rows, 1)), 'f', 1, 64) + "%"
	}
	return strconv.Itoa(s.rows) + " rows: " + pct(s.right) + " right (" + pct(s.rightWarned) + " warned), " + strconv.Itoa(s.unknown) + " unknown, " +
		strconv.Itoa(s.wrong) + " wrong (" + strconv.Itoa(s.silent) + " silently), " + strconv.Itoa(s.missing) + " missing, " +
		strconv.Itoa(s.extra) + " extra; partners " + strconv.Itoa(s.partner) + ", dates " + strconv.Itoa(s.date) + "/" + strconv.Itoa(s.dated)
}

// scoreExtracted parses path and scores it against its truth, logging
// the rows it gets wrong when verbose.
func scoreExtracted(t *testing.T, path string, truth []extractedTruth) extractedScore {
	t.Helper()
	l := parseFile(t, path, false)
	warned := map[int]bool{}
	for _, d := range l.Diagnostics {
		if d.Severity >= Warning {
			warned[d.Line] = true
		}
	}
	used := make([]bool, len(l.Agreements))
	var s extractedScore
	next := 0
	find := func(tr extractedTruth) int {
		if tr.line > 0 {
			for i := range l.Agreements {
				if !used[i] && l.Agreements[i].Line == tr.line {
					return i
				}
			}
			return -1
		}
		want := matchKey(tr.partner)
		for _, from := range []int{next, 0} {
			for i := from; i < len(l.Agreements); i++ {
				if !used[i] && matchKey(l.Agreements[i].Partner) == want {
					return i
				}
			}
		}
		return -1
	}
	for _, tr := range truth {
		s.rows++
		i := find(tr)
		if i < 0 {
			s.missing++
			t.Logf("missing: %q (%s)", tr.partner, tr.country)
			continue
		}
		used[i] = true
		next = i + 1
		a := &l.Agreements[i]
		if matchKey(a.Partner) == matchKey(tr.partner) {
			s.partner++
		} else {
			t.Logf("line %d: partner %q, want %q", a.Line, a.Partner, tr.partner)
		}
		if tr.date != "" {
			s.dated++
			if a.EffectiveSince.String() == tr.date {
				s.date++
			}
		}
		switch a.Country.Code {
		case tr.country:
			s.right++
			if warnedRow(warned, a) {
				s.rightWarned++
				for _, d := range l.Diagnostics {
					if d.Line >= a.Line && d.Line <= max(a.Line, a.EndLine) && d.Severity >= Warning {
						t.Logf("line %d: %s right, warned: %s", a.Line, a.Country.Code, d.Message)
					}
				}
			}
		case "":
			s.unknown++
			t.Logf("line %d: unknown, want %s: %s", a.Line, tr.country, tr.partner)
		default:
			s.wrong++
			silent := !warnedRow(warned, a)
			if silent {
				s.silent++
			}
			t.Logf("line %d: %s, want %s (silent %v): %s", a.Line, a.Country.Code, tr.country, silent, tr.partner)
		}
	}
	for i, u := range used {
		if !u {
			s.extra++
			t.Logf("extra: line %d %q", l.Agreements[i].Line, l.Agreements[i].Partner)
		}
	}
	return s
}

// warnedRow reports whether one of a's lines carries a warning.
func warnedRow(warned map[int]bool, a *Agreement) bool {
	for n := a.Line; n <= max(a.Line, a.EndLine); n++ {
		if warned[n] {
			return true
		}
	}
	return false
}

// TestExtracted scores every listing of testdata/extracted, shape by
// shape. EXTRACTED_DIR=dir scores another set laid out alike (dir/tsv,
// dir/csv, dir/md, dir/layout, each file with its .truth.tsv).
func TestExtracted(t *testing.T) {
	dir := filepath.Join("testdata", "extracted")
	if d := os.Getenv("EXTRACTED_DIR"); d != "" {
		dir = d
	}
	for _, shape := range []string{"tsv", "csv", "md", "layout"} {
		t.Run(shape, func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join(dir, shape, "*"))
			var total extractedScore
			for _, f := range files {
				if strings.HasSuffix(f, ".truth.tsv") {
					continue
				}
				base := strings.TrimSuffix(f, filepath.Ext(f))
				base = strings.TrimSuffix(base, ".layout")
				name := filepath.Base(base)
				t.Run(name, func(t *testing.T) {
					s := scoreExtracted(t, f, readExtractedTruth(t, base+".truth.tsv"))
					t.Logf("%s/%s: %v", shape, name, s)
					total.add(s)
				})
			}
			t.Logf("%s: %v", shape, total)
			// Held to what the parser measures today (in comments), a
			// little under; the aim is 98% right and no extra
			// agreement.
			want := extractedMin[shape]
			if dir != filepath.Join("testdata", "extracted") {
				return // another set: scored, not held
			}
			if got := 100 * float64(total.right) / float64(max(total.rows, 1)); got < want.right {
				t.Errorf("%s: %.1f%% of rows right, want at least %.1f%%", shape, got, want.right)
			}
			if got := 100 * float64(total.partner) / float64(max(total.rows, 1)); got < want.partner {
				t.Errorf("%s: %.1f%% of partners whole, want at least %.1f%%", shape, got, want.partner)
			}
			if total.silent > want.silent || total.extra > want.extra {
				t.Errorf("%s: %d rows wrong silently and %d agreements not in the truth, want at most %d and %d",
					shape, total.silent, total.extra, want.silent, want.extra)
			}
		})
	}
}

// extractedMin bounds TestExtracted's scores of testdata/extracted, shape
// by shape.
var extractedMin = map[string]struct {
	right, partner float64 // % of the truth's rows
	silent, extra  int
}{
	"tsv":    {99.0, 99.5, 0, 0}, // 99.4% right (of 1,256), 100% partners, 0 silent, 0 extra
	"csv":    {99.0, 99.5, 0, 0}, // 99.5% (of 1,479), 100%, 0, 0
	"md":     {98.0, 99.5, 0, 0}, // 99.3% (of 149), 100%, 0, 0
	"layout": {99.3, 99.5, 0, 0}, // 99.6% (of 1,396), 100%, 0, 0
}

// TestSeedExtracted reads the seed as Tabula's CSV and as pdftotext
// -layout's text, and checks every agreement against the seed's truth:
// the same 104 agreements as from its tab-separated text, each with its
// country, whole partner, date and quota.
func TestSeedExtracted(t *testing.T) {
	truth := readTruth(t, filepath.Join("testdata", "exchange-agreements.truth.tsv"))
	for _, f := range []string{"csv/exchange-agreements.tabula.csv", "layout/exchange-agreements.layout.txt"} {
		t.Run(filepath.Dir(f), func(t *testing.T) {
			l := parseFile(t, filepath.Join("testdata", "extracted", f), false)
			if len(l.Agreements) != len(truth) {
				t.Errorf("%d agreements, want %d", len(l.Agreements), len(truth))
			}
			for i := range min(len(l.Agreements), len(truth)) {
				a, tr := l.Agreements[i], truth[i]
				if a.Country.Code != tr.Country || matchKey(a.Partner) != matchKey(tr.Partner) ||
					a.EffectiveSince.String() != tr.Date || a.Quota.Raw != tr.Quota {
					t.Errorf("agreement %d (line %d): %s %q %s %q, want %s %q %s %q", i+1, a.Line,
						a.Country.Code, a.Partner, a.EffectiveSince, a.Quota.Raw, tr.Country, tr.Partner, tr.Date, tr.Quota)
				}
			}
		})
	}
}
