package country

import (
	"fmt"
	"sort"
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
	// (Bangkok)" or "Bangkok, Thailand", and "Georgia" in "USA
	// (Georgia)"; "" when the label names the country and nothing more,
	// in any form: "Korea, DPR", "Iran, Islamic Rep.", and "China (Hong
	// Kong)" and "中国(香港)" read as Hong Kong.
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
	m := resolveLabel(label)
	if m.Country.IsZero() || r != nil && m.Confidence < r.MinConfidence {
		return Match{}
	}
	return m
}

// How far resolve goes in repairing a label.
type level int

const (
	// asWritten reads names as written, up to case, width, accents,
	// long forms and look-alike letters: qualifiers are read so.
	asWritten level = iota
	// wordForms also reads long forms one word off ("Dominica
	// Republic"): a whole label with a qualifier's shape is read so
	// before it is taken apart.
	wordForms
	// repaired also repairs word spacing, OCR confusions and typing.
	repaired
)

// resolveLabel reads a label: a name with nothing more, or a name with a
// qualifier ("USA (Georgia)"). A label with the shape of a qualified one
// is read whole first, as written, for the names that have that shape
// ("Korea, Republic of", "Congo (Kinshasa)"); then taken apart; and only
// when neither part is read, whole with repairs.
func resolveLabel(label string) Match {
	if len(label) > maxLabelBytes && len(strings.TrimSpace(label)) > maxLabelBytes {
		return Match{}
	}
	if !qualifierShaped(label) {
		m, _ := resolveWhole(label, repaired)
		if m.Country.IsZero() {
			if sub, ok := resolveCompound(label); ok {
				return sub
			}
			if joined, ok := unspaced(label); ok {
				// A name in a script written without spaces, that the
				// extraction cut with some ("ฟิ ลิปปิ นส์").
				if m, _ := resolveWhole(joined, asWritten); !m.Country.IsZero() {
					m.Confidence *= 0.9
					m.Repair = joinRepair(m.Repair, "spaces removed")
					return m
				}
			}
		}
		return m
	}
	label = strings.TrimSpace(label)
	whole, settled := resolveWhole(label, wordForms)
	if settled && (whole.Repair == "" || whole.Country.IsZero()) {
		return whole
	}
	// A whole read by a repair ("Americas – United States" an edit from
	// "United States of America") yields to a surer qualified one.
	if m, ok := resolveQualified(label); ok && (!settled || !m.Country.IsZero() && m.Confidence > whole.Confidence) {
		return m
	}
	if settled {
		return whole
	}
	m, _ := resolveWhole(label, repaired)
	return m
}

// unspaced returns a label written in a script without spaces between
// words (Thai, Lao, Khmer, Burmese, Chinese, Japanese), with its spaces
// removed; false when it has none, or has letters of another script.
func unspaced(label string) (string, bool) {
	if !strings.ContainsRune(label, ' ') {
		return "", false
	}
	for _, r := range label {
		if r == ' ' || unicode.IsMark(r) {
			continue
		}
		if !unicode.In(r, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar, unicode.Han,
			unicode.Hiragana, unicode.Katakana) {
			return "", false
		}
	}
	return strings.ReplaceAll(label, " ", ""), true
}

// resolveCompound reads a label in a script that runs its words
// together, written as a country's name then a region's with a code of
// its own inside it (subRegions): "中国香港", "中國台灣"; or as two names
// of one country ("中華民國台灣"). Both parts must read exactly.
func resolveCompound(label string) (Match, bool) {
	label = strings.TrimSpace(label)
	if label == "" || strings.ContainsRune(label, ' ') || isLatinWord(label) || utf8.RuneCountInString(label) > maxCompoundRunes {
		return Match{}, false
	}
	for i := range label {
		if i == 0 {
			continue
		}
		outer, inner := resolveExact(label[:i]), resolveExact(label[i:])
		if !outer.Country.IsZero() && !inner.Country.IsZero() &&
			(subRegions[inner.Country.Code] == outer.Country.Code || inner.Country == outer.Country) {
			inner.Confidence *= 0.9
			inner.Repair = joinRepair(inner.Repair, "read from the region after the country")
			return inner, true
		}
	}
	return Match{}, false
}

// maxCompoundRunes bounds the labels resolveCompound splits: a country's
// name and a region's, a few characters each.
const maxCompoundRunes = 12

// resolveExact reads text that is a country's name as written, with no
// repair; zero otherwise.
func resolveExact(text string) Match {
	m, _ := resolve(text, asWritten)
	if m.Repair != "" || m.Confidence < 1 {
		return Match{}
	}
	return m
}

// resolveWhole reads a label that is a country's name and nothing more:
// as written, with abbreviations written out ("Russian Fed."), or in two
// scripts ("タイ Thailand"); not a country with a qualifier. It reports
// whether the label is settled: read as a country, or refused.
func resolveWhole(label string, lv level) (Match, bool) {
	if m, settled := resolve(label, lv); settled {
		return m, true
	}
	if long := abbreviations.Replace(label + " "); long != label+" " {
		if m, settled := resolve(long, lv); settled {
			return m, true
		}
	}
	return resolveBilingual(label, lv)
}

