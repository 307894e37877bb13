package country

import (
	"sort"
	"strings"

	"github.com/exchangelist/agreements/internal/editdist"
)

// Long forms with qualifier words. Some countries share a short name and
// differ by the words around it: "Korea, DPR" is North Korea, "Korea,
// Rep." South Korea; "Congo, Dem. Rep." is Kinshasa, "Congo, Rep."
// Brazzaville; "Sudan, South" is South Sudan. Listings write these words
// in any order, abbreviated, and sometimes only in part ("Korea,
// Democratic"). So a label of several words is read as the set of its
// words, abbreviations written out and "of", "the" and "and" left out,
// and compared with the names' sets of words:
//
//  1. the same set as a name ("Sudan, South", "Congo, Dem Rep");
//  2. part of a name, the missing words all words of long forms
//     ("Korea, Democratic" is part of "Korea, Democratic People's
//     Republic of"), when only one country has such a name;
//  3. the same words as a name but one, which is one edit from the
//     name's word ("Dominica Republic" is the Dominican Republic, not
//     Dominica), when only one country has such a name.
//
// The second and third readings need a qualifier word in the label, and
// the third is a repair by edit distance. A label whose set of words is
// that of a region ("America, South", "Asia, East") is no country.

// formWords are the words of long official forms: they qualify a name
// without naming a country.
var formWords = map[string]bool{
	"democratic": true, "peoples": true, "republic": true, "socialist": true,
	"federal": true, "federative": true, "federation": true, "islamic": true,
	"arab": true, "bolivarian": true, "united": true, "plurinational": true,
	"independent": true, "federated": true, "state": true, "hashemite": true,
	"kingdom": true, "grand": true, "duchy": true, "principality": true,
	"sultanate": true, "commonwealth": true, "union": true, "sar": true,
	"special": true, "administrative": true, "region": true, "province": true,
}

// compassWords tell apart countries of one name ("South Sudan", "North
// Korea"); a long form that lacks one is not the same country.
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
	"central": true,
}

// isQualifierWord reports whether w is a word of a long form or of the
// compass.
func isQualifierWord(w string) bool { return formWords[w] || compassWords[w] }

// formAbbreviations write out the abbreviations of long forms, as keys
// spell them (without full stops).
var formAbbreviations = map[string][]string{
	"rep": {"republic"}, "repub": {"republic"}, "dem": {"democratic"},
	"democ": {"democratic"}, "dpr": {"democratic", "peoples", "republic"},
	"pdr": {"peoples", "democratic", "republic"}, "dr": {"democratic", "republic"},
	"fed": {"federation"}, "peo": {"peoples"}, "ppl": {"peoples"}, "people": {"peoples"},
	"utd": {"united"}, "st": {"saint"}, "sth": {"south"}, "nth": {"north"},
	"n": {"north"}, "s": {"south"}, "usa": {"us"},
}

// formStopWords are left out of the sets of words.
var formStopWords = map[string]bool{"of": true, "the": true, "and": true}

// A formWord is what formSetOf makes of a word of a label.
type formWord struct {
	stop  bool     // left out
	long  []string // the abbreviation written out; nil when none
	quals int      // how many qualifier words it is, written out
}

// formVocabulary holds the words formSetOf reads other than as
// themselves, or counts: one lookup a word.
var formVocabulary = func() map[string]formWord {
	m := make(map[string]formWord)
	for w := range formStopWords {
		m[w] = formWord{stop: true}
	}
	for w := range formWords {
		m[w] = formWord{quals: 1}
	}
	for w := range compassWords {
		m[w] = formWord{quals: 1}
	}
	for w, long := range formAbbreviations {
		fw := formWord{long: long}
		for _, l := range long {
			if isQualifierWord(l) {
				fw.quals++
			}
		}
		m[w] = fw
	}
	return m
}()

// Limits of the sets of words.
const (
	maxFormWords = 10  // labels of more words are not read as sets
	maxFormSig   = 160 // longest signature, in bytes
)

// A formSet is the set of words of a key, sorted, with duplicates.
type formSet struct {
	w     [maxFormWords]string
	n     int
	quals int // how many of the words are qualifier words
}

