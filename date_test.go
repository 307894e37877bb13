package agreements

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var dateTests = []struct {
	name string
	in   string
	want Date
	err  error
}{
	{"slashes", "2017/06/28", Date{2017, time.June, 28}, nil},
	{"slashes short", "2017/6/8", Date{2017, time.June, 8}, nil},
	{"hyphens", "2017-06-28", Date{2017, time.June, 28}, nil},
	{"dots", "2017.6.28", Date{2017, time.June, 28}, nil},
	{"dots with spaces", "1980. 5.31", Date{1980, time.May, 31}, nil},
	{"spaces around slashes", "2017 / 06 / 28", Date{2017, time.June, 28}, nil},
	{"surrounding space", "  2017/06/28\t", Date{2017, time.June, 28}, nil},
	{"kanji", "2017年6月28日", Date{2017, time.June, 28}, nil},
	{"korean dots", "2017. 1. 2.", Date{2017, time.January, 2}, nil},
	{"korean dots, no spaces", "2017.12.30.", Date{2017, time.December, 30}, nil},
	{"hangul", "2017년 1월 2일", Date{2017, time.January, 2}, nil},
	{"day month-name year", "2 Sep 2006", Date{2006, time.September, 2}, nil},
	{"month-name day, year", "September 2, 2006", Date{2006, time.September, 2}, nil},
	{"ordinal day", "22nd Jun 2010", Date{2010, time.June, 22}, nil},
	{"hyphens and a short month", "2-Sept-2006", Date{2006, time.September, 2}, nil},
	{"spanish", "2 de septiembre de 2006", Date{2006, time.September, 2}, nil},
	{"french", "1er février 2020", Date{2020, time.February, 1}, nil},
	{"german", "2. März 2006", Date{2006, time.March, 2}, nil},
	{"turkish, dotless i", "7 Mayıs 2011", Date{2011, time.May, 7}, nil},
	{"turkish, soft g", "13 Ağustos 2007", Date{2007, time.August, 13}, nil},
	{"italian", "28 giugno 2017", Date{2017, time.June, 28}, nil},
	{"dutch", "3 maart 2015", Date{2015, time.March, 3}, nil},
	{"indonesian", "17 Agustus 2019", Date{2019, time.August, 17}, nil},
	{"polish genitive", "12 października 2018", Date{2018, time.October, 12}, nil},
	{"polish, year marked", "8 lutego 2014 r.", Date{2014, time.February, 8}, nil},
	{"russian genitive, year marked", "28 июня 2017 г.", Date{2017, time.June, 28}, nil},
	{"thai buddhist era", "21/11/2549", Date{2006, time.November, 21}, nil},
	{"named month, two-digit year", "15-Oct-05", Date{2005, time.October, 15}, nil},
	{"named month, two-digit year of the 1900s", "3 Mar 98", Date{1998, time.March, 3}, nil},
	// Japanese eras: Heisei 29 is 2017, Reiwa 2 is 2020, Showa 58 is 1983.
	{"heisei kanji", "平成29年6月28日", Date{2017, time.June, 28}, nil},
	{"heisei initial", "H29.6.28", Date{2017, time.June, 28}, nil},
	{"reiwa kanji", "令和2年4月1日", Date{2020, time.April, 1}, nil},
	{"reiwa initial slashes", "R2/4/1", Date{2020, time.April, 1}, nil},
	{"reiwa first year", "令和元年5月1日", Date{2019, time.May, 1}, nil},
	{"showa initial", "S58.10.8", Date{1983, time.October, 8}, nil},
	{"full-width initial", "Ｈ２９．６．２８", Date{2017, time.June, 28}, nil},
	{"era year alone", "平成29年", Date{Year: 2017}, nil},
	{"year one", "0001/1/1", Date{}, ErrBadDate}, // found by FuzzDate: the zero time.Time
	{"far future", "9999/12/31", Date{}, ErrBadDate},
	{"era impossible day", "H31.2.29", Date{}, ErrBadDate},
	{"initial then word", "H2O Institute", Date{}, ErrBadDate},
	{"era initial without digits", "Hanoi", Date{}, ErrBadDate},
	{"kanji without day mark", "2017年6月28", Date{2017, time.June, 28}, nil},
	{"kanji full-width digits", "２０１７年６月２８日", Date{2017, time.June, 28}, nil},
	{"full-width slashes", "２０１７／０６／２８", Date{2017, time.June, 28}, nil},
	{"bare year", "2005", Date{Year: 2005}, nil},
	{"bare year full-width", "２００５", Date{Year: 2005}, nil},
	{"leap day", "2020/02/29", Date{2020, time.February, 29}, nil},
	{"bad month", "2010/13/45", Date{}, ErrBadDate},
	{"a month's name in a partner's", "May University", Date{}, ErrBadDate},
	{"a named month without a day", "Sep 2006", Date{}, ErrBadDate},
	{"a named month's day that is not", "31 Feb 2006", Date{}, ErrBadDate},
	{"no leap day", "2019/02/29", Date{}, ErrBadDate},
	{"day zero", "2019/02/00", Date{}, ErrBadDate},
	{"April 31", "2019/04/31", Date{}, ErrBadDate},
	{"mixed separators", "2017/06-28", Date{}, ErrBadDate},
	{"two-digit year", "17/06/28", Date{}, ErrBadDate},
	{"five-digit year", "20170/06/28", Date{}, ErrBadDate},
	{"three-digit month", "2017/006/28", Date{}, ErrBadDate},
	{"year and month", "2017/06", Date{}, ErrBadDate},
	{"trailing separator", "2017/06/28/", Date{}, ErrBadDate},
	{"trailing text", "2017/06/28 x", Date{}, ErrBadDate},
	{"year out of range", "1850", Date{}, ErrBadDate},
	{"small number", "5", Date{}, ErrBadDate},
	{"three digits", "200", Date{}, ErrBadDate},
	{"quota code", "ST10,LT", Date{}, ErrBadDate},
	{"partner", "Universiti Sains Malaysia", Date{}, ErrBadDate},
	{"empty", "", Date{}, ErrBadDate},
	{"none mark", "×", Date{}, ErrBadDate},
	// Year last: read when one order of day and month names a day.
	{"day first", "28/06/2017", Date{2017, time.June, 28}, nil},
	{"month first", "06/28/2017", Date{2017, time.June, 28}, nil},
	{"day first hyphens", "31-1-2012", Date{2012, time.January, 31}, nil},
	{"day first dots", "13.05.2003", Date{2003, time.May, 13}, nil},
	{"day and month equal", "05/05/2017", Date{2017, time.May, 5}, nil},
	{"either order", "03/06/2017", Date{}, ErrBadDate},
	{"neither order", "31/13/2017", Date{}, ErrBadDate},
	{"day first no such day", "30/02/2017", Date{}, ErrBadDate},
	{"year last mixed separators", "28/06-2017", Date{}, ErrBadDate},
	{"year last three-digit day", "028/06/2017", Date{}, ErrBadDate},
	{"year last two-digit year", "28/06/17", Date{}, ErrBadDate},
}

