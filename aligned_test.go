package agreements

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/exchangelist/agreements/country"
	"github.com/google/go-cmp/cmp"
)

// TestAlignedWrappedCells reads pdftotext -layout text
// (testdata/extracted/layout/country-last.layout.txt) whose cells wrap
// onto lines of their own: a city of two words
// ("College" / "Station") around a partner's line, and a partner's name
// whose last word is a country's name ("National University of" /
// "Uzbekistan") just above that country's label. Hand-checked: the
// agreements from Glasgow on, each with its whole partner and its
// country, in order.
func TestAlignedWrappedCells(t *testing.T) {
	data, err := os.ReadFile("testdata/extracted/layout/country-last.layout.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ partner, code string }{
		{"University of Glasgow", "GB"},
		{"Lancaster University", "GB"},
		{"Newcastle University", "GB"},
		{"University of Nottingham", "GB"},
		{"University of Pittsburgh", "US"},
		{"Texas A&M University", "US"},
		{"University of Minnesota", "US"},
		{"The Ohio State University", "US"},
		{"National University of Uzbekistan", "UZ"},
		{"Tashkent State Technical University", "UZ"},
		{"National Economics University", "VN"},
		{"Foreign Trade University", "VN"},
		{"Hue University", "VN"},
	}
	l, err := Parse(strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	// From Glasgow, whose record starts on line 55 ("Student" above it).
	var got []Agreement
	for _, a := range l.Agreements {
		if a.Line >= 55 {
			got = append(got, a)
		}
	}
	if len(got) != len(want) {
		for _, a := range got {
			t.Logf("line %d: %q %s", a.Line, a.Partner, a.Country.Code)
		}
		t.Fatalf("%d agreements from line 55, want %d", len(got), len(want))
	}
	for i, a := range got {
		if a.Partner != want[i].partner || a.Country.Code != want[i].code {
			t.Errorf("agreement %d (line %d): %q in %q, want %q in %q", i, a.Line, a.Partner, a.Country.Code, want[i].partner, want[i].code)
		}
	}
}

// TestSplitAlignedSharedCell splits rows of testdata/extracted/layout/
// web-remarks.layout.txt whose remarks hold a date or a period
// ("Renewed 2022/04/01", "Suspended 2020-2022"): the date stands apart
// from the word before it, and the row has as many runs as the page
// has columns, but the remarks are one cell and every other cell stays
// in its column. Hand-checked against the truth's partners and the
// page's header.
func TestSplitAlignedSharedCell(t *testing.T) {
	l := parseLayout(t, "web-remarks")
	want := map[int][2]string{ // line -> partner, remarks
		6:  {"University of the Philippines Los Baños", "Renewed 2022/04/01"},
		20: {"National University of Sciences and Technology", "Suspended 2020-2022"},
	}
	for _, a := range l.Agreements {
		w, ok := want[a.Line]
		if !ok {
			continue
		}
		delete(want, a.Line)
		if a.Partner != w[0] {
			t.Errorf("line %d: partner %q, want %q", a.Line, a.Partner, w[0])
		}
		if f := a.Field(FieldRemarks); f != w[1] {
			t.Errorf("line %d: remarks %q, want %q", a.Line, f, w[1])
		}
		if f := a.Field(FieldURL); !strings.HasPrefix(f, "https://") {
			t.Errorf("line %d: website %q, want an address", a.Line, f)
		}
	}
	for line := range want {
		t.Errorf("no agreement on line %d", line)
	}
}

// TestAlignedNameEndsOnCountry reads testdata/extracted/layout/
// headings-region.layout.txt, a listing with country headings and no
// country column, where a partner's name wraps before its last word, a
// country's name ("National University of" / "Singapore"): the word
// ends the name, under the Singapore heading above it, and is no heading.
func TestAlignedNameEndsOnCountry(t *testing.T) {
	l := parseLayout(t, "headings-region")
	const want = "新加坡國立大學 National University of Singapore"
	for _, a := range l.Agreements {
		if strings.HasPrefix(a.Partner, "新加坡國立大學") {
			if a.Partner != want || a.Country.Code != "SG" {
				t.Errorf("line %d: %q in %q, want %q in SG", a.Line, a.Partner, a.Country.Code, want)
			}
			return
		}
	}
	t.Errorf("no agreement with %q", want)
}

// TestAlignedRowNeedsPartner checks that a row whose values stand below
// its partner's line (its cells centred on two lines) keeps that line,
// though the row above could take it as the rest of its name: a row
// without a partner costs more than any reading of the names. In
// Japanese no capital says that "ノボシビルスク国立大学" starts a name.
func TestAlignedRowNeedsPartner(t *testing.T) {
	l := parseLayout(t, "japanese-full")
	// Lines 73-77: 極東連邦大学 with its values on line 73, the country
	// label and the rest of its city on 74; ノボシビルスク国立大学 on 75
	// with its values on 76 and the rest of its date on 77.
	want := map[int]struct{ partner, date string }{
		73: {"極東連邦大学", "2012-11-17"},
		75: {"ノボシビルスク国立大学", "2017-10-18"},
	}
	for _, a := range l.Agreements {
		if a.Line < 73 || a.Line > 77 {
			continue
		}
		w, ok := want[a.Line]
		if !ok {
			t.Errorf("an agreement on line %d: %q", a.Line, a.Partner)
			continue
		}
		delete(want, a.Line)
		if a.Partner != w.partner || a.EffectiveSince.String() != w.date || a.Country.Code != "RU" {
			t.Errorf("line %d: %q %s in %q, want %q %s in RU", a.Line, a.Partner, a.EffectiveSince, a.Country.Code, w.partner, w.date)
		}
	}
	for line, w := range want {
		t.Errorf("no agreement on line %d, want %q", line, w.partner)
	}
}

// TestAlignedTitleAboveHeader checks that a listing's title above its
// header, which the columns of space-aligned text cut into cells with
// one where the dates stand, is ignored as a title, not read as a row.
func TestAlignedTitleAboveHeader(t *testing.T) {
	const listing = `Partner Universities - Asia, Middle East and Africa
No.    Country        University                             Effective
1                     National University of Singapore       1998/10/28
2      Singapore      Nanyang Technological University       2023/04/03
3                     Singapore Management University        2007/06/06
`
	l, err := Parse(strings.NewReader(listing))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Agreements) != 3 || l.Agreements[0].Line != 3 {
		for _, a := range l.Agreements {
			t.Logf("line %d: %q", a.Line, a.Partner)
		}
		t.Fatalf("%d agreements, want 3 from line 3", len(l.Agreements))
	}
	for _, ig := range l.Ignored {
		if ig.Line == 1 && ig.Kind != LineTitle {
			t.Errorf("line 1 ignored as %v, want a title", ig.Kind)
		}
	}
	for _, d := range l.Diagnostics {
		if d.Line == 1 && d.Severity >= Warning {
			t.Errorf("line 1: %v", d)
		}
	}
}

