package agreements

import (
	"fmt"
	"io"
	"runtime"
	"testing"
)

// listingGen produces a listing line by line as it is read, never
// holding more than one line: groups of 9 to 11 rows with the country
// label on the middle row, a header every 40 rows.
type listingGen struct {
	rows  int // rows to produce
	row   int // rows produced
	group int // index of the current group
	first int // first row of the current group
	size  int // rows in the current group
	buf   []byte
}

var streamLabels = []string{"Argentina", "Australia", "Belgium", "Brunei", "China", "Czech", "France", "Germany",
	"Hungary", "India", "Indonesia", "Italy", "Korea", "Malaysia", "Netherlands", "Poland", "Thailand", "USA", "Vietnam"}

func (g *listingGen) Read(p []byte) (int, error) {
	for len(g.buf) == 0 {
		if g.row == g.rows {
			return 0, io.EOF
		}
		if g.row%40 == 0 {
			g.buf = append(g.buf, "Country/Area\tPartner University/School/Institute\tEffective Since\tQuota\n"...)
		}
		if g.row == g.first+g.size {
			g.group++
			g.first = g.row
		}
		if g.row == g.first {
			g.size = 9 + g.group%3
		}
		label := ""
		if g.row-g.first == g.size/2 {
			label = streamLabels[g.group%len(streamLabels)]
		}
		g.buf = fmt.Appendf(g.buf, "%s\tUniversity %08d (Faculty of Engineering)\t20%02d/%02d/%02d\t%d\n",
			label, g.row-g.first, g.row%20, g.row%12+1, g.row%28+1, g.row%7)
		g.row++
	}
	n := copy(p, g.buf)
	g.buf = g.buf[n:]
	if len(g.buf) == 0 {
		g.buf = g.buf[:0:0] // let the next line start a fresh, small buffer
	}
	return n, nil
}

// TestStream reads a million-row listing, produced as it is read, with
// Read: memory must stay bounded by the reader's window, not grow with the
// listing.
func TestStream(t *testing.T) {
	if testing.Short() {
		t.Skip("a million rows")
	}
	const (
		rows     = 1_000_000
		maxHeap  = 64 << 20
		sampleAt = 100_000
	)
	r := NewReader(&listingGen{rows: rows})
	var ms runtime.MemStats
	n, peak, last := 0, uint64(0), 0
	for {
		a, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("after %d agreements: %v", n, err)
		}
		if a.Line <= last {
			t.Fatalf("agreement %d on line %d, after line %d", n, a.Line, last)
		}
		last = a.Line
		n++
		if n%sampleAt == 0 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
			t.Logf("%d agreements: live heap %.1f MiB", n, float64(ms.HeapAlloc)/(1<<20))
			if ms.HeapAlloc > maxHeap {
				t.Fatalf("live heap %.1f MiB after %d agreements, want under %d MiB",
					float64(ms.HeapAlloc)/(1<<20), n, maxHeap>>20)
			}
		}
	}
	if n != rows {
		t.Errorf("%d agreements, want %d", n, rows)
	}
	wantLines := rows + (rows+39)/40
	if r.lr.line != wantLines {
		t.Errorf("%d lines read, want %d", r.lr.line, wantLines)
	}
	t.Logf("peak live heap %.1f MiB", float64(peak)/(1<<20))
}
