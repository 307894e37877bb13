package agreements

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/exchangelist/agreements/country"

	"github.com/exchangelist/agreements/internal/editdist"
	"github.com/exchangelist/agreements/internal/fold"
)

// columns says which cell of a row holds which field: the indices of
// the four fields every listing has (-1 for an absent one), and the kind
// and header text of every column.
type columns struct {
	country, partner, date, quota int
	end                           int // the valid-until column, -1 when none
	n                             int // cells in a full row
	kinds                         []field
	names                         []string
}

var defaultColumns = columns{country: 0, partner: 1, date: 2, quota: 3, end: -1, n: 4,
	kinds: []field{fieldCountry, fieldPartner, fieldDate, fieldQuota}, names: make([]string, 4)}

// A field is what a column holds.
type field uint8

const (
	fieldNone    field = iota // a column no word names: kept as an extra field
	fieldCountry              // the country label
	fieldPartner              // the partner's name
	fieldDate                 // the date the agreement took effect
	fieldQuota                // the student quota
	fieldEnd                  // the date it ends: valid until, expiry
	fieldNumber               // a running number
	fieldLevel                // the agreement's level or type
	fieldCity                 // the partner's city or location
	fieldRegion               // a region or continent
	fieldRemarks              // remarks, notes
	fieldURL                  // a web address
	numFields
)

// headerVocabulary maps the words that name a column in the headers of
// listings, in the languages listings are published in, to the column
// they name. Latin words are kept without accents (they are matched
// folded), so "País" is "pais".
var headerVocabulary = map[string]field{}

// latinVocabulary lists the Latin words of headerVocabulary in a fixed
// order, for the fuzzy match of damaged words. latinDeletes holds their
// indices there under each word and each way of deleting one letter
// from it: two words one edit apart (a letter changed, added, dropped
// or two swapped) share one of these keys, so a word is compared only
// with the few its keys name.
var (
	latinVocabulary []string
	latinDeletes    = map[string][]int{}
)

// maxLatinWord is the longest word matched fuzzily.
const maxLatinWord = 20

// headerNeutral are words that may appear in a header cell without
// naming a column ("Date of Agreement"); they are not counted.
var headerNeutral = map[string]bool{
	"of": true, "the": true, "and": true, "or": true, "for": true, "in": true, "to": true,
	"a": true, "an": true, "per": true, "year": true, "agreement": true,
	"agreements": true, "academic": true, "exchange": true, "with": true,
	"de": true, "del": true, "la": true, "el": true, "des": true, "der": true,
	"du": true, "le": true, "y": true, "e": true, "et": true, "und": true, "da": true, "do": true,
	"gultig": true, "valido": true,
	"term": true, // "long_term", not the start of "termino"
	"協定":   true, "협정": true, "协议": true, "協議": true,
}