func TestParseDate(t *testing.T) {
	for _, tt := range dateTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseDate(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			if diff := cmp.Diff(tt.err, err, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("ParseDate(%q) error mismatch (-want +got):\n%s", tt.in, diff)
			}
			if err != nil && !strings.Contains(err.Error(), tt.in) {
				t.Errorf("ParseDate(%q) error %q does not quote the input", tt.in, err)
			}
		})
	}
}

func TestDateMethods(t *testing.T) {
	tests := []struct {
		name      string
		d         Date
		str       string
		precision DatePrecision
		time      time.Time
		json      string
	}{
		{"zero", Date{}, "", PrecisionNone, time.Time{}, `""`},
		{"year", Date{Year: 2005}, "2005", PrecisionYear, time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC), `"2005"`},
		{"month", Date{Year: 2005, Month: time.April}, "2005-04", PrecisionMonth, time.Date(2005, 4, 1, 0, 0, 0, 0, time.UTC), `"2005-04"`},
		{"day", Date{2017, time.June, 8}, "2017-06-08", PrecisionDay, time.Date(2017, 6, 8, 0, 0, 0, 0, time.UTC), `"2017-06-08"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.String(); got != tt.str {
				t.Errorf("String() = %q, want %q", got, tt.str)
			}
			if got := tt.d.Precision(); got != tt.precision {
				t.Errorf("Precision() = %v, want %v", got, tt.precision)
			}
			if got := tt.d.Time(); !got.Equal(tt.time) {
				t.Errorf("Time() = %v, want %v", got, tt.time)
			}
			b, err := json.Marshal(tt.d)
			if err != nil || string(b) != tt.json {
				t.Errorf("json.Marshal = %s, %v; want %s", b, err, tt.json)
			}
			var back Date
			if err := json.Unmarshal(b, &back); err != nil || back != tt.d {
				t.Errorf("json.Unmarshal(%s) = %v, %v; want %v", b, back, err, tt.d)
			}
		})
	}
}

func TestDateCompare(t *testing.T) {
	// In increasing order.
	dates := []Date{
		{},
		{Year: 1996},
		{1996, time.December, 4},
		{Year: 2017},
		{2017, time.January, 1},
		{2017, time.June, 28},
		{2017, time.June, 29},
		{2017, time.July, 1},
	}
	for i, a := range dates {
		for j, b := range dates {
			want := 0
			switch {
			case i < j:
				want = -1
			case i > j:
				want = 1
			}
			if got := a.Compare(b); got != want {
				t.Errorf("%v.Compare(%v) = %d, want %d", a, b, got, want)
			}
			// Compare is also the order in time of full dates.
			if a.Precision() == PrecisionDay && b.Precision() == PrecisionDay &&
				(a.Before(b) != (want < 0) || a.After(b) != (want > 0)) {
				t.Errorf("%v.Before/After(%v) disagree with Compare", a, b)
			}
		}
	}
}

// TestDatePeriods checks Start and End, and that Before, After and
// Overlaps compare the periods partial dates stand for.
func TestDatePeriods(t *testing.T) {
	day := func(y int, m time.Month, d int) Date { return Date{y, m, d} }
	for _, tt := range []struct {
		d          Date
		start, end Date
	}{
		{Date{}, Date{}, Date{}},
		{Date{Year: 2015}, day(2015, 1, 1), day(2015, 12, 31)},
		{Date{Year: 2016, Month: time.February}, day(2016, 2, 1), day(2016, 2, 29)},
		{Date{Year: 2015, Month: time.February}, day(2015, 2, 1), day(2015, 2, 28)},
		{day(2015, 10, 10), day(2015, 10, 10), day(2015, 10, 10)},
	} {
		if got := tt.d.Start(); got != tt.start {
			t.Errorf("%v.Start() = %v, want %v", tt.d, got, tt.start)
		}
		if got := tt.d.End(); got != tt.end {
			t.Errorf("%v.End() = %v, want %v", tt.d, got, tt.end)
		}
	}

	y2015, jun2015 := Date{Year: 2015}, Date{Year: 2015, Month: time.June}
	for _, tt := range []struct {
		a, b                    Date
		before, after, overlaps bool
	}{
		// A day of 2015 is not after 2015.
		{day(2015, 10, 10), y2015, false, false, true},
		{y2015, day(2015, 10, 10), false, false, true},
		{day(2016, 1, 1), y2015, false, true, false},
		{day(2014, 12, 31), y2015, true, false, false},
		{y2015, Date{Year: 2016}, true, false, false},
		{y2015, y2015, false, false, true},
		{jun2015, y2015, false, false, true},
		{jun2015, day(2015, 6, 30), false, false, true},
		{jun2015, day(2015, 7, 1), true, false, false},
		{jun2015, day(2015, 5, 31), false, true, false},
		{day(2015, 6, 1), day(2015, 6, 2), true, false, false},
		{day(2015, 6, 2), day(2015, 6, 2), false, false, true},
		// The zero Date is no date: neither before, after nor meeting any.
		{Date{}, y2015, false, false, false},
		{y2015, Date{}, false, false, false},
		{Date{}, Date{}, false, false, false},
	} {
		if got := tt.a.Before(tt.b); got != tt.before {
			t.Errorf("%q.Before(%q) = %v, want %v", tt.a, tt.b, got, tt.before)
		}
		if got := tt.a.After(tt.b); got != tt.after {
			t.Errorf("%q.After(%q) = %v, want %v", tt.a, tt.b, got, tt.after)
		}
		if got := tt.a.Overlaps(tt.b); got != tt.overlaps {
			t.Errorf("%q.Overlaps(%q) = %v, want %v", tt.a, tt.b, got, tt.overlaps)
		}
	}
}

// TestDateText checks the text form of dates: what MarshalText writes,
// UnmarshalText reads back, and each refuses what is no date.
func TestDateText(t *testing.T) {
	for _, d := range []Date{{}, {Year: 1}, {Year: 2015}, {Year: 9999, Month: 12}, {2016, time.February, 29}, {1800, 1, 1}} {
		b, err := d.MarshalText()
		if err != nil {
			t.Errorf("%#v.MarshalText(): %v", d, err)
			continue
		}
		var back Date
		if err := back.UnmarshalText(b); err != nil || back != d {
			t.Errorf("UnmarshalText(%q) = %#v, %v; want %#v", b, back, err, d)
		}
	}
	for _, d := range []Date{{Year: 2015, Day: 3}, {2015, 13, 1}, {2015, 2, 29}, {Year: 10000}, {Year: -5}, {2015, 4, -1}} {
		if b, err := d.MarshalText(); err == nil {
			t.Errorf("%#v.MarshalText() = %q, want an error", d, b)
		}
	}
	for _, s := range []string{"15", "2015-1", "2015-1-1", "2015/01/01", "2015-00", "2015-02-30", "0000", "２０１５", "2015-01-01T00:00:00Z", " 2015", "+201"} {
		var d Date
		if err := d.UnmarshalText([]byte(s)); err == nil {
			t.Errorf("UnmarshalText(%q) = %v, want an error", s, d)
		}
	}
	// As a map key in JSON.
	m := map[Date]int{{Year: 2015}: 1, {2015, 6, 1}: 2}
	b, err := json.Marshal(m)
	if err != nil || string(b) != `{"2015":1,"2015-06-01":2}` {
		t.Fatalf("json.Marshal = %s, %v", b, err)
	}
	var back map[Date]int
	if err := json.Unmarshal(b, &back); err != nil || !maps.Equal(back, m) {
		t.Errorf("json.Unmarshal(%s) = %v, %v", b, back, err)
	}
}

func TestMustParseDatePanics(t *testing.T) {
	defer func() {
		r := recover()
		if r == nil || !strings.Contains(r.(string), `"2019/02/29"`) {
			t.Errorf("MustParseDate panicked with %v, want the input quoted", r)
		}
	}()
	MustParseDate("2019/02/29")
}

// TestDateSeed reads every date of the seed and compares it with the
// truth file's ISO date.
func TestDateSeed(t *testing.T) {
	truth := readTruth(t, filepath.Join("testdata", "exchange-agreements.truth.tsv"))
	l := parseFile(t, filepath.Join("testdata", "exchange-agreements.tsv"), false)
	byLine := map[int]*Agreement{}
	for i := range l.Agreements {
		byLine[l.Agreements[i].Line] = &l.Agreements[i]
	}
	for _, tr := range truth {
		a, ok := byLine[tr.Line]
		if !ok {
			t.Errorf("line %d: no agreement", tr.Line)
			continue
		}
		d, err := ParseDate(a.EffectiveText)
		if err != nil {
			t.Errorf("line %d: %v", tr.Line, err)
		}
		if d.String() != tr.Date || a.EffectiveSince != d {
			t.Errorf("line %d: ParseDate(%q) = %v, agreement has %v, truth %s", tr.Line, a.EffectiveText, d, a.EffectiveSince, tr.Date)
		}
		if d.Precision() != PrecisionDay {
			t.Errorf("line %d: precision %v", tr.Line, d.Precision())
		}
	}
}

func FuzzDate(f *testing.F) {
	for _, tt := range dateTests {
		f.Add(tt.in)
	}
	for _, s := range []string{"\xff", "2017年", "2017年6月", "2017/6/28日", "9999/12/31", "0000/01/01", "2017..6.28", "2017/\u30006/28"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok, sure := isoLike(s); sure {
			if wd, wok := scanDate(s); d != wd || ok != wok {
				t.Fatalf("isoLike(%q) = %v, %v; the scanner reads %v, %v", s, d, ok, wd, wok)
			}
		}
		d, err := ParseDate(s)
		if err != nil {
			if !errors.Is(err, ErrBadDate) || !d.IsZero() {
				t.Fatalf("ParseDate(%q) = %v, %v", s, d, err)
			}
			_ = err.Error()
			return
		}
		if d.IsZero() {
			t.Fatalf("ParseDate(%q) = zero Date without error", s)
		}
		back, err := ParseDate(d.String())
		if err != nil || back != d {
			t.Fatalf("ParseDate(%q) = %v; its String %q reads back as %v, %v", s, d, d.String(), back, err)
		}
		if !d.Time().After(time.Time{}) {
			t.Fatalf("ParseDate(%q).Time() = %v", s, d.Time())
		}
	})
}

var sinkDate Date

func BenchmarkParseDate(b *testing.B) {
	for _, tt := range []struct{ name, in string }{
		{"slashes", "2017/06/28"}, {"kanji", "2017年6月28日"}, {"year", "2005"}, {"invalid", "2019/02/29"},
	} {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkDate, _ = ParseDate(tt.in)
			}
		})
	}
}

// TestReaderDateOrder checks that a Reader reads a date whose day and
// month could be either way round in the order the listing's other
// dates show, and warns on its line where they show none or both.
func TestReaderDateOrder(t *testing.T) {
	const head = "Country\tPartner\tSince\tQuota\tUntil\n"
	tests := []struct {
		name     string
		dates    []string // one row each; the last row's date is checked
		want     Date
		wantEnd  Date   // the last row's end date: its since date plus five years
		warnWith string // the warning on the last row's line names this; "" for none
	}{
		{"day first", []string{"28/06/2017", "03/06/2017"}, Date{2017, time.June, 3}, Date{2022, time.June, 3}, ""},
		{"day first after", []string{"03/06/2017", "13/01/2015"}, Date{2017, time.June, 3}, Date{2022, time.June, 3}, ""},
		{"month first", []string{"06/28/2017", "03/06/2017"}, Date{2017, time.March, 6}, Date{2022, time.March, 6}, ""},
		{"no other date", []string{"2017/01/01", "03/06/2017"}, Date{}, Date{}, "no date read so far tells which"},
		{"both orders", []string{"28/06/2017", "06/29/2017", "03/06/2017"}, Date{}, Date{}, "2 day first and 2 month first"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(head)
			for i, d := range tt.dates {
				end := d
				if y, a, c, ok := yearLast(d); ok {
					end = fmt.Sprintf("%02d/%02d/%d", a, c, y+5)
				}
				fmt.Fprintf(&b, "Thailand\tUniversity %d\t%s\t2\t%s\n", i, d, end)
			}
			l, err := Parse(strings.NewReader(b.String()))
			if err != nil {
				t.Fatal(err)
			}
			if len(l.Agreements) != len(tt.dates) {
				t.Fatalf("%d agreements, want %d", len(l.Agreements), len(tt.dates))
			}
			last := l.Agreements[len(l.Agreements)-1]
			// The row the test checks is the one whose text is ambiguous.
			for _, a := range l.Agreements {
				if a.EffectiveText == "03/06/2017" {
					last = a
				}
			}
			if last.EffectiveSince != tt.want || last.ValidUntil != tt.wantEnd {
				t.Errorf("row %q read as since %v until %v, want %v until %v", last.EffectiveText, last.EffectiveSince, last.ValidUntil, tt.want, tt.wantEnd)
			}
			var warns []string
			for _, d := range l.Diagnostics {
				if d.Line == last.Line && d.Severity >= Warning {
					warns = append(warns, d.Message)
				}
			}
			switch {
			case tt.warnWith == "" && len(warns) > 0:
				t.Errorf("line %d warned: %q", last.Line, warns)
			case tt.warnWith != "" && (len(warns) != 2 ||
				!strings.Contains(warns[0], tt.warnWith) || !strings.Contains(warns[0], "2017-06-03") || !strings.Contains(warns[0], "2017-03-06") ||
				!strings.Contains(warns[1], tt.warnWith) || !strings.Contains(warns[1], "2022-06-03") || !strings.Contains(warns[1], "2022-03-06")):
				t.Errorf("line %d warnings %q, want one for each date naming both readings and %q", last.Line, warns, tt.warnWith)
			}
		})
	}
}

// TestISOLike checks the fast path of parseDate against the scanner on
// every date cell of the test tables and on cells near its form.
func TestISOLike(t *testing.T) {
	cells := []string{"2017/6/8", "2017-06-28", "2017.6.28", "2017/06-28", "2017/13/01", "2019/02/29", "2020/02/29",
		"2017//28", "2017/006/8", "2017/6/", "/2017/6/8", "2017/6/8 ", "12345/6/8", "2017/6/8x", "2017/0/10", "2017/10/0", "1799/01/01"}
	for _, tt := range dateTests {
		cells = append(cells, tt.in)
	}
	sure := 0
	for _, c := range cells {
		d, ok, s := isoLike(c)
		if !s {
			continue
		}
		sure++
		if wd, wok := scanDate(c); d != wd || ok != wok {
			t.Errorf("isoLike(%q) = %v, %v; the scanner reads %v, %v", c, d, ok, wd, wok)
		}
	}
	if sure < 10 {
		t.Errorf("isoLike answered %d cells, want the common forms", sure)
	}
}

// TestParseDateNoAlloc checks the promise of ParseDate's documentation:
// a date read allocates nothing, in every form, a named month's too.
func TestParseDateNoAlloc(t *testing.T) {
	for _, s := range []string{"2017/06/28", "2017年6月28日", "2 Sep 2006", "September 2, 2006", "2 de septiembre de 2006", "2017. 1. 2."} {
		if n := testing.AllocsPerRun(50, func() { sinkDate, _ = ParseDate(s) }); n != 0 {
			t.Errorf("ParseDate(%q): %.0f allocations, want none", s, n)
		}
	}
}
