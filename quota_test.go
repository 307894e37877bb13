package agreements

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// st and lt build terms for the expectations below; a negative n means
// the number is not stated.
func st(n int) Term { return term(ShortTerm, n) }
func lt(n int) Term { return term(LongTerm, n) }

func term(l TermLength, n int) Term {
	if n < 0 {
		return Term{Length: l}
	}
	return Term{Length: l, Count: n, Stated: true}
}

var quotaTests = []struct {
	name      string
	in        string
	want      Quota // Raw is set to in by the test
	canonical string
	err       error
}{
	{"count", "5", Quota{Kind: QuotaCount, Count: 5}, "5", nil},
	{"count two digits", "15", Quota{Kind: QuotaCount, Count: 15}, "15", nil},
	{"zero", "0", Quota{Kind: QuotaCount}, "0", nil},
	{"leading zero", "05", Quota{Kind: QuotaCount, Count: 5}, "5", nil},
	{"full-width count", "５", Quota{Kind: QuotaCount, Count: 5}, "5", nil},
	{"full-width two digits", "１０", Quota{Kind: QuotaCount, Count: 10}, "10", nil},
	{"count with spaces", " 5 ", Quota{Kind: QuotaCount, Count: 5}, "5", nil},
	{"count with 名", "5名", Quota{Kind: QuotaCount, Count: 5}, "5", nil},
	{"count with 人", "3 人", Quota{Kind: QuotaCount, Count: 3}, "3", nil},
	{"count with 명", "2명", Quota{Kind: QuotaCount, Count: 2}, "2", nil},
	{"none", "×", Quota{Kind: QuotaNone}, "×", nil},
	{"none latin x", "x", Quota{Kind: QuotaNone}, "×", nil},
	{"none latin X", "X", Quota{Kind: QuotaNone}, "×", nil},
	{"none full-width x", "ｘ", Quota{Kind: QuotaNone}, "×", nil},
	{"none with spaces", "\u3000×\u3000", Quota{Kind: QuotaNone}, "×", nil},
	{"empty", "", Quota{Kind: QuotaUnspecified}, "", nil},
	{"blank", "  ", Quota{Kind: QuotaUnspecified}, "", nil},
	{"short and open long", "ST10,LT", Quota{Kind: QuotaTerms, Terms: []Term{st(10), lt(-1)}}, "ST10,LT", nil},
	{"short 30 and open long", "ST30,LT", Quota{Kind: QuotaTerms, Terms: []Term{st(30), lt(-1)}}, "ST30,LT", nil},
	{"both stated", "ST5,LT2", Quota{Kind: QuotaTerms, Terms: []Term{st(5), lt(2)}}, "ST5,LT2", nil},
	{"spaces inside", "ST 10, LT", Quota{Kind: QuotaTerms, Terms: []Term{st(10), lt(-1)}}, "ST10,LT", nil},
	{"space between terms", "ST10 LT", Quota{Kind: QuotaTerms, Terms: []Term{st(10), lt(-1)}}, "ST10,LT", nil},
	{"plus between terms", "ST5+LT2", Quota{Kind: QuotaTerms, Terms: []Term{st(5), lt(2)}}, "ST5,LT2", nil},
	{"terms run together", "ST10LT", Quota{Kind: QuotaUnknown}, "ST10LT", ErrBadQuota},
	{"slash", "ST10/LT", Quota{Kind: QuotaTerms, Terms: []Term{st(10), lt(-1)}}, "ST10,LT", nil},
	{"ideographic comma", "ST10、LT", Quota{Kind: QuotaTerms, Terms: []Term{st(10), lt(-1)}}, "ST10,LT", nil},
	{"full-width comma", "ST10，LT2", Quota{Kind: QuotaTerms, Terms: []Term{st(10), lt(2)}}, "ST10,LT2", nil},
	{"full-width code", "ＳＴ１０，ＬＴ", Quota{Kind: QuotaTerms, Terms: []Term{st(10), lt(-1)}}, "ST10,LT", nil},
	{"lower case", "st10", Quota{Kind: QuotaTerms, Terms: []Term{st(10)}}, "ST10", nil},
	{"mixed case", "St10,lT", Quota{Kind: QuotaTerms, Terms: []Term{st(10), lt(-1)}}, "ST10,LT", nil},
	{"long alone", "LT", Quota{Kind: QuotaTerms, Terms: []Term{lt(-1)}}, "LT", nil},
	{"short alone", "ST", Quota{Kind: QuotaTerms, Terms: []Term{st(-1)}}, "ST", nil},
	{"long first", "LT2,ST5", Quota{Kind: QuotaTerms, Terms: []Term{st(5), lt(2)}}, "ST5,LT2", nil},
	{"unknown word", "some", Quota{Kind: QuotaUnknown}, "some", ErrBadQuota},
	{"negative", "-5", Quota{Kind: QuotaUnknown}, "-5", ErrBadQuota},
	{"decimal", "2.5", Quota{Kind: QuotaUnknown}, "2.5", ErrBadQuota},
	{"too many digits", "12345678901234567890", Quota{Kind: QuotaUnknown}, "12345678901234567890", ErrBadQuota},
	{"term twice", "ST5,ST6", Quota{Kind: QuotaUnknown}, "ST5,ST6", ErrBadQuota},
	{"trailing separator", "ST5,", Quota{Kind: QuotaUnknown}, "ST5,", ErrBadQuota},
	{"unknown code", "MT5", Quota{Kind: QuotaUnknown}, "MT5", ErrBadQuota},
	{"count then code", "5ST", Quota{Kind: QuotaUnknown}, "5ST", ErrBadQuota},
	// Counts written with their units.
	{"count times a stay", "2 x 5 mesi", Quota{Kind: QuotaCount, Count: 2}, "2", nil},
	{"persons and a stay", "2 kişi / 10 ay", Quota{Kind: QuotaCount, Count: 2}, "2", nil},
	{"students", "3 students", Quota{Kind: QuotaCount, Count: 3}, "3", nil},
	{"by level, added", "2 (UG) / 1 (PG)", Quota{Kind: QuotaCount, Count: 3}, "3", nil},
	{"one level", "1 (PG)", Quota{Kind: QuotaCount, Count: 1}, "1", nil},
	{"erasmus mobilities", "1 SMS + 1 STA", Quota{Kind: QuotaCount, Count: 2}, "2", nil},
	{"persons in indonesian", "2 orang", Quota{Kind: QuotaCount, Count: 2}, "2", nil},
	{"a remark in brackets", "2 (umowa bilateralna)", Quota{Kind: QuotaCount, Count: 2}, "2", nil},
	{"a programme in brackets", "2 (KA171)", Quota{Kind: QuotaCount, Count: 2}, "2", nil},
	{"a breakdown in brackets", "5 (2 UG, 3 PG)", Quota{Kind: QuotaCount, Count: 5}, "5", nil},
	{"brackets after words", "see (annex)", Quota{Kind: QuotaUnknown}, "see (annex)", ErrBadQuota},
	{"a stay alone is no count", "5 months", Quota{Kind: QuotaUnknown}, "5 months", ErrBadQuota},
	{"two bare numbers", "2 / 3", Quota{Kind: QuotaUnknown}, "2 / 3", ErrBadQuota},
	{"an unknown unit", "2 buses", Quota{Kind: QuotaUnknown}, "2 buses", ErrBadQuota},
	// Not stated.
	{"dash", "—", Quota{Kind: QuotaUnspecified}, "", nil},
	{"to be decided", "TBD", Quota{Kind: QuotaUnspecified}, "", nil},
	{"french to be decided", "à définir", Quota{Kind: QuotaUnspecified}, "", nil},
	{"japanese undecided", "未定", Quota{Kind: QuotaUnspecified}, "", nil},
}

