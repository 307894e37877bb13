package country

import "strings"

// AddressMention returns the country a web address points to by its
// country-code top-level domain: "https://www.kaust.edu.sa" is Saudi
// Arabia's, "www.ox.ac.uk" the United Kingdom's. A university's site is
// under its own country's domain almost always, so the evidence weighs
// hintAddress. Generic domains (".com", ".edu") and country codes sold
// as generic ones (".io", ".co", ".tv", …) point nowhere, unless under an
// academic or official second level ("edu.co").
func AddressMention(address string) (Mention, bool) {
	host := strings.TrimSpace(address)
	if i := strings.Index(host, "://"); i >= 0 {
		host = host[i+3:]
	}
	if i := strings.IndexAny(host, "/?#:"); i >= 0 {
		host = host[:i]
	}
	host = strings.TrimSuffix(host, ".")
	i := strings.LastIndexByte(host, '.')
	if i <= 0 || len(host)-i-1 != 2 {
		return Mention{}, false
	}
	tld := strings.ToLower(host[i+1:])
	if genericCodes[tld] {
		// Only a name under an academic second level: "unal.edu.co",
		// not "edu.co" itself.
		j := strings.LastIndexByte(host[:i], '.')
		if j <= 0 || !academicLabels[strings.ToLower(host[j+1:i])] {
			return Mention{}, false
		}
	}
	if tld == "uk" {
		tld = "gb"
	}
	c := ByCode(tld)
	if c.IsZero() {
		return Mention{}, false
	}
	return Mention{Country: c, Weight: hintAddress}, true
}

// hintAddress is the weight of a country-code domain: as strong as a
// demonym in the name.
const hintAddress = 0.8

// academicLabels are the second-level domains under which a country
// registers its universities and offices: under them even a code sold as
// generic is the country's ("unal.edu.co" is Colombia's).
var academicLabels = map[string]bool{"edu": true, "ac": true, "gov": true, "gob": true}

// genericCodes are country-code domains widely used by sites of other
// countries.
var genericCodes = map[string]bool{
	"io": true, "co": true, "tv": true, "me": true, "ai": true, "fm": true,
	"ws": true, "cc": true, "to": true, "nu": true, "tk": true, "ly": true,
	"gg": true, "la": true, "am": true, "im": true, "sh": true, "ac": true,
	"eu": true, "su": true, "vc": true, "gl": true, "gd": true, "ag": true,
}
