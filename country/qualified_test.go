package country

import "testing"

// qualifiedCases are labels with a qualifier, long forms with qualifier
// words, and names that look alike, with the country they name and the
// qualifier the Match must report. The expectations are written by hand.
var qualifiedCases = []struct {
	label, want, qualifier string
}{
	// Long forms: the qualifier words tell the countries of one name
	// apart, in any order, abbreviated or in part.
	{"Korea, DPR", "KP", ""},
	{"Korea, Democratic", "KP", ""},
	{"Korea, Dem. People's Rep.", "KP", ""},
	{"DPR Korea", "KP", ""},
	{"Korea (North)", "KP", ""},
	{"Korea, North", "KP", ""},
	{"Korea, Rep.", "KR", ""},
	{"Korea, South", "KR", ""},
	{"Korea (South)", "KR", ""},
	{"Rep. of Korea", "KR", ""},
	{"Sudan, South", "SS", ""},
	{"Sudan (South)", "SS", ""},
	{"Congo, Dem Rep", "CD", ""},
	{"Congo, Dem. Rep.", "CD", ""},
	{"Democratic Republic of Congo", "CD", ""},
	{"Democratic Republic of the Congo", "CD", ""},
	{"Congo (Kinshasa)", "CD", ""},
	{"Congo DR", "CD", ""},
	{"Congo, Rep.", "CG", ""},
	{"Congo (Brazzaville)", "CG", ""},
	{"Republic of Congo", "CG", ""},
	{"Congo, Republic of", "CG", ""},
	{"Dominica Republic", "DO", ""},
	{"Dominican Rep.", "DO", ""},
	{"Commonwealth of Dominica", "DM", ""},
	{"Czech Rep.", "CZ", ""},
	{"Central African Rep.", "CF", ""},
	{"Lao People's Democratic Republic", "LA", ""},

	// Names that look alike, each its own country.
	{"Niger", "NE", ""},
	{"Nigeria", "NG", ""},
	{"Guinea", "GN", ""},
	{"Guinea-Bissau", "GW", ""},
	{"Papua New Guinea", "PG", ""},
	{"Equatorial Guinea", "GQ", ""},
	{"Austria", "AT", ""},
	{"Australia", "AU", ""},
	{"Dominica", "DM", ""},
	{"Dominican Republic", "DO", ""},
	{"Sudan", "SD", ""},
	{"South Sudan", "SS", ""},
	{"Samoa", "WS", ""},
	{"American Samoa", "AS", ""},
	{"Congo", "CG", ""},
	{"North Korea", "KP", ""},
	{"Georgia", "GE", ""},
	{"Jordan", "JO", ""},
	{"Lebanon", "LB", ""},
	{"Jersey", "JE", ""},
	{"Monaco", "MC", ""},
	{"Malawi", "MW", ""},
	{"Mali", "ML", ""},
	{"Malta", "MT", ""},
	{"Gambia", "GM", ""},
	{"Zambia", "ZM", ""},
	{"Slovenia", "SI", ""},
	{"Slovakia", "SK", ""},
	{"Iran", "IR", ""},
	{"Iraq", "IQ", ""},
	{"Colombia", "CO", ""},
	{"Turkey", "TR", ""},
	{"Cambodia", "KH", ""},
	{"France", "FR", ""},
	{"South Africa", "ZA", ""},
	{"America", "US", ""},

	// The good repairs stay.
	{"Могоссо", "MA", ""},
	{"T Oland", "PL", ""},
	{"Vieteere", "VN", ""},
}

// nonCountryLabels are cities, university towns, regions, continents and
// people's names: none is a country, however near a country's name.
var nonCountryLabels = []string{
	// Cities and university towns.
	"Cambridge", "Monash", "Turku", "Coimbra", "Malaga", "Granada", "Tasmania",
	"Colorado", "Albany", "Austin", "Belgrade", "Bursa", "Konya", "Chiba",
	"Monterrey", "Montevideo", "Grenoble", "Cologne", "Colombo", "Monrovia",
	"Almeria", "Styria", "Norwich", "Portland", "Brittany", "Nakuru", "Malang",
	"Inner Mongolia", "New Mexico",
	// Cities damaged.
	"Cambrige", "Turkku",
	// Continents and regions of the world.
	"South America", "Americas", "Europe", "Asia", "Latin America", "Middle East",
	"Oceania", "Africa", "Scandinavia", "North America", "Central America",
	"Southeast Asia", "East Asia", "Eastern Europe", "Southern Africa",
	"North Africa", "Australasia", "Iberia", "Caribbean", "Balkans",
	"ヨーロッパ州", "ヨーロッパ", "アジア", "欧州", "南米", "亞洲",
	// People's names.
	"Francis", "Frances", "Franco", "Frank", "George", "Angela", "Barbara",
	"Dominic", "Susan", "Kenta", "Indira",
	// Nothing at all.
	"mananu",
}

func TestResolveNotCountries(t *testing.T) {
	for _, label := range nonCountryLabels {
		t.Run(label, func(t *testing.T) {
			if m := Resolve(label); m != (Match{}) {
				t.Errorf("Resolve(%q) = %+v, want the zero Match", label, m)
			}
		})
	}
}

func TestResolveQualified(t *testing.T) {
	for _, tt := range qualifiedCases {
		t.Run(tt.label, func(t *testing.T) {
			m := Resolve(tt.label)
			if m.Country.Code != tt.want {
				t.Fatalf("Resolve(%q) = %q (%v, %q, qualifier %q), want %q",
					tt.label, m.Country.Code, m.Confidence, m.Repair, m.Qualifier, tt.want)
			}
			if m.Qualifier != tt.qualifier {
				t.Errorf("Resolve(%q).Qualifier = %q, want %q", tt.label, m.Qualifier, tt.qualifier)
			}
			if m.Confidence <= 0 || m.Confidence > 1 {
				t.Errorf("Resolve(%q).Confidence = %v, want in (0, 1]", tt.label, m.Confidence)
			}
		})
	}
}