func init() {
	for f, words := range map[field][]string{
		fieldCountry: {"страна", "страны", "государство", "country", "countries", "nation", "nations", "pais", "paises",
			"land", "lander", "pays", "paese", "staat", "国", "国名", "国・地域名", "国家", "國家",
			"国別", "國別", "國", "국가", "나라", "ulke", "quoc", "ประเทศ", "kraj", "negara"},
		fieldPartner: {"университет", "университеты", "вуз", "вуза", "партнер", "партнеры", "партнёр", "партнёры", "учреждение", "организация", "partner", "partners", "university", "universities", "institution", "institutions",
			"institute", "institutes", "school", "schools", "name", "organization", "organisation",
			"universidad", "universidade", "universitat", "universite", "universita", "hochschule",
			"partnerhochschule", "partneruniversitat", "institucion", "instituicao", "etablissement",
			"partenaire", "socio", "socia",
			"大学", "機関", "協定校", "大学名", "相手校", "協定大学", "学校", "相手機関", "相手機関名",
			"相手大学", "学校名称", "學校名稱", "學校", "校名", "大學", "姊妹校", "대학명", "대학",
			"기관명", "기관", "학교", "院校", "高校", "kurum", "truong", "สถาบัน", "มหาวิทยาลัย", "คู่ความร่วมมือ", "uczelnia", "partnerska", "perguruan", "tinggi", "mitra"},
		fieldDate: {"дата", "подписания", "заключения", "effective", "since", "date", "dates", "signed", "signing", "signature", "concluded",
			"unterzeichnung", "assinatura",
			"conclusion", "start", "validity", "period", "datum", "fecha", "data", "seit", "desde",
			"debut", "beginn", "inicio", "firma", "abschluss", "baslangic", "ngay", "vigencia", "stipula", "วันที่", "ลงนาม", "tanggal", "mulai",
			"締結", "締結日", "年月日", "発効", "開始", "日付", "締結年月日", "有効期間", "期間",
			"簽約日期", "签约日期", "簽約", "签约", "日期", "簽訂", "签订", "체결일", "체결", "체결일자", "협정일"},
		fieldQuota: {"квота", "квоты", "мест", "места", "студентов", "quota", "quotas", "students", "student", "places", "number", "capacity",
			"platze", "plazas", "vagas", "posti", "slots", "mobility", "mobilities", "kontenjan", "miejsc", "kuota",
			"人数", "定員", "枠", "派遣", "受入", "派遣人数", "名額", "名额", "人數", "정원", "인원"},
		fieldEnd: {"окончания", "действия", "until", "expiry", "expires", "expiration", "expiring", "end", "ends", "bis",
			"hasta", "fin", "vencimiento", "validade", "scadenza", "ablauf", "bitis", "termino", "berakhir",
			"有効期限", "期限", "終了", "満了", "到期", "有效期", "有效期限", "만료", "종료"},
		fieldNumber: {"№", "номер", "no", "nr", "nro", "num", "serial", "sno", "item",
			"序號", "序号", "番号", "번호", "編號", "编号", "項次", "stt", "sira", "ลำดับ"},
		fieldLevel: {"level", "levels", "type", "types", "category", "kind", "scope", "typ", "art",
			"tipo", "niveau", "nivel", "programme", "program", "programm", "convenio", "hinh", "thuc", "ประเภท", "jenis",
			"層級", "层级", "級別", "级别", "締結母体", "協定内容", "種別", "種類", "区分", "類別",
			"类别", "类型", "類型", "유형", "구분", "종류"},
		fieldCity: {"город", "city", "cities", "location", "town", "ciudad", "stadt", "ort", "ville", "cidade", "miasto", "kota",
			"citta", "所在地", "都市", "城市", "所在城市", "도시", "소재지"},
		fieldRegion: {"регион", "region", "regions", "continent", "area", "areas", "地域", "州", "地區", "地区", "지역", "대륙"},
		fieldRemarks: {"примечание", "примечания", "remarks", "remark", "notes", "note", "comments", "comment", "bemerkungen",
			"bemerkung", "observaciones", "remarques", "observacoes", "備註", "备注", "備考", "비고"},
		fieldURL: {"сайт", "url", "website", "web", "homepage", "site", "link", "links", "ホームページ",
			"網址", "网址", "網站", "网站", "웹사이트", "홈페이지"},
	} {
		for _, w := range words {
			headerVocabulary[w] = f
			if fold.IsASCII(w) {
				latinVocabulary = append(latinVocabulary, w)
			}
		}
	}
	slices.Sort(latinVocabulary)
	for i, v := range latinVocabulary {
		if len(v) < 5 {
			continue // matched by prefix only
		}
		add := func(k string) {
			if ks := latinDeletes[k]; len(ks) == 0 || ks[len(ks)-1] != i {
				latinDeletes[k] = append(ks, i)
			}
		}
		add(v)
		for j := range len(v) {
			add(v[:j] + v[j+1:])
		}
	}
}

// maxHeaderCell is the longest cell, in characters, read as a header cell.
const maxHeaderCell = 60

