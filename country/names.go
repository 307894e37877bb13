package country

import (
	"strings"
	"sync"
)

// Long forms. The words official names add around a short name, as a
// prefix ("kingdom of thailand") or a suffix ("korea republic of").
var longFormWords = []string{
	"democratic peoples republic of", "peoples democratic republic of",
	"democratic socialist republic of", "federal democratic republic of",
	"peoples republic of", "socialist republic of", "federal republic of",
	"federative republic of", "islamic republic of", "arab republic of",
	"bolivarian republic of", "united republic of", "democratic republic of",
	"plurinational state of", "independent state of", "federated states of",
	"hashemite kingdom of", "grand duchy of", "principality of",
	"sultanate of", "commonwealth of", "kingdom of", "republic of",
	"state of", "union of",
	// The same in Spanish, Portuguese, Italian, French and German, as
	// listings in those languages write them ("República de Chile",
	// "Federación de Rusia", "Royaume du Maroc").
	"republica federal de", "republica popular de", "republica popular da",
	"republica oriental del", "republica de", "republica da", "republica",
	"repubblica popolare", "repubblica di", "repubblica", "republique populaire de",
	"republique de", "republique du", "republique", "republik", "reino de",
	"reino da", "regno di", "royaume de", "royaume du", "federacion de",
	"federacao da", "federazione di", "federation de", "estado de",
	"estado plurinacional de", "bundesrepublik",
}

var longFormSuffixes = []string{
	"社会主義共和国", "人民民主共和国", "連邦民主共和国", "連邦共和国", "人民共和国",
	"民主共和国", "共和国", "王国", "合衆国", "連邦",
	"社会主义共和国", "联邦共和国", "人民共和国", "共和国", "王国",
	"聯邦共和國", "人民共和國", "共和國", "王國",
	"연방 공화국", "공화국", "왕국",
	"republic", "federation",
}

// FormPiece reports whether a label holds only words that countries'
// long official forms add around their names ("Federation", "Republic
// of", "Democratic People's", "共和国"): the piece of a wrapped label,
// which names no country by itself, rather than a damaged label.
func FormPiece(label string) bool {
	k, _ := foldKey(label)
	if k == "" {
		return false
	}
	for _, w := range longFormSuffixes {
		if k == w {
			return true
		}
	}
	named := false
	for w := range strings.FieldsSeq(k) {
		switch {
		case formWords[w]:
			named = true
		case w == "of" || w == "the" || w == "and":
		default:
			return false
		}
	}
	return named
}

// stripLongForm removes the words of a long official form from key.
func stripLongForm(key string) (string, bool) {
	for _, w := range longFormWords {
		// key starts with w+" " or ends with " "+w, tested without
		// building either string.
		if len(key) > len(w) && key[len(w)] == ' ' && strings.HasPrefix(key, w) {
			return dropThe(key[len(w)+1:]), true
		}
		if i := len(key) - len(w) - 1; i >= 0 && key[i] == ' ' && strings.HasSuffix(key, w) {
			return dropThe(key[:i]), true
		}
	}
	for _, w := range longFormSuffixes {
		if s, ok := strings.CutSuffix(key, w); ok && s != "" {
			return dropThe(strings.TrimSpace(s)), true
		}
	}
	return "", false
}

// Look-alikes. lookAlikes maps Cyrillic and Greek letters onto the Latin
// letters they look like, case by case (Greek Η is H, η is n). It is a
// skeleton for comparison only.
var lookAlikes = map[rune]rune{
	// Cyrillic capitals
	'А': 'A', 'В': 'B', 'Е': 'E', 'Ё': 'E', 'К': 'K', 'М': 'M', 'Н': 'H',
	'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'У': 'Y', 'Х': 'X', 'Ѕ': 'S',
	'І': 'I', 'Ј': 'J', 'Ԁ': 'D', 'Ԛ': 'Q', 'Ԝ': 'W', 'Ӏ': 'I', 'Г': 'r',
	'П': 'n', 'И': 'u', 'Ь': 'b', 'Ү': 'Y', 'Һ': 'h',
	// Cyrillic small letters
	'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h',
	'о': 'o', 'р': 'p', 'с': 'c', 'т': 't', 'у': 'y', 'х': 'x', 'ѕ': 's',
	'і': 'i', 'ј': 'j', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ӏ': 'l', 'г': 'r',
	'п': 'n', 'и': 'u', 'ь': 'b', 'ү': 'y', 'һ': 'h', 'ɡ': 'g',
	// Greek capitals
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K',
	'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
	// Greek small letters
	'α': 'a', 'β': 'b', 'γ': 'y', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k',
	'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x', 'ω': 'w',
	'μ': 'u', 'ς': 'c',
}