// resolveBilingual reads a label written in two scripts, such as
// "タイ Thailand" or "USA アメリカ": the run of Latin words and the run of
// other words are read apart, and must not disagree.
func resolveBilingual(label string, lv level) (Match, bool) {
	label = strings.TrimSpace(label)
	if len(label) > maxLabelBytes {
		return Match{}, false
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
		return Match{}, false
	}
	a, _ := resolve(strings.Join(latin, " "), lv)
	b, _ := resolve(strings.Join(other, " "), lv)
	switch {
	case a.Country.IsZero():
		a = b
	case !b.Country.IsZero() && b.Country != a.Country:
		return Match{}, true // two countries: no answer
	case !b.Country.IsZero():
		// Both halves name one country ("匈牙利 Hungary"): two readings
		// that agree, as sure as the surer.
		a.Confidence = max(a.Confidence, b.Confidence)
		a.Repair = joinRepair(a.Repair, "read in two scripts")
		return a, true
	}
	if a.Country.IsZero() {
		return Match{}, false
	}
	// One half read, the other not: the label may be more than a country.
	a.Confidence *= 0.95
	a.Repair = joinRepair(a.Repair, "read in two scripts")
	return a, true
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

// resolve reads a label as one name, up to the repairs lv allows. It
// reports whether the label is settled: read as a country, or refused
// (a place, a region or a person that is no country).
func resolve(label string, lv level) (Match, bool) {
	label = strings.TrimSpace(label)
	if len(label) > maxLabelBytes || !utf8.ValidString(label) {
		return Match{}, false
	}
	ix := theIndex()
	if !wordLike(label) {
		// A name of one letter is read only as written: Vietnamese "Ý"
		// is Italy, "Y" nothing.
		if _, exact := ix.exact[lightKey(label)]; !exact || utf8.RuneCountInString(label) != 1 {
			return Match{}, false
		}
	}
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
		return rp.match(code), true
	}
	if m, r := ix.readKey(key, base, lv); r != noReading {
		return m, true
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
			return base.match(code), true
		}
		if m, r := ix.readKey(k, base, lv); r != noReading {
			return m, true
		}
		key = k
	}
	if lv < repaired || !isLatinKey(key) {
		return Match{}, false
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
				return Match{}, true
			}
			rp.add("word spacing", 0.85)
			return rp.match(e.code), true
		}
		ks := ocrSkeleton(k)
		if e, ok := ix.ocr[ks]; ok && e.code != "" {
			cs := ks
			if len(c) != len(k) {
				cs = ocrSkeleton(c)
			}
			if ix.places.sameAs(cs, e.code) {
				return Match{}, true
			}
			rp.add("OCR confusion", 0.8)
			return rp.match(e.code), true
		}
		cs := ks
		if len(c) != len(k) {
			cs = ocrSkeleton(c)
		}
		if e, ok := ix.ocrCompact[cs]; ok && e.code != "" {
			if ix.places.sameAs(cs, e.code) {
				return Match{}, true
			}
			rp.add("word spacing", 0.85)
			rp.add("OCR confusion", 0.8)
			return rp.match(e.code), true
		}
	}

	// Stage 6: edit distance.
	for i, k := range keys {
		rp := base
		if i > 0 {
			rp.add("long form", 0.95)
		}
		if m, r := ix.nearest(k, rp); r != noReading {
			return m, true
		}
	}
	return Match{}, false
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
// long form are dropped. lv allows the long forms one word off.
func (ix *index) readKey(key string, base repairs, lv level) (Match, reading) {
	if ix.places.blocks(key) {
		return Match{}, refused
	}
	if strings.IndexByte(key, ' ') > 0 && isLatinKey(key) {
		if m, r := ix.readForm(key, base, lv >= wordForms); r != noReading {
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
				// The words of a long form ("Republic of") are no name's
				// start: "República Checa" is not "Republic of China".
				if p := commonPrefix(sk, e.skel); p >= minPrefix && 2*p >= l && p-formPrefix(e.skel) >= minPrefix {
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
	if ix.places.near(sk, &bag, best.d, prefix, best.e.code, splitCapital) {
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

// formPrefixes are the words of long forms, as skeletons
// (ocrSkeleton of the compact key), longest first.
var formPrefixes = func() []string {
	var out []string
	for _, w := range longFormWords {
		out = append(out, ocrSkeleton(strings.ReplaceAll(w, " ", "")))
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}()

// formPrefix returns the length of the long form's words a name's
// skeleton starts with ("republicof" of "republicofchina"), 0 if none.
func formPrefix(skel string) int {
	for _, w := range formPrefixes {
		if strings.HasPrefix(skel, w) {
			return len(w)
		}
	}
	return 0
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
