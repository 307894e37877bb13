package agreements

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// damage applies one kind of extraction damage to a country name: OCR
// confusions (l/1/I, m/rn, O/0), a dropped, swapped or replaced letter,
// a split word, upper case, or Cyrillic look-alike letters.
func damage(rng *rand.Rand, s string) string {
	rs := []rune(s)
	switch rng.IntN(9) {
	case 0: // l -> 1 or I
		return strings.NewReplacer("l", "1", "i", "l").Replace(s)
	case 1:
		return strings.Replace(s, "m", "rn", 1)
	case 2:
		return strings.Replace(strings.Replace(s, "o", "0", 1), "O", "0", 1)
	case 3: // drop a letter
		if len(rs) > 4 {
			i := 1 + rng.IntN(len(rs)-1)
			return string(append(rs[:i:i], rs[i+1:]...))
		}
	case 4: // swap
		if len(rs) > 4 {
			i := 1 + rng.IntN(len(rs)-2)
			rs[i], rs[i+1] = rs[i+1], rs[i]
			return string(rs)
		}
	case 5: // split
		if len(rs) > 4 {
			i := 1 + rng.IntN(len(rs)-2)
			return string(rs[:i]) + " " + string(rs[i:])
		}
	case 6:
		return strings.ToUpper(s)
	case 7: // cyrillic lookalikes
		return strings.NewReplacer("a", "а", "o", "о", "e", "е", "c", "с", "p", "р").Replace(s)
	case 8: // substitute a letter
		if len(rs) > 5 {
			i := 1 + rng.IntN(len(rs)-1)
			rs[i] = 'x'
			return string(rs)
		}
	}
	return s
}

// TestResolveDamaged damages country names at random and checks the
// resolver reads at least 95% of them back, and never as another
// country: refusing is allowed, guessing wrong is not.
func TestResolveDamaged(t *testing.T) {
	var names []string
	for _, c := range synthCountries {
		names = append(names, c.label)
	}
	names = append(names, "Japan", "Germany", "France", "Italy", "Spain", "Brazil", "Mexico",
		"Egypt", "Kenya", "Peru", "Cuba", "Iraq", "Iran", "Oman", "Chad", "Mali", "Niger",
		"Austria", "Australia", "Slovenia", "Slovakia", "Gambia", "Zambia", "Guinea", "Ghana")
	rng := rand.New(rand.NewPCG(1, 2))
	right, total := 0, 0
	for round := 0; round < 8; round++ {
		for _, n := range names {
			want := ResolveCountry(n).Country
			if want.IsZero() {
				t.Fatalf("%q does not resolve undamaged", n)
			}
			d := damage(rng, n)
			if d == n {
				continue
			}
			total++
			switch got := ResolveCountry(d).Country; got {
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
