package agreements

import (
	"encoding/json"
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestJSONRoundTrip checks that json.Marshal of a parsed listing, then
// json.Unmarshal into a Listing, gives back an equal Listing, for the
// seed and every listing of the golden tests. One of them,
// listings/extra-columns, has columns beyond the four: its end dates,
// renewals, levels and fields must come back too.
func TestJSONRoundTrip(t *testing.T) {
	var ends, renewals, levels, fields int
	for _, path := range goldenInputs(t) {
		t.Run(goldenName(path), func(t *testing.T) {
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			l, err := Parse(f)
			if err != nil {
				t.Fatal(err)
			}
			back, b := jsonRoundTrip(t, l)
			if path == goldenInputs(t)[0] && len(back.Agreements) != 104 {
				t.Errorf("seed: %d agreements read back, want 104", len(back.Agreements))
			}
			for _, a := range back.Agreements {
				ends += min(1, a.ValidUntil.Year)
				renewals += int(min(1, a.Renewal))
				levels += int(min(1, a.Level))
				fields += len(a.Fields)
			}
			// A Listing value marshals as a pointer does.
			if bv, err := json.Marshal(*l); err != nil || string(bv) != string(b) {
				t.Errorf("json.Marshal(*l) differs from json.Marshal(l): %v", err)
			}
		})
	}
	// Counted in listings/extra-columns.tsv: 5 end dates, 2 cells that
	// say renewal or no end, 6 levels read, 33 other cells.
	if ends < 5 || renewals < 2 || levels < 6 || fields < 33 {
		t.Errorf("read back %d end dates, %d renewals, %d levels, %d fields; want the listing of extra columns among them",
			ends, renewals, levels, fields)
	}
}

// TestJSONRoundTripValues checks the round trip of values the listings
// above do not hold.
// jsonRoundTrip marshals l, unmarshals it into a new Listing, reports
// where that differs from l, and returns it with its JSON.
func jsonRoundTrip(t *testing.T, l *Listing) (*Listing, []byte) {
	t.Helper()
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	var back Listing
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(l, &back, cmpopts.EquateErrors()); diff != "" {
		t.Errorf("listing after a JSON round trip differs (-before +read back):\n%s\nJSON: %s", diff, b)
	}
	return &back, b
}

func TestJSONRoundTripValues(t *testing.T) {
	l := &Listing{
		Agreements: []Agreement{
			{Line: 3, CountrySource: CountryFillDown, Country: Country{Code: "TH", Name: "Thailand"}, Confidence: 1.0 / 3,
				CountryLabel: "Thai land", Partner: "Mahidol University", EffectiveSince: Date{Year: 2017, Month: time.June},
				EffectiveText: "2017/06", Quota: MustParseQuota("ST 10 / LT")},
			{Line: 4, Partner: "Nowhere University", EffectiveText: "someday", Quota: Quota{Raw: "ask", Kind: QuotaUnknown}},
			{Line: 5, Country: Country{Code: "XK", Name: "Kosovo"}, Quota: MustParseQuota("LT2")},
			{Line: 6, Quota: MustParseQuota("０")},
			{Line: 7, Partner: "Kyoto University", ValidUntil: Date{Year: 2027, Month: time.March},
				ValidUntilText: "2027/03", Level: LevelInstitution,
				Fields: []Field{{Kind: FieldNumber, Header: "No.", Value: "7"}, {Kind: FieldLevel, Header: "Type", Value: "大学間"},
					{Kind: FieldOther, Value: "an unnamed cell"}}},
			{Line: 8, Partner: "Osaka University", ValidUntilText: "自動更新", Renewal: RenewalAutomatic, Level: LevelFaculty,
				Fields: []Field{{Kind: FieldURL, Header: "URL", Value: "https://www.osaka-u.ac.jp/?a=1&b=<2>"}}},
			{Line: 9, Partner: "Tohoku University", ValidUntilText: "indefinite", Renewal: RenewalIndefinite},
		},
		Ignored: []IgnoredLine{{Line: 1, Kind: LineTitle, Text: "Exchange \"agreements\"\t"}},
		Diagnostics: []Diagnostic{
			{Line: 1, Severity: Info, Message: "a note"},
			{Line: 4, Severity: Error, Err: ErrBadDate, Message: `date "someday"`},
		},
		Lines: 6,
	}
	jsonRoundTrip(t, l)

	// The keys of the other columns: a field's header is written even
	// when empty, the fields left out when there are none.
	for _, tt := range []struct {
		a    Agreement
		want []string
		not  []string
	}{
		{l.Agreements[4], []string{`"valid_until":"2027-03"`, `"valid_until_text":"2027/03"`, `"renewal":"none"`, `"level":"institution"`,
			`"fields":[{"kind":"number","header":"No.","value":"7"},{"kind":"level","header":"Type","value":"大学間"},{"kind":"other","header":"","value":"an unnamed cell"}]`}, nil},
		{l.Agreements[5], []string{`"renewal":"automatic"`, `"level":"faculty"`, `"value":"https://www.osaka-u.ac.jp/?a=1&b=<2>"`}, nil},
		{l.Agreements[1], []string{`"valid_until":""`, `"valid_until_text":""`, `"renewal":"none"`, `"level":"unknown"`}, []string{`"fields"`}},
	} {
		b, err := tt.a.MarshalJSON() // json.Marshal would escape < > &
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			if !strings.Contains(string(b), w) {
				t.Errorf("line %d: JSON %s lacks %s", tt.a.Line, b, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(string(b), w) {
				t.Errorf("line %d: JSON %s has %s", tt.a.Line, b, w)
			}
		}
	}

	// Diagnostics whose Err is no sentinel keep their code.
	for _, code := range []string{"other", "from_a_later_version"} {
		var d Diagnostic
		if err := json.Unmarshal([]byte(`{"line":1,"severity":"warning","code":"`+code+`","message":"m"}`), &d); err != nil {
			t.Fatal(err)
		}
		if d.Code() != code || d.Err == nil {
			t.Errorf("code %q read back as %q, Err %v", code, d.Code(), d.Err)
		}
		if b, _ := json.Marshal(d); !strings.Contains(string(b), `"code":"`+code+`"`) {
			t.Errorf("code %q written back as %s", code, b)
		}
	}

	// A country given by its code alone gets its name.
	var a Agreement
	if err := json.Unmarshal([]byte(`{"country":"VN","partner":"x"}`), &a); err != nil || a.Country != (Country{Code: "VN", Name: "Vietnam"}) {
		t.Errorf("country by code: %+v, %v", a.Country, err)
	}
	// An empty document is an empty listing.
	var empty Listing
	if err := json.Unmarshal([]byte(`{"agreements":[],"ignored":[],"diagnostics":[]}`), &empty); err != nil || !cmp.Equal(empty, Listing{}) {
		t.Errorf("empty document: %+v, %v", empty, err)
	}
}

// TestJSONRefuses checks that what no value would write is refused, on
// the way out and on the way in.
func TestJSONRefuses(t *testing.T) {
	for _, v := range []any{
		Agreement{CountrySource: CountrySource(42)},
		Agreement{Quota: Quota{Kind: QuotaKind(42)}},
		Agreement{EffectiveSince: Date{Year: 2015, Month: 13}},
		Agreement{ValidUntil: Date{Year: 2015, Day: 3}},
		Agreement{Renewal: Renewal(3)},
		Agreement{Level: Level(9)},
		Agreement{Fields: []Field{{Kind: FieldKind(7), Value: "x"}}},
		Diagnostic{Severity: Severity(-1)},
		IgnoredLine{Kind: LineKind(7)},
	} {
		if b, err := json.Marshal(v); err == nil {
			t.Errorf("json.Marshal(%+v) = %s, want an error", v, b)
		}
	}
	for _, tt := range []struct {
		v  any
		in string
	}{
		{new(Agreement), `{"country_source":"guessed"}`},
		{new(Agreement), `{"effective_since":"2015/06/01"}`},
		{new(Agreement), `{"valid_until":"2027/03/31"}`},
		{new(Agreement), `{"renewal":"sometimes"}`},
		{new(Agreement), `{"level":"University-wide"}`},
		{new(Agreement), `{"fields":[{"kind":"town","header":"Town","value":"Kyoto"}]}`},
		{new(Agreement), `{"fields":{"kind":"city"}}`},
		{new(Agreement), `{"quota":{"raw":"5","kind":"lots"}}`},
		{new(Agreement), `{"quota":{"raw":"ST","kind":"terms","terms":[{"term":"medium","count":null}]}}`},
		{new(Diagnostic), `{"severity":"fatal"}`},
		{new(IgnoredLine), `{"kind":"footer"}`},
		{new(Listing), `{"agreements":{}}`},
	} {
		if err := json.Unmarshal([]byte(tt.in), tt.v); err == nil {
			t.Errorf("json.Unmarshal(%s) into %T succeeded, want an error", tt.in, tt.v)
		}
	}
}

// TestJSONSnakeCase checks that every key the JSON forms write is
// snake_case, Summary's included, and that Summary reads back.
func TestJSONSnakeCase(t *testing.T) {
	l := parseFile(t, "testdata/exchange-agreements.tsv", false)
	s := l.Summary()
	for name, v := range map[string]any{"listing": l, "summary": s} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		keys := regexp.MustCompile(`"([^"]+)":`).FindAllStringSubmatch(string(b), -1)
		if len(keys) == 0 {
			t.Fatalf("%s: no keys in %s", name, b)
		}
		for _, k := range keys {
			if !regexp.MustCompile(`^[a-z]+(_[a-z]+)*$`).MatchString(k[1]) {
				t.Errorf("%s: key %q is not snake_case", name, k[1])
			}
		}
		if name == "summary" {
			var back []CountrySummary
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(s, back); diff != "" {
				t.Errorf("summary round trip differs (-want +got):\n%s", diff)
			}
		}
	}
	b, _ := json.Marshal(CountrySummary{Country: Country{Code: "TH", Name: "Thailand"}, Agreements: 2, Places: 15, OpenEnded: 1})
	if want := `{"country":"TH","country_name":"Thailand","agreements":2,"places":15,"open_ended":1,"no_quota":0,"unspecified":0}`; string(b) != want {
		t.Errorf("CountrySummary JSON %s, want %s", b, want)
	}
}

// TestJSONDiagnosticErr checks that the sentinel of a diagnostic read
// back from JSON is the package's own, for errors.Is.
func TestJSONDiagnosticErr(t *testing.T) {
	var d Diagnostic
	if err := json.Unmarshal([]byte(`{"line":7,"severity":"warning","code":"ambiguous_country","message":"m"}`), &d); err != nil {
		t.Fatal(err)
	}
	if !errors.Is(d, ErrAmbiguousCountry) || d.Severity != Warning || d.Line != 7 {
		t.Errorf("read %+v, want a warning on line 7 wrapping ErrAmbiguousCountry", d)
	}
}