// lookAlike returns s with its look-alike letters made Latin, and
// whether there were any.
func lookAlike(s string) (string, bool) {
	changed := false
	for _, r := range s {
		if _, ok := lookAlikes[r]; ok {
			changed = true
			break
		}
	}
	if !changed {
		return s, false
	}
	return strings.Map(func(r rune) rune {
		if l, ok := lookAlikes[r]; ok {
			return l
		}
		return r
	}, s), true
}

// ocrPairs are the letter pairs that OCR reads as one letter.
var ocrPairs = strings.NewReplacer("rn", "m", "vv", "w", "cl", "d", "ii", "u")

// ocrSkeleton maps a compact key onto a skeleton in which the letters OCR
// confuses are the same: l, 1, i and | become l; 0 becomes o; 5 s; 8 b;
// 2 z; 9 g; rn m; vv w; cl d; ii u.
func ocrSkeleton(c string) string {
	c = ocrPairs.Replace(c)
	return strings.Map(func(r rune) rune {
		switch r {
		case 'i', '1', '|', '!':
			return 'l'
		case '0':
			return 'o'
		case '5':
			return 's'
		case '8':
			return 'b'
		case '2':
			return 'z'
		case '9':
			return 'g'
		}
		return r
	}, c)
}

// An alias is a list of names of one country that CLDR lacks.
type alias struct {
	code  string
	names []string
}

// aliases parses countryAliases once: the index of labels and the index
// of mentions both read it.
var aliases = sync.OnceValue(func() []alias {
	var out []alias
	for _, line := range strings.Split(countryAliases, "\n") {
		code, list, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		a := alias{code: strings.TrimSpace(code)}
		for _, name := range strings.Split(list, ";") {
			if name = strings.TrimSpace(name); name != "" {
				a.names = append(a.names, name)
			}
		}
		out = append(out, a)
	}
	return out
})

