package agreements

import (
	"unicode"
	"unicode/utf8"
)

// This file holds the comparisons the group inference makes between
// neighbouring rows: the order of partner names, and whether two rows
// name the same institution. They fold case and accents rune by rune,
// without allocating.

// foldRune maps r to the rune it sorts as: lower case, without accents.
// Letters outside Latin-1 and Latin Extended-A keep their lower case.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if r >= 0xC0 && r < 0x180 {
		if f := sortFoldTable[r-0xC0]; f != 0 {
			return rune(f)
		}
	}
	if r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII
		return foldRune(r - 0xFF01 + '!')
	}
	return unicode.ToLower(r)
}

// sortFoldTable maps U+00C0 to U+017F to a base letter, 0 for no change.
var sortFoldTable = func() (t [0x180 - 0xC0]byte) {
	const src = "" +
		"aaaaaaaceeeeiiii" + // C0-CF
		"dnooooo\x00ouuuuyts" + // D0-DF (D7 is ×)
		"aaaaaaaceeeeiiii" + // E0-EF
		"dnooooo\x00ouuuuyty" + // F0-FF (F7 is ÷)
		"aaaaaaccccccccdd" + // 100-10F
		"ddeeeeeeeeeegggg" + // 110-11F
		"gggghhhhiiiiiiii" + // 120-12F
		"iijjjjkkklllllll" + // 130-13F
		"lllnnnnnnnnnoooo" + // 140-14F
		"oooorrrrrrssssss" + // 150-15F
		"sssstttttttuuuuu" + // 160-16F
		"uuuuuuwwyyyzzzzzs" // 170-17F
	for i := range t {
		if i < len(src) {
			t[i] = src[i]
		}
	}
	return t
}()

// isASCIIWordByte reports whether c is an ASCII letter or digit.
func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// isWordRune reports whether r counts in sorting: a letter or a digit.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// compareNames compares two partner names as a listing sorted
// alphabetically would: case, accents and punctuation ignored, runs of
// spaces and punctuation counting as one word break, which sorts before
// any letter.
func compareNames(a, b string) int {
	// Skip the bytes the two share, back to the start of a word, since
	// equal text sorts equal.
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] && a[i] < utf8.RuneSelf {
		i++
	}
	for i > 0 && isASCIIWordByte(a[i-1]) {
		i--
	}
	j := i
	for {
		ra, ni := nextSortRune(a, i, i > 0)
		rb, nj := nextSortRune(b, j, j > 0)
		switch {
		case ra < 0 && rb < 0:
			return 0
		case ra < 0:
			return -1
		case rb < 0:
			return 1
		case ra != rb:
			if ra < rb {
				return -1
			}
			return 1
		}
		i, j = ni, nj
	}
}

// nextSortRune returns the folded rune of s at or after i that counts for
// sorting, and the index after it; -1 at the end. With started set (a
// rune was already returned), a run of separators before a word reads as
// one space; separators at the start or the end are skipped.
func nextSortRune(s string, i int, started bool) (rune, int) {
	sep := false
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII, the common case, without decoding.
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				if sep && started {
					return ' ', i
				}
				return rune(c), i + 1
			case 'A' <= c && c <= 'Z':
				if sep && started {
					return ' ', i
				}
				return rune(c + 'a' - 'A'), i + 1
			case c != '\'' && c != '.':
				sep = true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			if sep && started {
				return ' ', i
			}
			return foldRune(r), i + n
		}
		if !isSilent(r) {
			sep = true
		}
		i += n
	}
	return -1, i
}

// isSilent reports whether r is ignored in sorting without separating
// words, as apostrophes and dots inside names are.
func isSilent(r rune) bool {
	return r == '\'' || r == '’' || r == '.' || unicode.Is(unicode.Mn, r)
}

// institutionEnd returns the length of the institution part of a
// partner's name: the text before its first unit, consortium or campus
// part (" (", " [", ", ").
func institutionEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[', ',':
			for i > 0 && s[i-1] == ' ' {
				i--
			}
			return i
		}
	}
	return len(s)
}

// sameInstitution reports whether two partner names start with the same
// institution, as "Mahidol University (Faculty of Science)" and
// "Mahidol University (Faculty of Public Health)" do.
func sameInstitution(a, b string) bool {
	ia, ib := a[:institutionEnd(a)], b[:institutionEnd(b)]
	if ia == "" || ib == "" {
		return false
	}
	return compareNames(ia, ib) == 0
}
