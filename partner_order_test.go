package agreements

import "testing"

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
