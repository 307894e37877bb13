package country

import (
	"strings"
	"unicode/utf8"
)

// Qualified labels. A listing qualifies a country with a city, a state
// or a region: "Thailand (Bangkok)", "USA - California", "USA, Georgia",
// or writes the city first: "Bangkok, Thailand". The country is the part
// outside the parentheses, before the dash, slash or comma, and the
// qualifier is read as written only (never repaired), because a place
// often shares its name with a country or comes near one: Georgia is a
// US state, Lebanon a town in several, Granada a city in Spain. The
// qualifier is the answer only when
//
//   - the outer part is no country ("Bangkok, Thailand");
//   - the qualifier is a country or region with its own code inside the
//     outer one ("China (Hong Kong)", "中国(香港)", "USA (Puerto Rico)");
//   - the outer part is a known place in the qualifier's country
//     ("Georgia, USA");
//   - the outer part is a name that the qualifier's country shares
//     ("Korea (DPRK)", "Congo (DRC)"): the qualifier tells which
//     country of that name.
//
// Names that have the shape of a qualified label ("Korea, Republic of",
// "Congo (Kinshasa)", "Hong Kong, China") are read whole before the
// label is taken apart.

// subRegions maps the countries and regions with a code of their own
// that listings write as a part of another to that other.
var subRegions = map[string]string{
	"HK": "CN", "MO": "CN", "TW": "CN",
	"PR": "US", "GU": "US", "VI": "US", "AS": "US", "MP": "US", "UM": "US",
	"GG": "GB", "JE": "GB", "IM": "GB", "GI": "GB", "BM": "GB", "KY": "GB",
	"VG": "GB", "AI": "GB", "MS": "GB", "TC": "GB", "FK": "GB", "SH": "GB",
	"IO": "GB", "PN": "GB", "GS": "GB",
	"GP": "FR", "MQ": "FR", "GF": "FR", "RE": "FR", "YT": "FR", "PM": "FR",
	"NC": "FR", "PF": "FR", "WF": "FR", "BL": "FR", "MF": "FR", "TF": "FR",
	"AW": "NL", "CW": "NL", "SX": "NL", "BQ": "NL",
	"GL": "DK", "FO": "DK", "SJ": "NO", "BV": "NO", "AX": "FI",
	"CX": "AU", "CC": "AU", "NF": "AU", "HM": "AU",
	"CK": "NZ", "NU": "NZ", "TK": "NZ",
}

// qualifierShaped reports whether a label may hold a qualifier: it has
// parentheses, a comma, a slash or a spaced dash.
func qualifierShaped(label string) bool {
	for i := 0; i < len(label); i++ {
		switch c := label[i]; {
		case c == '(' || c == ',' || c == '/':
			return true
		case c == '-':
			if i > 0 && label[i-1] == ' ' && i+1 < len(label) && label[i+1] == ' ' {
				return true
			}
		case c >= utf8.RuneSelf:
			// Full-width "（" and "，", and spaced dashes "–" and "—".
			rest := label[i:]
			if strings.HasPrefix(rest, "（") || strings.HasPrefix(rest, "，") ||
				i > 0 && label[i-1] == ' ' && (strings.HasPrefix(rest, "– ") || strings.HasPrefix(rest, "— ")) {
				return true
			}
		}
	}
	return false
}

// qualifierSeps part a country from its qualifier, the first found
// first.
var qualifierSeps = []string{" / ", "/", " - ", " – ", " — ", ", ", ",", "，"}

// splitQualifier takes a label apart into the part outside the
// parentheses, or before the separator, and the rest.
func splitQualifier(label string) (outer, inner string, ok bool) {
	if i := strings.IndexAny(label, "(（"); i > 0 {
		_, size := utf8.DecodeRuneInString(label[i:])
		rest := label[i+size:]
		if j := strings.IndexAny(rest, ")）"); j >= 0 {
			_, size := utf8.DecodeRuneInString(rest[j:])
			rest = rest[:j] + " " + rest[j+size:]
		}
		return label[:i], strings.TrimSpace(rest), true
	}
	for _, sep := range qualifierSeps {
		if i := strings.Index(label, sep); i > 0 {
			return label[:i], strings.TrimSpace(label[i+len(sep):]), true
		}
	}
	return "", "", false
}