// headerField returns the column a header cell names, or fieldNone when
// the cell is not a column name. A cell names a column when at least half
// of its letters are in words of the header vocabulary; a word may be
// damaged ("Quot", "Countrv", "Qu0ta") and still count. Rows are not
// header cells: "University of Tokyo" is mostly a vocabulary word, but
// "Hong Kong Special Administrative Region" is not.
func headerField(cell string) field {
	if cell == "" || utf8.RuneCountInString(cell) > maxHeaderCell {
		return fieldNone
	}
	if numberHeader(cell) {
		return fieldNumber
	}
	var votes [numFields]int
	var orderBuf [numFields]field
	order := orderBuf[:0]
	letters, covered := 0, 0
	var mbuf [8]headerMatch
	var low [32]byte
	for len(cell) > 0 {
		// The next word: a run of letters and digits.
		i := strings.IndexFunc(cell, isHeaderWordRune)
		if i < 0 {
			break
		}
		cell = cell[i:]
		j := strings.IndexFunc(cell, isNotHeaderWordRune)
		if j < 0 {
			j = len(cell)
		}
		w := cell[:j]
		cell = cell[j:]
		// Lower-case it, ASCII words in a stack buffer.
		if len(w) <= len(low) && fold.IsASCII(w) {
			for k := 0; k < len(w); k++ {
				c := w[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				low[k] = c
			}
			lw := low[:len(w)]
			if headerNeutral[string(lw)] {
				continue
			}
			letters += len(lw)
			for _, m := range wordFields(string(lw), mbuf[:0]) {
				covered += m.n
				if votes[m.f] == 0 {
					order = append(order, m.f)
				}
				votes[m.f] += m.n
			}
			continue
		}
		if f, _ := fold.Letters(w); fold.IsASCII(f) {
			w = f // "País" is "pais"
		} else {
			w = strings.ToLower(w)
		}
		if headerNeutral[w] {
			continue
		}
		n := utf8.RuneCountInString(w)
		letters += n
		for _, m := range wordFields(w, mbuf[:0]) {
			covered += m.n
			if votes[m.f] == 0 {
				order = append(order, m.f)
			}
			votes[m.f] += m.n
		}
	}
	if covered == 0 || 2*covered < letters {
		return fieldNone
	}
	switch {
	case votes[fieldCountry] > 0 && votes[fieldRegion] > 0:
		return fieldCountry // "Country/Region", "国・地域", "Country / Area"
	case votes[fieldEnd] > 0:
		return fieldEnd // "Valid until", "Date of expiry"
	}
	if votes[fieldNumber] > 0 && votes[fieldQuota] > 0 {
		return fieldQuota // "No. of students"
	}
	best := fieldNone
	for _, f := range order {
		if best == fieldNone || votes[f] > votes[best] {
			best = f
		}
	}
	return best
}

// numberHeader reports whether a header cell names a column of running
// numbers: "No.", "#", "N.º", "Nr.".
func numberHeader(cell string) bool {
	if len(cell) > 12 {
		return false // longer than "S. No." or "Nro." with room to spare
	}
	var b strings.Builder
	for _, r := range cell {
		r = unicode.ToLower(r)
		switch {
		case r == '#' || r == '№':
			return true
		case r == 'º' || r == '°':
			b.WriteByte('o')
		case unicode.IsLetter(r):
			b.WriteRune(r)
		}
	}
	switch b.String() {
	case "no", "n", "nr", "nro", "num", "sno", "sn":
		return true
	}
	return false
}

// isHeaderWordRune reports whether r belongs to a word: a letter, a
// digit, or a mark (Thai vowel signs, accents written apart).
func isHeaderWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
func isNotHeaderWordRune(r rune) bool { return !isHeaderWordRune(r) }

// A headerMatch is a part of a word, n characters long, naming column f.
type headerMatch struct {
	f field
	n int
}

// wordFields returns the columns a lower-case word names. A Latin word
// names one column, exactly, as a prefix of four or more letters of a
// vocabulary word, or within one letter of one of five or more letters.
// A word without spaces in another script (国・地域 is two words, 派遣人数
// one) is covered by the vocabulary words it contains.
func wordFields(w string, ms []headerMatch) []headerMatch {
	if f, ok := headerVocabulary[w]; ok {
		return append(ms, headerMatch{f, utf8.RuneCountInString(w)})
	}
	n := utf8.RuneCountInString(w)
	if fold.IsASCII(w) {
		if n < 4 || n > maxLatinWord {
			return ms
		}
		// The first vocabulary word in order that w starts, or that is
		// one edit from w: the first with prefix w is where w would be
		// inserted; those one edit away are one letter longer or shorter
		// at most.
		best := len(latinVocabulary)
		if i, _ := slices.BinarySearch(latinVocabulary, w); i < len(latinVocabulary) && strings.HasPrefix(latinVocabulary[i], w) {
			best = i
		}
		if n >= 5 {
			var del [maxLatinWord]byte
			for j := -1; j < n; j++ {
				var is []int
				if j < 0 {
					is = latinDeletes[w]
				} else {
					k := append(append(del[:0], w[:j]...), w[j+1:]...)
					is = latinDeletes[string(k)] // no copy for a lookup
				}
				for _, i := range is {
					if i < best && editdist.Within(w, latinVocabulary[i], 1) {
						best = i
					}
				}
			}
		}
		if best < len(latinVocabulary) {
			return append(ms, headerMatch{headerVocabulary[latinVocabulary[best]], n})
		}
		return ms
	}
	// Greedy longest match of vocabulary words inside w.
	rs := []rune(w)
	for i := 0; i < len(rs); {
		best, bf := 0, fieldNone
		for j := len(rs); j > i && best == 0; j-- {
			if f, ok := headerVocabulary[string(rs[i:j])]; ok {
				best, bf = j-i, f
			}
		}
		if best == 0 {
			i++
			continue
		}
		ms = append(ms, headerMatch{bf, best})
		i += best
	}
	return ms
}

// isHeader reports whether cells are a column header line: no cell reads
// as a date, a quota or a number, at least two cells name distinct
// columns, and those naming a column are at least half of the non-empty
// cells.
func isHeader(cells []string) bool {
	// Most rows stop here, at their date, without allocating.
	for _, c := range cells {
		if c != "" && isDate(c) {
			return false
		}
	}
	nonEmpty := 0
	for _, c := range cells {
		if c == "" {
			continue
		}
		if looksLikeValue(c) {
			return false
		}
		nonEmpty++
	}
	var seen [numFields]bool
	named, distinct, unnamed := 0, 0, 0
	for _, c := range cells {
		if c == "" {
			continue
		}
		f := headerField(c)
		if f == fieldNone {
			if unnamed++; 2*(nonEmpty-unnamed) < nonEmpty || nonEmpty-unnamed < 2 {
				return false // too few cells are left to name columns
			}
			continue
		}
		named++
		if !seen[f] {
			seen[f] = true
			distinct++
		}
	}
	return distinct >= 2 && 2*named >= nonEmpty
}

// looksLikeValue reports whether a cell holds a value of a row: a date,
// a quota or mostly digits.
func looksLikeValue(c string) bool {
	if isDate(c) {
		return true
	}
	if q, ok := parseQuota(c); ok && q.Kind != QuotaUnspecified && q.Kind != QuotaUnknown {
		return true
	}
	digits, other := 0, 0
	for _, r := range c {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			other++
		}
	}
	return digits > 0 && digits >= other
}

