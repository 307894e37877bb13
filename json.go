package agreements

import (
	"encoding/json"
)

type jsonTerm struct {
	Term  string `json:"term"`
	Count *int   `json:"count"`
}

type jsonQuota struct {
	Raw   string     `json:"raw"`
	Kind  string     `json:"kind"`
	Count *int       `json:"count,omitempty"`
	Terms []jsonTerm `json:"terms,omitempty"`
}

// MarshalJSON encodes q as {"raw", "kind", "count"} for a count, and
// {"raw", "kind", "terms": [{"term": "short", "count": 10}, ...]} for
// terms, with a null count for a term whose number is not stated.
func (q Quota) MarshalJSON() ([]byte, error) {
	j := jsonQuota{Raw: q.Raw, Kind: q.Kind.String()}
	if q.Kind == QuotaCount {
		j.Count = &q.Count
	}
	for _, t := range q.Terms {
		jt := jsonTerm{Term: t.Length.String()}
		if t.Stated {
			n := t.Count
			jt.Count = &n
		}
		j.Terms = append(j.Terms, jt)
	}
	return json.Marshal(j)
}

// JSONAgreement is the JSON form of an Agreement, as MarshalJSON writes
// it and the agreements command prints it. Institution, Campuses, Units
// and Members come from the partner's name (see ParsePartnerName);
// Members holds the text of each member of a consortium.
type JSONAgreement struct {
	Source         string   `json:"source,omitempty"`
	Line           int      `json:"line"`
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
}

// JSON returns the JSON form of a.
func (a *Agreement) JSON() JSONAgreement {
	n := a.Name()
	j := JSONAgreement{
		Line:           a.Line,
		Country:        a.Country.Code,
		CountryName:    a.Country.Name,
		CountryLabel:   a.CountryLabel,
		CountrySource:  a.CountrySource.String(),
		Confidence:     roundConfidence(a.Confidence),
		Partner:        a.Partner,
		Institution:    n.Institution,
		Campuses:       n.Campuses,
		Units:          n.Units,
		EffectiveSince: a.EffectiveSince,
		EffectiveText:  a.EffectiveText,
		Quota:          a.Quota,
	}
	for _, m := range n.Members {
		j.Members = append(j.Members, m.Text)
	}
	return j
}

// MarshalJSON encodes a as a JSONAgreement.
func (a Agreement) MarshalJSON() ([]byte, error) {
	return json.Marshal(a.JSON())
}

func roundConfidence(c float64) float64 {
	return float64(int(c*100+0.5)) / 100
}

type jsonIgnored struct {
	Line int      `json:"line"`
	Kind LineKind `json:"kind"`
	Text string   `json:"text"`
}

// MarshalJSON encodes l as {"line", "kind", "text"}.
func (l IgnoredLine) MarshalJSON() ([]byte, error) {
	return json.Marshal(jsonIgnored(l))
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
	return json.Marshal(jsonDiagnostic{d.Line, d.Severity, d.Code(), d.Message})
}

type jsonListing struct {
	Agreements  []Agreement   `json:"agreements"`
	Ignored     []IgnoredLine `json:"ignored"`
	Diagnostics []Diagnostic  `json:"diagnostics"`
}

// MarshalJSON encodes l as {"agreements": [...], "ignored": [...],
// "diagnostics": [...]}, with empty arrays rather than null.
func (l *Listing) MarshalJSON() ([]byte, error) {
	j := jsonListing{l.Agreements, l.Ignored, l.Diagnostics}
	if j.Agreements == nil {
		j.Agreements = []Agreement{}
	}
	if j.Ignored == nil {
		j.Ignored = []IgnoredLine{}
	}
	if j.Diagnostics == nil {
		j.Diagnostics = []Diagnostic{}
	}
	return json.Marshal(j)
}