// resolveQualified reads a label that adds a qualifier to a country (see
// above). It reports whether the label is settled: read as a country, or
// refused.
func resolveQualified(label string) (Match, bool) {
	outer, inner, ok := splitQualifier(label)
	if !ok {
		return Match{}, false
	}
	outer = strings.TrimSpace(outer)
	o := resolveLabel(outer)
	in, _ := resolveWhole(inner, asWritten)
	oc, ic := o.Country.Code, in.Country.Code
	ix := theIndex()
	switch {
	case ic != "" && oc != "" && oc != ic && (subRegions[ic] == oc || ix.namePartOf(outer, ic)):
		// "China (Hong Kong)", "Korea (DPRK)": a name of the country.
		in.Confidence *= 0.9
		in.Repair = joinRepair(in.Repair, "read from the qualifier")
		return in, true
	case ic != "" && oc != ic && ix.regionPart(outer):
		// "美洲 America / 巴西 Brazil": a heading's region, then its
		// country, read as surely as the country alone: the region is
		// the heading's form, no doubt about the country.
		in.Repair = joinRepair(in.Repair, "read from the qualifier")
		in.Qualifier = outer
		return in, true
	case ic != "" && (oc == "" || ix.placeIn(outer, ic)):
		// "Bangkok, Thailand", "Georgia, USA": a place first.
		in.Confidence *= 0.9
		in.Repair = joinRepair(in.Repair, "read from the qualifier")
		in.Qualifier = outer
		return in, true
	case oc == "":
		return Match{}, false
	case inner == "":
		return o, true
	case ic == "" && damagedQualifier(inner) && ix.sharedName(outer, oc):
		// "Korea, Democratc": a damaged qualifier word may make it
		// another country of that name.
		return Match{}, true
	case ic == "" && formOnly(inner):
		// "Iran, Islamic Rep.": a long form, no qualifier.
		o.Confidence *= 0.95
		o.Repair = joinRepair(o.Repair, "long form")
		return o, true
	case ic != "" && subRegions[oc] == ic:
		// "Hong Kong, China", "Puerto Rico, USA": a name of the region.
		o.Confidence *= 0.9
		o.Repair = joinRepair(o.Repair, "qualifier dropped")
		return o, true
	}
	o.Confidence *= 0.9
	o.Repair = joinRepair(o.Repair, "qualifier dropped")
	o.Qualifier = joinQualifier(o.Qualifier, inner)
	return o, true
}

func joinQualifier(a, b string) string {
	if a == "" {
		return b
	}
	return a + ", " + b
}

// regionPart reports whether text names a part of the world ("Europe"),
// or each of its words does ("美洲 America"), though it may name a
// country too ("America"). "South Africa" is no part of the world,
// though "Africa" is.
func (ix *index) regionPart(text string) bool {
	k, _ := foldKey(text)
	region := func(k string) bool {
		p, ok := ix.places.exact[k]
		return ok && p.codes == "" && ix.places.world[k]
	}
	if region(k) {
		return true
	}
	n := 0
	for w := range strings.FieldsSeq(k) {
		if !region(w) {
			return false
		}
		n++
	}
	return n > 1
}

// placeIn reports whether text is a known place in the country of code.
func (ix *index) placeIn(text, code string) bool {
	k, _ := foldKey(text)
	p, ok := ix.places.exact[k]
	return ok && p.in(code)
}

// namePartOf reports whether text is, as whole words, a part of a name
// of the country of code: "Korea" of "North Korea".
func (ix *index) namePartOf(text, code string) bool {
	k, _ := foldKey(text)
	if k == "" {
		return false
	}
	for _, name := range ix.names[code] {
		if i := strings.Index(name, k); i >= 0 && len(name) > len(k) &&
			(i == 0 || name[i-1] == ' ') && (i+len(k) == len(name) || name[i+len(k)] == ' ') {
			return true
		}
	}
	return false
}

// sharedName reports whether text is, as whole words, a part of a name
// of a country other than code: "Korea" of "North Korea", "Congo" of
// "Democratic Republic of the Congo".
func (ix *index) sharedName(text, code string) bool {
	for c := range ix.names {
		if c != code && ix.namePartOf(text, c) {
			return true
		}
	}
	return false
}

// formOnly reports whether every word of text is a word of long forms
// ("Islamic Rep.").
func formOnly(text string) bool {
	k, _ := foldKey(text)
	if !isLatinKey(k) {
		return false
	}
	any := false
	for w := range strings.FieldsSeq(k) {
		if formStopWords[w] {
			continue
		}
		long, ok := formAbbreviations[w]
		if !ok {
			long = []string{w}
		}
		for _, l := range long {
			if !formWords[l] {
				return false
			}
		}
		any = true
	}
	return any
}

// damagedQualifier reports whether a word of text is a qualifier word
// damaged ("Democratc", "S0uth").
func damagedQualifier(text string) bool {
	k, _ := foldKey(text)
	for w := range strings.FieldsSeq(k) {
		if nearQualifierWord(w) {
			return true
		}
	}
	return false
}
