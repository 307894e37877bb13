package country

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/exchangelist/agreements/internal/editdist"
)

// A Match is the result of resolving a country label.
type Match struct {
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
	// Qualifier is the part of the label read as a qualifier of the
	// country rather than its name, such as "Bangkok" in "Thailand
	// (Bangkok)"; "" when the label is a country's name and nothing more.
	Qualifier string
}

// A Resolver reads country labels as countries. The zero Resolver is
// ready to use; its settings are read on every call and must not change
// while it is in use. A Resolver is safe for concurrent use.
type Resolver struct {
	// MinConfidence refuses matches less sure than it: Resolve returns
	// the zero Match for them. Zero accepts every match.
	MinConfidence float64
}

// Resolve reads a country label, as printed in a listing, as a country,
// with the zero Resolver's settings. It returns the zero Match when the
// label is not read as any country.
func Resolve(label string) Match {
	var r Resolver
	return r.Resolve(label)
}

// Limits that bound the work on any label.
const (
	maxLabelBytes = 256 // longer labels are refused unread
	maxFuzzyLen   = 64  // longest key given to the edit distance
	minPrefix     = 4   // shortest shared prefix the prefix rule accepts
)

// Resolve reads a country label, as printed in a listing, as a country.
// It returns the zero Match when the label is not read as any
// country, or not confidently enough (see MinConfidence). A nil
// *Resolver resolves as the zero one.
func (r *Resolver) Resolve(label string) Match {
	m := resolveWhole(label)
	if m.Country.IsZero() {
		m = resolveQualified(label)
	}
	if m.Country.IsZero() || r != nil && m.Confidence < r.MinConfidence {
		return Match{}
	}
	return m
}

