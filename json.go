package agreements

import (
	"encoding"
	"encoding/json"
	"fmt"

	"github.com/exchangelist/agreements/country"
)

// The JSON forms of the library's types round-trip: json.Marshal of a
// Listing, then json.Unmarshal into a Listing, gives back an equal
// Listing, Diagnostic.Err included (restored from the diagnostic's code).
// Every key is snake_case, and enumerations are written by name.

type jsonTerm struct {
	Term  TermLength `json:"term"`
	Count *int       `json:"count"`
}

type jsonQuota struct {
	Raw   string     `json:"raw"`
	Kind  QuotaKind  `json:"kind"`
	Count *int       `json:"count,omitempty"`
	Terms []jsonTerm `json:"terms,omitempty"`
}

// MarshalJSON encodes q as {"raw", "kind", "count"} for a count, and
// {"raw", "kind", "terms": [{"term": "short", "count": 10}, ...]} for
// terms, with a null count for a term whose number is not stated.
func (q Quota) MarshalJSON() ([]byte, error) {
	j := jsonQuota{Raw: q.Raw, Kind: q.Kind}
	if q.Kind == QuotaCount {
		j.Count = &q.Count
	}
	for _, t := range q.Terms {
		jt := jsonTerm{Term: t.Length}
		if t.Stated {
			n := t.Count
			jt.Count = &n
		}
		j.Terms = append(j.Terms, jt)
	}
	return marshalNoEscape(j)
}

// UnmarshalJSON decodes the form MarshalJSON writes. It takes the fields
// as written, without decoding "raw" again.
func (q *Quota) UnmarshalJSON(b []byte) error {
	var j jsonQuota
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	v := Quota{Raw: j.Raw, Kind: j.Kind}
	if j.Count != nil {
		v.Count = *j.Count
	}
	for _, t := range j.Terms {
		term := Term{Length: t.Term}
		if t.Count != nil {
			term.Count, term.Stated = *t.Count, true
		}
		v.Terms = append(v.Terms, term)
	}
	*q = v
	return nil
}

// JSONAgreement is the JSON form of an [Agreement], as
// [Agreement.MarshalJSON] writes it and the agreements command prints it.
// Institution, Campuses, Units and Members come from the partner's name
// (see [ParsePartnerName]); Members holds the text of each member of a
// consortium. Source names the listing the agreement was read from, when
// a [Writer] was given one. Confidence is written in full, so that it
// reads back as it was. Renewal and Level are written by name ("none",
// "automatic", "indefinite"; "unknown", "institution", "faculty"), and
// Fields, left out when there are none, as
// [{"kind": "city", "header": "City", "value": "Kyoto"}, ...].
type JSONAgreement struct {
	Source         string   `json:"source,omitempty"`
	Line           int      `json:"line"`
	EndLine        int      `json:"end_line"`
	Country        string   `json:"country"`
	CountryName    string   `json:"country_name"`
	CountryLabel   string   `json:"country_label"`
	CountrySource  string   `json:"country_source"`
	Confidence     float64  `json:"confidence"`
	Partner        string   `json:"partner"`
	Institution    string   `json:"institution"`
	Campuses       []string `json:"campuses,omitempty"`
	Units          []string `json:"units,omitempty"`
	Members        []string `json:"members,omitempty"`
	EffectiveSince Date     `json:"effective_since"`
	EffectiveText  string   `json:"effective_text"`
	Quota          Quota    `json:"quota"`
	ValidUntil     Date     `json:"valid_until"`
	ValidUntilText string   `json:"valid_until_text"`
	Renewal        string   `json:"renewal"`
	Level          string   `json:"level"`
	Fields         []Field  `json:"fields,omitempty"`
}

