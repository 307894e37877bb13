package country_test

import (
	"fmt"

	"github.com/exchangelist/agreements/country"
)

// This example reads damaged, aliased and foreign country labels.
func ExampleResolve() {
	for _, label := range []string{"Могоссо", "T Oland", "Korea, Republic of", "ドイツ", "タイ Thailand", "Atlantis"} {
		m := country.Resolve(label)
		if m.Country.IsZero() {
			fmt.Printf("%s: no country\n", label)
			continue
		}
		fmt.Printf("%s: %s %s\n", label, m.Country.Code, m.Country.Name)
	}
	// Output:
	// Могоссо: MA Morocco
	// T Oland: PL Poland
	// Korea, Republic of: KR South Korea
	// ドイツ: DE Germany
	// タイ Thailand: TH Thailand
	// Atlantis: no country
}
