package country

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"

	"github.com/exchangelist/agreements/internal/fold"
)

// A Mention is a country a partner's name points to: evidence, not
// proof, that the partner is there.
type Mention struct {
	// Country is the country the name points to.
	Country Country
	// Weight, from 0 to 1, is how strongly it points there: 0.9 for the
	// country's own name in the institution's name, 0.8 for a demonym,
	// 0.6 for a city, less for a word of the country's language or a
	// name found in several countries; evidence for one country adds up.
	Weight float64
}

// nameHint is an entry of the tables: a country code and a weight.
type nameHint struct {
	code   string  // ISO 3166-1 alpha-2
	weight float64 // 0..1: how strongly the name points there
	place  bool    // a place of the counter-evidence: weak, and not adding up
}

// Weights of the kinds of evidence.
const (
	hintCountry  = 0.9  // a country's name or alias
	hintDemonym  = 0.8  // a demonym or adjective
	hintCity     = 0.6  // a city
	hintPlace    = 0.4  // a place of the counter-evidence (places.go): a town, a region, a US state
	unitFactor   = 0.6  // evidence from the units, after "(" or "["
	maxHintBytes = 4096 // longer names are read up to this many bytes
)

// Mentions returns the countries a partner's name points to, strongest
// first; nil when none. The name is read as written in a listing: "Seoul
// National University" points to South Korea, "Universiti Sains
// Malaysia" to Malaysia, "インドネシア大学" to Indonesia. It is safe for
// concurrent use.
func Mentions(partner string) []Mention {
	return AppendMentions(nil, partner)
}

// AppendMentions appends to dst the countries Mentions returns for a
// partner's name and returns the extended slice: a caller that reads
// many names keeps them in one array of its own.
func AppendMentions(dst []Mention, partner string) []Mention {
	hx := theHintIndex()
	if len(partner) > maxHintBytes {
		i := maxHintBytes
		for i > 0 && !utf8.RuneStart(partner[i]) {
			i--
		}
		partner = partner[:i]
	}
	var acc hintAcc
	inst, units := partner, ""
	if i := strings.IndexAny(partner, "(["); i >= 0 {
		inst, units = partner[:i], partner[i:]
	}
	hx.scan(inst, 1, &acc)
	if units != "" {
		hx.scan(units, unitFactor, &acc)
	}
	if !fold.IsASCII(partner) {
		cjkHints(inst, 1, &acc)
		cyrillicHints(inst, 1, &acc)
		if units != "" {
			cjkHints(units, unitFactor, &acc)
			cyrillicHints(units, unitFactor, &acc)
		}
	}
	return acc.appendTo(dst)
}

// hintAcc adds up the evidence for each country: independent chances,
// but the places (hintPlace) of a name count once, the strongest, so
// that two towns of one country ("Washington University in St. Louis")
// weigh no more than one.
type hintAcc struct {
	n    int
	code [24]string
	w    [24]float64 // the combined weight of the evidence for code, places aside
	p    [24]float64 // the strongest place for code
}

func (a *hintAcc) add(code string, w float64, place bool) {
	i := 0
	for i < a.n && a.code[i] != code {
		i++
	}
	if i == a.n {
		if a.n == len(a.code) {
			return
		}
		a.code[i], a.w[i], a.p[i] = code, 0, 0
		a.n++
	}
	if place {
		a.p[i] = max(a.p[i], w)
	} else {
		a.w[i] += w - a.w[i]*w
	}
}

func (a *hintAcc) appendTo(dst []Mention) []Mention {
	if a.n == 0 {
		return dst
	}
	dst = slices.Grow(dst, a.n)
	k := len(dst)
	dst = dst[:k+a.n]
	out := dst[k:]
	for i := range out {
		h := Mention{Country: ByCode(a.code[i]), Weight: a.w[i] + a.p[i] - a.w[i]*a.p[i]}
		j := i
		for ; j > 0 && hintBefore(h, out[j-1]); j-- {
			out[j] = out[j-1]
		}
		out[j] = h
	}
	return dst
}

