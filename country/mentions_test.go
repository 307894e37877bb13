package country

import (
	"strings"
	"testing"
)

func TestNameHints(t *testing.T) {
	tests := []struct {
		name    string
		partner string
		first   string  // the strongest country; "" wants no hint at all
		min     float64 // the strongest weight is at least this
		max     float64 // and at most this
		absent  []string
	}{
		// A country's name or alias.
		{"country name", "University of Nigeria", "NG", 0.85, 0.95, []string{"NE"}},
		{"Malay name", "Universiti Sains Malaysia", "MY", 0.9, 1, nil},
		{"inside the name", "National Taiwan University", "TW", 0.85, 0.95, []string{"CN"}},
		{"with a city", "Vietnam National University, Hanoi (VNU University of Engineering and Technology)", "VN", 0.9, 1, nil},
		{"North University of China", "North University of China", "CN", 0.85, 0.95, []string{"KP"}},
		{"alias Korea", "Korea University", "KR", 0.85, 0.95, nil},
		{"Philippines with accents", "University of the Philippines Los Baños", "PH", 0.9, 1, nil},
		{"Czech", "Czech Technical University in Prague", "CZ", 0.9, 1, nil},
		{"Slovak", "Slovak University of Technology in Bratislava", "SK", 0.9, 1, nil},
		{"upper case", "UNIVERSITY OF MALAYA, MALAYSIA", "MY", 0.85, 1, nil},

		// Demonyms.
		{"Indonesian", "Indonesian Institute of Sciences", "ID", 0.75, 0.85, nil},
		{"French demonym, feminine", "Université Libanaise", "LB", 0.75, 0.85, nil},
		{"Spanish demonym", "Universidad Peruana Cayetano Heredia", "PE", 0.75, 0.9, nil},
		{"Spanish demonym beside Spanish words", "Universidad Católica Argentina", "AR", 0.85, 0.95, nil},
		{"German adjective", "Deutsche Sporthochschule Köln", "DE", 0.6, 0.9, nil},
		{"no demonym in Americana", "Universidad Americana", "ES", 0, 0.3, []string{"US"}},
		{"Thai consortium", "Thai Academic Consortium [Kasetsart University (Faculty of Engineering)]", "TH", 0.75, 0.85, nil},
		{"Chinese", "Chinese Academy of Sciences", "CN", 0.75, 0.85, nil},
		{"Hungarian", "Hungarian Academy of Sciences", "HU", 0.75, 0.85, nil},
		{"Moroccan", "Moroccan School of Engineering Sciences", "MA", 0.75, 0.85, nil},
		{"Indian", "Indian Institute of Technology Bombay", "IN", 0.85, 1, nil},
		{"Japanese", "Japanese Red Cross College", "JP", 0.75, 0.85, nil},
		{"Brazilian", "Brazilian Center for Physics Research", "BR", 0.75, 0.85, nil},
		{"Mexican", "Mexican Petroleum Institute", "MX", 0.75, 0.85, nil},

		// Cities.
		{"Seoul", "Seoul National University", "KR", 0.55, 0.65, nil},
		{"Beijing", "CAUPD Beijing Planning and Design Consultants", "CN", 0.55, 0.65, nil},
		{"Hanoi", "Hanoi University of Science and Technology", "VN", 0.55, 0.65, nil},
		{"Ho Chi Minh City", "Ho Chi Minh City University of Technology", "VN", 0.55, 0.65, nil},
		{"Eindhoven", "Eindhoven University of Technology (Department of Mechanical Engineering)", "NL", 0.55, 0.65, nil},
		{"Cambridge is ambiguous", "University of Cambridge", "GB", 0.2, 0.45, nil},
		{"Torino", "Politecnico di Torino", "IT", 0.8, 0.9, nil},
		{"Lodz", "Lodz University of Technology", "PL", 0.55, 0.65, nil},
		{"Kraków with accents", "AGH University of Science and Technology, Kraków", "PL", 0.55, 0.65, nil},

		// Words of the language.
		{"Universitas", "Universitas Gadjah Mada", "ID", 0.55, 0.65, nil},
		{"Institut Teknologi", "Institut Teknologi Bandung", "ID", 0.75, 0.85, nil},
		{"Politecnico", "Politecnico di Milano", "IT", 0.8, 0.9, nil},
		{"Universidade", "Universidade de Aveiro", "PT", 0.7, 0.8, nil},
		{"Universität", "Technische Universität Darmstadt", "DE", 0.7, 0.85, nil},
		{"Uniwersytet", "Uniwersytet Jagielloński", "PL", 0.65, 0.75, nil},
		{"Universiteit", "Universiteit Gent", "BE", 0.55, 0.8, nil},
		{"Université", "Université de Nantes", "FR", 0.7, 0.8, nil},

		// Traps.
		{"Indiana is not India", "Indiana University", "US", 0.35, 0.45, []string{"IN"}}, // a US state: a place, weak
		{"Georgia Tech", "Georgia Institute of Technology", "GE", 0, 0.3, nil},
		{"New Mexico is not Mexico", "New Mexico State University", "US", 0, 0.35, []string{"MX"}},
		{"New Jersey is not Jersey", "New Jersey Institute of Technology", "US", 0, 0.35, []string{"JE"}},
		{"Papua New Guinea is not Guinea", "Papua New Guinea University of Technology", "PG", 0.85, 0.95, []string{"GN"}},
		{"Niger is not Nigeria", "Université Abdou Moumouni de Niamey, Niger", "NE", 0.85, 0.95, []string{"NG"}},
		{"Nigeria is not Niger", "Federal University of Technology, Nigeria", "NG", 0.85, 0.95, []string{"NE"}},
		{"Niger Delta is in Nigeria", "Niger Delta University", "NG", 0.55, 0.65, []string{"NE"}},
		{"Dominica is not the Dominican Republic", "Dominica State College", "DM", 0.85, 0.95, []string{"DO"}},
		{"the Dominican Republic is not Dominica", "Technological Institute of Santo Domingo, Dominican Republic", "DO", 0.85, 1, []string{"DM"}},
		{"South Sudan is not Sudan", "University of Juba, South Sudan", "SS", 0.85, 0.95, []string{"SD"}},
		{"Sudan", "Sudan University of Science and Technology", "SD", 0.85, 0.95, []string{"SS"}},
		{"New South Wales is not Wales", "University of New South Wales", "AU", 0.55, 0.65, []string{"GB"}},
		{"Hong Kong over China", "The Chinese University of Hong Kong", "HK", 0.85, 0.95, nil},
		{"institution over unit", "Universiti Teknologi Malaysia (Malaysia-Japan International Institute of Technology)", "MY", 0.9, 1, nil},
		{"American Samoa is not the USA", "American Samoa Community College", "AS", 0.85, 0.95, []string{"US"}},
		{"Columbia is not Colombia", "Columbia University", "US", 0.35, 0.45, []string{"CO"}}, // a US city: a place, weak
		{"Latin America is no country", "Latin American Faculty of Social Sciences", "", 0, 0, []string{"US"}},

		// Nothing to go on.
		{"plain", "Kasetsart University", "", 0, 0, nil},
		// Places beyond the cities: weak evidence; a place in two
		// countries weaker in each; a university's eponym none.
		{"place", "University of Kinshasa", "CD", 0.35, 0.45, nil},
		{"place in two countries", "University of Canterbury", "GB", 0.15, 0.25, nil},
		{"eponym", "Mahidol University", "", 0, 0, nil},
		{"two places count once", "Washington University in St. Louis", "US", 0.35, 0.45, nil},
		{"eponym of two words", "Universitas Gadjah Mada", "ID", 0.55, 0.65, nil}, // "Universitas" alone
		{"empty", "", "", 0, 0, nil},
		{"punctuation", "()[]-,", "", 0, 0, nil},
		{"US is a word", "Contact us", "", 0, 0, []string{"US"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Mentions(tt.partner)
			if tt.first == "" {
				for _, h := range got {
					if h.Weight >= 0.3 {
						t.Errorf("Mentions(%q) = %v, want nothing of weight 0.3 or more", tt.partner, got)
					}
				}
			} else {
				if len(got) == 0 || got[0].Country.Code != tt.first {
					t.Fatalf("Mentions(%q) = %v, want %s first", tt.partner, got, tt.first)
				}
				if w := got[0].Weight; w < tt.min || w > tt.max {
					t.Errorf("Mentions(%q): %s weighs %v, want %v to %v", tt.partner, tt.first, w, tt.min, tt.max)
				}
			}
			for _, h := range got {
				for _, a := range tt.absent {
					if h.Country.Code == a {
						t.Errorf("Mentions(%q) = %v, want no %s", tt.partner, got, a)
					}
				}
			}
		})
	}
}