func (s *formSet) words() []string { return s.w[:s.n] }

// formSetOf reads the words of key into s. It reports false when the key
// has fewer than two words or too many.
func formSetOf(key string, s *formSet) bool {
	*s = formSet{}
	for len(key) > 0 {
		w := key
		if i := strings.IndexByte(key, ' '); i >= 0 {
			w, key = key[:i], key[i+1:]
		} else {
			key = ""
		}
		if w == "" {
			continue
		}
		fw, known := formVocabulary[w]
		if fw.stop {
			continue
		}
		if !known || fw.long == nil {
			if s.n == maxFormWords {
				return false
			}
			s.w[s.n] = w
			s.n++
			s.quals += fw.quals
			continue
		}
		if s.n+len(fw.long) > maxFormWords {
			return false
		}
		s.n += copy(s.w[s.n:], fw.long)
		s.quals += fw.quals
	}
	if s.n < 2 {
		return false
	}
	for i := 1; i < s.n; i++ { // insertion sort: a few words
		for j := i; j > 0 && s.w[j] < s.w[j-1]; j-- {
			s.w[j], s.w[j-1] = s.w[j-1], s.w[j]
		}
	}
	return true
}

// signature writes the sorted words into buf, space separated; false
// when they do not fit.
func (s *formSet) signature(buf *[maxFormSig]byte) (int, bool) {
	n := 0
	for i, w := range s.words() {
		if i > 0 {
			if n == len(buf) {
				return 0, false
			}
			buf[n] = ' '
			n++
		}
		if n+len(w) > len(buf) {
			return 0, false
		}
		n += copy(buf[n:], w)
	}
	return n, true
}

// A formName is a country's name as a set of words, for the readings
// that compare sets: only names with a qualifier word.
type formName struct {
	code  string
	key   string   // the name's key
	words []string // sorted
}

// formIndex holds the names as sets of words.
type formIndex struct {
	sig   map[string]string // signature -> code; "" when ambiguous, noCountry for a region
	names []formName
	// words tells, before the sets are built, the words of a label that
	// are no word of any name: a label with two of them is no long form.
	words wordFilter
}

// only returns the code and key of the names that match, when they are
// all one country's; ambiguous when they are several countries'.
func (x *formIndex) only(match func(fn *formName) bool) (code, name string, ambiguous bool) {
	for i := range x.names {
		fn := &x.names[i]
		if !match(fn) {
			continue
		}
		switch {
		case code == "":
			code, name = fn.code, fn.key
		case code != fn.code:
			return "", "", true
		}
	}
	return code, name, false
}

// mayWord is wordFilter.may for a string.
func (f *wordFilter) mayWord(w string) bool {
	if len(w) == 0 || len(w) >= filterLens {
		return true
	}
	return f.bits[len(w)][w[0]&31]&(1<<(w[len(w)-1]&31)) != 0
}

// noCountry marks, in formIndex.sig, the set of words of a region.
const noCountry = "-"

