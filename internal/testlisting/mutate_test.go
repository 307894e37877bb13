package testlisting

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestMutableRoundTrip checks that a loaded listing renders back to its
// own bytes and truth.
func TestMutableRoundTrip(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		rng := rand.New(rand.NewPCG(seed, 1))
		data, truth := Generate(rng, Options{Groups: 8, MinSize: 1, MaxSize: 6, Sorted: true, Dup: 0.3, PageRows: 7, Titles: true})
		m, err := Load(data, truth)
		if err != nil {
			t.Fatal(err)
		}
		got, gotTruth := m.Render()
		if !bytes.Equal(got, data) {
			t.Fatalf("seed %d: rendered\n%s\nwant\n%s", seed, got, data)
		}
		if !slices.Equal(gotTruth, truth) {
			t.Fatalf("seed %d: truth %v, want %v", seed, gotTruth, truth)
		}
	}
}

// TestEditsKeepTruth applies every edit to generated listings and checks
// what each must keep: the rows and their countries (twice over for
// concat), and each row's partner on the line its truth names.
func TestEditsKeepTruth(t *testing.T) {
	for _, e := range Edits {
		t.Run(e.Name, func(t *testing.T) {
			applied := 0
			for seed := uint64(1); seed <= 30; seed++ {
				rng := rand.New(rand.NewPCG(seed, 2))
				data, truth := Generate(rng, Options{Groups: 6, MinSize: 1, MaxSize: 6, Sorted: true, Dup: 0.3, PageRows: 9, Hinted: 0.3})
				m, err := Load(data, truth)
				if err != nil {
					t.Fatal(err)
				}
				if !e.Apply(rng, m, []*Mutable{m}) {
					continue
				}
				applied++
				out, outTruth := m.Render()
				want := rowsOf(truth)
				if e.Name == "concat" {
					want = append(want, want...)
					slices.Sort(want)
				}
				if got := rowsOf(outTruth); !slices.Equal(got, want) {
					t.Fatalf("seed %d: rows %v, want %v", seed, got, want)
				}
				lines := strings.Split(string(out), "\n")
				for _, tr := range outTruth {
					p := []rune(tr.Partner)
					if !strings.Contains(lines[tr.Line-1], string(p[:min(len(p), 20)])) {
						t.Fatalf("seed %d: line %d is %q, truth has %q", seed, tr.Line, lines[tr.Line-1], tr.Partner)
					}
				}
			}
			if applied == 0 {
				t.Errorf("never applied")
			}
		})
	}
}

// rowsOf returns the country and partner of each truth row, sorted.
func rowsOf(truth []Truth) []string {
	var out []string
	for _, tr := range truth {
		out = append(out, tr.Country+" "+tr.Partner)
	}
	slices.Sort(out)
	return out
}