// isDate reports whether c reads as a date, in either order of day and
// month when its year is last; it does not allocate.
func isDate(c string) bool {
	if _, ok := parseDate(c); ok {
		return true
	}
	df, mf, _ := yearLastReadings(c)
	return df.ok || mf.ok
}

// headerColumns returns the columns a header line gives: the kind and
// text of each of its cells. The four fields every row has, when the
// header does not name them, take its unnamed cells in their default
// order (country, partner, date, quota); when none is left, the field is
// absent (-1), as the quota is from a three-column listing. A region
// column stands for the country when no column names countries.
// Trailing empty header cells do not make a row longer.
func headerColumns(cells []string) columns {
	for len(cells) > 0 && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1]
	}
	cols := columns{kinds: make([]field, len(cells)), names: make([]string, len(cells))}
	var idx [numFields]int
	for f := range idx {
		idx[f] = -1
	}
	for i, c := range cells {
		f := headerField(c)
		cols.kinds[i], cols.names[i] = f, c
		if f != fieldNone && idx[f] < 0 {
			idx[f] = i
		}
	}
	if idx[fieldCountry] < 0 && idx[fieldRegion] >= 0 {
		idx[fieldCountry] = idx[fieldRegion]
		cols.kinds[idx[fieldRegion]] = fieldCountry
		idx[fieldRegion] = -1
	}
	// A column the header names but not with a known word takes a
	// missing field, in order: "Quot", "Kvote". A quota goes only to a
	// column named in one word: many listings have none, and a phrase
	// ("Faculty / School", "Contact E-mail") names a column of its own.
	next := 0
	for _, f := range []field{fieldCountry, fieldPartner, fieldDate, fieldQuota} {
		if idx[f] >= 0 {
			continue
		}
		for next < len(cells) && (cols.kinds[next] != fieldNone || f == fieldQuota && strings.ContainsFunc(strings.TrimSpace(cells[next]), isNotHeaderWordRune)) {
			next++
		}
		if next >= len(cells) {
			continue
		}
		idx[f] = next
		cols.kinds[next] = f
	}
	cols.country, cols.partner, cols.date, cols.quota, cols.end = idx[fieldCountry], idx[fieldPartner], idx[fieldDate], idx[fieldQuota], idx[fieldEnd]
	cols.n = len(cells)
	return cols
}

