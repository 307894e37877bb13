package agreements

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/exchangelist/agreements/internal/fold"
)

// A PartnerName is the structure of a partner's name as written. The
// shapes it knows, as listings write them:
//
//	Institution
//	Institution (Unit)
//	Institution (Unit A/Unit B)
//	Institution, Campus A/Campus B
//	Institution, City (Unit)
//	Consortium [Member (Unit), Member (Unit), ...]
//
// A name that fits none of them, or whose brackets do not balance, is
// kept whole as its Institution.
type PartnerName struct {
	// Text is the name as written.
	Text string

	// Institution is the name without its units, campus or members, such
	// as "Kasetsart University" for "Kasetsart University (Faculty of
	// Engineering)"; the consortium's own name for a consortium.
	Institution string

	// Campuses lists the campuses or the city written after a comma, as
	// "Hanoi" in "Vietnam National University, Hanoi (Nano and Energy
	// Center)" or "Batangas Campus" and "Laguna Campus" in "Lyceum of the
	// Philippines University, Batangas Campus/Laguna Campus".
	Campuses []string

	// Units lists the faculties, schools or institutes in the trailing
	// parentheses, split as described at ParsePartnerName.
	Units []string

	// Members lists the member institutions of a consortium, the
	// bracketed list after its name, each parsed in turn.
	Members []PartnerName

	// Native and Latin are the two forms of a name written in two
	// scripts, as bilingual listings print them: "ウィーン工科大学
	// Technische Universität Wien" is Native "ウィーン工科大学" and Latin
	// "Technische Universität Wien", whichever comes first. Latin is the
	// form to search and sort by. Both are empty for a name in one
	// script.
	Native, Latin string
}

// maxNameDepth bounds how deep ParsePartnerName looks into consortia of
// consortia.
const maxNameDepth = 3

// ParsePartnerName splits a partner's name into its parts; the text
// itself is kept unchanged in Text. It never fails: what it cannot split
// stays in Institution.
//
// The rules, applied outside any brackets only:
//
//   - A name ending in "[...]" is a consortium: the text before the
//     bracket is the Institution, and the list inside is split at commas
//     into Members, each parsed by these rules.
//   - A name ending in "(...)" has units: the text inside is split at
//     each "/" whose sides both have at least two words ("Faculty of
//     Engineering/Faculty of Biological Sciences" is two units, but
//     "College/Graduate School of Engineering" one, as "College" alone
//     is not a unit), and at each comma followed by a word that names a
//     unit, such as Faculty, College, School, Institute, Department,
//     Laboratory or Center ("Laboratory for Laser Energetics, College of
//     Engineering & Applied Science, Institute of Optics" is three units,
//     "Faculty of Health, Medicine and Life Sciences" one).
//   - Before that, a comma followed by a place is a campus or city: the
//     place is at most four capitalised words, or contains "Campus", and
//     holds no word such as University or Institute. Several places are
//     split at "/". So "Vietnam National University, Hanoi" has the
//     campus "Hanoi", but "Moroccan Foundation for Science, Innovation
//     and Research" is one institution.
//
// Brackets that do not balance leave the name whole. The work is linear
// in the length of the name whatever its brackets.
func ParsePartnerName(s string) PartnerName {
	return parsePartnerName(s, 0)
}

func parsePartnerName(s string, depth int) PartnerName {
	p := PartnerName{Text: s, Institution: strings.TrimSpace(s)}
	p.Native, p.Latin = splitScripts(p.Institution)
	head := p.Institution
	if !balanced(head) {
		return p
	}
	if open, inner, ok := trailingGroup(head); ok {
		switch head[open] {
		case '[':
			if depth >= maxNameDepth {
				return p
			}
			for _, m := range splitMembers(inner) {
				p.Members = append(p.Members, parsePartnerName(m, depth+1))
			}
		case '(':
			p.Units = splitUnits(inner)
		}
		head = strings.TrimSpace(head[:open])
	}
	if i := topLevelIndex(head, ','); i > 0 {
		if places, ok := splitPlaces(head[i+1:]); ok {
			p.Campuses = places
			head = strings.TrimSpace(head[:i])
		}
	}
	if head != "" {
		p.Institution = head
	}
	return p
}

