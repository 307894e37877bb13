package country

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/exchangelist/agreements/internal/fold"
	"golang.org/x/text/unicode/norm"
)

// Keys. A key is the comparison form of a name: its letters folded by
// package fold (NFKC, lower case, accents removed, ß as ss), apostrophes
// and full stops dropped, "&" read as "and", other punctuation read as a
// space, spaces collapsed, and a leading or trailing "the" dropped. Keys
// are never shown.

// foldText returns the comparison form of s without dropping "the".
func foldText(s string) (string, fold.Info) {
	if fold.IsASCII(s) {
		return punctFold(s), fold.Info{} // punctFold lower-cases ASCII
	}
	letters, info := fold.Letters(s)
	return punctFold(letters), info
}

// foldKey returns the key of s and what folding did to it.
func foldKey(s string) (string, fold.Info) {
	k, info := foldText(s)
	return dropThe(k), info
}

// lightKey folds case, spacing and punctuation only: labels equal to a
// name in this form are read as written.
func lightKey(s string) string {
	if !fold.IsASCII(s) {
		s = strings.ToLower(norm.NFC.String(s))
	}
	return dropThe(punctFold(s))
}

// punctFold lower-cases ASCII letters, drops apostrophes and full stops,
// reads "&" as "and", turns other punctuation into spaces and collapses
// them.
func punctFold(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 4)
	space := false
	put := func(str string) {
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(str)
	}
	var one [utf8.UTFMax]byte
	for _, r := range s {
		switch {
		case r == '.' || r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '`' || r == '´':
		case r == '&':
			space = true
			put("and")
			space = true
		case r == '|':
			put("|")
		case 'A' <= r && r <= 'Z':
			one[0] = byte(r + 'a' - 'A')
			put(string(one[:1]))
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			one[0] = byte(r)
			put(string(one[:1]))
		case r < utf8.RuneSelf:
			space = true
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			put(string(r))
		default:
			space = true
		}
	}
	return b.String()
}

// dropThe drops a leading or trailing "the".
func dropThe(k string) string {
	k = strings.TrimPrefix(k, "the ")
	k = strings.TrimSuffix(k, " the")
	if k == "the" {
		return ""
	}
	return k
}

func compact(k string) string { return strings.ReplaceAll(k, " ", "") }

// isLatinKey reports whether k holds only basic Latin letters, digits,
// spaces and "|": the keys the later repairs work on.
func isLatinKey(k string) bool {
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' || c == '|') {
			return false
		}
	}
	return true
}