// resolveWhole reads a label that is a country's name and nothing more:
// as written, with abbreviations written out ("Korea, Rep."), or in two
// scripts ("タイ Thailand"); not a country with a qualifier.
func resolveWhole(label string) Match {
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
func resolveBilingual(label string) Match {
	label = strings.TrimSpace(label)
	if len(label) > maxLabelBytes {
		return Match{}
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
		return Match{}
	}
	a, b := resolve(strings.Join(latin, " ")), resolve(strings.Join(other, " "))
	switch {
	case a.Country.IsZero():
		a = b
	case !b.Country.IsZero() && b.Country != a.Country:
		return Match{} // two countries: no answer
	}
	if a.Country.IsZero() {
		return Match{}
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
func resolveQualified(label string) Match {
	label = strings.TrimSpace(label)
	if len(label) > maxLabelBytes {
		return Match{}
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
		return Match{}
	}
	o := resolve(outer)
	if in := resolve(inner); !in.Country.IsZero() && in.Confidence >= 0.8 && in.Country != o.Country {
		in.Confidence *= 0.9
		in.Repair = joinRepair(in.Repair, "read from the qualifier")
		in.Qualifier = strings.TrimSpace(inner)
		return in
	}
	if o.Country.IsZero() {
		return Match{}
	}
	o.Confidence *= 0.9
	o.Repair = joinRepair(o.Repair, "qualifier dropped")
	o.Qualifier = strings.TrimSpace(inner)
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

func (rp repairs) match(code string) Match {
	return Match{
		Country:    ByCode(code),
		Confidence: rp.conf,
		Repair:     strings.Join(rp.names, ", "),
	}
}

func resolve(label string) Match {
	label = strings.TrimSpace(label)
	if len(label) > maxLabelBytes || !utf8.ValidString(label) || !wordLike(label) {
		return Match{}
	}
	ix := theIndex()
	key, info := foldKey(label)
	base := repairs{conf: 1}
	if info.Width {
		base.add("full-width letters", 0.95)
	}
	if info.Accents {
		base.add("accents removed", 0.95)
	}

	// Stages 1 and 2: the name as written, then as a long form.
	if code, ok := ix.full[key]; ok && code != "" {
		rp := base
		if _, exact := ix.exact[lightKey(label)]; exact {
			rp = repairs{conf: 1}
		}
		return rp.match(code)
	}
	if m, r := ix.readKey(key, base); r != noReading {
		return m
	}

	// Stage 3: Cyrillic and Greek letters that look Latin.
	if sk, changed := lookAlike(label); changed {
		k, inf := foldKey(sk)
		base = repairs{conf: 1}
		if inf.Width || info.Width {
			base.add("full-width letters", 0.95)
		}
		if inf.Accents {
			base.add("accents removed", 0.95)
		}
		base.add("look-alike letters", 0.9)
		if code, ok := ix.full[k]; ok && code != "" {
			return base.match(code)
		}
		if m, r := ix.readKey(k, base); r != noReading {
			return m
		}
		key = k
	}
	if !isLatinKey(key) {
		return Match{}
	}
	keys := []string{key}
	if s, ok := stripLongForm(key); ok {
		keys = append(keys, s)
	}

	// Stages 4 and 5: word spacing, then OCR confusions. A label that is
	// a place up to spacing and OCR confusions is that place.
	for i, k := range keys {
		rp := base
		if i > 0 {
			rp.add("long form", 0.95)
		}
		c := compact(k)
		if e, ok := ix.compact[c]; ok && e.code != "" {
			if ix.places.spacedAs(c, e.code) {
				return Match{}
			}
			rp.add("word spacing", 0.85)
			return rp.match(e.code)
		}
		ks := ocrSkeleton(k)
		if e, ok := ix.ocr[ks]; ok && e.code != "" {
			cs := ks
			if len(c) != len(k) {
				cs = ocrSkeleton(c)
			}
			if ix.places.sameAs(cs, e.code) {
				return Match{}
			}
			rp.add("OCR confusion", 0.8)
			return rp.match(e.code)
		}
		cs := ks
		if len(c) != len(k) {
			cs = ocrSkeleton(c)
		}
		if e, ok := ix.ocrCompact[cs]; ok && e.code != "" {
			if ix.places.sameAs(cs, e.code) {
				return Match{}
			}
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
		if m, r := ix.nearest(k, rp); r != noReading {
			return m
		}
	}
	return Match{}
}

// A reading is what a stage of resolve makes of a label.
type reading int

const (
	noReading reading = iota // nothing: the next stage may read it
	found                    // a country
	refused                  // no country: a place, a region, two countries
)

// readKey reads a key that is no name as written: a place is refused, a
// set of words is read as a long form (see forms.go), and the words of a
// long form are dropped.
func (ix *index) readKey(key string, base repairs) (Match, reading) {
	if ix.places.blocks(key) {
		return Match{}, refused
	}
	if strings.IndexByte(key, ' ') > 0 && isLatinKey(key) {
		if m, r := ix.readForm(key, base, true); r != noReading {
			return m, r
		}
	}
	if m, ok := ix.longForm(key, base); ok {
		return m, found
	}
	return Match{}, noReading
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
func (ix *index) longForm(key string, base repairs) (Match, bool) {
	s, ok := stripLongForm(key)
	if !ok {
		return Match{}, false
	}
	if code, ok := ix.full[s]; ok && code != "" {
		base.add("long form", 0.95)
		return base.match(code), true
	}
	return Match{}, false
}

// nearest finds the one country name within an edit distance of key
// scaled to the name's length, or one sharing a long prefix with it.
func (ix *index) nearest(key string, rp repairs) (Match, reading) {
	c := compact(key)
	if len(c) > maxFuzzyLen || len(c) < 3 {
		return Match{}, noReading
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
			d := editdist.Distance(sk, e.skel, limit)
			if d > limit {
				continue
			}
			consider(cand{e: e, d: d, prefix: d > editLimit(l)})
		}
	}
	if best.e == nil || second.d <= best.d {
		return Match{}, noReading
	}
	// A place at least as near as the country is what the label names.
	prefix := 0
	if best.prefix {
		prefix = commonPrefix(sk, best.e.skel)
	}
	if ix.places.near(sk, &bag, mask, best.d, prefix, best.e.code, splitCapital) {
		return Match{}, refused
	}
	if strings.Count(best.e.key, " ") != spaces {
		rp.add("word spacing", 0.85)
	}
	f := 0.75 - 0.5*float64(best.d)/float64(len(best.e.skel))
	if best.prefix {
		f = 0.5
	}
	rp.add(fmt.Sprintf("edit distance %d from %q", best.d, compact(best.e.key)), min(0.75, max(0.5, f)))
	return rp.match(best.e.code), found
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
