package country

import "testing"

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
