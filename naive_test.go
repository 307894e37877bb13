package agreements

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// naivePipeline is the pipeline a programmer who does not use this
// library writes in an afternoon for the same job, with the standard
// library and golang.org/x/text only: encoding/csv with tabs, skip
// headers, titles and blank lines, fill the country label down from the
// last one printed (pandas ffill, a spreadsheet's fill-down), look the
// label up in a map of English country names, time.Parse the date over a
// few layouts and decode the quota by hand. It is the baseline Parse is
// measured against: how fast the wrong answer comes, and how wrong it
// is, beside Parse on the same bytes. It deliberately
// uses nothing of this module.
func naivePipeline(data []byte) []naiveAgreement {
	names := naiveCountryNames()
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = '\t'
	r.ReuseRecord = true
	r.LazyQuotes = true
	r.FieldsPerRecord = -1

	var out []naiveAgreement
	label := ""
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			continue
		}
		line, _ := r.FieldPos(0)

		nonEmpty := 0
		header := false
		for _, c := range rec {
			if strings.TrimSpace(c) != "" {
				nonEmpty++
			}
			if strings.Contains(c, "Country") || strings.Contains(c, "Partner") {
				header = true
			}
		}
		if header || nonEmpty <= 1 {
			continue // header, title or blank line
		}
		for len(rec) < 4 {
			rec = append(rec, "")
		}

		if l := strings.TrimSpace(rec[0]); l != "" {
			label = l
		}
		a := naiveAgreement{
			Line:    line,
			Country: names[strings.ToLower(label)],
			Partner: strings.TrimSpace(rec[1]),
			Quota:   naiveParseQuota(strings.TrimSpace(rec[3])),
		}
		for _, layout := range naiveDateLayouts {
			if d, err := time.Parse(layout, strings.TrimSpace(rec[2])); err == nil {
				a.Date = d
				break
			}
		}
		out = append(out, a)
	}
	return out
}

// naiveAgreement is one row as the naive pipeline keeps it.
type naiveAgreement struct {
	Line             int
	Country, Partner string
	Date             time.Time
	Quota            naiveQuota
}

// naiveQuota is a decoded quota cell: none ("×"), a count ("5"), or
// short- and long-term terms ("ST10,LT"), a term without a number being
// present (HasLT) with a count of 0.
type naiveQuota struct {
	None             bool
	Count            int
	HasST, HasLT     bool
	STCount, LTCount int
}

var naiveDateLayouts = []string{"2006/01/02", "2006-01-02", "2006/1/2", "2006.1.2"}

func naiveParseQuota(s string) naiveQuota {
	var q naiveQuota
	if s == "×" || s == "x" {
		q.None = true
		return q
	}
	if n, err := strconv.Atoi(s); err == nil {
		q.Count = n
		return q
	}
	for _, term := range strings.Split(s, ",") {
		term = strings.TrimSpace(term)
		switch {
		case strings.HasPrefix(term, "ST"):
			q.HasST = true
			q.STCount, _ = strconv.Atoi(term[2:])
		case strings.HasPrefix(term, "LT"):
			q.HasLT = true
			q.LTCount, _ = strconv.Atoi(term[2:])
		}
	}
	return q
}

// naiveCountryNames maps lower-cased English country names, and the
// aliases anyone would add, to ISO 3166-1 alpha-2 codes. Built once.
var naiveCountryNames = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	en := display.English.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			// Skip codes that are not regions, and deprecated or
			// reserved ones (FX is "France" too, VD "Vietnam").
			if err != nil || !r.IsCountry() || r.String() != code || r.Canonicalize() != r {
				continue
			}
			if name := en.Name(r); name != "" {
				m[strings.ToLower(name)] = code
			}
		}
	}
	for alias, code := range map[string]string{
		"usa": "US", "uk": "GB", "korea": "KR", "vietnam": "VN",
		"czech": "CZ", "russia": "RU", "taiwan": "TW",
	} {
		m[alias] = code
	}
	return m
})

// BenchmarkNaivePipeline runs the naive pipeline on the bytes
// BenchmarkParse reads, for benchstat to compare the two.
func BenchmarkNaivePipeline(b *testing.B) {
	data, rows := benchData(b)
	naiveCountryNames() // built once per process, as a program would
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	loopCounted(b, rows, func() {
		as := naivePipeline(data)
		if len(as) != rows {
			b.Fatalf("%d agreements, want %d", len(as), rows)
		}
	})
}

// BenchmarkFloor finds the lines and the tab-separated cells of the same
// bytes and decodes nothing: the floor under any reader of the listing.
func BenchmarkFloor(b *testing.B) {
	data, rows := benchData(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var sink int
	loopCounted(b, rows, func() {
		cells := 0
		for rest := data; len(rest) > 0; {
			line := rest
			if i := bytes.IndexByte(rest, '\n'); i >= 0 {
				line, rest = rest[:i], rest[i+1:]
			} else {
				rest = nil
			}
			for {
				cells++
				i := bytes.IndexByte(line, '\t')
				if i < 0 {
					break
				}
				line = line[i+1:]
			}
		}
		sink += cells
	})
	if sink == 0 {
		b.Fatal("nothing read")
	}
}

// TestNaivePipelineAccuracy measures the share of rows the naive pipeline
// and Parse put in the right country, on the generated listing and on the
// seed listing. It asserts only that the naive pipeline finds the rows of
// the generated listing and that Parse gets more countries right.
func TestNaivePipelineAccuracy(t *testing.T) {
	share := func(codes map[int]string, truth []truthRow) float64 {
		right := 0
		for _, tr := range truth {
			if codes[tr.Line] == tr.Country {
				right++
			}
		}
		return float64(right) / float64(len(truth))
	}
	naiveCodes := func(as []naiveAgreement) map[int]string {
		m := make(map[int]string, len(as))
		for _, a := range as {
			m[a.Line] = a.Country
		}
		return m
	}
	parseCodes := func(t *testing.T, data []byte) map[int]string {
		l, err := Parse(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		m := make(map[int]string, len(l.Agreements))
		for _, a := range l.Agreements {
			m[a.Line] = a.Country.Code
		}
		return m
	}
	compare := func(t *testing.T, data []byte, naive []naiveAgreement, truth []truthRow) {
		n, p := share(naiveCodes(naive), truth), share(parseCodes(t, data), truth)
		t.Logf("%d rows: countries right: naive %.1f%%, Parse %.1f%%", len(truth), 100*n, 100*p)
		if p <= n {
			t.Errorf("Parse gets %.1f%% of countries right, no more than the naive pipeline's %.1f%%", 100*p, 100*n)
		}
	}

	t.Run("generated", func(t *testing.T) {
		data, truth := genListing(20000)
		naive := naivePipeline(data)
		if len(naive) != len(truth) {
			t.Fatalf("naive pipeline: %d agreements, want %d", len(naive), len(truth))
		}
		for i, a := range naive {
			if a.Line != truth[i].Line {
				t.Fatalf("naive agreement %d on line %d, want %d", i, a.Line, truth[i].Line)
			}
		}
		compare(t, data, naive, truth)
	})
	t.Run("seed", func(t *testing.T) {
		data, err := os.ReadFile(filepath.Join("testdata", "exchange-agreements.tsv"))
		if err != nil {
			t.Fatal(err)
		}
		truth := readTruth(t, filepath.Join("testdata", "exchange-agreements.truth.tsv"))
		compare(t, data, naivePipeline(data), truth)
	})
}
