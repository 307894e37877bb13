package fold

import "testing"

// TestCompare checks the order a sorted listing uses: case, accents
// and punctuation ignored, a word break before any letter.
func TestCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"Universiti Brunei Darussalam", "University of Liege", -1},
		{"Center for High Pressure", "Central China Normal University", -1},
		{"South China University", "Southeast University", -1},
		{"North University of China", "Northeastern University", -1},
		{"Universiti Sains Malaysia", "Universiti Sains Malaysia (School of Biological Sciences)", -1},
		{"Ecole Centrale de Nantes", "École Nationale supérieure", -1},
		{"École Centrale", "ecole centrale", 0},
		{"King Mongkut's Institute", "King Mongkuts Institute", 0},
		{"Aix-Marseille University", "Aix Marseille University", 0},
		{"  (Leading) Name", "Leading Name", 0},
		{"Los Baños", "Los Banos", 0},
		{"ＫＵ Leuven", "KU Leuven", 0},
		{"Zhengzhou University", "Aalto University", 1},
		{"", "A", -1},
		{"", "", 0},
		{"ab", "ab c", -1},
		{"ab (", "ab (d", -1},
	}
	for _, tt := range tests {
		if got := Compare(tt.a, tt.b); got != tt.want {
			t.Errorf("Compare(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := Compare(tt.b, tt.a); got != -tt.want {
			t.Errorf("Compare(%q, %q) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
	}
}
