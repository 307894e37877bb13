package editdist

import "testing"

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"", "", 3, 0},
		{"abc", "abc", 0, 0},
		{"abc", "", 3, 3},
		{"", "abc", 3, 3},
		{"kitten", "sitting", 5, 3},
		{"kitten", "sitting", 2, 3}, // beyond the limit: limit+1
		{"universtiy", "university", 2, 1},
		{"ab", "ba", 1, 1},      // one transposition
		{"ca", "abc", 3, 3},     // OSA, not Damerau: no edit of a transposed pair
		{"quot", "quota", 1, 1}, // insertion
		{"countrv", "country", 1, 1},
		{"baños", "banos", 1, 1},    // runes, not bytes
		{"łódź", "lodz", 4, 3},      // three letters differ
		{"ガジャマダ", "ガジャマタ", 1, 1},    // kana
		{"abcdef", "abcdef", -1, 0}, // a negative limit is 0
		{"abcdef", "abcdeg", -1, 1}, // and reports 1 beyond it
	}
	for _, tt := range tests {
		if got := Distance(tt.a, tt.b, tt.limit); got != tt.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
		if got := Distance(tt.b, tt.a, tt.limit); got != tt.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d (swapped)", tt.b, tt.a, tt.limit, got, tt.want)
		}
	}
}

// TestDistanceLong checks strings longer than the stack rows.
func TestDistanceLong(t *testing.T) {
	a := make([]byte, 200)
	for i := range a {
		a[i] = 'a' + byte(i%26)
	}
	b := append([]byte(nil), a...)
	b[100], b[101] = b[101], b[100]
	if got := Distance(string(a), string(b), 5); got != 1 {
		t.Errorf("long transposition: got %d, want 1", got)
	}
	b[0] = 'Z'
	if got := Distance(string(a), string(b), 5); got != 2 {
		t.Errorf("long: got %d, want 2", got)
	}
}

// TestDistanceBrute compares Distance with a plain recursive definition
// of the optimal string alignment distance on all short strings over a
// small alphabet.
func TestDistanceBrute(t *testing.T) {
	var words []string
	var gen func(s string)
	gen = func(s string) {
		words = append(words, s)
		if len(s) < 4 {
			for _, c := range "abc" {
				gen(s + string(c))
			}
		}
	}
	gen("")
	for _, a := range words {
		for _, b := range words {
			want := osa(a, b)
			for limit := 0; limit <= 4; limit++ {
				w := min(want, limit+1)
				if got := Distance(a, b, limit); got != w {
					t.Fatalf("Distance(%q, %q, %d) = %d, want %d", a, b, limit, got, w)
				}
			}
		}
	}
}

func osa(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

func BenchmarkDistance(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Distance("vieteere", "vietnam", 4)
	}
}

// TestWithin checks the one-edit matches that search relies on.
func TestWithin(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"university", "university", true},
		{"university", "universtiy", true},   // swap
		{"research", "researcch", true},      // insertion
		{"researcch", "research", true},      // deletion
		{"science", "sciance", true},         // replacement
		{"university", "universtiyy", false}, // swap and insertion
		{"science", "sceinse", false},
		{"baños", "banos", true},
		{"abcde", "edcba", false},
		{"ab", "ba", true},
		{"", "a", true},
		{"", "ab", false},
	}
	for _, tt := range tests {
		if got := Within(tt.a, tt.b, 1); got != tt.want {
			t.Errorf("Within(%q, %q, 1) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
