package agreements

import (
	"fmt"
	"math/bits"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// This file reads country labels as countries. A label is looked up in
// an index of country names, and when that fails it is repaired, the most
// trusted repairs first; each repair lowers the confidence of the match:
//
//	exact name or alias, up to case, spacing and punctuation   1.0
//	full-width letters or accents folded                        ×0.95
//	long official form ("Kingdom of ...", "..., Republic of")  ×0.95
//	Cyrillic or Greek look-alike letters                        ×0.9
//	words split or run together                                 ×0.85
//	OCR letter confusions (l/1/I, rn/m, O/0, vv/w, cl/d, ...)  ×0.8
//	edit distance to a name                                     ×0.5–0.75
//
// The index holds the CLDR names of every ISO 3166-1 country in English,
// Japanese, Chinese, Korean and the main European languages, and a short
// hand-written list of aliases CLDR lacks. Only the English names and the
// aliases take part in the repairs of stages 4 to 7: the other languages
// are matched as written (up to normalisation and long forms).
//
// The edit distance refuses rather than guesses: it needs the label to be
// close to one name relative to its length, and refuses when two
// countries are about equally close.

// A CountryMatch is the result of resolving a country label.
type CountryMatch struct {
	// Country is the country the label was read as; zero when none.
	Country Country
	// Confidence is how sure the resolver is, from 0 (no country) to 1
	// (an exact name or alias). Repairs lower it: 0.95 after folding
	// width or accents, 0.9 for look-alike letters, 0.8 for OCR
	// confusions, 0.5 to 0.75 for an edit distance; several repairs
	// multiply.
	Confidence float64
	// Repair says what had to be repaired to read the label, such as
	// "look-alike letters" or `edit distance 1 from "poland"`: "" when it
	// was read as written (up to case, spacing and punctuation).
	Repair string
}

// A Resolver reads country labels as countries. The zero Resolver is
// ready to use; its settings are read on every call and must not change
// while it is in use. A Resolver is safe for concurrent use.
type Resolver struct {
	// MinConfidence refuses matches less sure than it: Resolve returns
	// the zero CountryMatch for them. Zero accepts every match.
	MinConfidence float64
}

// NewResolver returns a Resolver with the default settings.
func NewResolver() *Resolver { return &Resolver{} }

var defaultResolver struct {
	once sync.Once
	r    *Resolver
}

// ResolveCountry reads a country label, as printed in a listing, as a
// country, with the default Resolver. It returns the zero CountryMatch
// when the label is not read as any country.
func ResolveCountry(label string) CountryMatch {
	defaultResolver.once.Do(func() { defaultResolver.r = NewResolver() })
	return defaultResolver.r.Resolve(label)
}

// CountryByCode returns the country of an ISO 3166-1 alpha-2 code, in any
// case; the zero Country when code is not one.
func CountryByCode(code string) Country {
	if len(code) != 2 {
		return Country{}
	}
	ix := theIndex()
	up := strings.ToUpper(code)
	if name, ok := ix.names[up]; ok {
		return Country{Code: up, Name: name}
	}
	return Country{}
}

// Limits that bound the work on any label.
const (
	maxLabelBytes = 256 // longer labels are refused unread
	maxFuzzyLen   = 64  // longest key given to the edit distance
	minPrefix     = 4   // shortest shared prefix the prefix rule accepts
)

// Resolve reads a country label, as printed in a listing, as a country.
// It returns the zero CountryMatch when the label is not read as any
// country, or not confidently enough (see MinConfidence).
func (r *Resolver) Resolve(label string) CountryMatch {
	m := resolveWhole(label)
	if m.Country.IsZero() {
		m = resolveQualified(label)
	}
	if m.Country.IsZero() || m.Confidence < r.MinConfidence {
		return CountryMatch{}
	}
	return m
}

// resolveWhole reads a label that is a country's name and nothing more:
// as written, with abbreviations written out ("Korea, Rep."), or in two
// scripts ("タイ Thailand"); not a country with a qualifier.
func resolveWhole(label string) CountryMatch {
	m := resolve(label)
	if m.Country.IsZero() {
		if long := abbreviations.Replace(label + " "); long != label+" " {
			m = resolve(long)
		}
	}
	if m.Country.IsZero() {
		m = resolveBilingual(label)
	}
	return m
}

// resolveBilingual reads a label written in two scripts, such as
// "タイ Thailand" or "USA アメリカ": the run of Latin words and the run of
// other words are read apart, and must not disagree.
func resolveBilingual(label string) CountryMatch {
	label = strings.TrimSpace(label)
	if len(label) > maxLabelBytes {
		return CountryMatch{}
	}
	var latin, other []string
	for _, w := range strings.Fields(label) {
		if isLatinWord(w) {
			latin = append(latin, w)
		} else {
			other = append(other, w)
		}
	}
	if len(latin) == 0 || len(other) == 0 {
		return CountryMatch{}
	}
	a, b := resolve(strings.Join(latin, " ")), resolve(strings.Join(other, " "))
	switch {
	case a.Country.IsZero():
		a = b
	case !b.Country.IsZero() && b.Country != a.Country:
		return CountryMatch{} // two countries: no answer
	}
	if a.Country.IsZero() {
		return CountryMatch{}
	}
	a.Confidence *= 0.95
	a.Repair = joinRepair(a.Repair, "read in two scripts")
	return a
}

// isLatinWord reports whether w is written in Latin letters (or digits
// and signs only).
func isLatinWord(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// abbreviations writes out the words that official names abbreviate.
var abbreviations = strings.NewReplacer(
	"Rep. ", "Republic ", "Rep ", "Republic ", "Rep.,", "Republic,",
	"Fed. ", "Federation ", "Dem. ", "Democratic ", " DR ", " Democratic Republic ",
	"Is. ", "Islands ", "St. ", "Saint ",
)

// resolveQualified reads a label that adds a qualifier to a country: a
// city or region in parentheses or after "/", " - " or ",", as in
// "Thailand (Bangkok)", "USA - California" or "中国(香港)". When the
// qualifier is itself a country or region with its own code (香港, Hong
// Kong), it is the answer; otherwise the country before it is.
func resolveQualified(label string) CountryMatch {
	label = strings.TrimSpace(label)
	if len(label) > maxLabelBytes {
		return CountryMatch{}
	}
	var outer, inner string
	if i := strings.IndexAny(label, "(（"); i > 0 {
		outer = label[:i]
		inner = strings.TrimRight(label[i:], ")） ")
		_, size := utf8.DecodeRuneInString(inner)
		inner = inner[size:]
	} else {
		for _, sep := range []string{" / ", "/", " - ", " – ", ", "} {
			if i := strings.Index(label, sep); i > 0 {
				outer, inner = label[:i], label[i+len(sep):]
				break
			}
		}
	}
	if outer == "" {
		return CountryMatch{}
	}
	o := resolve(outer)
	if in := resolve(inner); !in.Country.IsZero() && in.Confidence >= 0.8 && in.Country != o.Country {
		in.Confidence *= 0.9
		in.Repair = joinRepair(in.Repair, "read from the qualifier")
		return in
	}
	if o.Country.IsZero() {
		return CountryMatch{}
	}
	o.Confidence *= 0.9
	o.Repair = joinRepair(o.Repair, "qualifier dropped")
	return o
}

func joinRepair(a, b string) string {
	if a == "" {
		return b
	}
	return a + ", " + b
}

// repairs collects the repairs made to read a label and their weight.
type repairs struct {
	conf  float64
	names []string
}

func (rp *repairs) add(name string, factor float64) {
	rp.names = append(rp.names, name)
	rp.conf *= factor
}

func (rp repairs) match(code string) CountryMatch {
	return CountryMatch{
		Country:    CountryByCode(code),
		Confidence: rp.conf,
		Repair:     strings.Join(rp.names, ", "),
	}
}

func resolve(label string) CountryMatch {
	label = strings.TrimSpace(label)
	if len(label) > maxLabelBytes || !utf8.ValidString(label) || !wordLike(label) {
		return CountryMatch{}
	}
	ix := theIndex()
	key, info := foldKey(label)
	base := repairs{conf: 1}
	if info.width {
		base.add("full-width letters", 0.95)
	}
	if info.accents {
		base.add("accents removed", 0.95)
	}

	// Stages 1 and 2: the name as written, then without its long form.
	if code, ok := ix.full[key]; ok && code != "" {
		rp := base
		if _, exact := ix.exact[lightKey(label)]; exact {
			rp = repairs{conf: 1}
		}
		return rp.match(code)
	}
	if m, ok := ix.longForm(key, base); ok {
		return m
	}

	// Stage 3: Cyrillic and Greek letters that look Latin.
	if sk, changed := lookAlike(label); changed {
		k, inf := foldKey(sk)
		base = repairs{conf: 1}
		if inf.width || info.width {
			base.add("full-width letters", 0.95)
		}
		if inf.accents {
			base.add("accents removed", 0.95)
		}
		base.add("look-alike letters", 0.9)
		if code, ok := ix.full[k]; ok && code != "" {
			return base.match(code)
		}
		if m, ok := ix.longForm(k, base); ok {
			return m
		}
		key = k
	}
	if !isLatinKey(key) {
		return CountryMatch{}
	}
	keys := []string{key}
	if s, ok := stripLongForm(key); ok {
		keys = append(keys, s)
	}

	// Stages 4 and 5: word spacing, then OCR confusions.
	for i, k := range keys {
		rp := base
		if i > 0 {
			rp.add("long form", 0.95)
		}
		c := compact(k)
		if e, ok := ix.compact[c]; ok && e.code != "" {
			rp.add("word spacing", 0.85)
			return rp.match(e.code)
		}
		if e, ok := ix.ocr[ocrSkeleton(k)]; ok && e.code != "" {
			rp.add("OCR confusion", 0.8)
			return rp.match(e.code)
		}
		if e, ok := ix.ocrCompact[ocrSkeleton(c)]; ok && e.code != "" {
			rp.add("word spacing", 0.85)
			rp.add("OCR confusion", 0.8)
			return rp.match(e.code)
		}
	}

	// Stage 6: edit distance.
	for i, k := range keys {
		rp := base
		if i > 0 {
			rp.add("long form", 0.95)
		}
		if m, ok := ix.nearest(k, rp); ok {
			return m
		}
	}
	return CountryMatch{}
}

// wordLike reports whether s has at least two letters and more letters
// than digits: dates, quotas and symbols are no country.
func wordLike(s string) bool {
	letters, digits := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	return letters >= 2 && letters > digits
}

// longForm looks key up without the words of an official long form, such
// as "Kingdom of" or "Republic of".
func (ix *index) longForm(key string, base repairs) (CountryMatch, bool) {
	s, ok := stripLongForm(key)
	if !ok {
		return CountryMatch{}, false
	}
	if code, ok := ix.full[s]; ok && code != "" {
		base.add("long form", 0.95)
		return base.match(code), true
	}
	return CountryMatch{}, false
}

// nearest finds the one country name within an edit distance of key
// scaled to the name's length, or one sharing a long prefix with it.
func (ix *index) nearest(key string, rp repairs) (CountryMatch, bool) {
	c := compact(key)
	if len(c) > maxFuzzyLen || len(c) < 3 {
		return CountryMatch{}, false
	}
	sk := ocrSkeleton(c)
	n := len(sk)
	bag := bagOf(sk)
	mask := bag.mask()
	type cand struct {
		e      *fuzzyName
		d      int
		prefix bool
	}
	var best, second cand
	best.d, second.d = 1<<30, 1<<30
	spaces := strings.Count(key, " ")
	consider := func(cd cand) {
		switch {
		case cd.d == best.d && cd.e.code == best.e.code:
			// The same country: report the name spaced as the label is.
			if strings.Count(cd.e.key, " ") == spaces {
				best = cd
			}
		case cd.d < best.d:
			if best.e != nil && best.e.code != cd.e.code {
				second = best
			}
			best = cd
		case cd.e.code != best.e.code && cd.d < second.d:
			second = cd
		}
	}
	splitCapital := len(key) > 1 && key[1] == ' '
	const window = 4
	for l := max(1, n-window); l <= n+window && l < len(ix.fuzzy); l++ {
		base := editLimit(l)
		// The prefix rule (below) needs a label about as long as the name.
		prefixCan := n >= l-1 && n >= minPrefix
		if !prefixCan && (base == 0 || abs(n-l) > base) {
			continue // no name of this length is within reach
		}
		for j := range ix.fuzzy[l] {
			e := &ix.fuzzy[l][j]
			// A clean word with another first letter is another word
			// ("Siberia" is not "Liberia"); a damaged capital comes apart
			// from its word ("T Oland").
			if sk[0] != e.skel[0] && !splitCapital {
				continue
			}
			limit := base
			// The prefix rule: a label that starts like a name, is about
			// as long and has its tail garbled ("Vieteere").
			if prefixCan && sk[0] == e.skel[0] {
				if p := commonPrefix(sk, e.skel); p >= minPrefix && 2*p >= l {
					limit = max(limit, l-p+1)
				}
			}
			if limit == 0 || abs(n-l) > limit || maskDistance(mask, e.mask) > limit ||
				bagDistance(&bag, &e.bag) > limit {
				continue
			}
			d := osaDistance(sk, e.skel, limit)
			if d > limit {
				continue
			}
			consider(cand{e: e, d: d, prefix: d > editLimit(l)})
		}
	}
	if best.e == nil || second.d <= best.d {
		return CountryMatch{}, false
	}
	if strings.Count(best.e.key, " ") != spaces {
		rp.add("word spacing", 0.85)
	}
	f := 0.75 - 0.5*float64(best.d)/float64(len(best.e.skel))
	if best.prefix {
		f = 0.5
	}
	rp.add(fmt.Sprintf("edit distance %d from %q", best.d, compact(best.e.key)), min(0.75, max(0.5, f)))
	return rp.match(best.e.code), true
}

// editLimit is the largest edit distance accepted from a name of n
// letters.
func editLimit(n int) int {
	switch {
	case n <= 4:
		return 0
	case n <= 7:
		return 1
	case n <= 11:
		return 2
	}
	return 3
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func commonPrefix(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

// osaDistance returns the optimal string alignment distance between the
// ASCII strings a and b (Levenshtein plus transpositions of neighbours),
// or limit+1 as soon as it must exceed limit. Both are at most
// maxFuzzyLen+4 bytes long.
func osaDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	const size = maxFuzzyLen + 8
	var rows [3][size]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
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
	return prev[len(b)]
}

// Folding. A key is the comparison form of a name: NFKC, lower case,
// accents removed, apostrophes and full stops dropped, "&" read as "and",
// other punctuation read as a space, spaces collapsed, and a leading or
// trailing "the" dropped. Keys are never shown.

type foldInfo struct {
	width   bool // NFKC changed the text (full-width or compatibility forms)
	accents bool // accents were removed
}

// isAccent reports whether r is a non-spacing mark to remove; the kana
// voicing marks are kept, as they tell kana apart.
func isAccent(r rune) bool {
	return unicode.Is(unicode.Mn, r) && r != 0x3099 && r != 0x309A
}

var accentRemover = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.Predicate(isAccent)), norm.NFC)
}}