func TestParseQuota(t *testing.T) {
	for _, tt := range quotaTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseQuota(tt.in)
			want := tt.want
			want.Raw = tt.in
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ParseQuota(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			if diff := cmp.Diff(tt.err, err, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("ParseQuota(%q) error mismatch (-want +got):\n%s", tt.in, diff)
			}
			if s := got.String(); s != tt.canonical {
				t.Errorf("ParseQuota(%q).String() = %q, want %q", tt.in, s, tt.canonical)
			}
		})
	}
}

func TestQuotaStringRoundTrip(t *testing.T) {
	for _, tt := range quotaTests {
		t.Run(tt.name, func(t *testing.T) {
			q, _ := ParseQuota(tt.in)
			back, _ := ParseQuota(q.String())
			if diff := cmp.Diff(q, back, cmpopts.IgnoreFields(Quota{}, "Raw")); diff != "" {
				t.Errorf("ParseQuota(%q).String() = %q reads back differently (-first +second):\n%s", tt.in, q.String(), diff)
			}
		})
	}
}

func TestValidateQuota(t *testing.T) {
	tests := []struct {
		name string
		in   string
		ok   bool
	}{
		{"empty", "", true},
		{"none", "×", true},
		{"count", "5", true},
		{"zero", "0", true},
		{"terms", "ST10,LT", true},
		{"both stated", "ST5,LT2", true},
		{"long alone", "LT", true},
		{"leading zero", "05", false},
		{"latin x", "x", false},
		{"spaces inside", "ST 10, LT", false},
		{"slash", "ST10/LT", false},
		{"lower case", "st10", false},
		{"full-width", "５", false},
		{"surrounding space", " 5", false},
		{"long first", "LT2,ST5", false},
		{"unknown", "some", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateQuota(tt.in)
			if (err == nil) != tt.ok {
				t.Fatalf("ValidateQuota(%q) = %v, want ok=%v", tt.in, err, tt.ok)
			}
			if err != nil && !errors.Is(err, ErrBadQuota) {
				t.Errorf("ValidateQuota(%q) = %v, does not wrap ErrBadQuota", tt.in, err)
			}
			if err != nil && !strings.Contains(err.Error(), tt.in) {
				t.Errorf("ValidateQuota(%q) = %v, does not quote the input", tt.in, err)
			}
		})
	}
}

