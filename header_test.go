package agreements

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exchangelist/agreements/internal/editdist"
	"github.com/google/go-cmp/cmp"
)

func TestHeaderField(t *testing.T) {
	tests := []struct {
		cell string
		want field
	}{
		{"Country/Area", fieldCountry},
		{"Partner University/School/Institute", fieldPartner},
		{"Effective Since", fieldDate},
		{"Quota", fieldQuota},
		{"COUNTRY/AREA", fieldCountry},
		{"Number of Students", fieldQuota},
		{"Date of Agreement", fieldDate},
		{"Name of Partner Institution", fieldPartner},
		// Damaged by extraction or OCR.
		{"Quot", fieldQuota},
		{"Qu0ta", fieldQuota},
		{"Countrv/Area", fieldCountry},
		{"Partner Universitv/Schoo1/lnstitute", fieldPartner},
		{"Effectlve Slnce", fieldDate},
		{"Effective  Since", fieldDate},
		// Japanese.
		{"国・地域", fieldCountry},
		{"協定校", fieldPartner},
		{"締結日", fieldDate},
		{"派遣人数", fieldQuota},
		{"協定締結日", fieldDate},
		// Turkish, Vietnamese (any normal form), Spanish, Portuguese.
		{"Ülke", fieldCountry},
		{"Kontenjan", fieldQuota},
		{"Başlangıç", fieldDate},
		{"Bitiş", fieldEnd},
		{"Quốc gia", fieldCountry},
		{"Trường đối tác", fieldPartner},
		{"Ngày ký", fieldDate},
		{"Hình thức hợp tác", fieldLevel},
		{"STT", fieldNumber},
		{"Convenio", fieldLevel},
		{"Vigencia desde", fieldDate},
		{"Vigencia hasta", fieldEnd},
		{"Término", fieldEnd},
		{"long_term", fieldNone},
		// Thai, Polish, Indonesian.
		{"ประเทศ", fieldCountry},
		{"สถาบันคู่ความร่วมมือ", fieldPartner},
		{"วันที่ลงนาม", fieldDate},
		{"ลำดับ", fieldNumber},
		{"Kraj", fieldCountry},
		{"Uczelnia partnerska", fieldPartner},
		{"Liczba miejsc", fieldQuota},
		{"Negara", fieldCountry},
		{"Perguruan Tinggi Mitra", fieldPartner},
		{"Tanggal Mulai", fieldDate},
		{"Berakhir", fieldEnd},
		// Chinese: the kind of agreement is no quota.
		{"合作类型", fieldLevel},
		{"協議類型", fieldLevel},
		{"合作院校", fieldPartner},
		{"签署日期", fieldDate},
		// The other columns listings carry.
		{"No.", fieldNumber},
		{"N.º", fieldNumber},
		{"#", fieldNumber},
		{"Remarks", fieldRemarks},
		{"Valid Until", fieldEnd},
		{"Expiry Date", fieldEnd},
		{"Agreement Type", fieldLevel},
		{"City", fieldCity},
		{"Website", fieldURL},
		{"Region", fieldRegion},
		// Other languages.
		{"国・地域名", fieldCountry},
		{"相手機関名", fieldPartner},
		{"所在地", fieldCity},
		{"締結母体", fieldLevel},
		{"締結年月日", fieldDate},
		{"協定内容", fieldLevel},
		{"有効期限", fieldEnd},
		{"國家", fieldCountry},
		{"學校名稱", fieldPartner},
		{"簽約日期", fieldDate},
		{"層級", fieldLevel},
		{"備註", fieldRemarks},
		{"국가", fieldCountry},
		{"대학명", fieldPartner},
		{"체결일", fieldDate},
		{"인원", fieldQuota},
		{"번호", fieldNumber},
		{"Страна", fieldCountry},
		{"Университет-партнёр", fieldPartner},
		{"Город", fieldCity},
		{"Дата подписания", fieldDate},
		{"Квота", fieldQuota},
		{"№", fieldNumber},
		{"Примечание", fieldRemarks},
		{"País", fieldCountry},
		{"Universidad", fieldPartner},
		{"Fecha", fieldDate},
		{"Ciudad", fieldCity},
		{"Land", fieldCountry},
		{"Partnerhochschule", fieldPartner},
		{"Gültig bis", fieldEnd},
		// Not column names.
		{"", fieldNone},
		{"Hong Kong Special Administrative Region", fieldNone},
		{"Korea", fieldNone},
		{"Thailand", fieldNone},
		{"Seoul National University (College/Graduate School of Engineering)", fieldNone},
		{"チュラーロンコーン大学", fieldNone},
		{"International Islamic University Malaysia", fieldNone},
		{"Academic Exchange Agreement (Graduate School of Engineering)", fieldNone},
	}
	for _, tt := range tests {
		t.Run(tt.cell, func(t *testing.T) {
			if got := headerField(tt.cell); got != tt.want {
				t.Errorf("headerField(%q) = %d, want %d", tt.cell, got, tt.want)
			}
		})
	}
}

