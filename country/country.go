package country

import (
	"fmt"
	"iter"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// A Country is an ISO 3166-1 country. The zero Country means unknown.
type Country struct {
	// Code is the ISO 3166-1 alpha-2 code, such as "TH".
	Code string
	// Name is the country's short English name, such as "Thailand".
	Name string
}

// IsZero reports whether c is the zero (unknown) Country.
func (c Country) IsZero() bool { return c.Code == "" }

// String returns the code, or "??" for an unknown country.
func (c Country) String() string {
	if c.Code == "" {
		return "??"
	}
	return c.Code
}

// MarshalText returns the country's code, empty for the zero Country, so
// that a Country can be a key of a JSON object.
func (c Country) MarshalText() ([]byte, error) { return []byte(c.Code), nil }

// UnmarshalText sets c to the country of an ISO 3166-1 alpha-2 code, in
// any case, or to the zero Country for an empty text; another text is an
// error.
func (c *Country) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = Country{}
		return nil
	}
	k := ByCode(string(text))
	if k.IsZero() {
		return fmt.Errorf("country: %q is not an ISO 3166-1 alpha-2 code", text)
	}
	*c = k
	return nil
}

// ByCode returns the country of an ISO 3166-1 alpha-2 code, in any case;
// the zero Country when code is not one.
func ByCode(code string) Country {
	if len(code) != 2 {
		return Country{}
	}
	a, b := code[0]&^0x20, code[1]&^0x20 // ASCII upper case
	if a < 'A' || a > 'Z' || b < 'A' || b > 'Z' {
		return Country{}
	}
	return byLetters()[int(a-'A')*26+int(b-'A')]
}

// byLetters holds every country at the index of its code's letters, so
// that ByCode, asked once for each mention of a name, neither folds the
// code nor hashes it.
var byLetters = sync.OnceValue(func() *[26 * 26]Country {
	var t [26 * 26]Country
	for code, name := range englishNames() {
		t[int(code[0]-'A')*26+int(code[1]-'A')] = Country{Code: code, Name: name}
	}
	return &t
})

// All returns an iterator over every country ByCode knows, in the order
// of their codes.
func All() iter.Seq[Country] {
	return func(yield func(Country) bool) {
		for _, r := range regions() {
			if !yield(ByCode(r.String())) {
				return
			}
		}
	}
}

// notCountries are regions CLDR calls countries that ISO 3166-1 does not
// assign, or that are no country.
var notCountries = map[string]bool{
	"EZ": true, "UN": true, "AC": true, "CP": true, "DG": true, "EA": true,
	"IC": true, "TA": true, "QO": true, "EU": true, "ZZ": true,
}

// regions returns the ISO 3166-1 alpha-2 codes CLDR knows as countries,
// sorted.
var regions = sync.OnceValue(func() []language.Region {
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
})

// englishNames maps each code of regions to its CLDR English name.
var englishNames = sync.OnceValue(func() map[string]string {
	en := display.English.Regions()
	m := make(map[string]string, len(regions()))
	for _, r := range regions() {
		m[r.String()] = en.Name(r)
	}
	return m
})
