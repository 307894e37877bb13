package agreements

import (
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestParsePartnerName(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want PartnerName // Text is set to in by the test
	}{
		{"plain", "Universiti Sains Malaysia",
			PartnerName{Institution: "Universiti Sains Malaysia"}},
		{"one unit", "Kasetsart University (Faculty of Engineering)",
			PartnerName{Institution: "Kasetsart University", Units: []string{"Faculty of Engineering"}}},
		{"two units at slash", "University of Nigeria (Faculty of Engineering/Faculty of Biological Sciences)",
			PartnerName{Institution: "University of Nigeria", Units: []string{"Faculty of Engineering", "Faculty of Biological Sciences"}}},
		{"slash with space", "South China University of Technology (School of Molecular Science and Engineering/ School of Materials Science and Engineering)",
			PartnerName{Institution: "South China University of Technology", Units: []string{"School of Molecular Science and Engineering", "School of Materials Science and Engineering"}}},
		{"one-word side kept whole", "Seoul National University (College/Graduate School of Engineering)",
			PartnerName{Institution: "Seoul National University", Units: []string{"College/Graduate School of Engineering"}}},
		{"unit without unit word", "Chulalongkorn University (Faculty of Science/The Petroleum and Petrochemical College)",
			PartnerName{Institution: "Chulalongkorn University", Units: []string{"Faculty of Science", "The Petroleum and Petrochemical College"}}},
		{"three units spaced slashes", "Vietnam National University, Ho Chi Minh City (University of Technology / University of Science / International University)",
			PartnerName{Institution: "Vietnam National University", Campuses: []string{"Ho Chi Minh City"},
				Units: []string{"University of Technology", "University of Science", "International University"}}},
		{"comma inside a unit", "Maastricht University (Faculty of Health, Medicine and Life Sciences)",
			PartnerName{Institution: "Maastricht University", Units: []string{"Faculty of Health, Medicine and Life Sciences"}}},
		{"comma list inside a unit", "University of Michigan (College of Literature, Science, and Arts)",
			PartnerName{Institution: "University of Michigan", Units: []string{"College of Literature, Science, and Arts"}}},
		{"comma between units", "University of Rochester (Laboratory for Laser Energetics, College of Engineering & Applied Science, Institute of Optics)",
			PartnerName{Institution: "University of Rochester", Units: []string{"Laboratory for Laser Energetics", "College of Engineering & Applied Science", "Institute of Optics"}}},
		{"consortium", "Indonesian Academic Consortium [Bandung Institute of Technology (School of Life Sciences and Technology), Universitas Gadjah Mada (Graduate School)]",
			PartnerName{Institution: "Indonesian Academic Consortium", Members: []PartnerName{
				{Text: "Bandung Institute of Technology (School of Life Sciences and Technology)", Institution: "Bandung Institute of Technology", Units: []string{"School of Life Sciences and Technology"}},
				{Text: "Universitas Gadjah Mada (Graduate School)", Institution: "Universitas Gadjah Mada", Units: []string{"Graduate School"}},
			}}},
		{"consortium member with city", "Consortium [Vietnam National University, Hanoi (University of Science), Mahidol University]",
			PartnerName{Institution: "Consortium", Members: []PartnerName{
				{Text: "Vietnam National University, Hanoi (University of Science)", Institution: "Vietnam National University", Campuses: []string{"Hanoi"}, Units: []string{"University of Science"}},
				{Text: "Mahidol University", Institution: "Mahidol University"},
			}}},
		{"campuses", "Lyceum of the Philippines University, Batangas Campus/Laguna Campus",
			PartnerName{Institution: "Lyceum of the Philippines University", Campuses: []string{"Batangas Campus", "Laguna Campus"}}},
		{"city and unit", "Vietnam National University, Hanoi (Nano and Energy Center)",
			PartnerName{Institution: "Vietnam National University", Campuses: []string{"Hanoi"}, Units: []string{"Nano and Energy Center"}}},
		{"city then unit", "Mohammed V University, Rabat (Faculty of Sciences)",
			PartnerName{Institution: "Mohammed V University", Campuses: []string{"Rabat"}, Units: []string{"Faculty of Sciences"}}},
		{"comma not a place", "Moroccan Foundation for Science, Innovation and Research",
			PartnerName{Institution: "Moroccan Foundation for Science, Innovation and Research"}},
		{"comma before an institution", "Agency, National Institute of Physics",
			PartnerName{Institution: "Agency, National Institute of Physics"}},
		{"parenthesis in the middle", "Indian Institute of Technology (IIT) Bombay",
			PartnerName{Institution: "Indian Institute of Technology (IIT) Bombay"}},
		{"unclosed", "Kasetsart University (Faculty of Engineering",
			PartnerName{Institution: "Kasetsart University (Faculty of Engineering"}},
		{"stray closer", "Kasetsart University) (Faculty)",
			PartnerName{Institution: "Kasetsart University) (Faculty)"}},
		{"mismatched", "Consortium [A (B]",
			PartnerName{Institution: "Consortium [A (B]"}},
		{"only a group", "(Faculty of Science)",
			PartnerName{Institution: "(Faculty of Science)"}},
		{"empty", "", PartnerName{}},
		{"surrounding space", " Bielefeld University (Faculty of Biology) ",
			PartnerName{Institution: "Bielefeld University", Units: []string{"Faculty of Biology"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			want.Text = tt.in
			got := ParsePartnerName(tt.in)
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("ParsePartnerName(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestParsePartnerNameBrackets checks that pathological brackets neither
// panic nor take quadratic time: each name takes at most 100 times as
// long as an ordinary name of 1.3 MB, as long as the longest of them
// (quadratic work on 100,000 brackets would take thousands of times).
func TestParsePartnerNameBrackets(t *testing.T) {
	const n = 100000
	ordinary := "University of Technology (" + strings.Repeat("Faculty of Engineering ", 1300000/23) + ")"
	bound := timeBound{baseline: func() { ParsePartnerName(ordinary) }}
	for name, s := range map[string]string{
		"open parens":   strings.Repeat("(", n),
		"close parens":  strings.Repeat(")", n),
		"nested":        "A " + strings.Repeat("(", n) + strings.Repeat(")", n),
		"nested square": "A " + strings.Repeat("[B ", n) + strings.Repeat("]", n),
		"many members":  "A [" + strings.Repeat("B (C), ", n) + "D]",
		"many units":    "A (" + strings.Repeat("Faculty of X/", n) + "Y)",
		"many commas":   "A, " + strings.Repeat("B, ", n),
	} {
		t.Run(name, func(t *testing.T) {
			var p PartnerName
			parse := func() { p = ParsePartnerName(s) }
			bound.check(t, 100, measure(parse), parse)
			if p.Text != s {
				t.Error("Text changed")
			}
		})
	}
}

func TestSearchKey(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"ascii", "Universiti Sains Malaysia", "universiti sains malaysia"},
		{"already a key", "los banos", "los banos"},
		{"accent", "Los Baños", "los banos"},
		{"capital accent", "École Centrale de Nantes", "ecole centrale de nantes"},
		{"apostrophe", "King Mongkut's University", "king mongkut s university"},
		{"punctuation", "CAUPD Beijing Planning & Design Consultants CO.", "caupd beijing planning design consultants co"},
		{"brackets", "Hunan University (College of Chemistry)", "hunan university college of chemistry"},
		{"hyphen", "Paris-La Villette", "paris la villette"},
		{"full width", "ＫＵ Ｌｅｕｖｅｎ", "ku leuven"},
		{"sharp s", "Universität Straße", "universitat strasse"},
		{"stroke letters", "Łódź Øresund", "lodz oresund"},
		{"ligature", "Œuvre Æther", "oeuvre aether"},
		{"spaces", "  a \t b  ", "a b"},
		{"empty", "", ""},
		{"only punctuation", "()[]", ""},
		{"cjk", "東京大学（工学部）", "東京大学 工学部"},
		{"greek case", "ΣΟΦΙΑ", "σοφια"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SearchKey(tt.in); got != tt.want {
				t.Errorf("SearchKey(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := SearchKey(tt.want); again != tt.want {
				t.Errorf("SearchKey is not idempotent on %q: %q", tt.want, again)
			}
		})
	}
}

// TestSearchKeyConcurrent runs SearchKey from many goroutines, for the
// race detector: its transformers keep state.
func TestSearchKeyConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 200 {
				if got := SearchKey("École Nationale supérieure"); got != "ecole nationale superieure" {
					t.Errorf("SearchKey = %q", got)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestPartnerSeed parses every partner name of the seed: the text is kept
// as written and the institution is never empty.
func TestPartnerSeed(t *testing.T) {
	truth := readTruth(t, filepath.Join("testdata", "exchange-agreements.truth.tsv"))
	consortia := 0
	for _, tr := range truth {
		p := ParsePartnerName(tr.Partner)
		if p.Text != tr.Partner || p.Institution == "" {
			t.Errorf("line %d: ParsePartnerName(%q) = %+v", tr.Line, tr.Partner, p)
		}
		if p.IsConsortium() {
			consortia++
		}
	}
	if consortia != 2 {
		t.Errorf("%d consortia in the seed, want 2 (Indonesian and Thai)", consortia)
	}
}

func BenchmarkSearchKey(b *testing.B) {
	for _, tt := range []struct{ name, in string }{
		{"ascii", "Universiti Sains Malaysia (School of Biological Sciences)"},
		{"accents", "École Nationale supérieure d'architecture de Paris-La Villette"},
	} {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = SearchKey(tt.in)
			}
		})
	}
}

// TestPartnerNameScripts checks the two forms of names written in two
// scripts, as bilingual listings print them.
func TestPartnerNameScripts(t *testing.T) {
	tests := []struct{ name, native, latin string }{
		{"ウィーン工科大学 Technische Universität Wien", "ウィーン工科大学", "Technische Universität Wien"},
		{"東京大學 The University of Tokyo", "東京大學", "The University of Tokyo"},
		{"The University of Tokyo 東京大學", "東京大學", "The University of Tokyo"},
		{"서울대학교 Seoul National University (College of Engineering)", "서울대학교", "Seoul National University (College of Engineering)"},
		{"Universität Wien (ウィーン)", "ウィーン", "Universität Wien"},
		{"Московский государственный университет Lomonosov Moscow State University", "Московский государственный университет", "Lomonosov Moscow State University"},
		// One script, or scripts mixed more than once: no forms.
		{"Kasetsart University", "", ""},
		{"東北大學", "", ""},
		{"KAIST", "", ""},
		{"東京 Tokyo 大学 University", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		p := ParsePartnerName(tt.name)
		if p.Native != tt.native || p.Latin != tt.latin {
			t.Errorf("ParsePartnerName(%q): Native %q, Latin %q; want %q, %q", tt.name, p.Native, p.Latin, tt.native, tt.latin)
		}
	}
}
