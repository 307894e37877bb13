package country

import "testing"

// TestFormPiece checks which labels are only words of long official
// forms: pieces of a wrapped label, not countries or damaged labels.
func TestFormPiece(t *testing.T) {
	for _, tc := range []struct {
		label string
		want  bool
	}{
		{"Federation", true},
		{"Republic of)", true},
		{"(Islamic", true},
		{"Democratic People's", true},
		{"共和国", true},
		{"Russian", false},    // a country's adjective: read by the resolver
		{"Korea,", false},     // a country
		{"mananu", false},     // garbled
		{"of America", false}, // the end of a country's name
		{"", false},
	} {
		if got := FormPiece(tc.label); got != tc.want {
			t.Errorf("FormPiece(%q) = %v, want %v", tc.label, got, tc.want)
		}
	}
}
