package agreements

import (
	"encoding"
	"encoding/json"
	"strings"
	"testing"
)

// textEnum is an enumeration with text methods, for the tests below.
type textEnum interface {
	encoding.TextMarshaler
	String() string
}

// enumCases lists every value of every enumeration, and a pointer to a
// fresh value to read text into.
var enumCases = []struct {
	typ    string
	values []textEnum
	fresh  func() encoding.TextUnmarshaler
	bad    textEnum // a value out of range
}{
	{"CountrySource", []textEnum{CountryUnknown, CountryPrinted, CountryGroup, CountryName, CountryFillDown},
		func() encoding.TextUnmarshaler { return new(CountrySource) }, CountrySource(-1)},
	{"LineKind", []textEnum{LineBlank, LineHeader, LineTitle, LineUnparsable},
		func() encoding.TextUnmarshaler { return new(LineKind) }, LineKind(9)},
	{"Severity", []textEnum{Info, Warning, Error},
		func() encoding.TextUnmarshaler { return new(Severity) }, Severity(3)},
	{"QuotaKind", []textEnum{QuotaUnspecified, QuotaCount, QuotaNone, QuotaTerms, QuotaUnknown},
		func() encoding.TextUnmarshaler { return new(QuotaKind) }, QuotaKind(5)},
	{"TermLength", []textEnum{ShortTerm, LongTerm},
		func() encoding.TextUnmarshaler { return new(TermLength) }, TermLength(2)},
	{"DatePrecision", []textEnum{PrecisionNone, PrecisionYear, PrecisionMonth, PrecisionDay},
		func() encoding.TextUnmarshaler { return new(DatePrecision) }, DatePrecision(-2)},
	{"Format", []textEnum{FormatTSV, FormatCSV, FormatJSON},
		func() encoding.TextUnmarshaler { return new(Format) }, Format(3)},
	{"FieldKind", []textEnum{FieldOther, FieldNumber, FieldLevel, FieldCity, FieldRegion, FieldRemarks, FieldURL},
		func() encoding.TextUnmarshaler { return new(FieldKind) }, FieldKind(7)},
	{"Level", []textEnum{LevelUnknown, LevelInstitution, LevelFaculty},
		func() encoding.TextUnmarshaler { return new(Level) }, Level(3)},
	{"Renewal", []textEnum{RenewalNone, RenewalAutomatic, RenewalIndefinite},
		func() encoding.TextUnmarshaler { return new(Renewal) }, Renewal(3)},
}

// TestEnumText checks that every enumeration writes its String as text
// and as JSON, on its own and as a map key, reads it back in any case,
// and refuses values and names it does not have.
func TestEnumText(t *testing.T) {
	for _, tc := range enumCases {
		t.Run(tc.typ, func(t *testing.T) {
			for _, v := range tc.values {
				b, err := v.MarshalText()
				if err != nil || string(b) != v.String() {
					t.Errorf("%v.MarshalText() = %q, %v; want %q", v, b, err, v.String())
				}
				if strings.ContainsAny(string(b), "- ") || strings.ToLower(string(b)) != string(b) {
					t.Errorf("name %q is not snake_case", b)
				}
				for _, text := range []string{string(b), strings.ToUpper(string(b))} {
					back := tc.fresh()
					if err := back.UnmarshalText([]byte(text)); err != nil {
						t.Errorf("UnmarshalText(%q): %v", text, err)
					} else if back.(interface{ String() string }).String() != v.String() {
						t.Errorf("UnmarshalText(%q) = %v, want %v", text, back, v)
					}
				}
				j, err := json.Marshal(v)
				if err != nil || string(j) != `"`+v.String()+`"` {
					t.Errorf("json.Marshal(%v) = %s, %v; want the name quoted", v, j, err)
				}
				back := tc.fresh()
				if err := json.Unmarshal(j, back); err != nil || back.(interface{ String() string }).String() != v.String() {
					t.Errorf("json.Unmarshal(%s) = %v, %v; want %v", j, back, err, v)
				}
			}
			if b, err := tc.bad.MarshalText(); err == nil {
				t.Errorf("%v.MarshalText() = %q, want an error", tc.bad, b)
			}
			if err := tc.fresh().UnmarshalText([]byte("no such name")); err == nil || !strings.Contains(err.Error(), tc.typ) {
				t.Errorf("UnmarshalText of an unknown name: error %v, want one naming %s", err, tc.typ)
			}
		})
	}
}

// TestEnumMapKeys checks that enumerations can key maps in JSON.
func TestEnumMapKeys(t *testing.T) {
	m := map[QuotaKind]int{QuotaCount: 3, QuotaNone: 1}
	b, err := json.Marshal(m)
	if err != nil || string(b) != `{"count":3,"none":1}` {
		t.Fatalf("json.Marshal = %s, %v", b, err)
	}
	var back map[QuotaKind]int
	if err := json.Unmarshal(b, &back); err != nil || back[QuotaCount] != 3 || back[QuotaNone] != 1 {
		t.Errorf("json.Unmarshal = %v, %v", back, err)
	}
	bySource := map[CountrySource]int{CountryFillDown: 2}
	if b, err := json.Marshal(bySource); err != nil || string(b) != `{"fill_down":2}` {
		t.Errorf("json.Marshal = %s, %v", b, err)
	}
}

// TestCountrySourceOldName checks that "fill-down", the name
// CountryFillDown had before all names were snake_case, still reads.
func TestCountrySourceOldName(t *testing.T) {
	var s CountrySource
	if err := s.UnmarshalText([]byte("fill-down")); err != nil || s != CountryFillDown {
		t.Errorf("UnmarshalText(fill-down) = %v, %v", s, err)
	}
}
