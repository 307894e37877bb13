package agreements

import (
	"bytes"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"github.com/exchangelist/agreements/internal/testlisting"
)

// This file measures the group inference over many shapes of generated
// listing (internal/testlisting): sorted or not, labels on the first,
// middle or last row, page breaks inside groups, labels printed twice or
// lost.

// synthScore parses a listing and scores it against its truth: rows
// right, unknown, wrong, and wrong without a diagnostic on the row.
func synthScore(t *testing.T, data []byte, truth []testlisting.Truth) (right, unknown, wrong, silent, alarms int) {
	t.Helper()
	l, err := Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	diag := map[int]bool{}
	for _, d := range l.Diagnostics {
		if d.Severity >= Warning {
			diag[d.Line] = true
		}
	}
	if len(l.Agreements) != len(truth) {
		t.Fatalf("%d agreements, want %d", len(l.Agreements), len(truth))
	}
	for i, a := range l.Agreements {
		if a.Partner != truth[i].Partner {
			t.Errorf("line %d: partner %q, want %q", a.Line, a.Partner, truth[i].Partner)
		}
	}
	for i, a := range l.Agreements {
		switch a.Country.Code {
		case truth[i].Country:
			right++
			if diag[a.Line] {
				alarms++
			}
		case "":
			unknown++
		default:
			wrong++
			if !diag[a.Line] {
				silent++
				if testing.Verbose() && os.Getenv("SYNTH_DEBUG") != "" {
					t.Logf("silent: line %d %s (%s, %.2f) want %s", a.Line, a.Country.Code, a.CountrySource, a.Confidence, truth[i].Country)
				}
			}
		}
	}
	return
}

// TestSynthListings measures the inference on generated listings of many
// shapes. The bar: at least 97% of rows right and at most 1% silently
// wrong, for each shape.
func TestSynthListings(t *testing.T) {
	// minRight is the share of rows that must get their true country.
	// A lost label leaves its rows unknown (the generated names carry no
	// hint of a country), and a listing sorted by neither partner nor
	// date leaves only the labels' positions to go by: there the bar is
	// lower, but wrong rows must still carry a diagnostic.
	shapes := []struct {
		name     string
		o        testlisting.Options
		minRight float64
	}{
		{"sorted-middle", testlisting.Options{Groups: 30, MinSize: 1, MaxSize: 12, Sorted: true}, 99},
		{"sorted-first", testlisting.Options{Groups: 30, MinSize: 1, MaxSize: 12, Sorted: true, First: 1}, 99},
		{"sorted-mixed-pages", testlisting.Options{Groups: 30, MinSize: 1, MaxSize: 15, Sorted: true, First: 0.3, Last: 0.1, PageRows: 33, Titles: true}, 99},
		{"sorted-dup", testlisting.Options{Groups: 30, MinSize: 2, MaxSize: 10, Sorted: true, Dup: 0.3, PageRows: 40}, 98},
		{"sorted-dup-apart", testlisting.Options{Groups: 30, MinSize: 2, MaxSize: 10, Sorted: true, Dup: 0.3, DupApart: true, PageRows: 40}, 98},
		{"sorted-lost", testlisting.Options{Groups: 30, MinSize: 1, MaxSize: 10, Sorted: true, Lost: 0.1, PageRows: 40}, 85},
		{"sorted-lost-named", testlisting.Options{Groups: 30, MinSize: 2, MaxSize: 10, Sorted: true, Lost: 0.1, PageRows: 40, Hinted: 0.5}, 93},
		{"unsorted-middle", testlisting.Options{Groups: 30, MinSize: 1, MaxSize: 9}, 80},
		{"unsorted-first", testlisting.Options{Groups: 30, MinSize: 1, MaxSize: 9, First: 1}, 99},
		{"unsorted-mixed", testlisting.Options{Groups: 30, MinSize: 1, MaxSize: 9, First: 0.3, PageRows: 30}, 70},
		{"date-sorted-middle", testlisting.Options{Groups: 30, MinSize: 1, MaxSize: 12, ByDate: true}, 97},
		{"date-sorted-mixed-pages", testlisting.Options{Groups: 30, MinSize: 1, MaxSize: 12, ByDate: true, First: 0.3, PageRows: 33}, 97},
		{"big-groups", testlisting.Options{Groups: 12, MinSize: 20, MaxSize: 60, Sorted: true, First: 0.2, PageRows: 35}, 99},
		// Cells that wrap, as extraction leaves them: names going on on
		// the next line (or starting above their row's values), labels
		// wrapped over two rows or on lines of their own, and
		// space-aligned text as pdftotext -layout writes it.
		{"wrapped-names", testlisting.Options{Groups: 30, MinSize: 1, MaxSize: 10, Sorted: true, Wrap: 0.5, PageRows: 40}, 99},
		{"wrapped-before", testlisting.Options{Groups: 30, MinSize: 1, MaxSize: 10, Sorted: true, Wrap: 0.5, WrapBefore: true, PageRows: 40}, 98},
		{"wrapped-labels", testlisting.Options{Groups: 30, MinSize: 2, MaxSize: 10, Sorted: true, WrapLabels: 1, LabelAlone: 0.3, PageRows: 40}, 98},
		{"aligned", testlisting.Options{Groups: 30, MinSize: 1, MaxSize: 10, Sorted: true, Wrap: 0.6, Aligned: true, PageRows: 35}, 98},
		{"aligned-first", testlisting.Options{Groups: 30, MinSize: 1, MaxSize: 10, Sorted: true, First: 1, Wrap: 0.6, Aligned: true, PageRows: 35}, 98},
	}
	if testing.Short() {
		shapes = shapes[:3]
	}
	for _, sh := range shapes {
		t.Run(sh.name, func(t *testing.T) {
			var right, unknown, wrong, silent, alarms, total int
			for seed := uint64(1); seed <= 40; seed++ {
				rng := rand.New(rand.NewPCG(seed, synthStream))
				data, truth := testlisting.Generate(rng, sh.o)
				r, u, w, s, al := synthScore(t, data, truth)
				right, unknown, wrong, silent, alarms, total = right+r, unknown+u, wrong+w, silent+s, alarms+al, total+len(truth)
			}
			pct := func(n int) float64 { return 100 * float64(n) / float64(total) }
			t.Logf("%d rows: %.1f%% right, %.1f%% unknown, %.1f%% wrong (%.1f%% silently); %.1f%% right but flagged",
				total, pct(right), pct(unknown), pct(wrong), pct(silent), pct(alarms))
			if pct(right) < sh.minRight {
				t.Errorf("%.1f%% of rows right, want at least %.0f%%", pct(right), sh.minRight)
			}
			if pct(silent) > 1 {
				t.Errorf("%.1f%% of rows wrong without a diagnostic, want at most 1%%", pct(silent))
			}
		})
	}
}

// synthStream picks the random stream of the generated listings;
// SYNTH_STREAM=n draws other listings of the same shapes.
var synthStream = func() uint64 {
	if n, err := strconv.ParseUint(os.Getenv("SYNTH_STREAM"), 10, 64); err == nil {
		return n
	}
	return 7
}()