// buildForms indexes the countries' own names and aliases (primary: key
// -> code) and the regions of several words that are no country.
func buildForms(primary map[string]string, places map[string]placeInfo) formIndex {
	fx := formIndex{sig: make(map[string]string)}
	keys := make([]string, 0, len(primary))
	for k := range primary {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var s formSet
	var buf [maxFormSig]byte
	for _, k := range keys {
		code := primary[k]
		if !isLatinKey(k) || !formSetOf(k, &s) {
			continue
		}
		n, ok := s.signature(&buf)
		if !ok {
			continue
		}
		for _, w := range s.words() {
			fx.words.set(w)
		}
		sig := string(buf[:n])
		if old, ok := fx.sig[sig]; ok && old != code {
			fx.sig[sig] = ""
		} else if !ok {
			fx.sig[sig] = code
		}
		if s.quals > 0 {
			fx.names = append(fx.names, formName{code: code, key: k, words: append([]string(nil), s.words()...)})
		}
	}
	for k, p := range places {
		if p.country || !isLatinKey(k) || !formSetOf(k, &s) {
			continue
		}
		n, ok := s.signature(&buf)
		if !ok {
			continue
		}
		if _, taken := fx.sig[string(buf[:n])]; !taken {
			fx.sig[string(buf[:n])] = noCountry
			for _, w := range s.words() {
				fx.words.set(w)
			}
		}
	}
	for w := range formVocabulary {
		fx.words.set(w)
	}
	return fx
}

// readForm reads key as a set of words (see above). fuzzy allows the
// third reading, the repair by edit distance.
func (ix *index) readForm(key string, rp repairs, fuzzy bool) (Match, reading) {
	misses := 0
	for w := range strings.SplitSeq(key, " ") {
		if !ix.forms.words.mayWord(w) {
			if misses++; misses > 1 || !fuzzy {
				return Match{}, noReading
			}
		}
	}
	var s formSet
	if !formSetOf(key, &s) {
		return Match{}, noReading
	}
	var buf [maxFormSig]byte
	n, ok := s.signature(&buf)
	if !ok {
		return Match{}, noReading
	}
	switch code, ok := ix.forms.sig[string(buf[:n])]; {
	case !ok:
	case code == noCountry:
		return Match{}, refused
	case code != "":
		rp.add("long form", 0.95)
		return rp.match(code), found
	}
	if s.quals == 0 || s.quals == s.n {
		return Match{}, noReading
	}
	// The second reading: part of a long form.
	code, _, ambiguous := ix.forms.only(func(fn *formName) bool {
		return len(fn.words) > s.n && partOfForm(s.words(), fn.words)
	})
	if ambiguous {
		return Match{}, refused
	}
	if code != "" {
		rp.add("long form", 0.95)
		return rp.match(code), found
	}
	if !fuzzy {
		return Match{}, noReading
	}
	// The third reading: one word one edit away.
	code, name, ambiguous := ix.forms.only(func(fn *formName) bool {
		return len(fn.words) == s.n && oneWordOff(s.words(), fn.words)
	})
	if ambiguous {
		return Match{}, refused
	}
	if code == "" {
		return Match{}, noReading
	}
	c := compact(name)
	rp.add(`edit distance 1 from "`+c+`"`, max(0.5, 0.75-0.5/float64(len(c))))
	return rp.match(code), found
}

// partOfForm reports whether the sorted words of a label are part of the
// sorted words of a name, the name's other words all words of long forms.
func partOfForm(label, name []string) bool {
	i := 0
	for _, w := range name {
		if i < len(label) && label[i] == w {
			i++
			continue
		}
		if !formWords[w] {
			return false
		}
	}
	return i == len(label)
}

// oneWordOff reports whether the sorted words of a label are those of a
// name but one, which is one edit (in OCR skeletons) from the name's
// word; both words are at least six letters long. The qualifier words of
// the label must be the name's.
func oneWordOff(label, name []string) bool {
	var lrest, nrest string
	i, j, off := 0, 0, 0
	for i < len(label) || j < len(name) {
		switch {
		case i < len(label) && j < len(name) && label[i] == name[j]:
			i++
			j++
			continue
		case j == len(name) || i < len(label) && label[i] < name[j]:
			lrest = label[i]
			i++
		default:
			nrest = name[j]
			j++
		}
		off++
		if off > 2 {
			return false
		}
	}
	if off != 2 || lrest == "" || nrest == "" || isQualifierWord(lrest) ||
		len(lrest) < 6 || len(nrest) < 6 {
		return false
	}
	return editdist.Distance(ocrSkeleton(lrest), ocrSkeleton(nrest), 1) <= 1
}

// nearQualifierWord reports whether w is a qualifier word damaged by one
// edit: such a word may change the country, and is not to be dropped as
// a mere qualifier.
func nearQualifierWord(w string) bool {
	if len(w) < 5 || isQualifierWord(w) {
		return false
	}
	sk := ocrSkeleton(w)
	for _, m := range []map[string]bool{formWords, compassWords} {
		for q := range m {
			if len(q) >= 5 && abs(len(q)-len(w)) <= 1 && editdist.Distance(sk, ocrSkeleton(q), 1) <= 1 {
				return true
			}
		}
	}
	return false
}
