package country

import "testing"

// TestCJKHints checks the countries read from partner names written in
// Japanese, Chinese or Korean, and the traps of reading them as
// substrings.
func TestCJKHints(t *testing.T) {
	tests := []struct {
		name, partner, want string // want: the strongest hint's code, "" for none
	}{
		{"country in katakana", "インドネシア大学", "ID"},
		{"india not inside indonesia", "インドネシア科学院", "ID"},
		{"country in kanji", "国立台湾大学", "TW"},
		{"china in kanji", "中国科学院（物理研究所）", "CN"},
		{"korea in hangul", "한국과학기술원", "KR"},
		{"thailand as a word", "タイ国立開発行政研究院", "TH"},
		{"chad not inside richard", "リチャードソン大学", ""},
		{"guinea not inside papua new guinea", "パプアニューギニア工科大学", "PG"},
		{"no country", "チュラロンコン大学", ""},
		{"city", "ハノイ工科大学", "VN"},
		{"city in kanji", "北京大学", "CN"},
		{"city not inside a longer katakana word", "パリティ研究所", ""},
		{"latin name unaffected", "Universiti Sains Malaysia", "MY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := Mentions(tt.partner)
			got := ""
			if len(h) > 0 {
				got = h[0].Country.Code
			}
			if got != tt.want {
				t.Errorf("Mentions(%q) = %v, want strongest %q", tt.partner, h, tt.want)
			}
		})
	}
}
