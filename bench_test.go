package agreements

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/exchangelist/agreements/country"
	"github.com/exchangelist/agreements/internal/testlisting"
)

// The benchmarks below read the generated listing of gen_test.go (about
// 10 MB, the same bytes in every benchmark) and compare the parser with
// the floor any TSV reader pays: encoding/csv reading the same bytes.

// loopCounted runs body in a b.Loop and reports allocations and time per
// agreement, rows being the agreements one call of body reads.
func loopCounted(b *testing.B, rows int, body func()) {
	b.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	n := 0
	for b.Loop() {
		body()
		n++
	}
	runtime.ReadMemStats(&after)
	total := float64(n) * float64(rows)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/total, "allocs/agreement")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/total, "B/agreement")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/total, "ns/agreement")
}

// BenchmarkParse parses the whole listing with every feature on: encoding
// detection, header and page handling, quota and date decoding, label
// resolution and group inference.
func BenchmarkParse(b *testing.B) {
	data, rows := benchData(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	loopCounted(b, rows, func() {
		l, err := Parse(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		if len(l.Agreements) != rows {
			b.Fatalf("%d agreements, want %d", len(l.Agreements), rows)
		}
	})
}

// BenchmarkEncodingCSV reads the same bytes with encoding/csv, touching
// every field: the speed a plain TSV reader reaches.
func BenchmarkEncodingCSV(b *testing.B) {
	data, rows := benchData(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var sink int
	loopCounted(b, rows, func() {
		r := csv.NewReader(bytes.NewReader(data))
		r.Comma = '\t'
		r.FieldsPerRecord = -1
		r.LazyQuotes = true
		r.ReuseRecord = true
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			for _, f := range rec {
				sink += len(f)
			}
		}
	})
	if sink == 0 {
		b.Fatal("nothing read")
	}
}

// BenchmarkStream reads the listing one agreement at a time, as a
// streaming consumer does.
func BenchmarkStream(b *testing.B) {
	data, rows := benchData(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	loopCounted(b, rows, func() {
		r := NewReader(bytes.NewReader(data))
		n := 0
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != rows {
			b.Fatalf("%d agreements, want %d", n, rows)
		}
	})
}

// scaleListings caches the listings of the scaling benchmark by size.
var scaleListings struct {
	sync.Mutex
	m map[int][]byte
}

func scaleData(rows int) []byte {
	scaleListings.Lock()
	defer scaleListings.Unlock()
	if scaleListings.m == nil {
		scaleListings.m = map[int][]byte{}
	}
	data, ok := scaleListings.m[rows]
	if !ok {
		data, _ = genListing(rows)
		scaleListings.m[rows] = data
	}
	return data
}

// BenchmarkParseRows parses listings of growing size; ns/row should stay
// flat, time growing linearly in rows. The largest size (about 75 MB) is
// skipped with -short.
func BenchmarkParseRows(b *testing.B) {
	for _, rows := range []int{1_000, 10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("rows=%d", rows), func(b *testing.B) {
			if rows > 100_000 && testing.Short() {
				b.Skip("large listing skipped in short mode")
			}
			data := scaleData(rows)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				l, err := Parse(bytes.NewReader(data))
				if err != nil {
					b.Fatal(err)
				}
				if len(l.Agreements) != rows {
					b.Fatalf("%d agreements, want %d", len(l.Agreements), rows)
				}
				n++
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n*rows), "ns/row")
		})
	}
}

// benchLabels mixes country labels as listings print them: plain, in
// other spellings and languages, and damaged.
var benchLabels = []string{
	"Argentina", "Australia", "Belgium", "Brunei", "China", "Czech", "France", "Germany",
	"India", "Indonesia", "Italy", "Korea", "Malaysia", "Netherlands", "Philippines", "Poland",
	"Thailand", "USA", "Vietnam", "Viet Nam", "Korea, Republic of", "Russian Federation",
	"Lao PDR", "Türkiye", "U.K.", "Deutschland", "ドイツ", "ＣＨＩＮＡ",
	"Могоссо", "T Oland", "Vieteere", "mananu", "lndia", "P0LAND", "Gerrnany", "Ger many",
	"Phi1ippines", "Τhailand", "Frаnce", "Vietnarn",
}

// BenchmarkResolveCountryMix resolves one label per operation, cycling
// through benchLabels.
func BenchmarkResolveCountryListing(b *testing.B) {
	b.ReportAllocs()
	country.Resolve("Japan") // build the index outside the timing
	i := 0
	for b.Loop() {
		country.Resolve(benchLabels[i%len(benchLabels)])
		i++
	}
}

var benchQuotas = []string{"5", "×", "3", "10", "ST10,LT", "ST5,LT2", "５", "x", "ST 10, LT", "ST10/LT", "", "5名"}

// BenchmarkParseQuotaMix decodes one quota cell per operation, cycling
// through the spellings listings use (quota_test.go times them one by one).
func BenchmarkParseQuotaMix(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		ParseQuota(benchQuotas[i%len(benchQuotas)])
		i++
	}
}

var benchDates = []string{"2017/06/28", "2016/11/18", "1996/12/04", "2017/6/28", "2017-06-28", "2017.6.28", "2017年6月28日", "２０１７／０６／２８", "2019/02/29"}

// BenchmarkParseDateMix decodes one date cell per operation, cycling
// through the spellings listings use (date_test.go times them one by one).
func BenchmarkParseDateMix(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		ParseDate(benchDates[i%len(benchDates)])
		i++
	}
}

// BenchmarkParseShapes parses one generated listing in the shapes text
// extracted from a PDF comes in: tab-separated, CSV (as Tabula writes
// it) and space-aligned (as pdftotext -layout writes it, its long names
// wrapped onto more lines). The rows are the same, so the ratio of the
// aligned and tsv ns/agreement is what reading space-aligned text costs.
func BenchmarkParseShapes(b *testing.B) {
	o := testlisting.Options{Groups: 60, MinSize: 5, MaxSize: 30, Sorted: true, First: 0.3, PageRows: 40}
	tsv, truth := testlisting.Generate(rand.New(rand.NewPCG(7, 7)), o)
	o.Aligned, o.Wrap = true, 0.6
	aligned, alignedTruth := testlisting.Generate(rand.New(rand.NewPCG(7, 7)), o)
	if len(alignedTruth) != len(truth) {
		b.Fatalf("%d rows aligned, %d tab-separated", len(alignedTruth), len(truth))
	}
	var csvText bytes.Buffer
	w := csv.NewWriter(&csvText)
	for line := range strings.Lines(string(tsv)) {
		if err := w.Write(strings.Split(strings.TrimSuffix(line, "\n"), "\t")); err != nil {
			b.Fatal(err)
		}
	}
	w.Flush()
	for _, sh := range []struct {
		name string
		data []byte
	}{{"tsv", tsv}, {"csv", csvText.Bytes()}, {"aligned", aligned}} {
		b.Run(sh.name, func(b *testing.B) {
			b.SetBytes(int64(len(sh.data)))
			loopCounted(b, len(truth), func() {
				l, err := Parse(bytes.NewReader(sh.data))
				if err != nil {
					b.Fatal(err)
				}
				if len(l.Agreements) != len(truth) {
					b.Fatalf("%d agreements, want %d", len(l.Agreements), len(truth))
				}
			})
		})
	}
}
