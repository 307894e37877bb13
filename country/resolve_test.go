package country

import (
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// resolveCases are labels as listings print them, with the country they
// name: "" when they name none. The expectations are written by hand.
var resolveCases = []struct {
	name, label, want string
}{
	// The seed's labels, as printed.
	{"seed Argentina", "Argentina", "AR"},
	{"seed Australia", "Australia", "AU"},
	{"seed Belgium", "Belgium", "BE"},
	{"seed Brunei", "Brunei", "BN"},
	{"seed China", "China", "CN"},
	{"seed Czech", "Czech", "CZ"},
	{"seed France", "France", "FR"},
	{"seed Germany", "Germany", "DE"},
	{"seed Hungary", "Hungary", "HU"},
	{"seed India", "India", "IN"},
	{"seed Indonesia", "Indonesia", "ID"},
	{"seed Italy", "Italy", "IT"},
	{"seed Kazakhstan", "Kazakhstan", "KZ"},
	{"seed Korea", "Korea", "KR"},
	{"seed Malaysia", "Malaysia", "MY"},
	{"seed Cyrillic Morocco", "Могоссо", "MA"},
	{"seed Netherlands", "Netherlands", "NL"},
	{"seed Nigeria", "Nigeria", "NG"},
	{"seed Philippines", "Philippines", "PH"},
	{"seed Poland", "Poland", "PL"},
	{"seed T Oland", "T Oland", "PL"},
	{"seed Portugal", "Portugal", "PT"},
	{"seed Slovakia", "Slovakia", "SK"},
	{"seed Taiwan", "Taiwan", "TW"},
	{"seed Thailand", "Thailand", "TH"},
	{"seed USA", "USA", "US"},
	{"seed Vieteere", "Vieteere", "VN"},
	{"seed Vietnam", "Vietnam", "VN"},
	{"seed mananu", "mananu", ""},

	// Case, spacing and punctuation.
	{"upper case", "GERMANY", "DE"},
	{"lower case", "japan", "JP"},
	{"padded", "  Spain\t", "ES"},
	{"dotted", "U.S.A.", "US"},
	{"UK dotted", "U.K.", "GB"},
	{"ampersand", "Bosnia & Herzegovina", "BA"},
	{"and", "Trinidad and Tobago", "TT"},
	{"full-width", "ＣＨＩＮＡ", "CN"},
	{"full-width mixed case", "Ｊａｐａｎ", "JP"},
	{"accents missing", "Turkiye", "TR"},
	{"accents present", "Türkiye", "TR"},
	{"Cote d'Ivoire plain", "Cote d'Ivoire", "CI"},

	// Aliases and official forms.
	{"Viet Nam", "Viet Nam", "VN"},
	{"Korea, Republic of", "Korea, Republic of", "KR"},
	{"Republic of Korea", "Republic of Korea", "KR"},
	{"South Korea", "South Korea", "KR"},
	{"North Korea", "Korea, Democratic People's Republic of", "KP"},
	{"Russian Federation", "Russian Federation", "RU"},
	{"Lao PDR", "Lao PDR", "LA"},
	{"Laos", "Laos", "LA"},
	{"Iran long", "Iran (Islamic Republic of)", "IR"},
	{"Czech Republic", "Czech Republic", "CZ"},
	{"Czechia", "Czechia", "CZ"},
	{"Slovak Republic", "Slovak Republic", "SK"},
	{"Republic of China", "Republic of China", "TW"},
	{"Chinese Taipei", "Chinese Taipei", "TW"},
	{"People's Republic of China", "People's Republic of China", "CN"},
	{"Hong Kong SAR", "Hong Kong SAR", "HK"},
	{"Macao", "Macao", "MO"},
	{"Macau", "Macau", "MO"},
	{"Holland", "Holland", "NL"},
	{"the Netherlands", "the Netherlands", "NL"},
	{"Netherlands (the)", "Netherlands (the)", "NL"},
	{"Great Britain", "Great Britain", "GB"},
	{"England", "England", "GB"},
	{"United States of America", "United States of America", "US"},
	{"America", "America", "US"},
	{"Kingdom of Thailand", "Kingdom of Thailand", "TH"},
	{"Federal Republic of Germany", "Federal Republic of Germany", "DE"},
	{"Tanzania, United Republic of", "Tanzania, United Republic of", "TZ"},
	{"Venezuela long", "Venezuela (Bolivarian Republic of)", "VE"},
	{"Republic of the Philippines", "Republic of the Philippines", "PH"},
	{"The Gambia", "The Gambia", "GM"},
	{"Saint Lucia", "Saint Lucia", "LC"},
	{"Ivory Coast", "Ivory Coast", "CI"},
	{"Democratic Republic of the Congo", "Democratic Republic of the Congo", "CD"},
	{"Brunei Darussalam", "Brunei Darussalam", "BN"},

	// Other languages.
	{"ja Germany", "ドイツ", "DE"},
	{"ja China", "中国", "CN"},
	{"ja Korea official", "大韓民国", "KR"},
	{"ja Korea", "韓国", "KR"},
	{"ja Thailand official", "タイ王国", "TH"},
	{"ja USA official", "アメリカ合衆国", "US"},
	{"ja Vietnam", "ベトナム", "VN"},
	{"ja Indonesia", "インドネシア", "ID"},
	{"ja Taiwan", "台湾", "TW"},
	{"ja UK", "英国", "GB"},
	{"ja France", "フランス", "FR"},
	{"ja Germany official", "ドイツ連邦共和国", "DE"},
	{"ja China official", "中華人民共和国", "CN"},
	{"ja France official", "フランス共和国", "FR"},
	{"zh-Hans Germany", "德国", "DE"},
	{"zh-Hant Taiwan", "臺灣", "TW"},
	{"zh-Hans USA", "美国", "US"},
	{"ru USA", "США", "US"},
	{"ru Kyrgyzstan", "Кыргызстан", "KG"},
	{"ru Belarus, old name", "Белоруссия", "BY"},
	{"ru South Korea", "Южная Корея", "KR"},
	{"ru PRC", "КНР", "CN"},
	{"ru Republic of Korea (CLDR)", "Республика Корея", "KR"},
	{"ko Türkiye", "튀르키예", "TR"},
	{"ko Korea", "대한민국", "KR"},
	{"ko Japan", "일본", "JP"},
	{"de Germany", "Deutschland", "DE"},
	{"th Japan", "ญี่ปุ่น", "JP"},
	{"th with spaces an extraction put in", "ฟิ ลิปปิ นส์", "PH"},
	{"th Myanmar, short", "เมียนมา", "MM"},
	{"ms Japan", "Jepun", "JP"},
	{"sv Germany", "Tyskland", "DE"},
	{"fi Germany", "Saksa", "DE"},
	{"hu Germany", "Németország", "DE"},
	{"uk Germany", "Німеччина", "DE"},
	{"el Greece", "Ελλάδα", "GR"},
	{"ar Egypt", "مصر", "EG"},
	{"es long form", "República de Chile", "CL"},
	{"es long form, adjective", "República Argentina", "AR"},
	{"es federation", "Federación de Rusia", "RU"},
	{"pt federation", "Federação Russa", "RU"},
	{"fr kingdom", "Royaume du Maroc", "MA"},
	{"de federal republic", "Bundesrepublik Deutschland", "DE"},
	{"es czech republic, not the republic of china", "República Checa", "CZ"},
	{"es slovak republic, not the republic of korea", "República Eslovaca", "SK"},
	{"it republic of korea", "Repubblica di Corea", "KR"},
	{"es united states, long", "Estados Unidos de América", "US"},
	{"a long form's words alone are no name", "Repubblica", ""},
	{"vi United Kingdom, short", "Anh", "GB"},
	{"id England", "Inggris", "GB"},
	{"es England", "Inglaterra", "GB"},
	{"tr England", "İngiltere", "GB"},
	{"it Holland", "Olanda", "NL"},
	{"es United States, abbreviated", "EE. UU.", "US"},
	{"tr United States, abbreviated", "ABD", "US"},
	{"vi Australia", "Úc", "AU"},
	{"vi Italy, one letter", "Ý", "IT"},
	{"vi Finland", "Phần Lan", "FI"},
	{"one plain letter is no name", "Y", ""},
	{"tr Spain, upper case dotted I", "İSPANYA", "ES"},
	{"pt Brazil", "Brasil", "BR"},
	{"es Spain", "España", "ES"},
	{"es Spain plain", "Espana", "ES"},
	{"fr Germany", "Allemagne", "DE"},
	{"it Germany", "Germania", "DE"},
	{"nl Netherlands", "Nederland", "NL"},
	{"ru Germany", "Германия", "DE"},
	{"pl Poland", "Polska", "PL"},

	// Look-alike letters.
	{"Greek T", "Τhailand", "TH"},
	{"Cyrillic a", "Frаnce", "FR"},
	{"Cyrillic capitals", "СНІNА", "CN"},

	// OCR confusions.
	{"1 for I", "1taly", "IT"},
	{"l for I", "lndia", "IN"},
	{"pipe for l", "Po|and", "PL"},
	{"1 for l", "Austra1ia", "AU"},
	{"I for l", "PhiIippines", "PH"},
	{"rn for m", "Gerrnany", "DE"},
	{"rn for m at end", "Vietnarn", "VN"},
	{"0 for O", "P0LAND", "PL"},
	{"0 for o", "M0rocco", "MA"},
	{"vv for w", "Norvvay", "NO"},
	{"cl for d", "Ne therlancls", "NL"},
	{"5 for S", "5pain", "ES"},

	// Split and joined words.
	{"split", "Ger many", "DE"},
	{"split twice", "Phil ip pines", "PH"},
	{"joined", "UnitedStates", "US"},
	{"joined kingdom", "UNITEDKINGDOM", "GB"},
	{"split Viet nam", "Viet nam", "VN"},
	{"joined New Zealand", "Newzealand", "NZ"},

	// Typing errors.
	{"missing letter", "Phillipines", "PH"},
	{"doubled letter", "Phillippines", "PH"},
	{"transposed", "Malaysai", "MY"},
	{"wrong vowel", "Swedan", "SE"},
	{"missing s", "Netherland", "NL"},
	{"Austria cut", "Austri", "AT"},
	{"Korea transposed in long form", "Republic of Koera", "KR"},

	// Not country names.
	{"empty", "", ""},
	{"spaces", "   ", ""},
	{"header", "Country/Area", ""},
	{"header partner", "Partner University/School/Institute", ""},
	{"header date", "Effective Since", ""},
	{"header quota", "Quota", ""},
	{"damaged header", "Quot", ""},
	{"title", "Academic Exchange Agreement (Graduate School of Engineering)", ""},
	{"title words", "Academic Exchange Agreement", ""},
	{"school", "Graduate School of Engineering", ""},
	{"university", "University", ""},
	{"atlantis", "Atlantis", ""},
	{"PR China", "P.R. China", "CN"},
	{"Japanese America", "アメリカ", "US"},
	{"two scripts", "タイ Thailand", "TH"},
	{"two scripts, Latin first", "USA アメリカ", "US"},
	{"two scripts that disagree", "中国 Japan", ""},
	{"Korean Australia", "호주", "AU"},
	{"abbreviated republic", "Korea, Rep.", "KR"},
	{"abbreviated federation", "Russian Fed.", "RU"},
	{"abbreviated democratic republic", "Lao People's DR", "LA"},
	{"abbreviation alone", "Rep", ""},
	{"Japanese Myanmar without Burma", "ミャンマー", "MM"},
	{"Hungarian endonym", "Magyarország", "HU"},
	{"Swedish endonym", "Sverige", "SE"},
	{"Finnish endonym", "Suomi", "FI"},
	{"Filipino endonym", "Pilipinas", "PH"},
	{"city in parentheses", "Thailand (Bangkok)", "TH"},
	{"state after a dash", "USA - California", "US"},
	{"city after a slash", "Germany / Munich", "DE"},
	{"city first", "Bangkok, Thailand", "TH"},
	{"region in parentheses is the answer", "中国(香港)", "HK"},
	{"qualifier that is no place", "Atlantis (Lost City)", ""},
	{"title with a comma", "University, Tokyo", ""},
	{"PR China without dots", "PR China", "CN"},
	{"Hong Kong under China", "China (Hong Kong)", "HK"},
	{"region one letter from a country", "Siberia", ""}, // not Liberia
	{"region", "Bavaria", ""},
	{"continent", "Europe", ""},
	{"grouping", "ASEAN", ""},
	{"placeholder", "N/A", ""},
	{"digits", "12345", ""},
	{"date", "2017/06/28", ""},
	{"times sign", "×", ""},
	{"quota code", "ST10,LT", ""},
	{"union", "EU", ""},
	{"continent Asia", "Asia", ""},
	{"continent Europe", "Europe", ""},
	{"one letter", "K", ""},
	{"dash", "-", ""},
	{"Indiana", "Indiana", ""},
	{"the", "the", ""},
	{"republic", "Republic of", ""},
	{"garbled", "xqzvtt", ""},
	{"page", "Page 3 of 7", ""},
	{"word starting like a name", "Roman", ""},
}

func TestResolve(t *testing.T) {
	for _, tt := range resolveCases {
		t.Run(tt.name, func(t *testing.T) {
			m := Resolve(tt.label)
			if m.Country.Code != tt.want {
				t.Fatalf("Resolve(%q) = %q (%v, %q), want %q", tt.label, m.Country.Code, m.Confidence, m.Repair, tt.want)
			}
			if tt.want == "" {
				if m != (Match{}) {
					t.Errorf("Resolve(%q) = %+v, want the zero Match", tt.label, m)
				}
				return
			}
			if m.Confidence <= 0 || m.Confidence > 1 {
				t.Errorf("Resolve(%q).Confidence = %v, want in (0, 1]", tt.label, m.Confidence)
			}
			if m.Country != ByCode(tt.want) {
				t.Errorf("Resolve(%q).Country = %+v, want %+v", tt.label, m.Country, ByCode(tt.want))
			}
		})
	}
}

// TestResolveCountryRepair checks the confidence and the repair reported
// for each kind of repair.
func TestResolveCountryRepair(t *testing.T) {
	tests := []struct {
		label      string
		code       string
		conf       float64 // want exactly, or at most when atMost
		atMost     bool
		repairHave string // a substring of Repair; "" wants Repair == ""
	}{
		{"Thailand", "TH", 1, false, ""},
		{"THAILAND", "TH", 1, false, ""},
		{"  Thailand ", "TH", 1, false, ""},
		{"USA", "US", 1, false, ""},
		{"Korea, Republic of", "KR", 1, false, ""},
		{"ドイツ", "DE", 1, false, ""},
		{"ＣＨＩＮＡ", "CN", 0.95, false, "full-width"},
		{"Turkiye", "TR", 1, false, ""}, // an alias as written
		{"Perú", "PE", 1, false, ""},    // the Spanish name as written
		{"Peru\u0301", "PE", 1, false, ""},
		{"Kingdom of Thailand", "TH", 0.95, false, "long form"},
		{"Могоссо", "MA", 0.9, false, "look-alike"},
		{"Ger many", "DE", 0.85, false, "word spacing"},
		{"P0land", "PL", 0.8, false, "OCR"},
		{"T Oland", "PL", 0.75, true, `edit distance 1 from "poland"`},
		{"Vieteere", "VN", 0.6, true, `from "vietnam"`},
		{"Phillipines", "PH", 0.75, true, "edit distance 1"},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			m := Resolve(tt.label)
			if m.Country.Code != tt.code {
				t.Fatalf("Resolve(%q) = %q, want %q", tt.label, m.Country.Code, tt.code)
			}
			if tt.atMost && (m.Confidence > tt.conf || m.Confidence < 0.4) ||
				!tt.atMost && !near(m.Confidence, tt.conf) {
				t.Errorf("Resolve(%q).Confidence = %v, want %v (at most: %v)", tt.label, m.Confidence, tt.conf, tt.atMost)
			}
			if tt.repairHave == "" && m.Repair != "" || !strings.Contains(m.Repair, tt.repairHave) {
				t.Errorf("Resolve(%q).Repair = %q, want %q", tt.label, m.Repair, tt.repairHave)
			}
		})
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

// TestResolveCountryOrder checks that a repair never scores above a
// more trusted one.
func TestResolveCountryOrder(t *testing.T) {
	order := []string{"Poland", "POLAND", "Ｐｏｌａｎｄ", "Роland", "Po land", "P0land", "Polnad"}
	prev := 2.0
	for _, l := range order {
		m := Resolve(l)
		if m.Country.Code != "PL" {
			t.Fatalf("Resolve(%q) = %q, want PL", l, m.Country.Code)
		}
		if m.Confidence > prev {
			t.Errorf("Resolve(%q).Confidence = %v, above the previous %v", l, m.Confidence, prev)
		}
		prev = m.Confidence
	}
}

func TestResolverMinConfidence(t *testing.T) {
	r := Resolver{MinConfidence: 0.7}
	if m := r.Resolve("Vieteere"); !m.Country.IsZero() {
		t.Errorf("Resolve(%q) with MinConfidence 0.7 = %+v, want none", "Vieteere", m)
	}
	if m := r.Resolve("P0land"); m.Country.Code != "PL" {
		t.Errorf("Resolve(%q) with MinConfidence 0.7 = %+v, want PL", "P0land", m)
	}
	var zero Resolver
	if m := zero.Resolve("Vieteere"); m.Country.Code != "VN" {
		t.Errorf("zero Resolver: Resolve(%q) = %+v, want VN", "Vieteere", m)
	}
	var none *Resolver
	if m := none.Resolve("Korea"); m.Country.Code != "KR" {
		t.Errorf("nil Resolver: Resolve(%q) = %+v, want KR", "Korea", m)
	}
}

func TestResolverConcurrent(t *testing.T) {
	var r Resolver
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, tt := range resolveCases {
				if got := r.Resolve(tt.label).Country.Code; got != tt.want {
					t.Errorf("Resolve(%q) = %q, want %q", tt.label, got, tt.want)
				}
			}
		}()
	}
	wg.Wait()
}

