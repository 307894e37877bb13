package country

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Partner names in Japanese, Chinese or Korean run their words together
// ("インドネシア大学", "国立台湾大学"), so the country names in them are
// found as substrings rather than as words. The names come from CLDR in
// those languages.

// cjkName is a country name written in Han, kana or Hangul.
type cjkName struct {
	name string
	code string
}

var (
	cjkOnce  sync.Once
	cjkNames []cjkName // longest first, so that a longer name wins its place
)

func buildCJKNames() {
	seen := map[string]bool{}
	add := func(name, code string) {
		if i := strings.IndexAny(name, "(（"); i > 0 {
			name = strings.TrimSpace(name[:i])
		}
		if utf8.RuneCountInString(name) < 2 || seen[name] || !isCJKText(name) {
			return
		}
		seen[name] = true
		cjkNames = append(cjkNames, cjkName{name, code})
	}
	for _, tag := range []language.Tag{language.Japanese, language.SimplifiedChinese, language.TraditionalChinese, language.Korean} {
		namer := display.Regions(tag)
		for _, r := range regions() {
			add(namer.Name(r), r.String())
		}
	}
	// Short forms that university names use and CLDR does not give.
	for _, n := range []cjkName{{"米国", "US"}, {"英国", "GB"}, {"豪州", "AU"}, {"アメリカ", "US"}, {"イギリス", "GB"}, {"한국", "KR"}} {
		add(n.name, n.code)
	}
	for _, c := range cjkCities {
		if !seen[c.name] {
			seen[c.name] = true
			cjkNames = append(cjkNames, c)
		}
	}
	sort.SliceStable(cjkNames, func(i, j int) bool { return len(cjkNames[i].name) > len(cjkNames[j].name) })
}

// cjkCities are cities that name universities, as Japanese and Chinese
// write them, with the country they are in: weaker evidence than a
// country's name (see cjkWeightFor).
var cjkCities = []cjkName{
	{"ハノイ", "VN"}, {"ホーチミン", "VN"}, {"バンコク", "TH"}, {"チェンマイ", "TH"},
	{"ジャカルタ", "ID"}, {"バンドン", "ID"}, {"スラバヤ", "ID"}, {"クアラルンプール", "MY"},
	{"ペナン", "MY"}, {"マニラ", "PH"}, {"ソウル", "KR"}, {"釜山", "KR"}, {"プサン", "KR"},
	{"北京", "CN"}, {"上海", "CN"}, {"南京", "CN"}, {"武漢", "CN"}, {"広州", "CN"},
	{"台北", "TW"}, {"台中", "TW"}, {"台南", "TW"}, {"高雄", "TW"}, {"ダッカ", "BD"},
	{"デリー", "IN"}, {"ムンバイ", "IN"}, {"ウランバートル", "MN"}, {"ヤンゴン", "MM"},
	{"プノンペン", "KH"}, {"ビエンチャン", "LA"}, {"カトマンズ", "NP"},
	{"パリ", "FR"}, {"リヨン", "FR"}, {"ベルリン", "DE"}, {"ミュンヘン", "DE"},
	{"アーヘン", "DE"}, {"ウィーン", "AT"}, {"ローマ", "IT"}, {"ミラノ", "IT"},
	{"トリノ", "IT"}, {"ボローニャ", "IT"}, {"マドリード", "ES"}, {"バルセロナ", "ES"},
	{"リスボン", "PT"}, {"アムステルダム", "NL"}, {"ワルシャワ", "PL"}, {"プラハ", "CZ"},
	{"ブダペスト", "HU"}, {"ストックホルム", "SE"}, {"ヘルシンキ", "FI"},
	{"コペンハーゲン", "DK"}, {"オスロ", "NO"}, {"ロンドン", "GB"}, {"モスクワ", "RU"},
	{"カイロ", "EG"}, {"ナイロビ", "KE"}, {"ラバト", "MA"}, {"シドニー", "AU"},
	{"メルボルン", "AU"}, {"トロント", "CA"}, {"バンクーバー", "CA"},
}

// cjkCityNames marks which of cjkNames are cities.
var cjkCityNames = func() map[string]bool {
	m := make(map[string]bool, len(cjkCities))
	for _, c := range cjkCities {
		m[c.name] = true
	}
	return m
}()

// cjkWeightFor is the weight of a name found in a CJK partner name: a
// country's name counts as much as a demonym in a Latin name, a city as
// much as a city.
func cjkWeightFor(name string) float64 {
	if cjkCityNames[name] {
		return cjkCityWeight
	}
	return cjkWeight
}

// isCJKText reports whether s has a Han, kana or Hangul letter.
func isCJKText(s string) bool {
	for _, r := range s {
		if r >= 0x1100 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) ||
			unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Hangul, r)) {
			return true
		}
	}
	return false
}

// isKatakana reports whether r is a katakana letter or the long vowel
// mark, which continue a katakana word.
func isKatakana(r rune) bool {
	return unicode.Is(unicode.Katakana, r) || r == 'ー'
}

// cjkHints adds the country names found in a CJK text to acc. A katakana
// name must stand as a word of its own (インド is not in インドネシア, nor
// チャド in リチャード), and a place taken by a longer name is not read
// again for a shorter one (ギニア in 赤道ギニア).
func cjkHints(text string, factor float64, acc *hintAcc) {
	if !isCJKText(text) {
		return
	}
	cjkOnce.Do(buildCJKNames)
	var taken []bool
	for _, n := range cjkNames {
		for off := 0; off < len(text); {
			i := strings.Index(text[off:], n.name)
			if i < 0 {
				break
			}
			i += off
			j := i + len(n.name)
			off = j
			if taken != nil && (taken[i] || taken[j-1]) {
				continue
			}
			first, _ := utf8.DecodeRuneInString(n.name)
			last, _ := utf8.DecodeLastRuneInString(n.name)
			before, _ := utf8.DecodeLastRuneInString(text[:i])
			after, _ := utf8.DecodeRuneInString(text[j:])
			if isKatakana(first) && i > 0 && isKatakana(before) || isKatakana(last) && j < len(text) && isKatakana(after) {
				continue
			}
			if taken == nil {
				taken = make([]bool, len(text))
			}
			for k := i; k < j; k++ {
				taken[k] = true
			}
			acc.add(n.code, cjkWeightFor(n.name)*factor, false)
		}
	}
}

// Weights of names found inside CJK partner names.
const (
	cjkWeight     = 0.8 // a country, as a demonym in a Latin name
	cjkCityWeight = 0.6 // a city, as a city in a Latin name
)