// TestAlignedLabelBetweenRows checks where a merged label goes whose
// centre line holds nothing else, its other lines being rows' lines
// ("Democratic" beside one row, "Republic of" alone, "the Congo" beside
// the next): to a row it shares a line with, not to the row below it as
// a heading would. Given to the row below, it took that row (The
// Chinese University of Hong Kong) into its group.
func TestAlignedLabelBetweenRows(t *testing.T) {
	l := parseLayout(t, "narrow-country")
	checkCountries(t, "narrow-country", l, map[int]string{10: "CD", 12: "CD", 13: "HK", 14: "HK", 15: "HK"})
}

// TestAlignedNarrowLastPage checks a last page of one row under a header
// of its own, its table laid out narrower than the page before: its
// columns are the page before's, moved as the header's words moved.
func TestAlignedNarrowLastPage(t *testing.T) {
	l := parseLayout(t, "spanish-columns")
	// Line 47, after the form feed and the header on line 46:
	// "33           University of Southampton    Southampton     25/06/1997".
	a := l.Agreements[len(l.Agreements)-1]
	if a.Line != 47 || a.Partner != "University of Southampton" || a.Field(FieldCity) != "Southampton" ||
		a.EffectiveSince.String() != "1997-06-25" || a.Country.Code != "GB" {
		t.Errorf("last agreement: line %d %q in %q, city %q, since %s; want line 47 %q in GB, city Southampton, since 1997-06-25",
			a.Line, a.Partner, a.Country.Code, a.Field(FieldCity), a.EffectiveSince, "University of Southampton")
	}
}

// TestRescale checks how column starts move with a header's words.
func TestRescale(t *testing.T) {
	// The header words and columns of testdata/extracted/layout/spanish-
	// columns' first page, and the header words of its last page, whose
	// row starts its cells at 0, 13, 55 and 71.
	from, to := []int{1, 18, 56, 90, 103}, []int{0, 6, 41, 62, 75}
	got := rescale([]int{0, 7, 25, 78, 99}, from, to)
	want := []int{-1, 2, 12, 54, 71}
	if !slices.Equal(got, want) {
		t.Errorf("rescale = %v, want %v", got, want)
	}
	// Columns stay in order when words crowd together.
	if got := rescale([]int{0, 10, 20}, []int{0, 10, 20}, []int{0, 1, 1}); !slices.IsSorted(got) || got[1] == got[2] {
		t.Errorf("rescale onto crowded words = %v, want strictly increasing", got)
	}
}

// TestAlignedBlock checks rows whose cells pdftotext wrote column by
// column (a block): the names on lines of their own, then the dates,
// then the quotas. Each row takes its own date and quota, in order;
// the value lines belong to the block's last row, so every line is
// still one row's or ignored.
func TestAlignedBlock(t *testing.T) {
	const listing = `Country      Partner                              Since        Quota
Austria      Graz University of Technology        1996/07/09   2
             University of Vienna                 2004/08/11   3
Belgium      Ghent University
             KU Leuven
                                                  1996/08/08
                                                  2016/11/24
                                                               2
                                                               1
Brazil       University of Sao Paulo              2014/10/24   3
Canada       McGill University                    2017/04/18   1
             University of Toronto                2012/05/01   2
`
	l, err := Parse(strings.NewReader(listing))
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		line, end int
		partner   string
		code      string
		date      string
		quota     string
	}
	want := []row{
		{2, 2, "Graz University of Technology", "AT", "1996-07-09", "2"},
		{3, 3, "University of Vienna", "AT", "2004-08-11", "3"},
		{4, 4, "Ghent University", "BE", "1996-08-08", "2"},
		{5, 9, "KU Leuven", "BE", "2016-11-24", "1"},
		{10, 10, "University of Sao Paulo", "BR", "2014-10-24", "3"},
		{11, 11, "McGill University", "CA", "2017-04-18", "1"},
		{12, 12, "University of Toronto", "CA", "2012-05-01", "2"},
	}
	var got []row
	for _, a := range l.Agreements {
		got = append(got, row{a.Line, max(a.Line, a.EndLine), a.Partner, a.Country.Code, a.EffectiveSince.String(), a.Quota.Raw})
	}
	if !slices.Equal(got, want) {
		t.Errorf("agreements:\n got %v\nwant %v", got, want)
	}
	for _, d := range l.Diagnostics {
		if d.Severity >= Warning {
			t.Errorf("%v", d)
		}
	}
}

