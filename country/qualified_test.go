package country

import "testing"

// qualifiedCases are labels with a qualifier, long forms with qualifier
// words, and names that look alike, with the country they name and the
// qualifier the Match must report. The expectations are written by hand.
var qualifiedCases = []struct {
	label, want, qualifier string
}{
	// A qualifier after the country: the country is the outer part,
	// even when the qualifier is also a country's name.
	{"USA - Georgia", "US", "Georgia"},
	{"USA (Georgia)", "US", "Georgia"},
	{"USA, Georgia", "US", "Georgia"},
	{"USA (Lebanon)", "US", "Lebanon"},
	{"Spain (Granada)", "ES", "Granada"},
	{"Thailand (Bangkok)", "TH", "Bangkok"},
	{"USA - California", "US", "California"},
	{"Germany / Munich", "DE", "Munich"},
	{"Guinea (Conakry)", "GN", "Conakry"},
	{"Niger (Niamey)", "NE", "Niamey"},
	{"Austria (Vienna)", "AT", "Vienna"},
	{"Australia (Sydney)", "AU", "Sydney"},
	{"Georgia (Tbilisi)", "GE", "Tbilisi"},
	{"Jordan (Amman)", "JO", "Amman"},
	{"Mexico (Monterrey)", "MX", "Monterrey"},
	{"France - Paris", "FR", "Paris"},
	{"Italy, Rome", "IT", "Rome"},
	{"UK (Cambridge)", "GB", "Cambridge"},
	{"Colombia (Cartagena)", "CO", "Cartagena"},
	{"Canada (Victoria)", "CA", "Victoria"},
	{"Brazil (Salvador)", "BR", "Salvador"},
	{"Portugal (Coimbra)", "PT", "Coimbra"},
	{"Finland (Turku)", "FI", "Turku"},
	{"Australia (Monash)", "AU", "Monash"},
	{"Sweden, Lund", "SE", "Lund"},
	{"Japan（Tokyo）", "JP", "Tokyo"},
	{"Indonesia - Bali", "ID", "Bali"},
	{"Korea (Seoul)", "KR", "Seoul"},
	{"Viet Nam, Hanoi", "VN", "Hanoi"},
	{"Thai1and (Bangkok)", "TH", "Bangkok"},
	{"Sudan, North", "SD", "North"},
	{"Iran, Islamic Rep.", "IR", ""},

	// A place first, the country after it.
	{"Bangkok, Thailand", "TH", "Bangkok"},
	{"Cambridge, UK", "GB", "Cambridge"},
	{"Seoul, Korea", "KR", "Seoul"},
	{"Malaga, Spain", "ES", "Malaga"},
	{"Georgia, USA", "US", "Georgia"},
	{"Lebanon, USA", "US", "Lebanon"},

	// A part of the world first, as a heading writes it, though its name
	// may be a country's too.
	{"美洲 America / 巴西 Brazil", "BR", "美洲 America"},
	{"America / Brazil", "BR", "America"},
	{"Europe / Slovakia", "SK", "Europe"},
	{"美洲 America / 美國 United States", "US", ""},
	{"South Africa / Lesotho", "ZA", "Lesotho"}, // a country, though "Africa" is a part of the world

	// Regions with a code of their own, written as part of a country,
	// and a country that shares its name with another.
	{"中国(香港)", "HK", ""},
	{"中国香港", "HK", ""}, // no brackets: run together
	{"中国澳门", "MO", ""},
	{"中國台灣", "TW", ""},
	{"中華民國台灣", "TW", ""},                           // two names of one country
	{"Americas – United States", "US", "Americas"}, // not an edit from "United States of America"

	{"China (Hong Kong)", "HK", ""},
	{"China (Macau)", "MO", ""},
	{"China (Taiwan)", "TW", ""},
	{"中国（台湾）", "TW", ""},
	{"Hong Kong, China", "HK", ""},
	{"USA (Puerto Rico)", "PR", ""},
	{"Puerto Rico, USA", "PR", ""},
	{"UK (Gibraltar)", "GI", ""},
	{"Denmark (Greenland)", "GL", ""},
	{"France (Réunion)", "RE", ""},
	{"Korea (DPRK)", "KP", ""},
	{"Congo (DRC)", "CD", ""},

	// Names with the shape of a qualified label.
	{"Korea, Republic of", "KR", ""},
	{"Congo, Democratic Republic of the", "CD", ""},
	{"Tanzania, United Republic of", "TZ", ""},
	{"Micronesia, Federated States of", "FM", ""},
	{"Venezuela, Bolivarian Republic of", "VE", ""},
	{"Bolivia, Plurinational State of", "BO", ""},
	{"Moldova, Republic of", "MD", ""},
	{"Iran (Islamic Republic of)", "IR", ""},
	{"Virgin Islands, British", "VG", ""},
	{"Virgin Islands, U.S.", "VI", ""},
	{"Guinea, Equatorial", "GQ", ""},
	{"Macedonia, North", "MK", ""},
	{"Ireland, Northern", "GB", ""},
	{"Samoa, American", "AS", ""},
	{"Guinea - Bissau", "GW", ""},
	{"Timor - Leste", "TL", ""},
	{"Trinidad/Tobago", "TT", ""},

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
	"America, South", "Asia, East",
	"ヨーロッパ州", "ヨーロッパ", "アジア", "欧州", "南米", "亞洲",
	// People's names.
	"Francis", "Frances", "Franco", "Frank", "George", "Angela", "Barbara",
	"Dominic", "Susan", "Kenta", "Indira",
	// Nothing at all.
	"mananu",
	// Words a fold of a foreign name would reach: Vietnamese "Mỹ"
	// (America) without its marks is "My", and MY is Malaysia's code.
	"My", "MY", "my",
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

func TestResolveNotCountries(t *testing.T) {
	for _, label := range nonCountryLabels {
		t.Run(label, func(t *testing.T) {
			if m := Resolve(label); m != (Match{}) {
				t.Errorf("Resolve(%q) = %+v, want the zero Match", label, m)
			}
		})
	}
}

// TestResolveQualifiedCounts keeps the tables as large as promised.
func TestResolveQualifiedCounts(t *testing.T) {
	if len(qualifiedCases) < 60 || len(nonCountryLabels) < 40 {
		t.Errorf("%d qualified cases and %d non-countries, want at least 60 and 40",
			len(qualifiedCases), len(nonCountryLabels))
	}
}