func TestByCode(t *testing.T) {
	tests := []struct {
		code string
		want Country
	}{
		{"TH", Country{"TH", "Thailand"}},
		{"th", Country{"TH", "Thailand"}},
		{"KR", Country{"KR", "South Korea"}},
		{"US", Country{"US", "United States"}},
		{"GB", Country{"GB", "United Kingdom"}},
		{"UK", Country{}},  // reserved, not assigned
		{"DD", Country{}},  // withdrawn
		{"EU", Country{}},  // not a country
		{"UN", Country{}},  // not a country
		{"USA", Country{}}, // alpha-3
		{"", Country{}},
		{"T", Country{}},
		{"ZZ", Country{}},
		{"é!", Country{}},
		{"tH", Country{"TH", "Thailand"}},
		{"@H", Country{}}, // the byte before 'A'
		{"T[", Country{}}, // the byte after 'Z'
		{"`h", Country{}}, // the byte before 'a'
		{"1H", Country{}},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			if got := ByCode(tt.code); got != tt.want {
				t.Errorf("ByCode(%q) = %+v, want %+v", tt.code, got, tt.want)
			}
		})
	}
}

// TestResolveCountryLongLabel checks that a label far longer than any
// country's name is refused unread: without the work of reading it, of
// which allocations are the sign (a label of a few words allocates).
func TestResolveCountryLongLabel(t *testing.T) {
	if a := testing.AllocsPerRun(10, func() { Resolve("Repub1ic of Korea") }); a == 0 {
		t.Fatal("reading a label allocates nothing: allocations cannot tell reading from refusing")
	}
	for _, label := range []string{
		strings.Repeat("x", 200000),
		strings.Repeat("Korea ", 40000),
		strings.Repeat("韓", 70000),
		"Thailand" + strings.Repeat(" ", 200000) + "Thailand",
	} {
		var m Match
		if a := testing.AllocsPerRun(3, func() { m = Resolve(label) }); a > 0 {
			t.Errorf("Resolve of a %d-byte label allocates %.0f times: it was read, not refused", len(label), a)
		}
		if !m.Country.IsZero() {
			t.Errorf("ResolveCountry of a %d-byte label = %q, want none", len(label), m.Country.Code)
		}
	}
}

