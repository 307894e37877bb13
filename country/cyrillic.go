package country

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Partner names in Russian name their country in inflected words: a
// country in the genitive ("университет Казахстана"), its adjective
// ("Российский", "Казахский") or a city's ("Московский", "Бакинский"),
// and in compounds ("Кыргызско-Российский"). A word is read as a stem
// followed by an ending, so that one entry covers every case.

// cyrStem is a stem of a Russian word that names a country.
type cyrStem struct {
	stem   string
	code   string
	weight float64
}

var (
	cyrOnce  sync.Once
	cyrStems map[string][]cyrStem // by the stem's first two letters
)

// cyrEndings are the endings that follow a stem: nouns' and adjectives'
// case endings, and the "о" of the first part of a compound
// ("Кыргызско-").
var cyrEndings = map[string]bool{
	"": true, "а": true, "я": true, "у": true, "ю": true, "е": true, "и": true, "ы": true, "о": true,
	"ом": true, "ем": true, "ой": true, "ей": true, "ий": true, "ый": true, "ая": true, "яя": true,
	"ое": true, "ее": true, "ие": true, "ые": true, "ого": true, "его": true, "ому": true,
	"ему": true, "им": true, "ым": true, "их": true, "ых": true, "ую": true, "юю": true,
}

// cyrAdjectives are the adjectives of countries and of cities that name
// universities, as stems without their endings ("российск" for
// "Российский", "Российская"). Stems that are also a common word or
// another country's place are left out.
const cyrAdjectives = `
demonym RU: российск
demonym KZ: казахск казахстанск
demonym BY: белорусск
demonym KG: кыргызск киргизск кыргызстанск
demonym UZ: узбекск узбекистанск
demonym TJ: таджикск
demonym TM: туркменск
demonym AM: армянск
demonym AZ: азербайджанск
demonym GE: грузинск
demonym UA: украинск
demonym MD: молдавск молдовск молдарск
demonym CN: китайск
demonym JP: японск
demonym MN: монгольск
demonym VN: вьетнамск
demonym IN: индийск
demonym TR: турецк
demonym DE: германск немецк
demonym FR: французск
demonym IT: итальянск
demonym ES: испанск
demonym US: американск
demonym GB: британск английск
demonym PL: польск
demonym CZ: чешск
demonym SK: словацк
demonym FI: финск финляндск
demonym LV: латвийск
demonym LT: литовск
demonym EE: эстонск
demonym RS: сербск
demonym BG: болгарск
demonym HU: венгерск
demonym RO: румынск
demonym EG: египетск
demonym IR: иранск
demonym IL: израильск
demonym CA: канадск
demonym BR: бразильск
demonym MX: мексиканск
demonym AU: австралийск
demonym AT: австрийск
demonym CH: швейцарск
demonym SE: шведск
demonym NO: норвежск
demonym DK: датск
demonym GR: греческ
demonym PT: португальск
demonym NL: нидерландск голландск
demonym BE: бельгийск
demonym IE: ирландск
demonym TH: таиландск тайландск
demonym MY: малайзийск
demonym ID: индонезийск
demonym PH: филиппинск
demonym PK: пакистанск
demonym SY: сирийск
demonym JO: иорданск
demonym LB: ливанск
demonym KR: южнокорейск
city RU: московск петербургск санкт-петербургск казанск новосибирск томск нижегородск самарск саратовск воронежск ростовск иркутск красноярск омск пермск тюменск владивостокск екатеринбургск уфимск челябинск
city UA: киевск харьковск одесск львовск днепровск
city BY: минск гродненск витебск гомельск брестск могилевск
city UZ: ташкентск самаркандск бухарск андижанск
city AZ: бакинск
city AM: ереванск
city GE: тбилисск
city KZ: алматинск карагандинск астанинск
city KG: бишкекск ошск
city TJ: душанбинск
city MD: кишиневск
city CN: пекинск шанхайск харбинск шэньянск даляньск уханьск нанкинск гуанчжоуск
city JP: токийск осакск киотск
city KR: сеульск пусанск
city VN: ханойск
city FR: парижск
city DE: берлинск мюнхенск
city IT: римск миланск
city PL: варшавск краковск
city CZ: пражск
city BG: софийск
city RS: белградск
city HU: будапештск
city LV: рижск
city LT: вильнюсск
city EE: тартуск таллинск
city FI: хельсинкск
`

func buildCyrStems() {
	cyrStems = map[string][]cyrStem{}
	add := func(stem, code string, w float64) {
		r := []rune(stem)
		if len(r) < 3 {
			return
		}
		k := string(r[:2])
		for _, s := range cyrStems[k] {
			if s.stem == stem {
				return
			}
		}
		cyrStems[k] = append(cyrStems[k], cyrStem{stem, code, w})
	}
	for line := range strings.SplitSeq(cyrAdjectives, "\n") {
		head, stems, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		kind, code, _ := strings.Cut(head, " ")
		w := hintCity
		if kind == "demonym" {
			w = hintDemonym
		}
		for _, s := range strings.Fields(stems) {
			add(s, code, w)
		}
	}
	// Countries' names of one word, in CLDR's Russian, as stems: a
	// final vowel or "й" is an ending ("Россия": "росси").
	namer := display.Regions(language.Russian)
	for _, reg := range regions() {
		name := strings.ToLower(namer.Name(reg))
		if name == "" || strings.ContainsAny(name, " -(") {
			continue
		}
		stem := []rune(name)
		if strings.ContainsRune("аяйьео", stem[len(stem)-1]) {
			stem = stem[:len(stem)-1]
		}
		if len(stem) < 4 {
			continue // "Чад", "Перу": too short to read inside other words
		}
		add(string(stem), reg.String(), hintCountry)
	}
}

// isCyrillicText reports whether s has a Cyrillic letter.
func isCyrillicText(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// cyrillicHints adds the countries the Russian words of text name to
// acc: each word, and each part of a hyphenated one, is a stem and an
// ending. The longest stem wins a word.
func cyrillicHints(text string, factor float64, acc *hintAcc) {
	if !isCyrillicText(text) {
		return
	}
	cyrOnce.Do(buildCyrStems)
	text = strings.ReplaceAll(strings.ToLower(text), "ё", "е")
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if s, ok := cyrWord(w); ok {
			acc.add(s.code, s.weight*factor, false)
			continue
		}
		for part := range strings.SplitSeq(w, "-") {
			if s, ok := cyrWord(part); ok {
				acc.add(s.code, s.weight*factor, false)
			}
		}
	}
}

// cyrWord returns the stem a word is made of, with an ending.
func cyrWord(w string) (cyrStem, bool) {
	r := []rune(w)
	if len(r) < 3 {
		return cyrStem{}, false
	}
	var best cyrStem
	found := false
	for _, s := range cyrStems[string(r[:2])] {
		if strings.HasPrefix(w, s.stem) && cyrEndings[w[len(s.stem):]] && (!found || len(s.stem) > len(best.stem)) {
			best, found = s, true
		}
	}
	return best, found
}
