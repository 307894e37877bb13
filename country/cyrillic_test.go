package country

import "testing"

// TestCyrillicHints checks the countries read from partner names written
// in Russian: adjectives of countries and cities in any ending,
// countries' names in any case, the parts of compounds, and words that
// only begin like a stem.
func TestCyrillicHints(t *testing.T) {
	tests := []strongestTest{
		{"country adjective", "Казахский национальный университет", "KZ"},
		{"country adjective, feminine", "Белорусская государственная сельскохозяйственная академия", "BY"},
		{"city adjective", "Бакинский государственный университет", "AZ"},
		{"short city adjective", "Ошский государственный университет", "KG"},
		{"hyphenated city", "Санкт-Петербургский политехнический университет", "RU"},
		{"country in the genitive", "Национальный университет Узбекистана", "UZ"},
		{"country ending in й", "Университет Китая", "CN"},
		{"a city not in the table", "Белгородский университет", ""},
		{"a longer word that starts like a stem", "Францисканский университет", ""},
		{"no country", "Государственный университет управления", ""},
		{"latin name unaffected", "Kazan Federal University", "RU"},
	}
	checkStrongest(t, tests)
	// A compound names both its countries.
	h := Mentions("Кыргызско-Российский Славянский университет")
	if len(h) != 2 || h[0].Weight != h[1].Weight {
		t.Errorf("Mentions(Кыргызско-Российский …) = %v, want KG and RU alike", h)
	}
}
