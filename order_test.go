package agreements

import "testing"

// TestCompareNames checks the order a sorted listing uses: case, accents
// and punctuation ignored, a word break before any letter.
func TestCompareNames(t *testing.T) {
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
		if got := compareNames(tt.a, tt.b); got != tt.want {
			t.Errorf("compareNames(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := compareNames(tt.b, tt.a); got != -tt.want {
			t.Errorf("compareNames(%q, %q) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
	}
}

// TestSameInstitution checks which neighbouring rows name one institution.
func TestSameInstitution(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Mahidol University (Faculty of Science)", "Mahidol University (Faculty of Public Health)", true},
		{"Vietnam National University, Hanoi (Nano and Energy Center)", "Vietnam National University, Ho Chi Minh City (University of Science)", true},
		{"Universiti Sains Malaysia", "Universiti Sains Malaysia (School of Biological Sciences)", true},
		{"Institut Teknologi Bandung (Faculty of Industrial Technology)", "Institut Teknologi Sepuluh Nopember", false},
		{"Indian Institute of Science Education and Research Bhopal", "Indian Institute of Science Education and Research Pune", false},
		{"(Unit only)", "(Unit only)", false},
	}
	for _, tt := range tests {
		if got := sameInstitution(tt.a, tt.b); got != tt.want {
			t.Errorf("sameInstitution(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