// JSON returns the JSON form of a.
func (a *Agreement) JSON() JSONAgreement {
	n := a.Name()
	j := JSONAgreement{
		Line:           a.Line,
		EndLine:        a.EndLine,
		Country:        a.Country.Code,
		CountryName:    a.Country.Name,
		CountryLabel:   a.CountryLabel,
		CountrySource:  a.CountrySource.String(),
		Confidence:     a.Confidence,
		Partner:        a.Partner,
		Institution:    n.Institution,
		Campuses:       n.Campuses,
		Units:          n.Units,
		EffectiveSince: a.EffectiveSince,
		EffectiveText:  a.EffectiveText,
		Quota:          a.Quota,
		ValidUntil:     a.ValidUntil,
		ValidUntilText: a.ValidUntilText,
		Renewal:        a.Renewal.String(),
		Level:          a.Level.String(),
		Fields:         a.Fields,
	}
	for _, m := range n.Members {
		j.Members = append(j.Members, m.Text)
	}
	return j
}

// Agreement returns the agreement j is the JSON form of. The fields
// derived from others (Institution, Campuses, Units, Members) and Source
// are not read; a country given by its code alone gets its English name
// from [country.ByCode]. An empty CountrySource, Renewal or Level is the
// zero value. It fails when CountrySource, Renewal or Level is not the
// name of one of its constants.
func (j *JSONAgreement) Agreement() (Agreement, error) {
	a := Agreement{
		Line:           j.Line,
		EndLine:        j.EndLine,
		Country:        Country{Code: j.Country, Name: j.CountryName},
		Confidence:     j.Confidence,
		CountryLabel:   j.CountryLabel,
		Partner:        j.Partner,
		EffectiveSince: j.EffectiveSince,
		EffectiveText:  j.EffectiveText,
		Quota:          j.Quota,
		ValidUntil:     j.ValidUntil,
		ValidUntilText: j.ValidUntilText,
		Fields:         j.Fields,
	}
	if a.Country.Name == "" && a.Country.Code != "" {
		a.Country.Name = country.ByCode(a.Country.Code).Name
	}
	for _, e := range []struct {
		name string
		v    encoding.TextUnmarshaler
	}{{j.CountrySource, &a.CountrySource}, {j.Renewal, &a.Renewal}, {j.Level, &a.Level}} {
		if e.name != "" {
			if err := e.v.UnmarshalText([]byte(e.name)); err != nil {
				return Agreement{}, err
			}
		}
	}
	return a, nil
}

// checkNames reports whether a's enumerations have names to be written
// by in JSON; [Agreement.JSON] writes String's "CountrySource(42)" for
// a value that has none.
func (a *Agreement) checkNames() error {
	for _, v := range []encoding.TextMarshaler{a.CountrySource, a.Renewal, a.Level} {
		if _, err := v.MarshalText(); err != nil {
			return err
		}
	}
	return nil
}

// MarshalJSON encodes a as a [JSONAgreement].
func (a Agreement) MarshalJSON() ([]byte, error) {
	if err := a.checkNames(); err != nil {
		return nil, err
	}
	return marshalNoEscape(a.JSON())
}

// UnmarshalJSON decodes the form MarshalJSON writes, as
// [JSONAgreement.Agreement] reads it.
func (a *Agreement) UnmarshalJSON(b []byte) error {
	var j JSONAgreement
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	v, err := j.Agreement()
	if err != nil {
		return err
	}
	*a = v
	return nil
}

type jsonField struct {
	Kind   FieldKind `json:"kind"`
	Header string    `json:"header"`
	Value  string    `json:"value"`
}

// MarshalJSON encodes f as {"kind", "header", "value"}, the kind by name
// ("city"), the header "" when no header named the column.
func (f Field) MarshalJSON() ([]byte, error) {
	return marshalNoEscape(jsonField(f))
}

// UnmarshalJSON decodes the form MarshalJSON writes.
func (f *Field) UnmarshalJSON(b []byte) error {
	var j jsonField
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*f = Field(j)
	return nil
}

type jsonIgnored struct {
	Line int      `json:"line"`
	Kind LineKind `json:"kind"`
	Text string   `json:"text"`
}

// MarshalJSON encodes l as {"line", "kind", "text"}.
func (l IgnoredLine) MarshalJSON() ([]byte, error) {
	return marshalNoEscape(jsonIgnored(l))
}

// UnmarshalJSON decodes the form MarshalJSON writes.
func (l *IgnoredLine) UnmarshalJSON(b []byte) error {
	var j jsonIgnored
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*l = IgnoredLine(j)
	return nil
}

