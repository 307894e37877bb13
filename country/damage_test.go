package country

import (
	"math/rand/v2"
	"testing"

	"github.com/exchangelist/agreements/internal/testlisting"
)

// TestResolveDamaged damages country names at random and checks the
// resolver reads at least 95% of them back, and never as another
// country: refusing is allowed, guessing wrong is not.
func TestResolveDamaged(t *testing.T) {
	var names []string
	for _, c := range testlisting.Countries {
		names = append(names, c.Label)
	}
	names = append(names, "Japan", "Germany", "France", "Italy", "Spain", "Brazil", "Mexico",
		"Egypt", "Kenya", "Peru", "Cuba", "Iraq", "Iran", "Oman", "Chad", "Mali", "Niger",
		"Austria", "Australia", "Slovenia", "Slovakia", "Gambia", "Zambia", "Guinea", "Ghana")
	rng := rand.New(rand.NewPCG(1, 2))
	right, total := 0, 0
	for round := 0; round < 8; round++ {
		for _, n := range names {
			want := Resolve(n).Country
			if want.IsZero() {
				t.Fatalf("%q does not resolve undamaged", n)
			}
			d := testlisting.Damage(rng, n, testlisting.Readable...)
			if d == n {
				continue
			}
			total++
			switch got := Resolve(d).Country; got {
			case want:
				right++
			case Country{}:
				t.Logf("%q (damaged %s) refused", d, n)
			default:
				t.Errorf("%q (damaged %s) read as %s", d, n, got.Name)
			}
		}
	}
	t.Logf("%d damaged names: %d read back", total, right)
	if float64(right) < 0.95*float64(total) {
		t.Errorf("%d of %d damaged names read back, want at least 95%%", right, total)
	}
}