// TestLabelInTwoScripts checks a label written in two scripts that wraps
// onto a line of its own ("スウェーデン" beside its row, "Sweden" below):
// one label, not a second one for the row below.
func TestLabelInTwoScripts(t *testing.T) {
	const listing = "国・地域\t協定校\t締結日\n" +
		"スペイン Spain\tサラマンカ大学\t1999/4/7\n" +
		"スウェーデン\tルンド大学\t2016/7/14\n" +
		"Sweden\t\t\n" +
		"スイス Switzerland\tジュネーブ大学\t2002/10/24\n"
	l, err := Parse(strings.NewReader(listing))
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]string{2: "ES", 3: "SE", 5: "CH"}
	if len(l.Agreements) != len(want) {
		t.Fatalf("%d agreements, want %d", len(l.Agreements), len(want))
	}
	for _, a := range l.Agreements {
		if a.Country.Code != want[a.Line] {
			t.Errorf("line %d: %q, want %q", a.Line, a.Country.Code, want[a.Line])
		}
	}
}

// TestAlignedHeadings checks country headings in space-aligned text: a
// numbered heading ("1   LITUANIA") heads the rows below it, not the
// row above it though it stands between them, and a heading at the foot
// of a page ("歐洲 Europe / 西班牙 Spain" above a repeated header) heads
// the next page's first row.
func TestAlignedHeadings(t *testing.T) {
	for _, tc := range []struct {
		file string
		want map[int]string // line: country
	}{
		{"headings-caps", map[int]string{45: "IT", 46: "IT", 48: "LT", 50: "NO"}},
		{"headings-region", map[int]string{37: "FR", 38: "FR", 41: "ES"}},
	} {
		l := parseLayout(t, tc.file)
		checkCountries(t, tc.file, l, tc.want)
	}
}

// TestAlignedSparseColumn checks a country column most rows leave empty
// (a merged cell printed once a group) after a row-number column: too
// few lines start there for a column by count (6 labels on 45 rows),
// but on each of them the number column holds a cell too. A two-digit
// number runs into its label with a single space ("10 Malaysia"); the
// number is cut off.
func TestAlignedSparseColumn(t *testing.T) {
	var b strings.Builder
	// The header's words stand centred over their columns, "Country"
	// well right of where the labels start.
	b.WriteString(" No.         Country             Partner                 Since\n")
	groups := []struct {
		label string
		size  int
	}{{"Netherlands", 3}, {"Taiwan", 3}, {"Germany", 3}, {"Malaysia", 12}, {"Mongolia", 12}, {"Spain", 12}}
	type row struct{ partner, country, label string }
	var want []row
	n := 0
	for _, g := range groups {
		for i := range g.size {
			n++
			label := ""
			if i == 0 {
				label = g.label
			}
			num := fmt.Sprintf("%-4d", n)
			if n >= 10 && label != "" {
				num = fmt.Sprintf("%d ", n) // a single space: the runs meet
			}
			partner := fmt.Sprintf("University %c%c of %s", 'A'+n%26, 'a'+n%7, g.label)
			fmt.Fprintf(&b, "%s%-15s%-33s2017/06/%02d\n", num, label, partner, n%28+1)
			want = append(want, row{partner, g.label, label})
		}
	}
	l, err := Parse(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Agreements) != len(want) {
		t.Fatalf("%d agreements, want %d:\n%s", len(l.Agreements), len(want), b.String())
	}
	for i, a := range l.Agreements {
		w := want[i]
		if a.Partner != w.partner || a.Country.Name != w.country || a.CountryLabel != w.label || a.Field(FieldNumber) != strconv.Itoa(i+1) {
			t.Errorf("line %d: number %q, %q in %q (label %q), want number %d, %q in %s (label %q)",
				a.Line, a.Field(FieldNumber), a.Partner, a.Country.Name, a.CountryLabel, i+1, w.partner, w.country, w.label)
		}
	}
}

