package country

import (
	"math/bits"
	"sort"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// The index.

type index struct {
	full       map[string]string // key -> code, "" when ambiguous
	exact      map[string]struct{}
	compact    map[string]*fuzzyName // compact key -> name, code "" when ambiguous
	ocr        map[string]*fuzzyName // OCR skeleton of the key -> name, likewise
	ocrCompact map[string]*fuzzyName // OCR skeleton of the compact key -> name
	fuzzy      [][]fuzzyName         // by length of skel
	names      map[string][]string   // code -> keys of its own names and aliases
	places     placeSet              // words that are no country
	forms      formIndex             // names as sets of words
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

// theIndex is built once, on first use.
var theIndex = sync.OnceValue(buildIndex)

// indexLanguages are the languages whose CLDR names are indexed, English
// first.
var indexLanguages = []language.Tag{
	language.English, language.Japanese, language.SimplifiedChinese,
	language.TraditionalChinese, language.Korean, language.French,
	language.German, language.Spanish, language.Italian, language.Portuguese,
	language.Dutch, language.Russian, language.Polish, language.Czech,
	language.Indonesian, language.Vietnamese, language.Turkish,
	language.Thai, language.Malay, language.Arabic, language.Greek,
	language.Swedish, language.Danish, language.Norwegian, language.Finnish,
	language.Hungarian, language.Romanian, language.Ukrainian,
}

func buildIndex() *index {
	ix := &index{
		full:       make(map[string]string),
		exact:      make(map[string]struct{}),
		compact:    make(map[string]*fuzzyName),
		ocr:        make(map[string]*fuzzyName),
		ocrCompact: make(map[string]*fuzzyName),
		fuzzy:      make([][]fuzzyName, maxFuzzyLen+8),
	}
	regions := regions()
	en := display.English.Regions()
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
	for _, a := range aliases() {
		for _, name := range a.names {
			addPrimary(name, a.code)
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
	ix.names = make(map[string][]string)
	for k, code := range primary {
		ix.names[code] = append(ix.names[code], k)
	}
	for _, ks := range ix.names {
		sort.Strings(ks)
	}
	ix.places = buildPlaces(primary)
	ix.forms = buildForms(primary, ix.places.exact)
	// A name of another language that is also a place elsewhere reads as
	// neither: "Granada" is Grenada in Spanish, and a city in Spain.
	for k, code := range ix.full {
		if p, ok := ix.places.exact[k]; ok && !p.country && p.codes != "" && !p.in(code) {
			ix.full[k] = ""
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