func FuzzResolve(f *testing.F) {
	for _, tt := range resolveCases {
		f.Add(tt.label)
	}
	for _, s := range []string{"\xff\xfe", "\x00", "a\u0301\u0301\u0301", "ＩＴＡＬＹ", "ǅ", "ß", "İstanbul", "rnrnrnrn", "||||", strings.Repeat("ab ", 30)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, label string) {
		m := Resolve(label)
		if again := Resolve(label); again != m {
			t.Fatalf("Resolve(%q) gave %+v, then %+v", label, m, again)
		}
		if m.Confidence < 0 || m.Confidence > 1 {
			t.Fatalf("Resolve(%q).Confidence = %v", label, m.Confidence)
		}
		if m.Country.IsZero() {
			if m != (Match{}) {
				t.Fatalf("Resolve(%q) = %+v: no country but not zero", label, m)
			}
			return
		}
		if len(m.Country.Code) != 2 || m.Country.Name == "" || m.Confidence == 0 {
			t.Fatalf("Resolve(%q) = %+v", label, m)
		}
		if c := ByCode(m.Country.Code); c != m.Country {
			t.Fatalf("Resolve(%q).Country = %+v, CountryByCode gives %+v", label, m.Country, c)
		}
		if !utf8.ValidString(m.Repair) {
			t.Fatalf("Resolve(%q).Repair = %q, not UTF-8", label, m.Repair)
		}
	})
}