// TestAlignedWrappedExtraColumn checks rows whose partner and faculty
// both wrap, the faculty's pieces on lines of their own: they stay in
// the faculty column, out of the partner's name. (Which row a line of
// the faculty alone goes to is decided by the partners' text.)
func TestAlignedWrappedExtraColumn(t *testing.T) {
	const listing = `No.    Country     Partner Institution          Faculty / School            Level   Effective Since
                   Federal University of        School of Agriculture and
24                                                                          UG/PG   2022/02/26
                   Technology, Akure            Agricultural Technology
       Nigeria     Michael Okpara
                                                College of Crop and Soil
25                 University of Agriculture,                               PG      2021/06/13
                                                Sciences
                   Umudike
                                                Faculty of Environmental
                   Norwegian University of
26     Norway                                   Sciences and Natural Resource PG    2014/10/14
                   Life Sciences
`
	l, err := Parse(strings.NewReader(listing))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Federal University of Technology, Akure",
		"Michael Okpara University of Agriculture, Umudike",
		"Norwegian University of Life Sciences",
	}
	if len(l.Agreements) != len(want) {
		for _, a := range l.Agreements {
			t.Logf("line %d: %q", a.Line, a.Partner)
		}
		t.Fatalf("%d agreements, want %d", len(l.Agreements), len(want))
	}
	for i, a := range l.Agreements {
		if a.Partner != want[i] {
			t.Errorf("agreement %d: %q, want %q", i, a.Partner, want[i])
		}
	}
}

// TestAlignedCentredLabels checks a country column whose labels are
// centred in it, so that they start anywhere across it, the longest at
// the page's left edge: one column, not a column of long labels and
// another of short ones.
func TestAlignedCentredLabels(t *testing.T) {
	groups := []struct{ label, a, b string }{
		{"Afrique du Sud", "North-West University", "University of the Western Cape"},
		{"Allemagne", "Universität des Saarlandes", "Universität Konstanz"},
		{"Argentine", "Universidad Nacional de Tucumán", "Universidad de Buenos Aires"},
		{"Chine", "Université Fudan", "Université de Pékin"},
		{"Bosnie-Herzégovine", "Université de Sarajevo", "Université de Banja Luka"},
		{"Maroc", "Université Mohammed V", "Université Hassan II"},
		{"Italie", "Université de Bologne", "Université de Padoue"},
		{"Japon", "Université de Tokyo", "Université de Kyoto"},
	}
	var b strings.Builder
	b.WriteString("        Pays               Établissement partenaire           Date de signature\n")
	day := 0
	for _, g := range groups {
		pad := max(0, (19-len([]rune(g.label)))/2) // centred in 19 columns
		day++
		fmt.Fprintf(&b, "%-22s%-38s%02d/11/2018\n", "", g.a, day)
		fmt.Fprintf(&b, "%s%s\n", strings.Repeat(" ", pad), g.label)
		day++
		fmt.Fprintf(&b, "%-22s%-38s%02d/11/2018\n", "", g.b, day)
	}
	l, err := Parse(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Agreements) != 2*len(groups) {
		t.Fatalf("%d agreements, want %d:\n%s", len(l.Agreements), 2*len(groups), b.String())
	}
	for i, a := range l.Agreements {
		g := groups[i/2]
		want := g.a
		if i%2 == 1 {
			want = g.b
		}
		label := country.Resolve(g.label)
		if a.Partner != want || a.Country != label.Country || a.EffectiveSince.IsZero() {
			t.Errorf("line %d: %q in %q since %v, want %q in %s", a.Line, a.Partner, a.Country.Code, a.EffectiveSince, want, label.Country.Code)
		}
	}
}

// TestAlignedNumberRunsIntoLabel checks a page on which every label
// follows a two-digit row number with a single space ("38 Thailand"),
// so that no run starts where the country column does: under a header
// whose first column numbers the rows, the number and the label are two
// cells.
func TestAlignedNumberRunsIntoLabel(t *testing.T) {
	var b strings.Builder
	header := "No.   Country        Partner                            Since\n"
	b.WriteString(header)
	labels := []string{"Canada", "Chile", "Czechia", "Egypt", "Kenya", "Mexico"}
	var want []numberedRow
	n := 0
	for p, page := range [][]string{labels[:3], labels[3:]} {
		if p > 0 {
			b.WriteString("\f" + header)
		}
		for _, label := range page {
			c := country.Resolve(label).Country
			for i := range 3 {
				n += 1 + 9*p*boolInt(n < 10) // the second page's numbers have two digits
				num := fmt.Sprintf("%-6d", n)
				l := ""
				if i == 0 {
					l = label
					if n >= 10 {
						num = fmt.Sprintf("%d ", n)
					}
				}
				partner := fmt.Sprintf("University %c%c of %s", 'A'+n%26, 'a'+i, label)
				fmt.Fprintf(&b, "%s%-15s%-35s2017/06/%02d\n", num, l, partner, n%28+1)
				want = append(want, numberedRow{n, partner, c.Code, l})
			}
		}
	}
	checkNumbered(t, b.String(), want)
}

// numberedRow is a row of a numbered listing as written: its number,
// partner, country and printed label.
type numberedRow struct {
	number               int
	partner, code, label string
}