func TestQuotaPlaces(t *testing.T) {
	tests := []struct {
		in        string
		n         int
		open      bool
		hasPlaces bool
	}{
		{"5", 5, false, true},
		{"0", 0, false, false},
		{"×", 0, false, false},
		{"", 0, false, false},
		{"ST10,LT", 10, true, true},
		{"ST5,LT2", 7, false, true},
		{"LT", 0, true, true},
		{"ST0", 0, false, false},
		{"junk", 0, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			q, _ := ParseQuota(tt.in)
			n, open := q.Places()
			if n != tt.n || open != tt.open {
				t.Errorf("Places(%q) = %d, %v; want %d, %v", tt.in, n, open, tt.n, tt.open)
			}
			if got := q.HasPlaces(); got != tt.hasPlaces {
				t.Errorf("HasPlaces(%q) = %v, want %v", tt.in, got, tt.hasPlaces)
			}
			if got := HasPlaces()(&Agreement{Quota: q}); got != tt.hasPlaces {
				t.Errorf("HasPlaces() predicate on %q = %v, want %v", tt.in, got, tt.hasPlaces)
			}
		})
	}
}

func TestMustParseQuotaPanics(t *testing.T) {
	defer func() {
		r := recover()
		if r == nil || !strings.Contains(r.(string), `"junk"`) {
			t.Errorf("MustParseQuota(\"junk\") panicked with %v, want the input quoted", r)
		}
	}()
	MustParseQuota("junk")
}

func TestQuotaJSON(t *testing.T) {
	tests := []struct{ in, want string }{
		{"5", `{"raw":"5","kind":"count","count":5}`},
		{"×", `{"raw":"×","kind":"none"}`},
		{"", `{"raw":"","kind":"unspecified"}`},
		{"ST10,LT", `{"raw":"ST10,LT","kind":"terms","terms":[{"term":"short","count":10},{"term":"long","count":null}]}`},
		{"junk", `{"raw":"junk","kind":"unknown"}`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			q, _ := ParseQuota(tt.in)
			b, err := q.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tt.want {
				t.Errorf("MarshalJSON(%q) = %s, want %s", tt.in, b, tt.want)
			}
		})
	}
}

// TestQuotaSeed decodes every quota of the seed's truth file: the counts,
// × and ST/LT codes must all be understood.
func TestQuotaSeed(t *testing.T) {
	truth := readTruth(t, filepath.Join("testdata", "exchange-agreements.truth.tsv"))
	kinds := map[QuotaKind]int{}
	for _, tr := range truth {
		q, err := ParseQuota(tr.Quota)
		if err != nil {
			t.Errorf("line %d: ParseQuota(%q): %v", tr.Line, tr.Quota, err)
		}
		if q.String() != tr.Quota {
			t.Errorf("line %d: ParseQuota(%q).String() = %q", tr.Line, tr.Quota, q.String())
		}
		kinds[q.Kind]++
	}
	// Counted in the truth file: 19 "×", 4 ST/LT codes, the rest counts.
	want := map[QuotaKind]int{QuotaNone: 19, QuotaTerms: 4, QuotaCount: 81}
	if diff := cmp.Diff(want, kinds); diff != "" {
		t.Errorf("quota kinds of the seed (-want +got):\n%s", diff)
	}
}

func FuzzQuota(f *testing.F) {
	for _, tt := range quotaTests {
		f.Add(tt.in)
	}
	for _, s := range []string{"\xff", "ST\xff", "ＳＴ", "S", "ST,", ",LT", "ST99999999", "LT 5 名", "Ｓ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuota(s)
		if err != nil {
			if !errors.Is(err, ErrBadQuota) || q.Kind != QuotaUnknown || q.Raw != s {
				t.Fatalf("ParseQuota(%q) = %+v, %v", s, q, err)
			}
			_ = err.Error()
		}
		c := q.String()
		back, err := ParseQuota(c)
		if err != nil && q.Kind != QuotaUnknown {
			t.Fatalf("ParseQuota(%q).String() = %q, which does not parse: %v", s, c, err)
		}
		if diff := cmp.Diff(q, back, cmpopts.IgnoreFields(Quota{}, "Raw")); diff != "" {
			t.Fatalf("ParseQuota(%q).String() = %q reads back differently (-first +second):\n%s", s, c, diff)
		}
		if q.Kind != QuotaUnknown {
			if err := ValidateQuota(c); err != nil {
				t.Fatalf("ValidateQuota(%q) of a canonical spelling: %v", c, err)
			}
		}
	})
}

var sinkQuota Quota

func BenchmarkParseQuota(b *testing.B) {
	for _, tt := range []struct{ name, in string }{
		{"count", "5"}, {"none", "×"}, {"empty", ""}, {"terms", "ST10,LT"},
	} {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkQuota, _ = ParseQuota(tt.in)
			}
		})
	}
}
