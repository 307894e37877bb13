package fold

import (
	"unicode"
	"unicode/utf8"
)

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

// Compare compares two names as a listing sorted alphabetically would,
// returning -1, 0 or +1: case, accents and punctuation ignored, runs of
// spaces and punctuation counting as one word break, which sorts before
// any letter.
func Compare(a, b string) int {
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
			return Rune(r), i + n
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