// checkNumbered parses text and checks each agreement's number, partner,
// country and label against want.
func checkNumbered(t *testing.T, text string, want []numberedRow) {
	t.Helper()
	l, err := Parse(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Agreements) != len(want) {
		t.Fatalf("%d agreements, want %d:\n%s", len(l.Agreements), len(want), text)
	}
	for i, a := range l.Agreements {
		w := want[i]
		if a.Partner != w.partner || a.Country.Code != w.code || a.CountryLabel != w.label || a.Field(FieldNumber) != strconv.Itoa(w.number) {
			t.Errorf("line %d: number %q, %q in %q (label %q), want number %d, %q in %s (label %q)",
				a.Line, a.Field(FieldNumber), a.Partner, a.Country.Code, a.CountryLabel, w.number, w.partner, w.code, w.label)
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestAlignedPageLosesColumn checks a page whose rows show fewer columns
// than the page before, under the same header: its one label on eight
// rows is too few runs to make the country column, and the row numbers
// would fall into it. The page before's columns are kept, moved with the header.
func TestAlignedPageLosesColumn(t *testing.T) {
	header := "No.       Country     Partner Institution           Level     Since\n"
	var b strings.Builder
	b.WriteString(header)
	var want []numberedRow
	add := func(n int, label, partner, code string) {
		fmt.Fprintf(&b, "%-6d%-16s%-30s%-10s2017/06/%02d\n", n, label, partner, "UG", n%28+1)
		want = append(want, numberedRow{n, partner, code, label})
	}
	n := 0
	for _, g := range []struct{ label, code string }{{"Canada", "CA"}, {"Chile", "CL"}, {"Egypt", "EG"}, {"Kenya", "KE"}} {
		for i := range 3 {
			n++
			l := ""
			if i == 1 {
				l = g.label
			}
			add(n, l, fmt.Sprintf("University %c of %s", 'A'+n, g.label), g.code)
		}
	}
	b.WriteString("\f" + header)
	for i := range 8 {
		n++
		l := ""
		if i == 3 {
			l = "Vietnam"
		}
		add(n, l, fmt.Sprintf("University %c of Vietnam", 'A'+n), "VN")
	}
	checkNumbered(t, b.String(), want)
}

// TestAlignedNameInLabelCell checks a partner's name run into the
// label's cell with a single space ("ベルギー Belgium ゲント大学"): the
// label is read without it, and the name goes back to its partner.
func TestAlignedNameInLabelCell(t *testing.T) {
	l := parseLayout(t, "japanese-bilingual")
	for _, a := range l.Agreements {
		if a.Line == 6 {
			if a.CountryLabel != "ベルギー Belgium" || a.Partner != "ゲント大学 Ghent University" || a.Country.Code != "BE" {
				t.Errorf("line 6: label %q, partner %q in %q; want label %q, partner %q in BE",
					a.CountryLabel, a.Partner, a.Country.Code, "ベルギー Belgium", "ゲント大学 Ghent University")
			}
			return
		}
	}
	t.Errorf("no agreement on line 6")
}

// parseLayout parses the pdftotext -layout text of a listing of
// testdata/extracted.
func parseLayout(t *testing.T, name string) *Listing {
	t.Helper()
	return parseFile(t, filepath.Join("testdata", "extracted", "layout", name+".layout.txt"), false)
}

// checkCountries checks the countries of the agreements on the lines of
// want, and that there is one on each.
func checkCountries(t *testing.T, file string, l *Listing, want map[int]string) {
	t.Helper()
	seen := map[int]bool{}
	for _, a := range l.Agreements {
		if c, ok := want[a.Line]; ok {
			seen[a.Line] = true
			if a.Country.Code != c {
				t.Errorf("%s: line %d (%s): %q, want %q", file, a.Line, a.Partner, a.Country.Code, c)
			}
		}
	}
	for line := range want {
		if !seen[line] {
			t.Errorf("%s: no agreement on line %d", file, line)
		}
	}
}

// TestAlignedRegionColumn reads space-aligned text whose second column,
// a merged region cell, holds text on a few lines only (fewer than a
// column of the page's rows needs), some of them a row's and one its
// own, under a title whose words name columns ("Partners", "Region and
// Country"). The region column is a column of its own, not part of the
// row numbers', and the title is no first line of the header.
// Hand-checked: each partner is in the country of its group.
func TestAlignedRegionColumn(t *testing.T) {
	type row struct{ Partner, Code string }
	groups := []struct {
		region, country, code string
		partners              []string
	}{
		{"", "Ghana", "GH", []string{"Ghana Institute of Management", "University of Ghana"}},
		{"Africa", "Kenya", "KE", []string{"Kenyatta University", "University of Nairobi"}},
		{"", "Morocco", "MA", []string{"Mohammed V University in Rabat", "Moroccan School of Engineering"}},
		{"", "Canada", "CA", []string{"McGill University", "University of Toronto"}},
		{"Americas", "Chile", "CL", []string{"Universidad de Chile", "Universidad de Santiago de Chile"}},
		{"", "Mexico", "MX", []string{"National Autonomous University of Mexico", "Universidad de Guadalajara"}},
		{"", "Japan", "JP", []string{"Kyoto University", "Osaka University"}},
		{"Asia", "Korea", "KR", []string{"Korea University", "Seoul National University"}},
		{"", "Vietnam", "VN", []string{"Hanoi University", "Vietnam National University"}},
		{"", "Thailand", "TH", []string{"Bangkok University", "Chiang Mai University"}},
		{"", "Norway", "NO", []string{"University of Bergen", "University of Oslo"}},
		{"", "Spain", "ES", []string{"University of Barcelona", "University of Granada"}},
		{"", "Sweden", "SE", []string{"Lund University", "Stockholm University"}},
	}
	var b strings.Builder
	b.WriteString("International Exchange Partners by Region and Country\n")
	b.WriteString(" No.      Region             Country                 Partner Institution                           Effective Since      Quota\n")
	var want []row
	n := 0
	for g, gr := range groups {
		for j, p := range gr.partners {
			n++
			region, country := "", ""
			if j == 0 {
				country = gr.country
				region = gr.region
			}
			if g == 4 && j == 0 {
				// A region on a line of its own, between rows.
				fmt.Fprintf(&b, "          %s\n", region)
				region = ""
			}
			fmt.Fprintf(&b, "%-10s%-19s%-24s%-46s%-21s%d\n", strconv.Itoa(n), region, country, p, fmt.Sprintf("May %d, 2015", n), 2)
			want = append(want, row{p, gr.code})
		}
	}
	l, err := Parse(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	var got []row
	for _, a := range l.Agreements {
		got = append(got, row{a.Partner, a.Country.Code})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("agreements (-want +got):\n%s\n%s", diff, b.String())
	}
	// The row numbers are cells of their own, the regions too.
	for i, a := range l.Agreements {
		var number, region string
		for _, f := range a.Fields {
			switch f.Kind {
			case FieldNumber:
				number = f.Value
			case FieldRegion:
				region = f.Value
			}
		}
		if number != strconv.Itoa(i+1) {
			t.Errorf("line %d: number %q, want %d", a.Line, number, i+1)
		}
		if region != "" && region != "Africa" && region != "Americas" && region != "Asia" && region != "Europe" {
			t.Errorf("line %d: region %q", a.Line, region)
		}
	}
}

// TestAlignedHeadFirstWord reads two rows of three lines each, values on
// the middle line, where the first row's name ends on a line of its own
// and the next one's starts on one: "Universidad" starts a Spanish name
// and never ends one, so it goes down to the row below. Hand-checked
// against the table as printed.
func TestAlignedHeadFirstWord(t *testing.T) {
	const in = "" +
		"     Paese       Università partner              Data stipula       Scadenza        Posti\n" +
		"                 Université du Québec à\n" +
		"     Canada                                      5/9/2018           4/9/2023        2\n" +
		"                 Trois-Rivières\n" +
		"                 Universidad\n" +
		"     Colombia    Nacional de Colombia            9/9/2013           8/9/2018        2\n" +
		"                 (Sede Bogotá)\n"
	got := parsedAs(t, in, func(a *Agreement) string { return a.Partner })
	if want := []string{"Université du Québec à Trois-Rivières", "Universidad Nacional de Colombia (Sede Bogotá)"}; !slices.Equal(got, want) {
		t.Errorf("partners %q, want %q", got, want)
	}
}

// TestAlignedWrappedQuota reads a row whose name and quota both wrap
// around its middle line, the line with its label and dates ("a" above,
// "definir" below): one row, its quota read whole (unspecified: to be
// decided), not three rows. Hand-checked against the table as printed.
func TestAlignedWrappedQuota(t *testing.T) {
	const in = "" +
		"País          Instituição parceira         Início       Término      Vagas\n" +
		"              Universidade Federal do\n" +
		"Brasil                                     07/10/1998   06/10/2003   2\n" +
		"              Paraná\n" +
		"              Universidade de Cabo                                   a\n" +
		"Cabo Verde                                 03/02/2002   02/02/2007\n" +
		"              Verde                                                  definir\n"
	type row struct{ Partner, Code, Quota string }
	want := []row{{"Universidade Federal do Paraná", "BR", "2"}, {"Universidade de Cabo Verde", "CV", "a definir"}}
	got := parsedAs(t, in, func(a *Agreement) row { return row{a.Partner, a.Country.Code, a.Quota.Raw} })
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("agreements (-want +got):\n%s", diff)
	}
}

// TestAlignedWrappedQuotaPiece reads a row whose quota wraps around its
// middle line though its first piece reads as a quota on its own ("1 SMS
// + 1" above, "STA" below, on the line with the label): one row, not
// two. Hand-checked against the table as printed.
func TestAlignedWrappedQuotaPiece(t *testing.T) {
	const in = "" +
		"    Kraj          Uczelnia partnerska            Miasto       Liczba miejsc  Data podpisania\n" +
		"            Fachhochschule St. Pölten          St. Pölten   2 SMS          8 lutego 2014 r.\n" +
		"Austria     Universität Wien                   Wiedeń       2 SMS          9 marca 2005 r.\n" +
		"            Veterinární univerzita Brno        Brno         2 SMS          14 kwietnia 2017 r.\n" +
		"            Vysoká škola                                    1 SMS + 1\n" +
		"                                               Praga                       11 kwietnia 2013 r.\n" +
		"Czechy      uměleckoprůmyslová v Praze                      STA\n" +
		"            Université d'Orléans               Orlean       2 SMS          5 lutego 2018 r.\n" +
		"Francja     Ionian University                  Korfu        2 SMS          30 czerwca 2019 r.\n"
	type row struct{ Partner, Quota string }
	got := parsedAs(t, in, func(a *Agreement) row { return row{a.Partner, a.Quota.Raw} })
	want := []row{{"Fachhochschule St. Pölten", "2 SMS"}, {"Universität Wien", "2 SMS"}, {"Veterinární univerzita Brno", "2 SMS"},
		{"Vysoká škola uměleckoprůmyslová v Praze", "1 SMS + 1 STA"}, {"Université d'Orléans", "2 SMS"}, {"Ionian University", "2 SMS"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("agreements (-want +got):\n%s", diff)
	}
}

// TestAlignedWrappedDateMark reads a row whose date wraps around its
// middle line though its first piece reads as a date on its own ("8
// października 2012" above, the year's mark "r." below), under a row
// whose name wraps around its own: each row keeps its name and date.
// Hand-checked against the table as printed.
func TestAlignedWrappedDateMark(t *testing.T) {
	const in = "" +
		"Kraj          Uczelnia partnerska                 Miasto        Liczba miejsc  Data podpisania\n" +
		"Portugalia    Instituto Politécnico de Setúbal    Setúbal       2 SMS          10 czerwca 2003 r.\n" +
		"              Universitatea de Vest din\n" +
		"                                                  Timișoara     2 SMS          21 grudnia 2010 r.\n" +
		"              Timișoara\n" +
		"                                                                               8 października 2012\n" +
		"              Universitatea din Oradea            Oradea        2 SMS\n" +
		"Rumunia                                                                        r.\n" +
		"              Universitatea Babeș-Bolyai          Cluj          2 SMS          9 maja 2011 r.\n"
	type row struct{ Partner, Date string }
	got := parsedAs(t, in, func(a *Agreement) row { return row{a.Partner, a.EffectiveSince.String()} })
	want := []row{{"Instituto Politécnico de Setúbal", "2003-06-10"}, {"Universitatea de Vest din Timișoara", "2010-12-21"},
		{"Universitatea din Oradea", "2012-10-08"}, {"Universitatea Babeș-Bolyai", "2011-05-09"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("agreements (-want +got):\n%s", diff)
	}
}

// TestAlignedWrappedJapaneseDay reads rows whose Japanese date wraps its
// last character ("日") onto the next line, where the name goes on or,
// when the date's first piece stands above the row's name, where the
// name is: each row keeps its name and its whole date, though the first
// piece already reads as a date. Hand-checked against the table as
// printed.
func TestAlignedWrappedJapaneseDay(t *testing.T) {
	const in = "" +
		"  国・地域                         協定校                            締結日       交換枠\n" +
		"イタリア    パレルモ大学（University of Palermo）                     平成31年2月14日 2名\n" +
		"        インド工科大学グワーハーティー校（Indian Institute of              平成13年9月16 若干名\n" +
		"インド     Technology Guwahati）                              日\n" +
		"        アンダラス大学（Andalas University）                       平成12年9月27 2名\n" +
		"                                                          日\n" +
		"                                                          平成20年8月20 3名\n" +
		"インドネシア ウダヤナ大学（Udayana University）                         日\n" +
		"        ビショップス大学（Bishop's University）                     2005年12月1日 2名\n"
	type row struct{ Partner, Date string }
	got := parsedAs(t, in, func(a *Agreement) row { return row{a.Partner, a.EffectiveSince.String()} })
	want := []row{{"パレルモ大学（University of Palermo）", "2019-02-14"},
		{"インド工科大学グワーハーティー校（Indian Institute of Technology Guwahati）", "2001-09-16"},
		{"アンダラス大学（Andalas University）", "2000-09-27"}, {"ウダヤナ大学（Udayana University）", "2008-08-20"},
		{"ビショップス大学（Bishop's University）", "2005-12-01"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("agreements (-want +got):\n%s", diff)
	}
}

// TestAlignedWrappedAroundName reads a row whose quota and date both wrap
// around the line with its name and city, which has neither ("1 SMS +
// 1" and "22 października" above, "STA" and "2004 r." below, with the
// label): one row with its quota and date whole. Hand-checked against the
// table as printed.
func TestAlignedWrappedAroundName(t *testing.T) {
	const in = "" +
		"    Kraj          Uczelnia partnerska            Miasto       Liczba miejsc  Data podpisania\n" +
		"Litwa       Mykolo Romerio universitetas       Wilno        2 SMS          22 lipca 2014 r.\n" +
		"            Liepājas Universitāte              Lipawa       2 SMS          8 maja 2021 r.\n" +
		"                                                            1 SMS + 1      22 października\n" +
		"            Rīgas Stradiņa universitāte        Ryga\n" +
		"Łotwa                                                       STA            2004 r.\n" +
		"Niemcy      Hochschule Zittau/Görlitz          Zittau       3 SMS          21 marca 2011 r.\n"
	type row struct{ Partner, Code, Quota, Date string }
	got := parsedAs(t, in, func(a *Agreement) row { return row{a.Partner, a.Country.Code, a.Quota.Raw, a.EffectiveSince.String()} })
	want := []row{{"Mykolo Romerio universitetas", "LT", "2 SMS", "2014-07-22"}, {"Liepājas Universitāte", "LV", "2 SMS", "2021-05-08"},
		{"Rīgas Stradiņa universitāte", "LV", "1 SMS + 1 STA", "2004-10-22"}, {"Hochschule Zittau/Görlitz", "DE", "3 SMS", "2011-03-21"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("agreements (-want +got):\n%s", diff)
	}
}

// TestAlignedWrappedDate reads a row whose name and dates wrap around its
// middle line, the line with its number, label and quota ("24 Januari"
// above, "2011" below): one row with its dates whole, not a row of a
// bare year. Hand-checked against the table as printed.
func TestAlignedWrappedDate(t *testing.T) {
	const in = "" +
		" No    Negara      Perguruan Tinggi Mitra                Mulai              Berakhir        Kuota\n" +
		"1                  Northern Illinois University          13 Juni 2015       12 Juni 2020    2\n" +
		"       Amerika\n" +
		"2                  Ohio University                       14 Mei 2017        13 Mei 2020     3\n" +
		"       Serikat\n" +
		"                                                         24 Januari         23 Januari\n" +
		"3      Australia   Central Queensland University                                            2\n" +
		"                                                         2011               2016\n"
	type row struct{ Partner, Code, Since, Until string }
	got := parsedAs(t, in, func(a *Agreement) row {
		return row{a.Partner, a.Country.Code, a.EffectiveSince.String(), a.ValidUntil.String()}
	})
	want := []row{
		{"Northern Illinois University", "US", "2015-06-13", "2020-06-12"},
		{"Ohio University", "US", "2017-05-14", "2020-05-13"},
		{"Central Queensland University", "AU", "2011-01-24", "2016-01-23"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("agreements (-want +got):\n%s", diff)
	}
}

// TestAlignedOverhang: a city that pdftotext set a single space after
// the partner's name, up to the city column's start, is the row's city;
// a long name that stops short of the column stays whole.
func TestAlignedOverhang(t *testing.T) {
	line := func(label, partner string, at int, city, date, quota string) string {
		s := fmt.Sprintf("%-10s", label) + strings.Repeat(" ", at-10) + partner
		s += strings.Repeat(" ", 47-utf8.RuneCountInString(s))
		return s + fmt.Sprintf("%-12s%-12s%s", city, date, quota)
	}
	text := strings.Join([]string{
		line("Country", "Partner University", 10, "City", "Date", "Quota"),
		line("", "University of Tokyo", 10, "Tokyo", "2015/01/20", "3"),
		line("Japan", "Kyoto University", 10, "Kyoto", "2012/02/02", "2"),
		line("", "Osaka University", 10, "Osaka", "2014/08/08", "5"),
		line("", "Korea University", 10, "Seoul", "2017/07/07", "4"),
		line("Korea", "Pusan National University", 10, "Busan", "2016/03/03", "2"),
		line("", "Chonnam National University", 10, "Gwangju", "2019/10/10", "1"),
		line("", "Yonsei University", 10, "Seoul", "2011/05/05", "2"),
		line("", "Fudan University", 10, "Shanghai", "2013/04/01", "5"),
		line("China", "Shenyang Normal University Shenyang", 11, "", "2022/10/09", "2"),
		line("", "Northeast Normal University (NENU)", 10, "", "1999/03/11", "3"),
	}, "\n") + "\n"
	type row struct{ Partner, City string }
	got := parsedAs(t, text, func(a *Agreement) row { return row{a.Partner, a.Field(FieldCity)} })
	want := []row{{"University of Tokyo", "Tokyo"}, {"Kyoto University", "Kyoto"}, {"Osaka University", "Osaka"},
		{"Korea University", "Seoul"}, {"Pusan National University", "Busan"}, {"Chonnam National University", "Gwangju"},
		{"Yonsei University", "Seoul"}, {"Fudan University", "Shanghai"}, {"Shenyang Normal University", "Shenyang"}, {"Northeast Normal University (NENU)", ""}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s\n%s", diff, text)
	}
}

// TestAlignedRunsDates: dates written out, at the start or end of a run
// of words pdftotext set a single space apart, are cells of their own; a
// date inside a name stays in it; a day is not a row's number.
func TestAlignedRunsDates(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"MoU      4 Agustus 1998 3 Agustus 2003 3 orang", []string{"MoU", "4 Agustus 1998", "3 Agustus 2003", "3 orang"}},
		{"18 Dec 2022 2", []string{"18 Dec 2022", "2"}},
		{"12 listopada 2015 r. 2 SMS", []string{"12 listopada 2015 r.", "2 SMS"}},
		{"Universidad de Chile 2 de septiembre de 2006", []string{"Universidad de Chile", "2 de septiembre de 2006"}},
		{"Universitas 17 Agustus 1945 Surabaya", []string{"Universitas 17 Agustus 1945 Surabaya"}},
		{"校級 2012.9.22", []string{"校級", "2012.9.22"}},
		{"ウェスタンワシントン大学（Western Washington University） 平成13年4月17日 2名", []string{"ウェスタンワシントン大学（Western Washington University）", "平成13年4月17日", "2名"}},
		{"24 Januari         23 Januari", []string{"24 Januari", "23 Januari"}},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range alignedRuns(nil, tt.line) {
			got = append(got, r.text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: runs %q, want %q", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct {
		run  string
		want bool
	}{{"10 말레이시아", true}, {"38 Thailand", true}, {"13 September", false}, {"10 April 2007", false}, {"2015", false}} {
		if got := numberFirst(textRun{0, utf8.RuneCountInString(tt.run), tt.run}); got != tt.want {
			t.Errorf("numberFirst(%q) = %v, want %v", tt.run, got, tt.want)
		}
	}
}