func TestHeaderIsHeader(t *testing.T) {
	tests := []struct {
		name string
		line string
		want bool
	}{
		{"Seed", "Country/Area\tPartner University/School/Institute\tEffective Since\tQuota", true},
		{"SeedDamaged", "Country/Area\tPartner University/School/Institute\tEffective Since\tQuot", true},
		{"Reordered", "Partner\tCountry\tQuota\tEffective Since", true},
		{"Japanese", "国・地域\t協定校\t締結日\t派遣人数", true},
		{"UpperCase", "COUNTRY/AREA\tPARTNER UNIVERSITY\tEFFECTIVE SINCE\tQUOTA", true},
		{"ExtraColumns", "No.\tCountry/Area\tPartner\tEffective Since\tQuota\tRemarks", true},
		{"OCRDamage", "Countrv/Area\tPartner Universitv/Schoo1/lnstitute\tEffectlve Since\tQu0ta", true},
		{"OneColumnUnreadable", "Country/Area\tPartner University\tXyzzy Plugh\tQuota", true},
		{"TwoColumns", "Country\tPartner", true},
		{"TrailingEmptyCells", "Country/Area\tPartner University/School/Institute\tEffective Since\tQuota\t\t", true},

		{"Row", "Thailand\tMahidol University (Faculty of Science)\t2018/08/09\t5", false},
		{"RowHongKong", "Hong Kong Special Administrative Region\tUniversity of Hong Kong\t2017/06/28\t5", false},
		{"RowHongKongNoDate", "Hong Kong Special Administrative Region\tUniversity of Hong Kong\t\t×", false},
		{"RowHongKongNoValues", "Hong Kong Special Administrative Region\tUniversity of Hong Kong\t\t", false},
		{"RowNoDate", "\tSchool of Engineering, National Institute\t\t×", false},
		{"RowDamagedDate", "Region\tUniversity of Science\t2O17/O6/28\t", false},
		{"RowJapanese", "タイ\tチュラーロンコーン大学\t2013/04/01\t10", false},
		{"Title", "Academic Exchange Agreement (Graduate School of Engineering)", false},
		{"Blank", "\t\t\t", false},
		{"OneColumnName", "Country/Area\t\t\t", false},
		{"MostlyOtherCells", "Country\tPartner\tfoo\tbar\tbaz\tqux\tquux", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cells, _ := splitCellsInto(nil, tt.line, DefaultMaxCells)
			if got := isHeader(cells); got != tt.want {
				t.Errorf("isHeader(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

// TestHeaderSeed checks every line of the seed listing: its four header
// lines are headers, and nothing else is.
func TestHeaderSeed(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "exchange-agreements.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[int]bool{1: true, 37: true, 71: true, 102: true}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		cells, _ := splitCellsInto(nil, sc.Text(), DefaultMaxCells)
		if got := isHeader(cells); got != want[n] {
			t.Errorf("line %d %q: isHeader = %v, want %v", n, sc.Text(), got, want[n])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

func TestHeaderColumns(t *testing.T) {
	tests := []struct {
		name string
		line string
		want columns
	}{
		{"Seed", "Country/Area\tPartner University/School/Institute\tEffective Since\tQuot", defaultColumns},
		{"Reordered", "Partner\tCountry\tQuota\tEffective Since", columns{country: 1, partner: 0, date: 3, quota: 2, n: 4}},
		{"JapaneseReordered", "協定校\t締結日\t派遣人数\t国・地域", columns{country: 3, partner: 0, date: 1, quota: 2, n: 4}},
		{"ExtraColumns", "No.\tCountry/Area\tPartner\tEffective Since\tQuota\tRemarks", columns{country: 1, partner: 2, date: 3, quota: 4, n: 6}},
		{"UnreadableColumn", "Country/Area\tPartner\tXyzzy\tQuota", defaultColumns},
		{"TrailingEmptyCells", "Country/Area\tPartner\tEffective Since\tQuota\t\t", defaultColumns},
		// A region column before the country: the country column is the
		// one named so, and the region is left unread.
		{"RegionThenCountry", "Region\tCountry\tPartner University\tEffective Since\tQuota", columns{country: 1, partner: 2, date: 3, quota: 4, n: 5}},
		{"PeriodOfValidity", "国名\t協定校\t有効期間\t派遣人数", columns{country: 0, partner: 1, date: 2, quota: 3, n: 4}},
		{"JapaneseRegionThenCountry", "地域\t国名\t協定校\t締結日\t派遣人数", columns{country: 1, partner: 2, date: 3, quota: 4, n: 5}},
		// A header of three named cells has no date column: it is absent (-1).
		{"ThreeCells", "Country\tPartner\tQuota", columns{country: 0, partner: 1, date: -1, quota: 2, n: 3}},
		// Extra columns named: no quota column left for the default order.
		{"NumberLevelEnd", "No.\tCountry\tPartner\tLevel\tEffective\tValid Until", columns{country: 1, partner: 2, date: 4, quota: -1, n: 6}},
		{"JapaneseSix", "国・地域名\t相手機関名\t所在地\t締結母体\t締結年月日\t協定内容", columns{country: 0, partner: 1, date: 4, quota: -1, n: 6}},
		{"ChineseFive", "國家\t學校名稱\t層級\t簽約日期\t備註", columns{country: 0, partner: 1, date: 3, quota: -1, n: 5}},
		{"CountryLast", "Partner Institution\tCity\tAgreement Type\tSigned\tExpiry Date\tCountry", columns{country: 5, partner: 0, date: 3, quota: -1, n: 6}},
		// A column named by a phrase no word of which names a field is a
		// column of its own, not the quota a listing may not have.
		{"FacultyColumn", "No.\tCountry\tPartner Institution\tFaculty / School\tLevel\tEffective Since\tValid Until\tContact E-mail",
			columns{country: 1, partner: 2, date: 5, quota: -1, n: 8}},
		{"FrenchDatePhrase", "Pays\tÉtablissement partenaire\tDate de signature\tPlaces", defaultColumns},
		{"RussianWrapped", "№\tСтрана\tУниверситет- партнёр\tГород\tДата\tКвота", columns{country: 1, partner: 2, date: 4, quota: 5, n: 6}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cells, _ := splitCellsInto(nil, tt.line, DefaultMaxCells)
			got := headerColumns(cells)
			core := func(c columns) [5]int { return [5]int{c.country, c.partner, c.date, c.quota, c.n} }
			if diff := cmp.Diff(core(tt.want), core(got)); diff != "" {
				t.Errorf("headerColumns(%q) mismatch (-want +got):\n%s", tt.line, diff)
			}
		})
	}
}

// TestHeaderRowKept checks that a row which names no date or quota, but
// whose cells hold column words, is read as a row and does not change the
// column order of the rows after it.
func TestHeaderRowKept(t *testing.T) {
	input := strings.Join([]string{
		"Country/Area\tPartner University/School/Institute\tEffective Since\tQuota",
		"Hong Kong Special Administrative Region\tUniversity of Hong Kong\t\t",
		"\tThe Chinese University of Hong Kong\t2019/01/01\t5",
	}, "\n")
	l, err := Parse(strings.NewReader(input))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := collectLines(l)
	want := []readLine{
		wantIgnored(1, LineHeader, "Country/Area\tPartner University/School/Institute\tEffective Since\tQuota"),
		wantRow(2, "Hong Kong Special Administrative Region", "University of Hong Kong", "", ""),
		wantRow(3, "", "The Chinese University of Hong Kong", "2019/01/01", "5"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lines mismatch (-want +got):\n%s", diff)
	}
}

// TestWordFieldsIndex checks the indexed fuzzy match of header words
// against the plain scan it replaces: the first vocabulary word in
// order that the word starts or is one edit from. The words are the
// vocabulary's, each cut, doubled at a letter, with a letter dropped
// or changed.
func TestWordFieldsIndex(t *testing.T) {
	scan := func(w string) field {
		n := len(w)
		for _, v := range latinVocabulary {
			if strings.HasPrefix(v, w) || (n >= 5 && len(v) >= 5 && editdist.Within(w, v, 1)) {
				return headerVocabulary[v]
			}
		}
		return fieldNone
	}
	var words []string
	for _, v := range latinVocabulary {
		for i := range len(v) {
			words = append(words, v[:i], v[:i]+v[i:i+1]+v[i:], v[:i]+v[i+1:], v[:i]+"x"+v[i+1:])
		}
	}
	for _, w := range words {
		if _, exact := headerVocabulary[w]; exact || len(w) < 4 || len(w) > maxLatinWord {
			continue
		}
		want := scan(w)
		got := fieldNone
		if ms := wordFields(w, nil); len(ms) > 0 {
			got = ms[0].f
		}
		if got != want {
			t.Errorf("wordFields(%q) = %v, the scan gives %v", w, got, want)
		}
	}
}

// TestHeaderlessColumnsFromContent: a listing without a header whose
// partner column comes before its country column is read by what its
// columns hold, not in the default order; a running number is no quota;
// a listing in the default order is left alone.
func TestHeaderlessColumnsFromContent(t *testing.T) {
	type row struct{ Partner, Code, Quota string }
	get := func(a *Agreement) row { return row{a.Partner, a.Country.Code, a.Quota.Raw} }
	tests := []struct {
		name, in string
		want     []row
	}{
		{"partner first", "University of Tokyo\t\t2015/01/20\t3\n" +
			"Kyoto University\tJapan\t2012/02/02\t2\n" +
			"Osaka University\t\t2014/08/08\t×\n" +
			"Seoul National University\t\t2016/03/03\t2\n" +
			"Korea University\tKorea\t2017/07/07\t4\n" +
			"Yonsei University\t\t2019/10/10\tST10,LT\n",
			[]row{{"University of Tokyo", "JP", "3"}, {"Kyoto University", "JP", "2"}, {"Osaka University", "JP", "×"},
				{"Seoul National University", "KR", "2"}, {"Korea University", "KR", "4"}, {"Yonsei University", "KR", "ST10,LT"}}},
		{"numbered, partner first", "1\tUniversity of Tokyo\t\t2015/01/20\t3\n" +
			"2\tKyoto University\tJapan\t2012/02/02\t2\n" +
			"3\tOsaka University\t\t2014/08/08\t5\n" +
			"4\tSeoul National University\t\t2016/03/03\t2\n" +
			"5\tKorea University\tKorea\t2017/07/07\t4\n" +
			"6\tYonsei University\t\t2019/10/10\t1\n",
			[]row{{"University of Tokyo", "JP", "3"}, {"Kyoto University", "JP", "2"}, {"Osaka University", "JP", "5"},
				{"Seoul National University", "KR", "2"}, {"Korea University", "KR", "4"}, {"Yonsei University", "KR", "1"}}},
		{"default order", "\tUniversity of Tokyo\t2015/01/20\t3\n" +
			"Japan\tKyoto University\t2012/02/02\t2\n" +
			"\tOsaka University\t2014/08/08\t×\n" +
			"\tSeoul National University\t2016/03/03\t2\n" +
			"Korea\tKorea University\t2017/07/07\t4\n" +
			"\tYonsei University\t2019/10/10\tST10,LT\n",
			[]row{{"University of Tokyo", "JP", "3"}, {"Kyoto University", "JP", "2"}, {"Osaka University", "JP", "×"},
				{"Seoul National University", "KR", "2"}, {"Korea University", "KR", "4"}, {"Yonsei University", "KR", "ST10,LT"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, parsedAs(t, tt.in, get)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}