// balanced reports whether the brackets of s nest properly.
func balanced(s string) bool {
	var stack []byte
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '(', '[':
			stack = append(stack, c)
		case ')', ']':
			want := byte('(')
			if c == ']' {
				want = '['
			}
			if len(stack) == 0 || stack[len(stack)-1] != want {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}

// trailingGroup finds the bracketed group that ends s, if s is balanced
// and ends in ")" or "]". It returns the index of the opening bracket and
// the text inside; ok is false when s does not end in a group or the
// group is all of s.
func trailingGroup(s string) (open int, inner string, ok bool) {
	if s == "" || (s[len(s)-1] != ')' && s[len(s)-1] != ']') {
		return 0, "", false
	}
	depth := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ')', ']':
			depth++
		case '(', '[':
			depth--
			if depth == 0 {
				if i == 0 {
					return 0, "", false
				}
				return i, s[i+1 : len(s)-1], true
			}
		}
	}
	return 0, "", false
}

// topLevelIndex returns the index of the first c in s outside brackets,
// or -1.
func topLevelIndex(s string, c byte) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case c:
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// splitMerge splits s at each c outside brackets, trimming the parts,
// but keeps a part with the one before it when join, given the segments
// on either side of the separator, says so. The parts are substrings of
// s, so their text is kept as written.
func splitMerge(s string, c byte, join func(before, after string) bool) []string {
	var seps []int
	// After a separator outside brackets the scan is outside brackets
	// again, so each search can start there.
	for off := 0; ; {
		j := topLevelIndex(s[off:], c)
		if j < 0 {
			break
		}
		seps = append(seps, off+j)
		off += j + 1
	}
	var parts []string
	start, segStart := 0, 0
	for k, i := range seps {
		end := len(s)
		if k+1 < len(seps) {
			end = seps[k+1]
		}
		if join != nil && join(s[segStart:i], s[i+1:end]) {
			segStart = i + 1
			continue
		}
		if p := strings.TrimSpace(s[start:i]); p != "" {
			parts = append(parts, p)
		}
		start, segStart = i+1, i+1
	}
	if p := strings.TrimSpace(s[start:]); p != "" {
		parts = append(parts, p)
	}
	return parts
}

// splitMembers splits a consortium's list at commas, keeping a place
// after a comma with the member before it ("Vietnam National University,
// Hanoi (...)").
func splitMembers(s string) []string {
	return splitMerge(s, ',', func(_, after string) bool {
		head := strings.TrimSpace(after)
		if open, _, ok := trailingGroup(head); ok {
			head = strings.TrimSpace(head[:open])
		}
		return isPlace(head)
	})
}

// splitUnits splits the text inside a name's parentheses into units, as
// ParsePartnerName describes.
func splitUnits(s string) []string {
	var out []string
	for _, u := range splitMerge(s, ',', func(_, after string) bool {
		return !startsWithUnitWord(strings.TrimSpace(after))
	}) {
		out = append(out, splitMerge(u, '/', func(before, after string) bool {
			return len(strings.Fields(before)) < 2 || len(strings.Fields(after)) < 2
		})...)
	}
	return out
}

// unitWords are the words that start the name of a unit.
var unitWords = map[string]bool{
	"faculty": true, "college": true, "school": true, "graduate": true,
	"institute": true, "department": true, "dept": true, "laboratory": true,
	"lab": true, "center": true, "centre": true, "division": true,
	"academy": true, "program": true, "programme": true, "unit": true,
	"university": true, "research": true, "hospital": true, "museum": true,
}

// startsWithUnitWord reports whether s starts with a word that names a
// unit, such as "Faculty".
func startsWithUnitWord(s string) bool {
	w := s
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = s[:i]
	}
	return unitWords[strings.ToLower(w)]
}

