// Package fold is the one place where text is folded for comparison:
// case, width, accents and the letters that carry their accent in their
// shape. Every comparison key of the module (country names, search keys,
// the sort order of partner names) starts from Letters or Rune, so that
// "Baños", "BANOS" and "Ｂａñｏｓ" compare equal everywhere alike.
//
// Folded text is for comparing, never for display.
package fold

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// spelled is the one table of letters that do not decompose under NFD
// (their accent is part of their shape, or they are ligatures), spelled
// with basic Latin letters, lower case.
var spelled = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d",
	'ð': "d", 'ħ': "h", 'ı': "i", 'þ': "th", 'ŋ': "n", 'ĸ': "k",
	'ŧ': "t", 'ƒ': "f", 'ſ': "s",
}

// Spell returns the basic Latin spelling of a lower-case letter that
// does not decompose, such as "ss" for 'ß' or "o" for 'ø'.
func Spell(r rune) (string, bool) {
	s, ok := spelled[r]
	return s, ok
}

// Info says what Letters changed beyond case.
type Info struct {
	Width   bool // NFKC changed the text: full-width or compatibility forms
	Accents bool // accents were removed or letters spelled out
}

// isAccent reports whether r is a non-spacing mark to remove. The kana
// voicing marks are kept: they tell kana apart (ガ is not カ).
func isAccent(r rune) bool {
	return unicode.Is(unicode.Mn, r) && r != 0x3099 && r != 0x309A
}

var accentRemover = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.Predicate(isAccent)), norm.NFC)
}}

// Letters folds the letters of s: NFKC (full-width and compatibility
// forms), lower case, accents removed and the letters of the table
// spelled out ("Łódź" → "lodz", "Straße" → "strasse"). Punctuation and
// spacing are left as they are; each kind of key has its own rule for
// them. ASCII text is only lower-cased. It is safe for concurrent use.
func Letters(s string) (string, Info) {
	var info Info
	if IsASCII(s) {
		return lowerASCII(s), info
	}
	nfc := norm.NFC.String(s)
	nfkc := norm.NFKC.String(s)
	info.Width = nfkc != nfc
	low := strings.ToLower(nfkc)
	t := accentRemover.Get().(transform.Transformer)
	t.Reset()
	out, _, err := transform.String(t, low)
	accentRemover.Put(t)
	if err != nil {
		out = low
	}
	if out != norm.NFC.String(low) {
		info.Accents = true
	}
	if strings.IndexFunc(out, isSpelled) >= 0 {
		info.Accents = true
		var b strings.Builder
		b.Grow(len(out) + 4)
		for _, r := range out {
			if sp, ok := spelled[r]; ok {
				b.WriteString(sp)
			} else {
				b.WriteRune(r)
			}
		}
		out = b.String()
	}
	return out, info
}

func isSpelled(r rune) bool {
	_, ok := spelled[r]
	return ok
}

// lowerASCII lower-cases an ASCII string, without allocating when it is
// lower case already.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// IsASCII reports whether s is all ASCII.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Rune maps r to the one rune it sorts as: lower case, without its
// accent, a letter of the table as the first letter of its spelling,
// full-width ASCII as ASCII. It does not allocate; it is what ordering
// comparisons use, rune by rune.
func Rune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if r >= latinLo && r < latinHi {
		if f := latinRunes()[r-latinLo]; f != 0 {
			return rune(f)
		}
	}
	if r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII
		return Rune(r - 0xFF01 + '!')
	}
	return unicode.ToLower(r)
}

// The Latin letters Rune folds through a table, derived from Letters.
const (
	latinLo = 0xC0
	latinHi = 0x250
)

var latinRunes = sync.OnceValue(func() *[latinHi - latinLo]byte {
	var t [latinHi - latinLo]byte
	for r := rune(latinLo); r < latinHi; r++ {
		if !unicode.IsLetter(r) {
			continue
		}
		f, _ := Letters(string(r))
		// NFKC may spell a letter as two (ĳ → ij): the first sorts.
		if f != "" && f[0] >= 'a' && f[0] <= 'z' {
			t[r-latinLo] = f[0]
		}
	}
	return &t
})
