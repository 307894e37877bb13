package agreements

import (
	"bytes"
	"os"
	"strconv"
	"sync"
	"testing"

	"github.com/exchangelist/agreements/country"
	"github.com/exchangelist/agreements/internal/testlisting"
)

// The benchmarks read one large, realistic listing: the seed's structure
// (its countries, group sizes, partner names, label positions, page
// layout) repeated over and over with varied names, made by
// testlisting.Large. The output depends only on the number of rows asked
// for, so every run and every benchmark measures the same bytes.

// genListing returns the large listing of internal/testlisting grown to
// n rows from the seed listing, and its truth.
func genListing(n int) ([]byte, []testlisting.Truth) {
	seed, err := os.ReadFile("testdata/exchange-agreements.truth.tsv")
	if err != nil {
		panic(err)
	}
	return testlisting.Large(seed, n, func(code string) string { return country.ByCode(code).Name })
}

// benchRows is the size of the benchmark listing: about 10 MB.
const benchRows = 135_000

var benchListing = struct {
	once sync.Once
	data []byte
	rows int
}{}

// benchData returns the benchmark listing, built once per process.
func benchData(tb testing.TB) ([]byte, int) {
	benchListing.once.Do(func() {
		data, truth := genListing(benchRows)
		benchListing.data, benchListing.rows = data, len(truth)
	})
	return benchListing.data, benchListing.rows
}

// TestGenListing checks that the generator is deterministic and that its
// listings parse into one agreement per generated row, and measures the
// parser on them.
func TestGenListing(t *testing.T) {
	a, truth := genListing(3000)
	b, _ := genListing(3000)
	if !bytes.Equal(a, b) {
		t.Fatal("genListing is not deterministic")
	}
	if len(truth) != 3000 {
		t.Fatalf("%d rows, want 3000", len(truth))
	}
	l, err := Parse(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Agreements) != len(truth) {
		t.Fatalf("%d agreements, want %d", len(l.Agreements), len(truth))
	}
	right := 0
	for i, ag := range l.Agreements {
		if ag.Line != truth[i].Line {
			t.Fatalf("agreement %d on line %d, want %d", i, ag.Line, truth[i].Line)
		}
		if ag.Country.Code == truth[i].Country {
			right++
		}
	}
	pct := 100 * float64(right) / float64(len(truth))
	t.Logf("%d bytes, %d rows, %.1f%% of countries right", len(a), len(truth), pct)
	if pct < 90 {
		t.Errorf("only %.1f%% of countries right", pct)
	}
}

// TestWriteLargeListing writes the large listing of LARGE_ROWS rows to
// the file LARGE_LISTING, to measure the command on: skipped unless
// both are set.
//
//	LARGE_LISTING=/tmp/large.tsv LARGE_ROWS=1350000 go test -run TestWriteLargeListing .
func TestWriteLargeListing(t *testing.T) {
	path, rows := os.Getenv("LARGE_LISTING"), os.Getenv("LARGE_ROWS")
	if path == "" || rows == "" {
		t.Skip("LARGE_LISTING and LARGE_ROWS not set")
	}
	n, err := strconv.Atoi(rows)
	if err != nil || n <= 0 {
		t.Fatalf("LARGE_ROWS=%q: want a number of rows", rows)
	}
	data, _ := genListing(n)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %d rows, %d bytes", path, n, len(data))
}