// foldText returns the comparison form of s without dropping "the".
func foldText(s string) (string, foldInfo) {
	var info foldInfo
	if !isASCII(s) {
		nfkc := norm.NFKC.String(s)
		info.width = nfkc != norm.NFC.String(s)
		low := strings.ToLower(nfkc)
		t := accentRemover.Get().(transform.Transformer)
		out, _, err := transform.String(t, low)
		accentRemover.Put(t)
		if err == nil {
			info.accents = out != norm.NFC.String(low)
			s = out
		} else {
			s = low
		}
	}
	return punctFold(s, true), info
}

// foldKey returns the key of s and what folding did to it.
func foldKey(s string) (string, foldInfo) {
	k, info := foldText(s)
	return dropThe(k), info
}

// lightKey folds case, spacing and punctuation only: labels equal to a
// name in this form are read as written.
func lightKey(s string) string {
	if !isASCII(s) {
		s = strings.ToLower(norm.NFC.String(s))
	}
	return dropThe(punctFold(s, false))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// latinFold spells letters that have no decomposition with basic Latin
// letters.
var latinFold = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d",
	'ħ': "h", 'ı': "i", 'þ': "th", 'ð': "d",
}

// punctFold lower-cases ASCII letters, drops apostrophes and full stops,
// reads "&" as "and", turns other punctuation into spaces and collapses
// them. With letters, it also spells the letters of latinFold in ASCII.
func punctFold(s string, letters bool) string {
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
			put(string(r + 'a' - 'A'))
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			put(string(r))
		case r < utf8.RuneSelf:
			space = true
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			if l, ok := latinFold[r]; ok && letters {
				put(l)
			} else {
				put(string(r))
			}
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

// Long forms. The words official names add around a short name, as a
// prefix ("kingdom of thailand") or a suffix ("korea republic of").
var longFormWords = []string{
	"democratic peoples republic of", "peoples democratic republic of",
	"democratic socialist republic of", "federal democratic republic of",
	"peoples republic of", "socialist republic of", "federal republic of",
	"federative republic of", "islamic republic of", "arab republic of",
	"bolivarian republic of", "united republic of", "democratic republic of",
	"plurinational state of", "independent state of", "federated states of",
	"hashemite kingdom of", "grand duchy of", "principality of",
	"sultanate of", "commonwealth of", "kingdom of", "republic of",
	"state of", "union of",
}

var longFormSuffixes = []string{
	"社会主義共和国", "人民民主共和国", "連邦民主共和国", "連邦共和国", "人民共和国",
	"民主共和国", "共和国", "王国", "合衆国", "連邦",
	"社会主义共和国", "联邦共和国", "人民共和国", "共和国", "王国",
	"聯邦共和國", "人民共和國", "共和國", "王國",
	"연방 공화국", "공화국", "왕국",
	"republic", "federation",
}

// stripLongForm removes the words of a long official form from key.
func stripLongForm(key string) (string, bool) {
	for _, w := range longFormWords {
		// key starts with w+" " or ends with " "+w, tested without
		// building either string.
		if len(key) > len(w) && key[len(w)] == ' ' && strings.HasPrefix(key, w) {
			return dropThe(key[len(w)+1:]), true
		}
		if i := len(key) - len(w) - 1; i >= 0 && key[i] == ' ' && strings.HasSuffix(key, w) {
			return dropThe(key[:i]), true
		}
	}
	for _, w := range longFormSuffixes {
		if s, ok := strings.CutSuffix(key, w); ok && s != "" {
			return dropThe(strings.TrimSpace(s)), true
		}
	}
	return "", false
}

// Look-alikes. lookAlikes maps Cyrillic and Greek letters onto the Latin
// letters they look like, case by case (Greek Η is H, η is n). It is a
// skeleton for comparison only.
var lookAlikes = map[rune]rune{
	// Cyrillic capitals
	'А': 'A', 'В': 'B', 'Е': 'E', 'Ё': 'E', 'К': 'K', 'М': 'M', 'Н': 'H',
	'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'У': 'Y', 'Х': 'X', 'Ѕ': 'S',
	'І': 'I', 'Ј': 'J', 'Ԁ': 'D', 'Ԛ': 'Q', 'Ԝ': 'W', 'Ӏ': 'I', 'Г': 'r',
	'П': 'n', 'И': 'u', 'Ь': 'b', 'Ү': 'Y', 'Һ': 'h',
	// Cyrillic small letters
	'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h',
	'о': 'o', 'р': 'p', 'с': 'c', 'т': 't', 'у': 'y', 'х': 'x', 'ѕ': 's',
	'і': 'i', 'ј': 'j', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ӏ': 'l', 'г': 'r',
	'п': 'n', 'и': 'u', 'ь': 'b', 'ү': 'y', 'һ': 'h', 'ɡ': 'g',
	// Greek capitals
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K',
	'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
	// Greek small letters
	'α': 'a', 'β': 'b', 'γ': 'y', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k',
	'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x', 'ω': 'w',
	'μ': 'u', 'ς': 'c',
}

// lookAlike returns s with its look-alike letters made Latin, and
// whether there were any.
func lookAlike(s string) (string, bool) {
	changed := false
	for _, r := range s {
		if _, ok := lookAlikes[r]; ok {
			changed = true
			break
		}
	}
	if !changed {
		return s, false
	}
	return strings.Map(func(r rune) rune {
		if l, ok := lookAlikes[r]; ok {
			return l
		}
		return r
	}, s), true
}

// ocrPairs are the letter pairs that OCR reads as one letter.
var ocrPairs = strings.NewReplacer("rn", "m", "vv", "w", "cl", "d", "ii", "u")

// ocrSkeleton maps a compact key onto a skeleton in which the letters OCR
// confuses are the same: l, 1, i and | become l; 0 becomes o; 5 s; 8 b;
// 2 z; 9 g; rn m; vv w; cl d; ii u.
func ocrSkeleton(c string) string {
	c = ocrPairs.Replace(c)
	return strings.Map(func(r rune) rune {
		switch r {
		case 'i', '1', '|', '!':
			return 'l'
		case '0':
			return 'o'
		case '5':
			return 's'
		case '8':
			return 'b'
		case '2':
			return 'z'
		case '9':
			return 'g'
		}
		return r
	}, c)
}

// The index.

type index struct {
	names      map[string]string // code -> English name
	full       map[string]string // key -> code, "" when ambiguous
	exact      map[string]struct{}
	compact    map[string]*fuzzyName // compact key -> name, code "" when ambiguous
	ocr        map[string]*fuzzyName // OCR skeleton of the key -> name, likewise
	ocrCompact map[string]*fuzzyName // OCR skeleton of the compact key -> name
	fuzzy      [][]fuzzyName         // by length of skel
}

// A fuzzyName is a name the repairs compare labels with.
type fuzzyName struct {
	code string
	key  string  // the name's key
	skel string  // the OCR skeleton of its compact key
	bag  letters // the letters of skel
	mask uint32  // bit i set when bag[i] > 0
}

// letters counts the letters of an OCR skeleton, to bound the edit
// distance cheaply before computing it.
type letters [27]uint8

func bagOf(s string) letters {
	var b letters
	for i := 0; i < len(s); i++ {
		c := s[i]
		j := 26
		if c >= 'a' && c <= 'z' {
			j = int(c - 'a')
		}
		if b[j] < 255 {
			b[j]++
		}
	}
	return b
}

// mask returns the set of letters b holds, bit i for b[i] > 0.
func (b *letters) mask() uint32 {
	var m uint32
	for i, n := range b {
		if n > 0 {
			m |= 1 << i
		}
	}
	return m
}

// maskDistance is a lower bound of bagDistance from the sets of letters
// alone: each letter one string has and the other lacks is a surplus of
// at least one.
func maskDistance(a, b uint32) int {
	return max(bits.OnesCount32(a&^b), bits.OnesCount32(b&^a))
}

// bagDistance is a lower bound of the edit distance between the strings
// of a and b: the larger of the letters either has in surplus.
func bagDistance(a, b *letters) int {
	more, less := 0, 0
	for i := range a {
		d := int(a[i]) - int(b[i])
		if d > 0 {
			more += d
		} else {
			less -= d
		}
	}
	return max(more, less)
}

var (
	indexOnce sync.Once
	theIx     *index
)

func theIndex() *index {
	indexOnce.Do(func() { theIx = buildIndex() })
	return theIx
}

// notCountries are regions CLDR calls countries that ISO 3166-1 does not
// assign, or that are no country.
var notCountries = map[string]bool{
	"EZ": true, "UN": true, "AC": true, "CP": true, "DG": true, "EA": true,
	"IC": true, "TA": true, "QO": true, "EU": true, "ZZ": true,
}

// indexLanguages are the languages whose CLDR names are indexed, English
// first.
var indexLanguages = []language.Tag{
	language.English, language.Japanese, language.SimplifiedChinese,
	language.TraditionalChinese, language.Korean, language.French,
	language.German, language.Spanish, language.Italian, language.Portuguese,
	language.Dutch, language.Russian, language.Polish, language.Czech,
	language.Indonesian, language.Vietnamese, language.Turkish,
}

// countryCodes returns the ISO 3166-1 alpha-2 codes CLDR knows as
// countries, sorted.
func countryCodes() []language.Region {
	var out []language.Region
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			s := string([]rune{a, b})
			r, err := language.ParseRegion(s)
			if err != nil || !r.IsCountry() || r.String() != s || notCountries[s] ||
				r.Canonicalize() != r || display.English.Regions().Name(r) == "" {
				continue // not a country, or a withdrawn code such as DD or UK
			}
			out = append(out, r)
		}
	}
	return out
}