// institutionWords are words that make a text an institution rather than
// a place.
var institutionWords = map[string]bool{
	"university": true, "universiti": true, "universitas": true,
	"universidad": true, "universidade": true, "universität": true,
	"université": true, "universita": true, "università": true,
	"institute": true, "institut": true, "instituto": true, "college": true,
	"academy": true, "school": true, "foundation": true, "center": true,
	"centre": true, "consortium": true, "polytechnic": true,
	"politecnico": true, "faculty": true, "laboratory": true,
	"hospital": true, "council": true, "agency": true, "organization": true,
	"universitet": true, "universiteit": true, "uniwersytet": true,
	"univerzita": true, "univerza": true, "univerzitet": true,
	"egyetem": true, "yliopisto": true, "sveučilište": true,
	"universitatea": true, "universitesi": true, "üniversitesi": true,
	"hochschule": true, "technion": true, "école": true, "ecole": true,
	"escuela": true, "politechnika": true, "akademia": true,
	"politeknik": true, "polytechnique": true, "polytech": true,
	"instytut": true, "istituto": true, "scuola": true, "universitat": true,
	"universiteti": true, "tehnikaülikool": true, "ülikool": true,
}

// institutional reports whether a text names an institution: it has
// one of institutionWords, or, in Chinese, Japanese or Korean, a word
// for university, college or institute.
func institutional(s string) bool {
	for w := range letterWords(s) {
		if institutionWord(w) {
			return true
		}
	}
	for _, w := range cjkInstitutionWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// cjkInstitutionWords are the words for university, college and
// institute in Chinese, Japanese and Korean names.
var cjkInstitutionWords = []string{"大学", "大學", "学院", "學院", "研究所", "研究院", "대학", "학교", "연구원"}

// placeParticles are lower-case words allowed inside a place name.
var placeParticles = map[string]bool{
	"de": true, "da": true, "do": true, "del": true, "di": true, "la": true,
	"le": true, "les": true, "los": true, "las": true, "sur": true,
	"am": true, "an": true, "der": true, "im": true, "upon": true, "on": true,
}

// splitPlaces reads the text after a comma as campuses or a city,
// separated by "/". It reports false when the text is not places.
func splitPlaces(s string) ([]string, bool) {
	var places []string
	for _, part := range strings.Split(s, "/") {
		part = strings.TrimSpace(part)
		if !isPlace(part) {
			return nil, false
		}
		places = append(places, part)
	}
	return places, true
}

// isPlace reports whether s reads as the name of a campus or a city.
func isPlace(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || strings.ContainsAny(s, "()[]") {
		return false
	}
	campus := false
	for _, w := range words {
		lw := strings.ToLower(w)
		if institutionWords[lw] {
			return false
		}
		if lw == "campus" || lw == "campuses" {
			campus = true
		}
	}
	if campus {
		return true
	}
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !placeParticles[w] {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(words[0])
	return unicode.IsUpper(r)
}

// IsConsortium reports whether p names a consortium with members.
func (p PartnerName) IsConsortium() bool { return len(p.Members) > 0 }

// Institutions returns the names of the institutions p stands for: the
// members' institutions for a consortium, p's own otherwise.
func (p PartnerName) Institutions() []string {
	if !p.IsConsortium() {
		return []string{p.Institution}
	}
	var out []string
	for _, m := range p.Members {
		out = append(out, m.Institutions()...)
	}
	return out
}

// SearchKey returns p.Text folded for comparison, as SearchKey does.
func (p PartnerName) SearchKey() string { return SearchKey(p.Text) }

// SearchKey folds s into a key for comparing and searching names: it
// folds width (full-width letters become ASCII), case, accents ("Baños"
// becomes "banos", "École" "ecole") and the letters that do not
// decompose ("ø", "ł", "đ", "æ", "œ", "ß") as package-wide folding does,
// turns every character that is neither a letter nor a digit into a
// space, and collapses the spaces. The key is for comparison, never for
// display.
//
// SearchKey is safe for concurrent use.
func SearchKey(s string) string {
	if k, ok := asciiKey(s); ok {
		return k
	}
	letters, _ := fold.Letters(s)
	return collapseKey(letters)
}

// asciiKey computes the key of an ASCII string without the x/text
// pipeline; it reports false when s is not ASCII.
func asciiKey(s string) (string, bool) {
	clean := true // s is already a key
	space := true // the previous byte written was a space (or none)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return "", false
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			space = false
		case c == ' ' && !space:
			space = true
		default:
			clean = false
		}
	}
	if clean && !space || s == "" {
		return s, true
	}
	return collapseKey(s), true
}