// countryAliases lists, for each code, names CLDR lacks: short and
// official forms, former names, endonyms and common abbreviations.
const countryAliases = `
AU: 호주; Úc
IT: Ý; Italia
HU: Magyarország
SE: Sverige
NO: Norge
FI: Suomi
ID: Republik Indonesia
US: USA; U.S.A.; US; U.S.; America; アメリカ; United States of America; the United States; 米国; 美国; 美國; 美利坚合众国; 美利堅合眾國; 미합중국; США; Соединённые Штаты Америки; Соединенные Штаты Америки; Америка; Estados Unidos de América; Estados Unidos da América; Stati Uniti d'America; États-Unis d'Amérique; Vereinigte Staaten von Amerika; EE. UU.; EE.UU.; EEUU; EUA; ABD
GB: UK; U.K.; Great Britain; Britain; England; Scotland; Wales; Northern Ireland; United Kingdom of Great Britain and Northern Ireland; 英国; 英國; 大英帝国; グレートブリテン及び北アイルランド連合王国; 大不列颠及北爱尔兰联合王国; 영국; Англия; Anh; Vương quốc Anh; Inggris; Inglaterra; Angleterre; Inghilterra; İngiltere; Anglia; อังกฤษ; Britania Raya
KR: Korea; Korea, Republic of; Republic of Korea; Korea (South); South Korea; ROK; 大韓民国; 韓国; 한국; 대한민국; 韩国; 南韓; 韓國; Южная Корея; Корея; República de Corea; Repubblica di Corea; République de Corée; República da Coreia; Corea; Corée; Coreia
KP: North Korea; Korea, Democratic People's Republic of; Democratic People's Republic of Korea; Korea (North); DPRK; 朝鮮民主主義人民共和国; 北朝鮮; 朝鲜; 北韩; 북한; 조선민주주의인민공화국; Северная Корея; КНДР
CZ: Czech; Czech Republic; Czechia; Česko; Česká republika; チェコ共和国; Repubblica Ceca; República Checa; República Tcheca; République tchèque; Tschechische Republik; Çek Cumhuriyeti; Cộng hòa Séc; Republik Ceko; Чешская Республика; Tsjechische Republiek
SK: Slovak; Slovak Republic; Slovensko; República Eslovaca; Repubblica Slovacca; République slovaque; Slowakische Republik
VN: Viet Nam; Vietnam; Socialist Republic of Viet Nam; ベトナム社会主義共和国; 越南社会主义共和国
RU: Russian Federation; Russia; Rossiya; ロシア連邦; 俄罗斯联邦; Federação Russa; Federazione Russa; Russische Föderation
LA: Lao PDR; Laos; Lao; Lao People's Democratic Republic; ラオス人民民主共和国
TR: Türkiye; Turkey; Republic of Türkiye; 튀르키예
IR: Iran; Persia
SY: Syrian Arab Republic
TW: Taiwan; Republic of China; Chinese Taipei; Taiwan, Province of China; Taiwan (ROC); ROC; Formosa; 台湾; 臺灣; 台灣; 中華民国; 中華民國; 中华民国
CN: China; People's Republic of China; PRC; КНР; P.R.C.; PR China; P.R. China; P. R. China; Mainland China; China (Mainland); 中国; 中華人民共和国; 中华人民共和国; 中國大陸; 中国大陆; República Popular China; Repubblica Popolare Cinese; Volksrepublik China
HK: Hong Kong; Hong Kong SAR; Hong Kong, China; Hong Kong SAR China; China (Hong Kong); Hong Kong (China); 香港
MO: Macau; Macao; Macao SAR; Macau SAR; 澳門; 澳门; マカオ
NL: Holland; Netherlands; Голландия; Nederland; Kingdom of the Netherlands; オランダ王国; Olanda
DE: Deutschland; Germany; West Germany; ФРГ; ドイツ連邦共和国; 独逸
BR: Brasil
JP: Japan; Nippon; Nihon; 日本国
MM: Myanmar; Burma; ミャンマー; เมียนมา; พม่า
CD: Democratic Republic of the Congo; Congo, the Democratic Republic of the; Congo, Democratic Republic of the; DR Congo; DRC; Congo-Kinshasa
CG: Republic of the Congo; Congo; Congo, Republic of the; Congo-Brazzaville
CI: Ivory Coast; Cote d'Ivoire
MK: North Macedonia; Macedonia; The former Yugoslav Republic of Macedonia; Macedonia, the former Yugoslav Republic of
SZ: Eswatini; Swaziland
CV: Cabo Verde; Cape Verde
TL: East Timor; Timor-Leste
PS: Palestine; State of Palestine; Palestinian Territory
VA: Holy See; Vatican
LY: Libyan Arab Jamahiriya
BN: Brunei Darussalam; Brunei
AE: UAE; Emirates
SA: KSA
BY: Belarus; Белоруссия
TM: Туркмения
BA: Bosnia; Bosnia and Herzegovina
KZ: Kazakstan
KG: Kyrgyz Republic; Kirghizia; Кыргызстан; Киргизстан
GR: Hellas; Hellenic Republic
CH: Swiss Confederation; Suisse; Schweiz; Svizzera
MX: United Mexican States
AR: Argentine Republic
TH: Siam; タイ王国; ประเทศไทย
PH: Philippines; Republic of the Philippines; Pilipinas
BO: Bolivia
VE: Venezuela
TZ: Tanzania
MD: Moldova; Молдавия
FM: Micronesia
FK: Falkland Islands (Malvinas)
`