func BenchmarkResolve(b *testing.B) {
	labels := []string{"Thailand", "Korea", "ＣＨＩＮＡ", "Могоссо", "T Oland", "Vieteere", "mananu", "Graduate School of Engineering", "タイ王国", "P0land"}
	Resolve("")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Resolve(labels[i%len(labels)])
	}
}

// BenchmarkResolveCountryEach measures each kind of label alone.
func BenchmarkResolveCountryEach(b *testing.B) {
	for _, l := range []string{"Thailand", "ＣＨＩＮＡ", "Могоссо", "T Oland", "Vieteere", "mananu", "Graduate School of Engineering"} {
		b.Run(l, func(b *testing.B) {
			Resolve(l)
			b.ReportAllocs()
			for b.Loop() {
				Resolve(l)
			}
		})
	}
}

// TestResolveHeadingForms: a label in two scripts whose halves name one
// country is as sure as its surer half, and a heading's region before its
// country takes nothing from it; a half that reads as no country still
// does, and two countries are no answer.
func TestResolveHeadingForms(t *testing.T) {
	for _, tt := range []struct {
		label   string
		code    string
		atLeast float64
		below   float64 // 0: no bound
	}{
		{"匈牙利 Hungary", "HU", 1, 0},
		{"ハンガリー Hungary", "HU", 1, 0},
		{"歐洲 Europe / 匈牙利 Hungary", "HU", 1, 0},
		{"美洲 America / 巴西 Brazil", "BR", 1, 0},
		{"Bangkok, Thailand", "TH", 0.8, 1},
		{"ゲント大学 Belgium", "BE", 0.8, 1},
		{"日本 Korea", "", 0, 0},
	} {
		m := Resolve(tt.label)
		if m.Country.Code != tt.code || m.Confidence < tt.atLeast || tt.below > 0 && m.Confidence >= tt.below {
			t.Errorf("Resolve(%q) = %s at %.3f, want %q at %.2f or more (under %.2f)", tt.label, m.Country.Code, m.Confidence, tt.code, tt.atLeast, tt.below)
		}
	}
}