func buildIndex() *index {
	ix := &index{
		names:      make(map[string]string),
		full:       make(map[string]string),
		exact:      make(map[string]struct{}),
		compact:    make(map[string]*fuzzyName),
		ocr:        make(map[string]*fuzzyName),
		ocrCompact: make(map[string]*fuzzyName),
		fuzzy:      make([][]fuzzyName, maxFuzzyLen+8),
	}
	regions := countryCodes()
	en := display.English.Regions()
	for _, r := range regions {
		ix.names[r.String()] = en.Name(r)
	}
	// Aliases first, then English, then the other languages: the first
	// to claim a key keeps it.
	primary := map[string]string{} // key -> code of aliases and English names
	addPrimary := func(name, code string) {
		if ix.add(name, code) {
			k, _ := foldKey(name)
			primary[k] = code
			if s, ok := strings.CutPrefix(k, "st "); ok {
				ix.add("saint "+s, code)
				primary["saint "+s] = code
			}
		}
	}
	for _, line := range strings.Split(countryAliases, "\n") {
		code, list, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		code = strings.TrimSpace(code)
		for _, a := range strings.Split(list, ";") {
			if a = strings.TrimSpace(a); a != "" {
				addPrimary(a, code)
			}
		}
	}
	for _, r := range regions {
		addPrimary(en.Name(r), r.String())
		if name := en.Name(r); strings.Contains(name, " (") {
			addPrimary(name[:strings.Index(name, " (")], r.String())
		}
	}
	for _, tag := range indexLanguages[1:] {
		namer := display.Regions(tag)
		for _, r := range regions {
			if name := namer.Name(r); name != "" {
				ix.add(name, r.String())
				// "ミャンマー (ビルマ)", "Myanmar (Burma)": the name alone too.
				if i := strings.IndexAny(name, "(（"); i > 0 {
					ix.add(strings.TrimSpace(name[:i]), r.String())
				}
			}
		}
	}
	keys := make([]string, 0, len(primary))
	for k := range primary {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		code := primary[k]
		if !isLatinKey(k) {
			continue
		}
		c := compact(k)
		fn := fuzzyName{code: code, key: k, skel: ocrSkeleton(c)}
		fn.bag = bagOf(fn.skel)
		fn.mask = fn.bag.mask()
		claim(ix.compact, c, fn)
		claim(ix.ocr, ocrSkeleton(k), fn)
		claim(ix.ocrCompact, fn.skel, fn)
		if l := len(fn.skel); l < len(ix.fuzzy) {
			ix.fuzzy[l] = append(ix.fuzzy[l], fn)
		}
	}
	return ix
}