// collapseKey lower-cases ASCII letters, maps every other character that
// is not a letter or digit to a space and collapses the spaces.
func collapseKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		switch {
		case 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteRune(r)
		space = false
	}
	return strings.TrimSuffix(b.String(), " ")
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
	return fold.Compare(ia, ib) == 0
}

// letterWords yields the words of s: its runs of letters.
func letterWords(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for s != "" {
			i := strings.IndexFunc(s, unicode.IsLetter)
			if i < 0 {
				return
			}
			s = s[i:]
			j := strings.IndexFunc(s, notLetter)
			if j < 0 {
				j = len(s)
			}
			if !yield(s[:j]) {
				return
			}
			s = s[j:]
		}
	}
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// lowerASCII returns w in lower case, in buf when it is ASCII and fits
// (a map lookup of string(b) copies nothing).
func lowerASCII(buf []byte, w string) ([]byte, bool) {
	if len(w) > cap(buf) || !fold.IsASCII(w) {
		return nil, false
	}
	b := buf[:len(w)]
	for i := range len(w) {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b, true
}

// institutionWord reports whether a word is one of institutionWords,
// in any case.
func institutionWord(w string) bool {
	var buf [32]byte
	if b, ok := lowerASCII(buf[:], w); ok {
		return institutionWords[string(b)]
	}
	return institutionWords[strings.ToLower(w)]
}

// splitScripts splits a name written in two scripts into its native and
// Latin forms: its letters are those of another script up to some point
// and Latin after it, or the other way round, with two letters at least
// on each side. A name in one script, or mixing them more (a Latin
// acronym inside a Chinese name), gives two empty strings.
func splitScripts(s string) (native, latin string) {
	if fold.IsASCII(s) {
		return "", "" // Latin only: most names, read at every row written
	}
	cut, changes := -1, 0
	var first, prev int8 // 1 Latin, 2 another script, 0 none yet
	counts := [3]int{}
	for i, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		var k int8 = 2
		if r < 0x250 || unicode.Is(unicode.Latin, r) { // letters below U+0250 are Latin
			k = 1
		}
		counts[k]++
		switch {
		case prev == 0:
			first = k
		case k != prev:
			changes++
			cut = i
		}
		prev = k
	}
	if changes != 1 || counts[1] < 2 || counts[2] < 2 {
		return "", ""
	}
	// Back from the first letter of the second form over what opens it,
	// such as a bracket or a quote.
	a, b := strings.TrimSpace(s[:cut]), strings.TrimSpace(s[cut:])
	if i := strings.LastIndexByte(a, ' '); i >= 0 && !strings.ContainsFunc(a[i:], unicode.IsLetter) {
		a, b = strings.TrimSpace(a[:i]), strings.TrimSpace(a[i:]+b)
	}
	a, b = unbracket(a), unbracket(b)
	if first == 1 {
		return b, a
	}
	return a, b
}

// unbracket returns a form without the brackets around the whole of it:
// "Universität Wien (ウィーン)" glosses its native form so.
func unbracket(s string) string {
	if len(s) >= 2 && (s[0] == '(' && s[len(s)-1] == ')' || s[0] == '[' && s[len(s)-1] == ']') && balanced(s[1:len(s)-1]) {
		return strings.TrimSpace(s[1 : len(s)-1])
	}
	for _, p := range [][2]string{{"（", "）"}, {"「", "」"}} {
		if inner, ok := strings.CutPrefix(s, p[0]); ok {
			if inner, ok := strings.CutSuffix(inner, p[1]); ok {
				return strings.TrimSpace(inner)
			}
		}
	}
	return s
}
