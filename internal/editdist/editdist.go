// Package editdist is the one edit distance of the module: the optimal
// string alignment distance, that is Levenshtein's insertions, deletions
// and substitutions plus the transposition of two neighbouring
// characters, each costing one. OCR and typing both swap neighbours
// ("Universtiy"), so a transposition is one edit everywhere: in header
// words, in search words and in country names.
package editdist

import "unicode/utf8"

// stack is the length up to which Distance works without allocating.
const stack = 72

// Distance returns the optimal string alignment distance between a and
// b, counted in characters (runes), or limit+1 as soon as it is certain
// to exceed limit. A negative limit is taken as 0.
func Distance(a, b string, limit int) int {
	limit = max(limit, 0)
	if ascii(a) && ascii(b) {
		if abs(len(a)-len(b)) > limit {
			return limit + 1 // each edit changes the length by one at most
		}
		var ab, bb [stack]byte
		return distance(append(ab[:0], a...), append(bb[:0], b...), limit)
	}
	var ar, br [stack]rune
	return distance(appendRunes(ar[:0], a), appendRunes(br[:0], b), limit)
}

func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}

// Within reports whether a and b are at most limit edits apart.
func Within(a, b string, limit int) bool { return Distance(a, b, limit) <= limit }

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// distance is Distance over bytes or runes. Three rows of the dynamic
// programme are kept (the transposition looks two rows back); the rows
// live on the stack for strings up to stack characters.
func distance[T byte | rune](a, b []T, limit int) int {
	// Equal ends cost nothing and bound nothing: strip them first.
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	if len(a) == 0 || len(b) == 0 {
		return max(len(a), len(b))
	}
	var buf [3][stack + 1]int
	var prev2, prev, cur []int
	if len(b) <= stack {
		prev2, prev, cur = buf[0][:len(b)+1], buf[1][:len(b)+1], buf[2][:len(b)+1]
	} else {
		all := make([]int, 3*(len(b)+1))
		prev2, prev, cur = all[:len(b)+1], all[len(b)+1:2*(len(b)+1)], all[2*(len(b)+1):]
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit+1)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
