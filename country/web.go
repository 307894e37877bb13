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

// ErasmusMention returns the country an Erasmus institution code points
// to by its country prefix: "D  BAMBERG01" is Germany's, "SF VAASA01"
// Finland's, "UK LONDON029" the United Kingdom's. Erasmus+ listings of
// European universities carry the code in a column of its own; the
// prefix is the country's Erasmus code, which is not always its ISO
// code (D, E, F, I, P, S, N, SF, UK, IRL, LUX, EL or G). A code is the
// prefix, spaces, a city's name in capitals (with hyphens), and two or
// three digits; the evidence weighs hintAddress, as a web address's.
func ErasmusMention(code string) (Mention, bool) {
	code = strings.TrimSpace(code)
	sp := strings.IndexByte(code, ' ')
	if sp <= 0 {
		return Mention{}, false
	}
	iso, ok := erasmusCountries[code[:sp]]
	if !ok {
		return Mention{}, false
	}
	rest := strings.TrimLeft(code[sp:], " ")
	digits := 0
	for digits < len(rest) && rest[len(rest)-1-digits] >= '0' && rest[len(rest)-1-digits] <= '9' {
		digits++
	}
	city := rest[:len(rest)-digits]
	if digits < 2 || digits > 3 || len(city) < 2 {
		return Mention{}, false
	}
	for i := 0; i < len(city); i++ {
		if c := city[i]; (c < 'A' || c > 'Z') && c != '-' {
			return Mention{}, false
		}
	}
	return Mention{Country: ByCode(iso), Weight: hintAddress}, true
}

// erasmusCountries maps the country prefixes of Erasmus institution
// codes to ISO 3166-1 alpha-2 codes: the programme countries and the
// partner countries that hold codes.
var erasmusCountries = map[string]string{
	"A": "AT", "B": "BE", "BG": "BG", "CY": "CY", "CZ": "CZ", "D": "DE", "DK": "DK", "E": "ES",
	"EE": "EE", "EL": "GR", "G": "GR", "F": "FR", "HR": "HR", "HU": "HU", "I": "IT", "IRL": "IE",
	"IS": "IS", "LI": "LI", "LT": "LT", "LUX": "LU", "LV": "LV", "MT": "MT", "N": "NO", "NL": "NL",
	"P": "PT", "PL": "PL", "RO": "RO", "S": "SE", "SF": "FI", "SI": "SI", "SK": "SK", "TR": "TR",
	"UK": "GB", "CH": "CH", "MK": "MK", "RS": "RS",
}
