package agreements

import (
	"iter"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// testListing is a listing built by hand, so that the queries are tested
// apart from the parser's country inference.
func testListing() *Listing {
	th := Country{Code: "TH", Name: "Thailand"}
	vn := Country{Code: "VN", Name: "Vietnam"}
	fr := Country{Code: "FR", Name: "France"}
	row := func(line int, c Country, partner, date, quota string) Agreement {
		d, _ := ParseDate(date)
		q, _ := ParseQuota(quota)
		return Agreement{Line: line, Country: c, Partner: partner, EffectiveSince: d, EffectiveText: date, Quota: q}
	}
	return &Listing{Agreements: []Agreement{
		row(2, vn, "Vietnam National University, Hanoi (University of Science)", "2016/10/20", "5"),
		row(3, th, "Chulalongkorn University (Faculty of Science)", "2005", "ST10,LT"),
		row(4, fr, "École Centrale de Nantes", "2017/06/28", "×"),
		row(5, th, "Asian Institute of Technology", "2019/02/01", "ST5,LT2"),
		row(6, Country{}, "National Taiwan Ocean Universtiy", "", ""),
		row(7, fr, "Aix-Marseille University (Polytech Marseille)", "2012/01/17", "3"),
		row(8, th, "Kasetsart University", "1996/12/04", "×"),
	}}
}

// lines collects the source lines of the agreements seq yields, and
// checks that each index points at its agreement.
func lines(t *testing.T, l *Listing, seq iter.Seq2[int, *Agreement]) []int {
	t.Helper()
	var out []int
	for i, a := range seq {
		if &l.Agreements[i] != a {
			t.Errorf("index %d does not point at line %d", i, a.Line)
		}
		out = append(out, a.Line)
	}
	return out
}

func TestQueries(t *testing.T) {
	l := testListing()
	tests := []struct {
		name string
		seq  iter.Seq2[int, *Agreement]
		want []int
	}{
		{"all", l.All(), []int{2, 3, 4, 5, 6, 7, 8}},
		{"country code", l.InCountry("TH"), []int{3, 5, 8}},
		{"country code lower case", l.InCountry("fr"), []int{4, 7}},
		{"country name", l.InCountry("Thailand"), []int{3, 5, 8}},
		{"country alias", l.InCountry(" vietnam "), []int{2}},
		{"no country", l.InCountry("Atlantis"), nil},
		{"search one word", l.Search("university"), []int{2, 3, 6, 7, 8}},
		{"search misspelt row", l.Search("ocean university"), []int{6}},
		{"search accent", l.Search("ecole centrale"), []int{4}},
		{"search case and punctuation", l.Search("AIX MARSEILLE"), []int{7}},
		{"search all words", l.Search("science hanoi"), []int{2, 3}[:1]},
		{"search typo in query", l.Search("Chulalongkron"), []int{3}},
		{"search short word exact only", l.Search("tecnology"), []int{5}},
		{"search short word", l.Search("ai"), nil},
		{"search empty", l.Search(""), []int{2, 3, 4, 5, 6, 7, 8}},
		{"between days", l.EffectiveBetween(MustParseDate("2012/01/17"), MustParseDate("2017/06/28")), []int{2, 4, 7}},
		{"between open start", l.EffectiveBetween(Date{}, MustParseDate("2005")), []int{3, 8}},
		{"between open end", l.EffectiveBetween(MustParseDate("2017"), Date{}), []int{4, 5}},
		{"bare year within a month", l.EffectiveBetween(MustParseDate("2005/06/01"), MustParseDate("2005/06/30")), []int{3}},
		{"after a year", l.Where(func(a *Agreement) bool { return a.EffectiveSince.After(MustParseDate("2016")) }), []int{4, 5}},
		{"before a year", l.Where(func(a *Agreement) bool { return a.EffectiveSince.Before(MustParseDate("2005/06/01")) }), []int{8}},
		{"month bound", l.EffectiveBetween(Date{Year: 2005, Month: time.June}, Date{Year: 2005, Month: time.June}), []int{3}},
		{"quota none", l.WithQuotaKind(QuotaNone), []int{4, 8}},
		{"quota terms", l.WithQuotaKind(QuotaTerms), []int{3, 5}},
		{"quota unspecified", l.WithQuotaKind(QuotaUnspecified), []int{6}},
		{"has places", l.Where(HasPlaces()), []int{2, 3, 5, 7}},
		{"where", l.Where(IsInCountry("TH"), HasQuotaKind(QuotaNone)), []int{8}},
		{"filter", Filter(l.InCountry("FR"), MatchesSearch("marseille")), []int{7}},
		{"sorted", l.Sorted(), []int{7, 4, 5, 3, 8, 2, 6}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, lines(t, l, tt.seq)); diff != "" {
				t.Errorf("lines mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestQueryStopsEarly(t *testing.T) {
	l := testListing()
	for name, seq := range map[string]iter.Seq2[int, *Agreement]{
		"all": l.All(), "where": l.Where(), "sorted": l.Sorted(), "search": l.Search("university"),
	} {
		n := 0
		for range seq {
			n++
			if n == 2 {
				break
			}
		}
		if n != 2 {
			t.Errorf("%s: %d agreements before break", name, n)
		}
	}
}

func TestSortedLeavesListing(t *testing.T) {
	l := testListing()
	before := lines(t, l, l.All())
	for range l.Sorted() {
	}
	if diff := cmp.Diff(before, lines(t, l, l.All())); diff != "" {
		t.Errorf("Sorted changed the listing (-before +after):\n%s", diff)
	}
}

func TestSummary(t *testing.T) {
	l := testListing()
	want := []CountrySummary{
		{Country: Country{Code: "FR", Name: "France"}, Agreements: 2, Places: 3, NoQuota: 1},
		{Country: Country{Code: "TH", Name: "Thailand"}, Agreements: 3, Places: 17, OpenEnded: 1, NoQuota: 1},
		{Country: Country{Code: "VN", Name: "Vietnam"}, Agreements: 1, Places: 5},
		{Agreements: 1, Unspecified: 1},
	}
	if diff := cmp.Diff(want, l.Summary()); diff != "" {
		t.Errorf("Summary mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want[1:2], Summarize(l.InCountry("TH"))); diff != "" {
		t.Errorf("Summarize(InCountry) mismatch (-want +got):\n%s", diff)
	}
}

// validityListing is a listing built by hand with end dates, renewals
// and levels, for the queries on them.
func validityListing() *Listing {
	row := func(line int, eff, until string, r Renewal, lv Level) Agreement {
		a := Agreement{Line: line, Partner: "University " + strconv.Itoa(line), EffectiveText: eff,
			ValidUntilText: until, Renewal: r, Level: lv}
		a.EffectiveSince, _ = ParseDate(eff)
		a.ValidUntil, _ = ParseDate(until)
		return a
	}
	return &Listing{Agreements: []Agreement{
		row(10, "2016/04/01", "2026/03/31", RenewalNone, LevelInstitution),
		row(11, "2018/10/01", "Auto-renewal", RenewalAutomatic, LevelFaculty),
		row(12, "2012/06/28", "2022/06/27", RenewalNone, LevelInstitution),
		row(13, "2019", "Indefinite", RenewalIndefinite, LevelFaculty),
		row(14, "2020/01/15", "2025", RenewalNone, LevelUnknown),
		row(15, "someday", "2030/01/01", RenewalNone, LevelUnknown),
		row(16, "2021/03/01", "2026/02/28", RenewalNone, LevelInstitution),
		row(17, "2017/09/01", "2027/08/31", RenewalNone, LevelFaculty),
		row(18, "2015/01/01", "until further notice", RenewalNone, LevelUnknown),
		row(19, "2023/05/01", "2024/04/30", RenewalAutomatic, LevelUnknown), // an end date that renews
	}}
}

func TestValidityQueries(t *testing.T) {
	l := validityListing()
	d := MustParseDate
	tests := []struct {
		name string
		seq  iter.Seq2[int, *Agreement]
		want []int
	}{
		{"in force on a day", l.InForce(d("2019/03/01")), []int{10, 11, 12, 13, 17, 18}},
		{"in force on the first day", l.InForce(d("2016/04/01")), []int{10, 12, 18}},
		{"not yet in force the day before", l.InForce(d("2016/03/31")), []int{12, 18}},
		{"in force on the last day", l.InForce(d("2022/06/27")), []int{10, 11, 12, 13, 14, 16, 17, 18}},
		{"ended the day after", l.InForce(d("2022/06/28")), []int{10, 11, 13, 14, 16, 17, 18}},
		{"in force to the end of a bare end year", l.InForce(d("2025/12/31")), []int{10, 11, 13, 14, 16, 17, 18, 19}},
		{"ended after a bare end year", l.InForce(d("2026/01/01")), []int{10, 11, 13, 16, 17, 18, 19}},
		{"bare start year holds the day", l.InForce(d("2019/01/01")), []int{10, 11, 12, 13, 17, 18}},
		{"in force some time in a year", l.InForce(d("2018")), []int{10, 11, 12, 17, 18}},
		{"in force, renewals and unread ends open", l.InForce(d("2100/01/01")), []int{11, 13, 18, 19}},
		{"in force on no date", l.InForce(Date{}), nil},
		{"expiring in a year", l.ExpiringWithin(d("2025/01/01"), d("2025/12/31")), []int{14}},
		{"expiring in a bare year", l.ExpiringWithin(d("2026"), d("2026")), []int{10, 16}},
		{"bare end year within a month", l.ExpiringWithin(d("2025/06/01"), d("2025/06/30")), []int{14}},
		{"expiring by a day", l.ExpiringWithin(Date{}, d("2022/12/31")), []int{12}},
		{"expiring from a year on", l.ExpiringWithin(d("2027"), Date{}), []int{15, 17}},
		{"expiring at all", l.ExpiringWithin(Date{}, Date{}), []int{10, 12, 14, 15, 16, 17}},
		{"renewing never expires", l.ExpiringWithin(d("2024"), d("2024")), nil},
		{"institution", l.AtLevel(LevelInstitution), []int{10, 12, 16}},
		{"faculty", l.AtLevel(LevelFaculty), []int{11, 13, 17}},
		{"unknown level", l.AtLevel(LevelUnknown), []int{14, 15, 18, 19}},
		{"faculties in force", l.Where(IsInForce(d("2025/12/31")), IsAtLevel(LevelFaculty)), []int{11, 13, 17}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, lines(t, l, tt.seq)); diff != "" {
				t.Errorf("lines mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestInForceListing queries the listing of extra columns; the lines
// are read from the file.
func TestInForceListing(t *testing.T) {
	l := parseFile(t, filepath.Join("testdata", "listings", "extra-columns.tsv"), false)
	for _, tt := range []struct {
		name string
		seq  iter.Seq2[int, *Agreement]
		want []int
	}{
		{"in force 2025-12-31", l.InForce(MustParseDate("2025/12/31")), []int{3, 4, 6, 7, 8, 9}},
		{"in force 2026-06-01", l.InForce(MustParseDate("2026/06/01")), []int{4, 6, 9}},
		{"expiring in 2026", l.ExpiringWithin(MustParseDate("2026"), MustParseDate("2026")), []int{3, 8}},
		{"faculty", l.AtLevel(LevelFaculty), []int{4, 6, 9}},
		{"institution", l.AtLevel(LevelInstitution), []int{3, 5, 8}},
	} {
		if diff := cmp.Diff(tt.want, lines(t, l, tt.seq)); diff != "" {
			t.Errorf("%s: lines mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestSearchSeed searches the seed listing; the results do not depend on
// the countries.
func TestSearchSeed(t *testing.T) {
	l := parseFile(t, filepath.Join("testdata", "exchange-agreements.tsv"), false)
	tests := []struct {
		query string
		want  []int // lines, read from the truth file
	}{
		{"Los Banos", []int{80, 81}},
		{"Los Baños", []int{80, 81}},
		{"universtiy", nil}, // checked below: every "university" row
		{"National Taiwan Ocean University", []int{87}},
		{"ecole centrale", []int{27}},
		// "centre" is "center" with two letters swapped.
		{"researcch center", []int{9, 33, 45}},
		{"Vietnam National University Hanoi", []int{109, 110, 111}},
		{"mahidol", []int{95, 96, 97, 99}},
		{"faculty of tropical medicine", []int{97}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := lines(t, l, l.Search(tt.query))
			if tt.want == nil {
				// 75 rows of the truth file contain "univers"; of
				// those, "Universitas" and "Universiti" are more than
				// one edit away from "universtiy".
				if len(got) < 50 || len(got) > 75 {
					t.Errorf("%d rows, want the many universities", len(got))
				}
				return
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Search(%q) lines mismatch (-want +got):\n%s", tt.query, diff)
			}
		})
	}
}

func TestEffectiveBetweenSeed(t *testing.T) {
	l := parseFile(t, filepath.Join("testdata", "exchange-agreements.tsv"), false)
	n := 0
	for _, a := range l.EffectiveBetween(Date{2020, time.January, 1}, Date{Year: 2020}) {
		if a.EffectiveSince.Year != 2020 {
			t.Errorf("line %d: %v", a.Line, a.EffectiveSince)
		}
		n++
	}
	// Counted in the truth file: 15 dates in 2020.
	if n != 15 {
		t.Errorf("%d agreements effective in 2020, want 15", n)
	}
}

// TestNilListing checks that the query methods treat a nil *Listing as
// an empty one, and that nil iterators, predicates and matchers neither
// panic nor filter.
func TestNilListing(t *testing.T) {
	var l *Listing
	for name, seq := range map[string]iter.Seq2[int, *Agreement]{
		"All":              l.All(),
		"Where":            l.Where(HasPlaces()),
		"InCountry":        l.InCountry("TH"),
		"Search":           l.Search("university"),
		"EffectiveBetween": l.EffectiveBetween(Date{}, Date{}),
		"WithQuotaKind":    l.WithQuotaKind(QuotaCount),
		"InForce":          l.InForce(MustParseDate("2020")),
		"ExpiringWithin":   l.ExpiringWithin(Date{}, Date{}),
		"AtLevel":          l.AtLevel(LevelUnknown),
		"Sorted":           l.Sorted(),
		"Filter(nil)":      Filter(nil, HasPlaces()),
	} {
		for _, a := range seq {
			t.Errorf("%s yields line %d", name, a.Line)
		}
	}
	if s := l.Summary(); len(s) != 0 {
		t.Errorf("Summary() = %v, want none", s)
	}
	if s := Summarize(nil); len(s) != 0 {
		t.Errorf("Summarize(nil) = %v, want none", s)
	}
	full := testListing()
	if got := lines(t, full, full.Where(nil, IsInCountry("FR"), nil)); !slices.Equal(got, []int{4, 7}) {
		t.Errorf("Where with nil predicates: lines %v, want [4 7]", got)
	}
	var m *Matcher
	if !m.Match("anything") {
		t.Error("a nil *Matcher matches nothing, want everything")
	}
}
