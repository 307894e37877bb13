package agreements

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// seedListing parses the seed listing.
func seedListing(t *testing.T) *Listing {
	t.Helper()
	l, err := Parse(strings.NewReader(readSeed(t)))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Agreements) != 104 {
		t.Fatalf("seed: %d agreements, want 104", len(l.Agreements))
	}
	return l
}

// write writes l with a Writer in format f, with source as its Source.
func write(t *testing.T, l *Listing, f Format, source string) string {
	t.Helper()
	var buf bytes.Buffer
	w := NewWriter(&buf)
	w.Format, w.Source = f, source
	if err := w.WriteListing(l); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// essentials is what a table written by a Writer keeps of an agreement
// for the reader: its country, partner, date, quota and end date, and
// the cells of the columns number to other_fields.
//
// The rest does not come back (see TableColumns): Renewal (valid_until
// is empty beside it), ValidUntilText (read back as valid_until's ISO
// form), Level (decoded again from the first cell that names a level,
// which may be the units column's "Faculty of Science" or the type
// column's text, never the level column's "institution"), and Fields,
// which read back with every column of the table the reader does not
// map, such as source and country_code.
type essentials struct {
	Country        Country
	Partner        string
	EffectiveSince Date
	Quota          Quota
	ValidUntil     Date
	Number, Type   string
	City, Region   string
	Remarks, URL   string
	OtherFields    string
}

// essentialsOf returns the essentials of l's agreements. Those of a
// listing read back from a table (read) take number, type and
// other_fields from the fields headed by those columns' names, and
// city, region, remarks and url from the first field of their kind: the
// reader knows these four columns by their headers.
func essentialsOf(l *Listing, read bool) []essentials {
	var out []essentials
	for _, a := range l.Agreements {
		e := essentials{Country: a.Country, Partner: a.Partner, EffectiveSince: a.EffectiveSince, Quota: a.Quota,
			ValidUntil: a.ValidUntil}
		if read {
			e.Number, e.Type, e.OtherFields = headed(&a, "number"), headed(&a, "type"), headed(&a, "other_fields")
		} else {
			e.Number, e.Type, e.OtherFields = a.Field(FieldNumber), a.Field(FieldLevel), otherFields(&a)
		}
		e.City, e.Region, e.Remarks, e.URL = a.Field(FieldCity), a.Field(FieldRegion), a.Field(FieldRemarks), a.Field(FieldURL)
		out = append(out, e)
	}
	return out
}

// headed returns the value of a's field headed header.
func headed(a *Agreement, header string) string {
	for _, f := range a.Fields {
		if f.Header == header {
			return f.Value
		}
	}
	return ""
}

// otherFields spells the fields of a that the columns number to url do
// not hold, as the other_fields column does.
func otherFields(a *Agreement) string {
	var out []string
	taken := make(map[FieldKind]bool)
	for _, f := range a.Fields {
		if f.Kind != FieldOther && !taken[f.Kind] {
			taken[f.Kind] = true
			continue
		}
		s := f.Value
		if f.Header != "" {
			s = f.Header + ": " + s
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

// TestWriterTSVRoundTrip writes parsed listings as TSV and reads them
// back with Parse: the same agreements, with the same countries,
// partners, dates and quotas, each row's country printed on it.
func TestWriterTSVRoundTrip(t *testing.T) {
	for _, path := range goldenInputs(t) {
		t.Run(goldenName(path), func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			l, err := Parse(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			out := write(t, l, FormatTSV, path)
			back, err := Parse(strings.NewReader(out))
			if err != nil {
				t.Fatal(err)
			}
			want, got := essentialsOf(l, false), essentialsOf(back, true)
			unknown := 0
			for i, a := range l.Agreements {
				if a.Country.IsZero() && i < len(got) {
					// An empty country cell is read by inference, not as
					// unknown: see the Writer's documentation.
					t.Logf("line %d, of no country, read back in %q", a.Line, got[i].Country.Code)
					want[i].Country = got[i].Country
					unknown++
				}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("agreements read back differ (-written +read):\n%s", diff)
			}
			for i, a := range back.Agreements {
				if i < len(l.Agreements) && !l.Agreements[i].Country.IsZero() &&
					(a.CountrySource != CountryPrinted || a.Confidence != 1) {
					t.Errorf("line %d read back with %s country, confidence %v; want printed, 1", a.Line, a.CountrySource, a.Confidence)
				}
			}
			if len(back.Diagnostics) != 0 && unknown == 0 {
				t.Errorf("reading back gave diagnostics: %v", back.Diagnostics)
			}
			if path == goldenInputs(t)[0] {
				t.Logf("seed: %d/%d agreements read back alike", len(back.Agreements), len(l.Agreements))
			}
		})
	}
}

// TestWriterCSVRoundTrip is TestWriterTSVRoundTrip for CSV.
func TestWriterCSVRoundTrip(t *testing.T) {
	l := seedListing(t)
	back, err := Parse(strings.NewReader(write(t, l, FormatCSV, "seed.tsv")))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(essentialsOf(l, false), essentialsOf(back, true)); diff != "" {
		t.Errorf("agreements read back differ (-written +read):\n%s", diff)
	}
}

// TestWriterJSONRoundTrip writes the seed as JSON and reads it back
// with json.Unmarshal: the same Listing. The document is the one
// Listing.MarshalJSON gives, indented, plus each element's source.
func TestWriterJSONRoundTrip(t *testing.T) {
	l := seedListing(t)
	for _, source := range []string{"", "seed.tsv"} {
		out := write(t, l, FormatJSON, source)
		var back Listing
		if err := json.Unmarshal([]byte(out), &back); err != nil {
			t.Fatalf("source %q: %v", source, err)
		}
		if diff := cmp.Diff(l, &back, cmpopts.EquateErrors()); diff != "" {
			t.Errorf("source %q: listing read back differs (-written +read):\n%s", source, diff)
		}
		if source == "" {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(l); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want.String(), out); diff != "" {
				t.Errorf("document differs from Listing.MarshalJSON's (-marshal +writer):\n%s", diff)
			}
		} else if n := strings.Count(out, `"source": "seed.tsv"`); n != len(l.Agreements)+len(l.Ignored)+len(l.Diagnostics) {
			t.Errorf("%d sources, want one per agreement, ignored line and diagnostic", n)
		}
	}
}

// TestWriterHeader checks that a table's header is the same with and
// without a source, and written when nothing else is.
func TestWriterHeader(t *testing.T) {
	want := strings.Join(TableColumns(), "\t") + "\n"
	for _, source := range []string{"", "a.tsv"} {
		if out := write(t, &Listing{}, FormatTSV, source); out != want {
			t.Errorf("source %q: empty table %q, want %q", source, out, want)
		}
		out := write(t, seedListing(t), FormatTSV, source)
		if !strings.HasPrefix(out, want) || strings.Count(out, "\n") != 105 {
			t.Errorf("source %q: table does not start with the header, or has not 105 lines", source)
		}
	}
	if out := write(t, &Listing{}, FormatCSV, ""); out != strings.Join(TableColumns(), ",")+"\n" {
		t.Errorf("empty CSV table %q", out)
	}
	var doc Listing
	if err := json.Unmarshal([]byte(write(t, nil, FormatJSON, "")), &doc); err != nil || !cmp.Equal(doc, Listing{}) {
		t.Errorf("empty JSON document reads as %+v, %v", doc, err)
	}
	// The columns the reader needs come first under their names.
	cols := TableColumns()
	for _, f := range []struct {
		field
		name string
	}{{fieldCountry, "country"}, {fieldPartner, "partner"}, {fieldDate, "effective_since"}, {fieldQuota, "quota_raw"},
		{fieldEnd, "valid_until"}} {
		for _, c := range cols {
			if headerField(c) == f.field {
				if c != f.name {
					t.Errorf("the reader takes column %q, before %q, as its %v", c, f.name, f.field)
				}
				break
			}
		}
	}
	TableColumns()[0] = "changed"
	if TableColumns()[0] != "source" {
		t.Error("TableColumns returns the Writer's own slice")
	}
}

// TestWriterCells checks the cells of values that need care: tabs and
// line breaks in TSV, quotes and commas in CSV, terms and partial dates.
func TestWriterCells(t *testing.T) {
	a := Agreement{
		Line: 7, Country: Country{Code: "FR", Name: "France"}, CountrySource: CountryGroup, Confidence: 0.876,
		Partner:        "\"École\" Centrale,\tNantes\nCampus",
		EffectiveSince: Date{Year: 2017, Month: time.June}, EffectiveText: "2017/06",
		Quota:          MustParseQuota("ST10,LT"),
		ValidUntilText: "31.03.2027 (auto-renewal)", Renewal: RenewalAutomatic, Level: LevelFaculty,
		Fields: []Field{
			{Kind: FieldNumber, Header: "No.", Value: "12"},
			{Kind: FieldLevel, Header: "Type", Value: "Faculty-level"},
			{Kind: FieldLevel, Header: "Scope", Value: "MOU"},
			{Kind: FieldOther, Value: "see\tnotes"},
			{Kind: FieldCity, Header: "City", Value: "Nantes"},
			{Kind: FieldOther, Header: "Contact", Value: "a@b.fr"},
		},
	}
	l := &Listing{Agreements: []Agreement{a}}
	tsv := strings.Split(strings.TrimSuffix(write(t, l, FormatTSV, "x"), "\n"), "\n")
	if len(tsv) != 2 {
		t.Fatalf("TSV has %d lines, want 2: %q", len(tsv), tsv)
	}
	row := strings.Split(tsv[1], "\t")
	want := map[string]string{
		"source": "x", "line": "7", "country": "France", "country_code": "FR", "country_source": "group",
		"confidence": "0.88", "partner": "\"École\" Centrale, Nantes Campus", "effective_since": "2017-06",
		"quota_raw": "ST10,LT", "quota_kind": "terms", "short_term": "10", "long_term": "yes",
		"places": "10", "open_ended": "true", "quota_count": "",
		"valid_until": "", "valid_until_text": "31.03.2027 (auto-renewal)", "renewal": "automatic", "level": "faculty",
		"number": "12", "type": "Faculty-level", "city": "Nantes", "region": "", "remarks": "", "url": "",
		"other_fields": "Scope: MOU; see notes; Contact: a@b.fr",
	}
	check := func(format string, row []string) {
		t.Helper()
		if len(row) != len(TableColumns()) {
			t.Fatalf("%s: %d cells, want %d", format, len(row), len(TableColumns()))
		}
		for i, c := range TableColumns() {
			if w, ok := want[c]; ok && row[i] != w {
				t.Errorf("%s: %s = %q, want %q", format, c, row[i], w)
			}
		}
	}
	check("tsv", row)
	recs, err := csv.NewReader(strings.NewReader(write(t, l, FormatCSV, "x"))).ReadAll()
	if err != nil || len(recs) != 2 {
		t.Fatalf("CSV: %d records, %v", len(recs), err)
	}
	want["partner"] = a.Partner // CSV quotes rather than replaces
	want["other_fields"] = "Scope: MOU; see\tnotes; Contact: a@b.fr"
	check("csv", recs[1])

	// A day, and an agreement without fields or level.
	a = Agreement{Partner: "x", ValidUntil: Date{2027, time.March, 31}, ValidUntilText: "2027/3/31"}
	row = strings.Split(strings.Split(write(t, &Listing{Agreements: []Agreement{a}}, FormatTSV, ""), "\n")[1], "\t")
	want = map[string]string{
		"valid_until": "2027-03-31", "valid_until_text": "2027/3/31", "renewal": "none", "level": "unknown",
		"number": "", "type": "", "city": "", "region": "", "remarks": "", "url": "", "other_fields": "",
	}
	check("tsv", row)
}

// TestWriterDocuments checks that in JSON each Flush ends a document,
// and that a Flush with nothing new writes nothing.
func TestWriterDocuments(t *testing.T) {
	l := seedListing(t)
	var buf bytes.Buffer
	w := NewWriter(&buf)
	w.Format = FormatJSON
	w.Source = "one"
	w.Write(&l.Agreements[0])
	w.Flush()
	w.Flush()
	w.Source = "two"
	w.WriteListing(l)
	w.Flush()
	if err := w.Error(); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(&buf)
	var docs []Listing
	for dec.More() {
		var d Listing
		if err := dec.Decode(&d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	if len(docs) != 2 || len(docs[0].Agreements) != 1 || len(docs[1].Agreements) != 104 || docs[1].Lines != l.Lines {
		t.Fatalf("%d documents, want 2 of 1 and 104 agreements", len(docs))
	}
}

// TestWriterErrors checks that a Writer without output, with a bad
// format or over a failing writer reports an error, and never panics.
func TestWriterErrors(t *testing.T) {
	a := &Agreement{Partner: "x"}
	var zero Writer
	if err := zero.Write(a); err == nil {
		t.Error("zero Writer: Write succeeded")
	}
	zero.Flush()
	if zero.Error() == nil || (&Writer{}).Error() == nil {
		t.Error("zero Writer: no error")
	}

	w := NewWriter(new(bytes.Buffer))
	w.Format = Format(9)
	if err := w.Write(a); err == nil || !strings.Contains(err.Error(), "Format") {
		t.Errorf("bad format: error %v", err)
	}

	boom := errors.New("disk full")
	for _, f := range []Format{FormatTSV, FormatCSV, FormatJSON} {
		w := NewWriter(failingWriter{boom})
		w.Format = f
		w.WriteListing(seedListing(t))
		w.Flush()
		if !errors.Is(w.Error(), boom) {
			t.Errorf("%v: Error() = %v, want %v", f, w.Error(), boom)
		}
	}

	w = NewWriter(new(bytes.Buffer))
	w.Format = FormatJSON
	if err := w.Write(&Agreement{EffectiveSince: Date{Year: 2017, Day: 3}}); err == nil {
		t.Error("JSON of an impossible date written")
	}
	if err := NewWriter(new(bytes.Buffer)).Write(nil); err != nil {
		t.Errorf("Write(nil): %v", err)
	}
}

type failingWriter struct{ err error }

func (w failingWriter) Write([]byte) (int, error) { return 0, w.err }

// FuzzAppendIndented checks appendIndented against json.Indent on JSON
// as encoding/json writes it (compacted): the same bytes, whatever the
// nesting, empty arrays and objects, and strings full of brackets,
// commas, colons, quotes and backslashes.
func FuzzAppendIndented(f *testing.F) {
	for _, s := range []string{
		`{}`, `[]`, `{"a":[]}`, `{"a":{},"b":[1,2,{"c":null}]}`, `"x"`, `1`,
		`{"s":"a,b:c{d}[e]\"f\\"}`, `[["",{}],[[]],{"":""}]`, `{"k":"\u00e9 \\\" ,"}`,
	} {
		f.Add(s)
	}
	seed, err := os.ReadFile("testdata/exchange-agreements.tsv")
	if err != nil {
		f.Fatal(err)
	}
	l, err := Parse(bytes.NewReader(seed))
	if err != nil {
		f.Fatal(err)
	}
	for i := 0; i < len(l.Agreements); i += 10 {
		b, err := json.Marshal(l.Agreements[i].JSON())
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !json.Valid([]byte(s)) {
			return
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, []byte(s)); err != nil {
			return
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), "    ", "  "); err != nil {
			t.Fatal(err)
		}
		if got := appendIndented(nil, compact.Bytes(), "    ", "  "); string(got) != want.String() {
			t.Fatalf("appendIndented(%q):\n%s\nwant:\n%s", compact.String(), got, want.String())
		}
	})
}