// claim gives key to fn in m, or marks it ambiguous when another country
// has it.
func claim(m map[string]*fuzzyName, key string, fn fuzzyName) {
	if old, ok := m[key]; ok {
		if old.code != fn.code {
			m[key] = &fuzzyName{key: old.key}
		}
		return
	}
	m[key] = &fn
}

// add indexes a name of code; it reports whether the key was new or
// already code's.
func (ix *index) add(name, code string) bool {
	k, _ := foldKey(name)
	if k == "" {
		return false
	}
	ix.exact[lightKey(name)] = struct{}{}
	if old, ok := ix.full[k]; ok {
		return old == code
	}
	ix.full[k] = code
	return true
}

// countryAliases lists, for each code, names CLDR lacks: short and
// official forms, former names, endonyms and common abbreviations.
const countryAliases = `
AU: 호주
HU: Magyarország
SE: Sverige
NO: Norge
FI: Suomi
ID: Republik Indonesia
US: USA; U.S.A.; US; U.S.; America; アメリカ; United States of America; the United States; 米国; 美国; 美國; 美利坚合众国; 美利堅合眾國; 미합중국
GB: UK; U.K.; Great Britain; Britain; England; Scotland; Wales; Northern Ireland; United Kingdom of Great Britain and Northern Ireland; 英国; 英國; 大英帝国; グレートブリテン及び北アイルランド連合王国; 大不列颠及北爱尔兰联合王国; 영국
KR: Korea; Korea, Republic of; Republic of Korea; Korea (South); South Korea; ROK; 大韓民国; 韓国; 한국; 대한민국; 韩国; 南韓; 韓國
KP: North Korea; Korea, Democratic People's Republic of; Democratic People's Republic of Korea; Korea (North); DPRK; 朝鮮民主主義人民共和国; 北朝鮮; 朝鲜; 北韩; 북한; 조선민주주의인민공화국
CZ: Czech; Czech Republic; Czechia; Česko; Česká republika; チェコ共和国
SK: Slovak; Slovak Republic; Slovensko
VN: Viet Nam; Vietnam; Socialist Republic of Viet Nam; ベトナム社会主義共和国; 越南社会主义共和国
RU: Russian Federation; Russia; Rossiya; ロシア連邦; 俄罗斯联邦
LA: Lao PDR; Laos; Lao; Lao People's Democratic Republic; ラオス人民民主共和国
TR: Türkiye; Turkey; Republic of Türkiye
IR: Iran; Persia
SY: Syrian Arab Republic
TW: Taiwan; Republic of China; Chinese Taipei; Taiwan, Province of China; Taiwan (ROC); ROC; Formosa; 台湾; 臺灣; 台灣; 中華民国; 中華民國; 中华民国
CN: China; People's Republic of China; PRC; P.R.C.; PR China; P.R. China; P. R. China; Mainland China; China (Mainland); 中国; 中華人民共和国; 中华人民共和国; 中國大陸; 中国大陆
HK: Hong Kong; Hong Kong SAR; Hong Kong, China; Hong Kong SAR China; China (Hong Kong); Hong Kong (China); 香港
MO: Macau; Macao; Macao SAR; Macau SAR; 澳門; 澳门; マカオ
NL: Holland; Netherlands; Nederland; Kingdom of the Netherlands; オランダ王国
DE: Deutschland; Germany; West Germany; ドイツ連邦共和国; 独逸
BR: Brasil
JP: Japan; Nippon; Nihon; 日本国
MM: Myanmar; Burma; ミャンマー
CD: Democratic Republic of the Congo; Congo, the Democratic Republic of the; Congo, Democratic Republic of the; DR Congo; DRC; Congo-Kinshasa
CG: Republic of the Congo; Congo; Congo, Republic of the; Congo-Brazzaville
CI: Ivory Coast; Cote d'Ivoire
MK: North Macedonia; Macedonia; The former Yugoslav Republic of Macedonia; Macedonia, the former Yugoslav Republic of
SZ: Eswatini; Swaziland
CV: Cabo Verde; Cape Verde
TL: East Timor; Timor-Leste
PS: Palestine; State of Palestine; Palestinian Territory
VA: Holy See; Vatican
LY: Libyan Arab Jamahiriya
BN: Brunei Darussalam; Brunei
AE: UAE; Emirates
SA: KSA
BA: Bosnia; Bosnia and Herzegovina
KZ: Kazakstan
KG: Kyrgyz Republic; Kirghizia
GR: Hellas; Hellenic Republic
CH: Swiss Confederation; Suisse; Schweiz; Svizzera
MX: United Mexican States
AR: Argentine Republic
TH: Siam; タイ王国; ประเทศไทย
PH: Philippines; Republic of the Philippines; Pilipinas
BO: Bolivia
VE: Venezuela
TZ: Tanzania
MD: Moldova
FM: Micronesia
FK: Falkland Islands (Malvinas)
`