// contentColumns finds the columns of a listing without a header from
// what its rows hold, for the listings whose partner column comes before
// the country column, which the default order (country, partner, date,
// quota) would read the wrong way round. rows are the first lines' cells.
// Among the rows of the most common length (three cells or more), the
// country column is the one whose filled cells read as countries
// (country.Resolve at 0.9 or more: every row of a group but its label's
// is empty, so a share of those filled), at least two and most of them;
// the partner column the one with the most cells of plain text, which
// must be most of its filled cells; the date and quota columns the first
// whose filled cells mostly read as such, and not as a running number. Rows from the first header on
// are not looked at: the header names their columns. It reports false,
// leaving the default, when any of the four is not found or the columns
// found are the default's.
func contentColumns(rows [][]string) (columns, bool) {
	for i, cells := range rows {
		if isHeader(cells) {
			rows = rows[:i] // a header names the columns from there on
			break
		}
	}
	counts := map[int]int{}
	best := 0
	for _, cells := range rows {
		if n := len(cells); n >= 3 {
			if counts[n]++; counts[n] > counts[best] || counts[n] == counts[best] && n > best {
				best = n
			}
		}
	}
	if best == 0 || counts[best] < 3 {
		return columns{}, false
	}
	type stat struct {
		filled, country, date, quota, text int
		seq, last                          int // cells one more than the last number above: a running number
	}
	st := make([]stat, best)
	for _, cells := range rows {
		if len(cells) != best {
			continue
		}
		for j, c := range cells {
			if c == "" {
				continue
			}
			s := &st[j]
			s.filled++
			if v, err := strconv.Atoi(c); err == nil {
				if v == s.last+1 {
					s.seq++
				}
				s.last = v
			}
			switch {
			case isDate(c):
				s.date++
			case isQuotaCell(c):
				s.quota++
			case isRowNumber(c):
			default:
				if m := country.Resolve(c); !m.Country.IsZero() && m.Confidence >= 0.9 {
					s.country++
				} else {
					s.text++
				}
			}
		}
	}
	most := func(k, of int) bool { return k >= 2 && 2*k > of }
	ctry, partner, date, quota := -1, -1, -1, -1
	for j, s := range st {
		switch {
		case most(s.country, s.filled) && (ctry < 0 || s.country > st[ctry].country):
			ctry = j
		case most(s.date, s.filled) && date < 0:
			date = j
		case most(s.seq, s.filled):
			// A running number.
		case most(s.quota, s.filled) && quota < 0:
			quota = j
		case most(s.text, s.filled) && (partner < 0 || s.text > st[partner].text):
			partner = j
		}
	}
	if ctry < 0 || partner < 0 || date < 0 || quota < 0 || ctry == 0 && partner == 1 {
		return columns{}, false
	}
	cols := columns{country: ctry, partner: partner, date: date, quota: quota, end: -1, n: best,
		kinds: make([]field, best), names: make([]string, best)}
	cols.kinds[ctry], cols.kinds[partner], cols.kinds[date], cols.kinds[quota] = fieldCountry, fieldPartner, fieldDate, fieldQuota
	return cols, true
}