// TestNameHintsWellFormed checks the shape of every answer: nil or
// sorted strongest first, codes of countries, weights in (0, 1], each
// country once.
func TestNameHintsWellFormed(t *testing.T) {
	names := []string{
		"", "Kasetsart University", "Universidad de Buenos Aires", "Universiti Brunei Darussalam",
		"Thai Academic Consortium [Kasetsart University (Faculty of Engineering), Chulalongkorn University (Faculty of Science), Mahidol University]",
		strings.Repeat("China Japan Korea ", 2000), "Université Libre de Bruxelles", "東京大学",
	}
	for _, n := range names {
		got := Mentions(n)
		if got != nil && len(got) == 0 {
			t.Errorf("Mentions(%.40q) = empty, not nil", n)
		}
		seen := map[string]bool{}
		for i, h := range got {
			if ByCode(h.Country.Code).IsZero() {
				t.Errorf("Mentions(%.40q): %q is no country", n, h.Country.Code)
			}
			if h.Weight <= 0 || h.Weight > 1 {
				t.Errorf("Mentions(%.40q): %s weighs %v", n, h.Country.Code, h.Weight)
			}
			if i > 0 && h.Weight > got[i-1].Weight {
				t.Errorf("Mentions(%.40q) = %v: not strongest first", n, got)
			}
			if seen[h.Country.Code] {
				t.Errorf("Mentions(%.40q) = %v: %s twice", n, got, h.Country.Code)
			}
			seen[h.Country.Code] = true
		}
	}
}

// TestHintTablesCodes checks that every code in the hand-written tables
// is a country.
func TestHintTablesCodes(t *testing.T) {
	for _, ps := range theHintIndex() {
		for _, p := range ps {
			for _, h := range p.hints {
				if ByCode(h.code).IsZero() || h.weight <= 0 || h.weight > 1 {
					t.Errorf("hint table: %+v for a phrase of %v", h, p.rest)
				}
			}
		}
	}
}

func BenchmarkNameHints(b *testing.B) {
	names := []string{
		"Kasetsart University (Faculty of Engineering)",
		"Universiti Teknologi Malaysia (Malaysia-Japan International Institute of Technology)",
		"Vietnam National University, Hanoi (VNU University of Engineering and Technology)",
		"Université Mohammed V de Rabat",
	}
	Mentions("")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Mentions(names[i%len(names)])
	}
}
