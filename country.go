package agreements

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// A CountryMatch is the result of resolving a country label.
type CountryMatch struct {
	// Country is the country the label was read as; zero when none.
	Country Country
	// Confidence is how sure the resolver is, from 0 (no country) to 1
	// (an exact name).
	Confidence float64
	// Repair says what had to be repaired to read the label: "" when it
	// was read as written (up to case and spacing).
	Repair string
}

var (
	nameIndexOnce sync.Once
	nameIndex     map[string]string // folded name -> code
)

func buildNameIndex() {
	nameIndex = make(map[string]string)
	en := display.English.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() || r.String() != string([]rune{a, b}) {
				continue
			}
			nameIndex[strings.ToLower(en.Name(r))] = r.String()
		}
	}
	for k, v := range map[string]string{"usa": "US", "korea": "KR", "czech": "CZ"} {
		nameIndex[k] = v
	}
}

// ResolveCountry reads a country label, as printed in a listing, as a
// country.
func ResolveCountry(label string) CountryMatch {
	nameIndexOnce.Do(buildNameIndex)
	code, ok := nameIndex[strings.ToLower(strings.Join(strings.Fields(label), " "))]
	if !ok {
		return CountryMatch{}
	}
	return CountryMatch{Country: CountryByCode(code), Confidence: 1}
}

// CountryByCode returns the country of an ISO 3166-1 alpha-2 code, in any
// case; the zero Country when code is not one.
func CountryByCode(code string) Country {
	r, err := language.ParseRegion(code)
	if err != nil || !r.IsCountry() || len(code) != 2 {
		return Country{}
	}
	return Country{Code: r.String(), Name: display.English.Regions().Name(r)}
}
