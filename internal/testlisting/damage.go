package testlisting

import (
	"math/rand/v2"
	"strings"
)

// A Kind is one kind of damage text extraction does to a country label.
type Kind int

// The kinds of damage. The first nine keep the name readable to a
// careful reader; the garbled ones do not, or barely.
const (
	OCRLetters   Kind = iota // l→1, i→l
	OCRPairs                 // m→rn, once
	OCRZero                  // o or O→0, once
	DropLetter               // one letter dropped
	SwapLetters              // two neighbours swapped
	SplitWord                // a space inside a word
	UpperCase                // all capitals
	LookAlike                // Cyrillic look-alike letters
	Substitute               // one letter replaced by x
	Garbled                  // "mananu": nothing of the label left
	SplitCapital             // "T Oland": the capital comes apart
	GarbledTail              // "Vieteere": the start kept, the tail garbled
	OCRAll                   // l→1, i→l, o→0, m→rn everywhere
	Stub                     // "prnn": the first letter and a smear
)

// Readable are the kinds a resolver should read back.
var Readable = []Kind{OCRLetters, OCRPairs, OCRZero, DropLetter, SwapLetters, SplitWord, UpperCase, LookAlike, Substitute}

// Copies are the kinds of the garbled second copy of a label that
// extraction sometimes prints next to a readable one ("Thailand" then
// "mananu"; "Poland" then "T Oland").
var Copies = []Kind{Garbled, SplitCapital, GarbledTail, OCRAll, LookAlike, Stub}

// Damage applies one kind of damage, drawn from kinds, to a label. A
// kind that does not apply to so short a label leaves it as it is, but
// for SplitCapital and GarbledTail, which leave a stub instead.
func Damage(rng *rand.Rand, s string, kinds ...Kind) string {
	rs := []rune(s)
	switch kinds[rng.IntN(len(kinds))] {
	case OCRLetters:
		return strings.NewReplacer("l", "1", "i", "l").Replace(s)
	case OCRPairs:
		return strings.Replace(s, "m", "rn", 1)
	case OCRZero:
		return strings.Replace(strings.Replace(s, "o", "0", 1), "O", "0", 1)
	case DropLetter:
		if len(rs) > 4 {
			i := 1 + rng.IntN(len(rs)-1)
			return string(append(rs[:i:i], rs[i+1:]...))
		}
	case SwapLetters:
		if len(rs) > 4 {
			i := 1 + rng.IntN(len(rs)-2)
			rs[i], rs[i+1] = rs[i+1], rs[i]
			return string(rs)
		}
	case SplitWord:
		if len(rs) > 4 {
			i := 1 + rng.IntN(len(rs)-2)
			return string(rs[:i]) + " " + string(rs[i:])
		}
	case UpperCase:
		return strings.ToUpper(s)
	case LookAlike:
		return strings.NewReplacer("a", "а", "o", "о", "e", "е", "c", "с", "p", "р").Replace(s)
	case Substitute:
		if len(rs) > 5 {
			i := 1 + rng.IntN(len(rs)-1)
			rs[i] = 'x'
			return string(rs)
		}
	case Garbled:
		return "mananu"
	case SplitCapital:
		if len(s) > 3 {
			return "T " + strings.ToUpper(s[1:2]) + s[2:]
		}
		return stub(s)
	case GarbledTail:
		if len(s) > 5 {
			return s[:4] + "eere"
		}
		return stub(s)
	case OCRAll:
		return strings.NewReplacer("l", "1", "i", "l", "o", "0", "m", "rn").Replace(s)
	case Stub:
		return stub(s)
	}
	return s
}

// stub is the first letter of s, lower case, and a smear.
func stub(s string) string { return strings.ToLower(s[:1]) + "rnn" }