type jsonDiagnostic struct {
	Line     int      `json:"line"`
	Severity Severity `json:"severity"`
	Code     string   `json:"code"`
	Message  string   `json:"message"`
}

// MarshalJSON encodes d as {"line", "severity", "code", "message"}, the
// code being [Diagnostic.Code]: a stable name of the sentinel d.Err
// wraps, such as "ambiguous_country".
func (d Diagnostic) MarshalJSON() ([]byte, error) {
	return marshalNoEscape(jsonDiagnostic{d.Line, d.Severity, d.Code(), d.Message})
}

// UnmarshalJSON decodes the form MarshalJSON writes. Err becomes the
// sentinel of the code (nil for "note"); a code this version does not
// know, or "other", is kept in an error of its own, so that Code gives it
// back.
func (d *Diagnostic) UnmarshalJSON(b []byte) error {
	var j jsonDiagnostic
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*d = Diagnostic{Line: j.Line, Severity: j.Severity, Err: errorOfCode(j.Code), Message: j.Message}
	return nil
}

type jsonListing struct {
	Agreements  []Agreement   `json:"agreements"`
	Ignored     []IgnoredLine `json:"ignored"`
	Diagnostics []Diagnostic  `json:"diagnostics"`
	Lines       int           `json:"lines"`
}

// MarshalJSON encodes l as {"agreements": [...], "ignored": [...],
// "diagnostics": [...], "lines": n}, with empty arrays rather than null.
func (l Listing) MarshalJSON() ([]byte, error) {
	j := jsonListing(l)
	if j.Agreements == nil {
		j.Agreements = []Agreement{}
	}
	if j.Ignored == nil {
		j.Ignored = []IgnoredLine{}
	}
	if j.Diagnostics == nil {
		j.Diagnostics = []Diagnostic{}
	}
	return marshalNoEscape(j)
}

// UnmarshalJSON decodes the form MarshalJSON writes; an empty array
// gives a nil slice, as Parse leaves it.
func (l *Listing) UnmarshalJSON(b []byte) error {
	var j jsonListing
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*l = Listing{Agreements: nilIfEmpty(j.Agreements), Ignored: nilIfEmpty(j.Ignored),
		Diagnostics: nilIfEmpty(j.Diagnostics), Lines: j.Lines}
	return nil
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

type jsonSummary struct {
	Country     string `json:"country"`
	CountryName string `json:"country_name"`
	Agreements  int    `json:"agreements"`
	Places      int    `json:"places"`
	OpenEnded   int    `json:"open_ended"`
	NoQuota     int    `json:"no_quota"`
	Unspecified int    `json:"unspecified"`
}

// MarshalJSON encodes s as {"country": "TH", "country_name": "Thailand",
// "agreements", "places", "open_ended", "no_quota", "unspecified"}, the
// country as in an agreement ("" for the unknown one).
func (s CountrySummary) MarshalJSON() ([]byte, error) {
	return marshalNoEscape(jsonSummary{s.Country.Code, s.Country.Name, s.Agreements, s.Places,
		s.OpenEnded, s.NoQuota, s.Unspecified})
}

// UnmarshalJSON decodes the form MarshalJSON writes.
func (s *CountrySummary) UnmarshalJSON(b []byte) error {
	var j jsonSummary
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	c := Country{Code: j.Country, Name: j.CountryName}
	if c.Name == "" && c.Code != "" {
		c.Name = country.ByCode(c.Code).Name
	}
	*s = CountrySummary{c, j.Agreements, j.Places, j.OpenEnded, j.NoQuota, j.Unspecified}
	return nil
}

// A codeError stands for a diagnostic's Err read back from JSON whose
// code is "other" or one this version does not know.
type codeError struct{ code string }

func (e *codeError) Error() string { return fmt.Sprintf("diagnostic of code %q", e.code) }

// errorOfCode returns the Err of a diagnostic of code: its sentinel, nil
// for "note" (or no code), a *codeError otherwise.
func errorOfCode(code string) error {
	if code == "" || code == codeNote {
		return nil
	}
	for _, s := range sentinelCodes {
		if s.code == code {
			return s.err
		}
	}
	return &codeError{code}
}