// hintBefore reports whether a sorts before b: stronger first, then by code.
func hintBefore(a, b Mention) bool {
	if a.Weight != b.Weight {
		return a.Weight > b.Weight
	}
	return a.Country.Code < b.Country.Code
}

// A hintPhrase is a phrase of the index: the words after its first, and
// the evidence it gives.
type hintPhrase struct {
	rest  []string
	hints []nameHint
}

// hintIndex maps a phrase's first word to its phrases, longest first.
type hintIndex map[string][]hintPhrase

// scan matches the words of text against the index, the longest phrase
// at each word first, and adds what they say, times factor, to acc.
func (hx hintIndex) scan(text string, factor float64, acc *hintAcc) {
	if !hx.scanFast(text, factor, acc) {
		hx.scanFolded(text, factor, acc)
	}
}

// scanFolded is scan by way of foldText: it works on any text.
func (hx hintIndex) scanFolded(text string, factor float64, acc *hintAcc) {
	folded, _ := foldText(text)
	var buf [48]string
	words := buf[:0]
	for w := range strings.SplitSeq(folded, " ") {
		if w != "" {
			words = append(words, w)
		}
	}
	for i := 0; i < len(words); {
		step := 1
		for _, p := range hx[words[i]] {
			if len(p.rest) > len(words)-i-1 || !wordsEqual(p.rest, words[i+1:]) {
				continue
			}
			for _, h := range p.hints {
				acc.add(h.code, h.weight*factor, h.place)
			}
			step += len(p.rest)
			break
		}
		i += step
	}
}

// Limits of scanFast's buffers; longer texts take scanFolded.
const (
	fastHintBytes = 256
	fastHintWords = 48
)

