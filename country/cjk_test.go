package country

import "testing"

// TestCJKHints checks the countries read from partner names written in
// Japanese, Chinese or Korean, and the traps of reading them as
// substrings.
func TestCJKHints(t *testing.T) {
	tests := []strongestTest{
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
		{"city in simplified chinese", "巴黎萨克雷大学", "FR"},
		{"province in simplified chinese", "萨斯喀彻温大学", "CA"},
		{"state in traditional chinese", "俄勒岡州立大學", "US"},
		{"city in hangul", "도쿄대학", "JP"},
		{"hong kong's short name", "香港都会大学", "HK"},
		{"hong kong written with china", "中国香港城市大学", "HK"},
		{"rome not inside romania", "罗马尼亚国立大学", "RO"},
		{"us state georgia, not the country", "佐治亚理工学院", "US"},
		{"georgia the country", "格鲁吉亚理工大学", "GE"},
		{"cebu not inside seven", "セブン大学", ""},
		{"no city in a chinese word", "湖南特殊教育学院", ""},
	}
	checkStrongest(t, tests)
}

// A strongestTest is a partner's name and the code of the strongest
// country its mentions give, "" for none.
type strongestTest = struct{ name, partner, want string }

// checkStrongest checks the strongest mention of each test's name.
func checkStrongest(t *testing.T, tests []strongestTest) {
	t.Helper()
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
