package fold

import "testing"

func TestLetters(t *testing.T) {
	tests := []struct {
		in, want       string
		width, accents bool
	}{
		{"Thailand", "thailand", false, false},
		{"Los Baños", "los banos", false, true},
		{"ＣＨＩＮＡ", "china", true, false},
		{"Łódź", "lodz", false, true},
		{"Straße", "strasse", false, true},
		{"Færøerne", "faeroerne", false, true},
		{"Türkiye", "turkiye", false, true},
		{"ガジャマダ大学", "ガジャマダ大学", false, false}, // voicing marks kept
		{"Universität Wien", "universitat wien", false, true},
		{"People's Rep.", "people's rep.", false, false}, // punctuation left alone
	}
	for _, tt := range tests {
		got, info := Letters(tt.in)
		if got != tt.want || info.Width != tt.width || info.Accents != tt.accents {
			t.Errorf("Letters(%q) = %q, %+v; want %q, width %v, accents %v", tt.in, got, info, tt.want, tt.width, tt.accents)
		}
	}
}

func TestRune(t *testing.T) {
	tests := []struct {
		in, want rune
	}{
		{'A', 'a'}, {'z', 'z'}, {'É', 'e'}, {'ñ', 'n'}, {'ß', 's'}, {'Ø', 'o'},
		{'ł', 'l'}, {'Þ', 't'}, {'×', '×'}, {'Ｑ', 'q'}, {'Ж', 'ж'}, {'ǎ', 'a'},
	}
	for _, tt := range tests {
		if got := Rune(tt.in); got != tt.want {
			t.Errorf("Rune(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRuneAgreesWithLetters checks that the sort fold is derived from
// the one table: every Latin letter folds to the first letter Letters
// spells it with.
func TestRuneAgreesWithLetters(t *testing.T) {
	for r := rune(0xC0); r < 0x250; r++ {
		f, _ := Letters(string(r))
		if f == "" || f[0] < 'a' || f[0] > 'z' {
			continue
		}
		if got := Rune(r); got != rune(f[0]) {
			t.Errorf("Rune(%q) = %q, Letters gives %q", r, got, f)
		}
	}
}