// scanFast is scan without allocating, for texts of ASCII and of the
// letters and signs in hintRunes: it folds the words as foldText does
// into a buffer on the stack. It reports false, having done nothing,
// when the text holds anything else or is too long.
func (hx hintIndex) scanFast(text string, factor float64, acc *hintAcc) bool {
	if len(text) > fastHintBytes {
		return false
	}
	hintRunes()
	var buf [fastHintBytes + 32]byte
	var ends [fastHintWords]uint16 // the end of each word in buf
	n, nw := 0, 0
	inWord := false
	// put appends s to the current word, or starts one.
	put := func(s string) bool {
		if !inWord {
			if nw == len(ends) {
				return false
			}
			nw++
			inWord = true
		}
		if n+len(s) > len(buf) {
			return false
		}
		n += copy(buf[n:], s)
		ends[nw-1] = uint16(n)
		return true
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '|':
				if !inWord {
					if nw == len(ends) {
						return false
					}
					nw++
					inWord = true
				}
				if n == len(buf) {
					return false
				}
				buf[n] = c
				n++
				ends[nw-1] = uint16(n)
			case c == '.' || c == '\'' || c == '`':
			case c == '&':
				inWord = false
				if !put("and") {
					return false
				}
				inWord = false
			default:
				inWord = false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		f, ok := hintRuneFold[r]
		if !ok {
			return false
		}
		switch {
		case f == "":
		case f == " ":
			inWord = false
		default:
			if !put(f) {
				return false
			}
		}
	}
	word := func(i int) []byte {
		start := uint16(0)
		if i > 0 {
			start = ends[i-1]
		}
		return buf[start:ends[i]]
	}
	for i := 0; i < nw; {
		step := 1
		w := word(i)
		if !hintFilter.may(w) {
			i++
			continue
		}
		for _, p := range hx[string(w)] {
			if len(p.rest) > nw-i-1 {
				continue
			}
			match := true
			for k, w := range p.rest {
				if string(word(i+1+k)) != w {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			for _, h := range p.hints {
				acc.add(h.code, h.weight*factor, h.place)
			}
			step += len(p.rest)
			break
		}
		i += step
	}
	return true
}

var (
	hintRunesOnce sync.Once
	hintRuneFold  map[rune]string
)

// hintRunes maps the non-ASCII letters and signs common in partners'
// names (Latin-1, Latin Extended-A and B, quotation marks and dashes) to
// what foldText makes of them between two ASCII letters: their ASCII
// letters, "" when dropped, or " " when they part words. Runes whose
// folding depends on their neighbours (marks, and any rune foldText does
// not make into ASCII letters alone) are left out.
func hintRunes() map[rune]string {
	hintRunesOnce.Do(func() {
		m := map[rune]string{}
		try := func(r rune) {
			if unicode.IsMark(r) || !norm.NFC.PropertiesString(string(r)).BoundaryBefore() {
				return
			}
			f, _ := foldText("a" + string(r) + "b")
			switch {
			case f == "ab":
				m[r] = ""
			case f == "a b":
				m[r] = " "
			case len(f) > 2 && f[0] == 'a' && f[len(f)-1] == 'b':
				mid := f[1 : len(f)-1]
				for i := 0; i < len(mid); i++ {
					if mid[i] < 'a' || mid[i] > 'z' {
						return
					}
				}
				m[r] = mid
			}
		}
		for r := rune(0x80); r < 0x250; r++ {
			try(r)
		}
		for r := rune(0x2010); r <= 0x201F; r++ {
			try(r)
		}
		try(0x02BC)
		hintRuneFold = m
	})
	return hintRuneFold
}

// wordsEqual reports whether words starts with want.
func wordsEqual(want, words []string) bool {
	for i, w := range want {
		if words[i] != w {
			return false
		}
	}
	return true
}

var (
	hintOnce   sync.Once
	hintIx     hintIndex
	hintFilter wordFilter
)

// theHintIndex builds the index and its filter once, on first use.
func theHintIndex() hintIndex {
	hintOnce.Do(func() {
		hintIx = buildHintIndex()
		for w := range hintIx {
			hintFilter.set(w)
		}
	})
	return hintIx
}

// A wordFilter answers, before a map lookup, whether a word may be a key
// of the map: it records the length, first and last byte of every key.
type wordFilter struct {
	bits [filterLens][32]uint32 // by length, first letter: a bit per last letter
}

const filterLens = 24 // keys this long or longer are always looked up

// slot returns where w's bit is, and false when w has no slot.
func filterSlot(w []byte) (l, first, last int, ok bool) {
	if len(w) == 0 || len(w) >= filterLens {
		return 0, 0, 0, false
	}
	return len(w), int(w[0] & 31), int(w[len(w)-1] & 31), true
}

func (f *wordFilter) set(w string) {
	if l, a, z, ok := filterSlot([]byte(w)); ok {
		f.bits[l][a] |= 1 << z
	}
}

// may reports whether w may be a key: false only when it is none.
func (f *wordFilter) may(w []byte) bool {
	l, a, z, ok := filterSlot(w)
	return !ok || f.bits[l][a]&(1<<z) != 0
}

// notHintNames are aliases too common as words to point anywhere.
var notHintNames = map[string]bool{"us": true, "roc": true, "lao": true, "anh": true, "uc": true, "y": true, "abd": true, "my": true, "eua": true}

func buildHintIndex() hintIndex {
	phrases := map[string][]nameHint{}
	set := func(phrase string, hints []nameHint) {
		k, _ := foldText(phrase)
		if k != "" && isLatinKey(k) {
			phrases[k] = hints
		}
	}
	// Country names and aliases.
	en := display.English.Regions()
	for _, a := range aliases() {
		for _, name := range a.names {
			k, _ := foldKey(name)
			if k != "" && !notHintNames[k] {
				set(k, []nameHint{{code: a.code, weight: hintCountry}})
			}
		}
	}
	for _, r := range regions() {
		k, _ := foldKey(en.Name(r))
		set(k, []nameHint{{code: r.String(), weight: hintCountry}})
	}
	// Endonyms in the main languages of the country, when they are one
	// word or more of Latin letters.
	for _, e := range endonyms {
		r := language.MustParseRegion(e.code)
		if name := display.Regions(language.MustParse(e.lang)).Name(r); name != "" {
			k, _ := foldKey(name)
			if _, ok := phrases[k]; !ok {
				set(k, []nameHint{{code: e.code, weight: hintCountry}})
			}
		}
	}
	parseHintTable(demonyms, hintDemonym, set)
	parseHintTable(cities, hintCity, set)
	// The places of the counter-evidence (places.go) that are no city
	// above: weak evidence, shared among the countries a place is in.
	// Not its eponyms: names of universities are no evidence here.
	readTable(places, func(name, codes string) {
		k, _ := foldText(name)
		if _, ok := phrases[k]; ok || k == "" {
			return
		}
		cs := strings.Fields(codes)
		hints := make([]nameHint, len(cs))
		for i, c := range cs {
			hints[i] = nameHint{code: c, weight: hintPlace / float64(len(cs)), place: true}
		}
		if len(hints) > 0 {
			set(k, hints)
		}
	})
	parseHintTable(languageWords, 0, set)
	parseHintTable(hintTraps, 0, set)

	hx := hintIndex{}
	for k, hints := range phrases {
		words := strings.Split(k, " ")
		hx[words[0]] = append(hx[words[0]], hintPhrase{rest: words[1:], hints: hints})
	}
	for _, ps := range hx {
		sort.Slice(ps, func(i, j int) bool { return len(ps[i].rest) > len(ps[j].rest) })
	}
	return hx
}

// parseHintTable reads a table of lines "phrase; phrase = CC CC:0.3" and
// calls set for every phrase. A code without a weight gets def.
func parseHintTable(table string, def float64, set func(string, []nameHint)) {
	for _, line := range strings.Split(table, "\n") {
		list, codes, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		var hints []nameHint
		for _, f := range strings.Fields(codes) {
			code, w, ok := strings.Cut(f, ":")
			weight := def
			if ok {
				v, err := strconv.ParseFloat(w, 64)
				if err != nil {
					panic("country: bad weight in hint table: " + line)
				}
				weight = v
			}
			hints = append(hints, nameHint{code: code, weight: weight})
		}
		for _, p := range strings.Split(list, ";") {
			if p = strings.TrimSpace(p); p != "" {
				set(p, hints)
			}
		}
	}
}

// endonyms are the countries whose name in their own language (from
// CLDR) often appears in partners' names.
var endonyms = []struct{ code, lang string }{
	{"DE", "de"}, {"AT", "de"}, {"ES", "es"}, {"MX", "es"}, {"IT", "it"},
	{"BR", "pt"}, {"PT", "pt"}, {"FR", "fr"}, {"NL", "nl"}, {"PL", "pl"},
	{"CZ", "cs"}, {"ID", "id"}, {"TR", "tr"}, {"VN", "vi"},
}

// demonyms maps demonyms and adjectives to their country, weight
// hintDemonym unless stated: in English, and in the languages whose
// universities' names carry them (Spanish, Portuguese, French, Italian,
// German, Dutch: "Université Libanaise", "Universidad Peruana"), in the
// forms such names use.
const demonyms = `
american = US
canadian = CA
mexican = MX
brazilian = BR
argentine; argentinian; argentinean = AR
chilean = CL
peruvian = PE
colombian = CO
venezuelan = VE
ecuadorian = EC
bolivian = BO
paraguayan = PY
uruguayan = UY
cuban = CU
costa rican = CR
panamanian = PA
guatemalan = GT
honduran = HN
jamaican = JM
dominican = DO:0.5
british = GB
english = GB:0.4
scottish = GB
welsh = GB
irish = IE:0.7 GB:0.1
northern irish = GB
french = FR
german = DE
dutch = NL
belgian = BE
swiss = CH
austrian = AT
italian = IT
spanish = ES:0.6
portuguese = PT:0.6 BR:0.2
polish = PL
czech = CZ
slovak = SK
hungarian = HU
romanian = RO
bulgarian = BG
serbian = RS
croatian = HR
slovenian; slovene = SI
bosnian = BA
albanian = AL
macedonian = MK:0.6 GR:0.2
greek; hellenic = GR
cypriot = CY
maltese = MT
danish = DK
swedish = SE
norwegian = NO
finnish = FI
icelandic = IS
estonian = EE
latvian = LV
lithuanian = LT
russian = RU
ukrainian = UA
belarusian = BY
moldovan = MD
georgian = GE:0.5
armenian = AM
azerbaijani = AZ
turkish = TR
chinese = CN
taiwanese = TW
japanese = JP
korean = KR
north korean = KP
mongolian = MN
thai = TH
vietnamese = VN
cambodian; khmer = KH
laotian = LA
burmese = MM
malaysian; malay = MY
singaporean = SG
indonesian = ID
filipino; philippine = PH
bruneian = BN
indian = IN
pakistani = PK
bangladeshi = BD
nepali; nepalese = NP
sri lankan = LK
afghan = AF
iranian; persian = IR:0.6
iraqi = IQ
syrian = SY
lebanese = LB
jordanian = JO
israeli = IL
palestinian = PS
saudi; saudi arabian = SA
emirati = AE
qatari = QA
kuwaiti = KW
omani = OM
yemeni = YE
kazakh; kazakhstani = KZ
uzbek = UZ
kyrgyz = KG
tajik = TJ
turkmen = TM
egyptian = EG
libyan = LY
tunisian = TN
algerian = DZ
moroccan = MA
nigerian = NG
ghanaian = GH
kenyan = KE
ethiopian = ET
tanzanian = TZ
ugandan = UG
rwandan = RW
south african = ZA
zimbabwean = ZW
zambian = ZM
sudanese = SD
senegalese = SN
cameroonian = CM
mozambican = MZ
angolan = AO
namibian = NA
malagasy = MG
australian = AU
new zealand = NZ
fijian = FJ
mexicana; mexicano = MX
chilena; chileno = CL
peruana; peruano = PE
colombiana; colombiano = CO
venezolana; venezolano = VE
ecuatoriana; ecuatoriano = EC
boliviana; boliviano = BO
paraguaya; paraguayo = PY
uruguaya; uruguayo = UY
cubana; cubano = CU
costarricense = CR
panameña; panameño = PA
guatemalteca; guatemalteco = GT
hondureña; hondureño = HN
salvadoreña; salvadoreño = SV
nicaragüense = NI
dominicana = DO:0.6
puertorriqueña = PR
argentino = AR
española = ES:0.6
brasileira; brasileiro = BR
portuguesa = PT:0.6
angolana = AO
moçambicana = MZ
cabo-verdiana = CV
libanaise; libanais = LB
marocaine; marocain = MA
tunisienne; tunisien = TN
algérienne; algérien = DZ
sénégalaise = SN
ivoirienne = CI
camerounaise = CM
française = FR
belge = BE
canadienne = CA
québécoise = CA
haïtienne = HT
malgache = MG
italiana; italiano = IT
deutsche = DE:0.6
österreichische = AT
schweizerische = CH
nederlandse = NL
`

// cities maps major university cities and capitals to their country,
// weight hintCity unless stated; a city found in several countries
// weighs less in each.
const cities = `
beijing; peking; shanghai; guangzhou; shenzhen; tianjin; nanjing; wuhan; chengdu; chongqing; xian; hangzhou; harbin; dalian; shenyang; changsha; jinan; qingdao; xiamen; fuzhou; hefei; lanzhou; kunming; zhengzhou; taiyuan; changchun; suzhou; ningbo; nanchang = CN
taipei; hsinchu; tainan; taichung; kaohsiung; taoyuan = TW
kowloon = HK
tokyo; kyoto; osaka; nagoya; sendai; fukuoka; sapporo; hiroshima; kobe; yokohama; tsukuba = JP
seoul; busan; pusan; daejeon; incheon; daegu; gwangju; pohang; ulsan; suwon = KR
hanoi; ha noi; ho chi minh city; ho chi minh; saigon; da nang; danang; can tho; haiphong; hai phong = VN
hue = VN:0.4
bangkok; chiang mai; khon kaen; songkhla; hat yai; phuket; nakhon ratchasima; pathum thani; ubon ratchathani; phitsanulok = TH
kuala lumpur; penang; pulau pinang; johor; johor bahru; skudai; selangor; sarawak; sabah; putrajaya; serdang = MY
jakarta; bandung; surabaya; yogyakarta; jogjakarta; depok; bogor; semarang; malang; makassar; medan; denpasar; bali = ID
manila; quezon city; los banos; diliman; cebu; davao; iloilo = PH
bandar seri begawan = BN
phnom penh = KH
vientiane = LA
yangon; rangoon; mandalay = MM
delhi; new delhi; mumbai; bombay; bangalore; bengaluru; chennai; madras; kolkata; calcutta; kanpur; kharagpur; roorkee; guwahati; bhopal; pune; ahmedabad; jaipur; varanasi; tiruchirappalli; vellore; manipal = IN
hyderabad = IN:0.5 PK:0.2
karachi; lahore; islamabad = PK
dhaka = BD
colombo = LK
kathmandu = NP
ulaanbaatar; ulan bator = MN
almaty; astana; nur sultan = KZ
tashkent = UZ
tehran; isfahan; shiraz = IR
istanbul; ankara; izmir = TR
tel aviv; haifa = IL
jerusalem = IL:0.4
amman = JO
beirut = LB
riyadh; jeddah; dhahran = SA
dubai; abu dhabi; sharjah = AE
doha = QA
cairo; giza = EG
alexandria = EG:0.4 US:0.1
rabat; casablanca; marrakech; marrakesh; fez; fes = MA
algiers = DZ
tunis = TN
lagos; abuja; ibadan; nsukka; zaria = NG
accra; kumasi = GH
nairobi = KE
addis ababa = ET
dar es salaam = TZ
kampala = UG
kigali = RW
dakar = SN
johannesburg; cape town; pretoria; stellenbosch; durban = ZA
sydney; melbourne; brisbane; adelaide; canberra; hobart = AU
perth = AU:0.5 GB:0.1
auckland; wellington; christchurch; dunedin = NZ
toronto; montreal; vancouver; ottawa; calgary; edmonton = CA
quebec = CA
waterloo = CA:0.4
new york; boston; chicago; los angeles; san francisco; berkeley; pittsburgh; philadelphia; seattle; houston; atlanta; stanford; ann arbor; princeton; urbana; champaign; baltimore; honolulu = US
austin = US:0.5
mexico city = MX:0.9
monterrey; guadalajara; puebla = MX
sao paulo; rio de janeiro; campinas; brasilia; porto alegre; belo horizonte; curitiba; recife; florianopolis = BR
buenos aires; la plata; rosario = AR
cordoba = AR:0.4 ES:0.3
santiago = CL:0.4 ES:0.1
santiago de compostela = ES
valparaiso = CL
bogota; medellin = CO
lima = PE
london = GB:0.5 CA:0.05
oxford = GB:0.5 US:0.1
cambridge = GB:0.35 US:0.3
birmingham = GB:0.4 US:0.2
manchester; edinburgh; glasgow; leeds; sheffield; bristol; nottingham; southampton; liverpool; cardiff; belfast = GB
newcastle = GB:0.4 AU:0.2
dublin = IE:0.5
cork; galway = IE
paris; lyon; marseille; nantes; toulouse; grenoble; bordeaux; lille; strasbourg; rennes; montpellier; compiegne; saclay; palaiseau = FR
nancy = FR:0.4
brussels; bruxelles; leuven; louvain; ghent; gent; antwerp; antwerpen; liege = BE
amsterdam; rotterdam; delft; eindhoven; utrecht; leiden; groningen; twente; enschede; wageningen; maastricht; nijmegen; tilburg = NL
berlin; munich; munchen; aachen; hamburg; stuttgart; karlsruhe; dresden; darmstadt; heidelberg; frankfurt; cologne; koln; bonn; hannover; hanover; braunschweig; bremen; freiburg; gottingen; leipzig; kaiserslautern; erlangen; bochum; dortmund; ilmenau = DE
vienna; wien; graz; innsbruck; linz; salzburg = AT
zurich; geneva; geneve; lausanne; basel; bern = CH
rome; roma; milan; milano; turin; torino; bologna; genoa; genova; padua; padova; naples; napoli; florence; firenze; pisa; venice; trento; bari; palermo; catania; trieste; pavia = IT
madrid; barcelona; seville; sevilla; granada; salamanca; bilbao; zaragoza; catalunya; catalonia = ES
valencia = ES:0.5 VE:0.2
lisbon; lisboa; aveiro; coimbra; braga; minho = PT
porto = PT:0.6
warsaw; warszawa; krakow; cracow; lodz; wroclaw; gdansk; poznan; gliwice; lublin = PL
prague; praha; brno; ostrava = CZ
bratislava; kosice = SK
budapest; debrecen; szeged; miskolc = HU
bucharest; cluj = RO
sofia = BG:0.4
athens = GR:0.5
thessaloniki = GR
moscow; saint petersburg; st petersburg; novosibirsk; tomsk; kazan = RU
kyiv; kiev; kharkiv = UA
stockholm; lund; uppsala; gothenburg = SE
oslo; trondheim; bergen = NO
copenhagen; aarhus = DK
helsinki; tampere; espoo; oulu = FI
tallinn; tartu = EE
vilnius; kaunas = LT
riga = LV
`

// languageWords are words of institution names in the languages of a
// few countries: weak evidence, spread over the countries that use them.
const languageWords = `
universitas = ID:0.6
institut teknologi; institut pertanian = ID:0.5
politeknik = ID:0.3 MY:0.3
universiti = MY:0.5 BN:0.3
politecnico; universita = IT:0.6
universita degli studi = IT:0.7
istituto; scuola = IT:0.4
universidade = PT:0.35 BR:0.35
universidade federal; universidade estadual = BR:0.6
universidad; universidad nacional = ES:0.2 MX:0.15 AR:0.1 CL:0.1 CO:0.1 PE:0.1
universidad politecnica = ES:0.35 MX:0.1
instituto = ES:0.1 PT:0.1 BR:0.1 MX:0.1
universite; ecole = FR:0.4 BE:0.1 CH:0.1 CA:0.1
ecole centrale; ecole nationale superieure; grande ecole = FR:0.6
ecole polytechnique federale = CH:0.7
universitat = DE:0.4 AT:0.15 CH:0.15 ES:0.1
universitat politecnica = ES:0.5
technische universitat; technische hochschule; hochschule; fachhochschule = DE:0.5 AT:0.15 CH:0.15
eidgenossische technische hochschule = CH:0.7
universiteit; hogeschool = NL:0.5 BE:0.3
technische universiteit = NL:0.6 BE:0.1
katholieke universiteit = BE:0.5 NL:0.2
uniwersytet; politechnika = PL:0.7
akademia = PL:0.4
univerzita = CZ:0.4 SK:0.4
vysoke uceni technicke; ceske vysoke uceni = CZ:0.6
egyetem = HU:0.7
yliopisto = FI:0.7
universitet = SE:0.2 NO:0.2 DK:0.2
hogskola; hogskolan = SE:0.5
universitatea = RO:0.7
universiteti = AL:0.5
sveuciliste = HR:0.7
univerza = SI:0.7
univerzitet = RS:0.3 BA:0.3
panepistimio = GR:0.7
universitesi = TR:0.7
daigaku = JP:0.6
daehakgyo; daehak = KR:0.6
dai hoc; truong dai hoc = VN:0.6
mahawitthayalai = TH:0.6
`

// hintTraps are phrases that hold a country's name but do not point to
// it, or not as strongly: US states, regions of other countries, names
// inside longer names.
const hintTraps = `
georgia = GE:0.3 US:0.25
new mexico; new jersey; new england; new hampshire = US:0.3
jersey = JE:0.5
new south wales = AU:0.6
british columbia; nova scotia = CA:0.6
niger delta = NG:0.6
new guinea = PG:0.6
papua new guinea = PG:0.9
inner mongolia = CN:0.6
northern ireland = GB:0.8
new caledonia = NC:0.9
congo = CD:0.4 CG:0.4
latin america; latin american; south american; central american; south america; central america; southeast asia; south east asia; east asia; middle east; west indies = 
`
