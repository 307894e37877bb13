package agreements

import (
	"bytes"
	"testing"
)

// BenchmarkSplitCells splits every line of the generated listing into
// cells, reusing one slice, as readLine does.
func BenchmarkSplitCells(b *testing.B) {
	data, _ := genListing(20000)
	lines := bytes.Split(data, []byte("\n"))
	text := make([]string, len(lines))
	for i, l := range lines {
		text[i] = string(l)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var cells []string
	for b.Loop() {
		for _, s := range text {
			cells, _ = splitCellsInto(cells, s, DefaultMaxCells)
		}
	}
}
