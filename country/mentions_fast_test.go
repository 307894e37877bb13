package country

import (
	"bufio"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestHintsFastFold checks that scanFast, where it answers, finds what
// scanFolded finds: on the seed listing's partners, and on names with
// accents, punctuation and signs mixed in.
func TestHintsFastFold(t *testing.T) {
	f, err := os.Open("../testdata/exchange-agreements.truth.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var names []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if c := strings.Split(sc.Text(), "\t"); len(c) > 2 {
			names = append(names, c[2])
		}
	}
	names = append(names, "Université de Nantes", "Uniwersytet Jagielloński", "AGH University, Kraków",
		"Technische Universität München", "Universitat Politècnica de Catalunya", "Ho Chi Minh City & Hanoi",
		"Korea|Japan", "St. Petersburg State University", "Côte d’Ivoire", "Ǆakovo – Đakovo", "Æsir ßtraße",
		"São Paulo", "a&b", "&&&", "ÀÉÎÕÜ", "x\u0301y", "İstanbul Teknik Üniversitesi", "東京大学 (Tokyo)")
	rng := rand.New(rand.NewPCG(1, 2))
	extra := []rune("éèüößøłæœ’‘–—-.'`&|()[], ´ªº½ıİĲǄ\u00ad")
	for range 3000 {
		n := []rune(names[rng.IntN(len(names))])
		for range 1 + rng.IntN(4) {
			i := rng.IntN(len(n) + 1)
			n = slices.Insert(n, i, extra[rng.IntN(len(extra))])
		}
		names = append(names, string(n))
	}
	hx := theHintIndex()
	fast := 0
	for _, n := range names {
		var a, b hintAcc
		if !hx.scanFast(n, 1, &a) {
			continue
		}
		fast++
		hx.scanFolded(n, 1, &b)
		if got, want := a.appendTo(nil), b.appendTo(nil); !slices.Equal(got, want) {
			t.Errorf("scanFast(%q) = %v, scanFolded = %v", n, got, want)
		}
	}
	if fast < len(names)/2 {
		t.Errorf("scanFast answered %d of %d names", fast, len(names))
	}
}
