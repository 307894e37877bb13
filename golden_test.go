package agreements

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sebdah/goldie/v2"
)

// TestGolden records the JSON of every listing in testdata (the seed
// first, then the others, including those in subfolders) in
// testdata/golden/<name>.golden. A golden file records what the parser
// does, not what is right: the hand-checked truth files say that. After
// a deliberate change, read the diff and run
//
//	go test -run Golden -update .
//
// Confidences are recorded to two decimals: the JSON writes them in
// full, and their last digits vary with the CPU (math.Exp uses fused
// multiply-adds where the CPU has them).
func TestGolden(t *testing.T) {
	files := goldenInputs(t)
	if len(files) == 0 || files[0] != filepath.Join("testdata", "exchange-agreements.tsv") {
		t.Fatalf("inputs %q do not start with the seed listing", files)
	}
	g := goldie.New(t, goldie.WithFixtureDir(filepath.Join("testdata", "golden")), goldie.WithNameSuffix(".golden"))
	for _, path := range files {
		name := goldenName(path)
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			l, err := Parse(f)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			for i := range l.Agreements {
				l.Agreements[i].Confidence = math.Round(l.Agreements[i].Confidence*100) / 100
			}
			b, err := json.MarshalIndent(l, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			g.Assert(t, name, append(b, '\n'))
		})
	}
}

// goldenInputs returns the listings under testdata, the seed first: every
// .tsv file that is not a .truth.tsv, outside testdata/golden and the
// fuzz corpus.
func goldenInputs(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir("testdata", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "golden" || d.Name() == "fuzz" || d.Name() == "extracted") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".tsv") && !strings.HasSuffix(path, ".truth.tsv") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	seed := filepath.Join("testdata", "exchange-agreements.tsv")
	slices.SortStableFunc(files, func(a, b string) int {
		switch {
		case a == seed:
			return -1
		case b == seed:
			return 1
		}
		return strings.Compare(a, b)
	})
	return files
}

// goldenName names the golden file of a listing after its path inside
// testdata, without ".tsv": "exchange-agreements", "listings/foo".
func goldenName(path string) string {
	rel, err := filepath.Rel("testdata", path)
	if err != nil {
		rel = path
	}
	return filepath.ToSlash(strings.TrimSuffix(rel, ".tsv"))
}
