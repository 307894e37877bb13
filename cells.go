package agreements

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitCellsInto splits a line at tabs, trims each cell and collapses
// runs of white space inside it, appending the cells to dst so that a
// caller can reuse one slice line after line. It returns at most max
// cells, and whether there were more. The cells are substrings of s,
// except those whose white space had to be collapsed.
func splitCellsInto(dst []string, s string, max int) ([]string, bool) {
	cells := dst[:0]
	if max <= 0 {
		return cells, true
	}
	// One pass finds the tabs and, cell by cell, whether collapseSpace
	// would change anything: most cells are returned as substrings of s.
	start := 0
	clean, prevSpace := true, true
	for i := 0; i < len(s); {
		switch byteClass[s[i]] {
		case plainByte:
			prevSpace = false
			i++
		case tabByte:
			cells = append(cells, cellOf(s[start:i], clean, prevSpace))
			if len(cells) == max {
				return cells, true
			}
			i++
			start = i
			clean, prevSpace = true, true
		case spaceByte:
			if prevSpace {
				clean = false
			}
			prevSpace = true
			i++
		case otherSpaceByte:
			clean = false
			i++
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				clean = false
			}
			prevSpace = false
			i += n
		}
	}
	return append(cells, cellOf(s[start:], clean, prevSpace)), false
}

// The classes of bytes splitCellsInto tells apart, by a table: most
// bytes of a line are plain, and one load tells so.
const (
	plainByte      = iota // an ASCII byte that is not white space
	tabByte               // a cell's end
	spaceByte             // " "
	otherSpaceByte        // "\n", "\r", "\v", "\f": white space collapseSpace turns into " "
	multiByte             // a byte of a multi-byte rune, which may be white space
)

var byteClass = func() (t [256]uint8) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = multiByte
	}
	t['\t'], t[' '] = tabByte, spaceByte
	t['\n'], t['\r'], t['\v'], t['\f'] = otherSpaceByte, otherSpaceByte, otherSpaceByte, otherSpaceByte
	return t
}()

// cellOf returns the cell c as collapseSpace would, told by a scan of c
// whether it holds no white space but single spaces (clean) and whether
// it ends with a space or is empty (endSpace).
func cellOf(c string, clean, endSpace bool) string {
	if clean && (!endSpace || c == "") {
		return c
	}
	return collapseSpace(c)
}

// collapseSpace trims s and turns each run of white space inside it into
// one space, white space being what unicode.IsSpace says. It returns s, or
// a substring of it, when that is already the result; only a cell with a
// run of white space or white space other than " " inside it costs a new
// string.
func collapseSpace(s string) string {
	if isCollapsed(s) {
		return s
	}
	s = strings.TrimFunc(s, unicode.IsSpace)
	if isCollapsed(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // white space seen since the last field
	for i := 0; i < len(s); {
		c, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(c) {
			space = true
		} else {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(s[i : i+n]) // as is, bad bytes included
		}
		i += n
	}
	return b.String()
}

// isCollapsed reports whether collapseSpace leaves s as it is: no white
// space at either end, and none inside but single spaces.
func isCollapsed(s string) bool {
	prevSpace := true // at the start, a space would be leading
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if prevSpace {
					return false
				}
				prevSpace = true
			} else if c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				return false
			} else {
				prevSpace = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
		i += n
	}
	return !prevSpace || s == ""
}

func trimBOM(b []byte) []byte {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		return b[3:]
	}
	return b
}

// quoteCut quotes s for a message, cut to a readable length.
func quoteCut(s string) string {
	const max = 60
	if utf8.RuneCountInString(s) > max {
		if !utf8.ValidString(s) {
			rs := []rune(s) // bad bytes are quoted as U+FFFD
			return fmt.Sprintf("%q…", string(rs[:max]))
		}
		i := 0
		for range max {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
		}
		return fmt.Sprintf("%q…", s[:i])
	}
	return fmt.Sprintf("%q", s)
}
