package agreements

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestNoLabels checks a listing whose country column is empty: rows
// whose own name says the country get it, from the name; a few such
// names do not name the whole listing; the rest stay unknown, with a
// diagnostic.
func TestNoLabels(t *testing.T) {
	var b strings.Builder
	b.WriteString("Country/Area\tPartner University/School/Institute\tEffective Since\tQuota\n")
	named := map[int]string{5: "NG", 17: "NG", 30: "TH"} // line -> country
	for line := 2; line <= 41; line++ {
		partner := fmt.Sprintf("Institute %03d of Technology", line)
		switch named[line] {
		case "NG":
			partner = fmt.Sprintf("University of Nigeria (Faculty %d)", line)
		case "TH":
			partner = "Thai Academic Consortium"
		}
		fmt.Fprintf(&b, "\t%s\t2019/01/01\t5\n", partner)
	}
	l, err := Parse(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Agreements) != 40 {
		t.Fatalf("%d agreements, want 40", len(l.Agreements))
	}
	for _, a := range l.Agreements {
		want := named[a.Line]
		if a.Country.Code != want {
			t.Errorf("line %d (%s): country %q, want %q", a.Line, a.Partner, a.Country.Code, want)
		}
		if want != "" && a.CountrySource != CountryName {
			t.Errorf("line %d: source %v, want name", a.Line, a.CountrySource)
		}
	}
	found := false
	for _, d := range l.Diagnostics {
		if errors.Is(d, ErrUnknownCountry) {
			found = true
		}
	}
	if !found {
		t.Error("no diagnostic wrapping ErrUnknownCountry")
	}
}

// TestLostGroupWarned checks the lost Finnish group of lost-label.tsv
// (hand-checked truth) under edits that once placed it silently in
// Denmark or Hungary: a header repeated before the Hungary row (a page
// break), the Hungary label moved to the group's last row, the Denmark
// label lost. Every row whose country is not the truth's carries a
// warning on its line; the Finnish rows whose names name a city of
// Finland are never placed elsewhere without one naming the conflict.
func TestLostGroupWarned(t *testing.T) {
	data, err := os.ReadFile("testdata/listings/lost-label.tsv")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	truth := map[string]string{ // partner -> country, from lost-label.truth.tsv
		"Aalborg University": "DK", "Technical University of Denmark": "DK", "University of Copenhagen": "DK",
		"Aalto University": "FI", "University of Helsinki": "FI", "University of Oulu": "FI",
		"Budapest University of Technology and Economics": "HU", "Eötvös Loránd University": "HU", "University of Szeged": "HU",
	}
	lines := strings.Split(strings.TrimRight(src, "\n"), "\n")
	header := lines[0]
	edits := map[string]func(ls []string) []string{
		"as it is": func(ls []string) []string { return ls },
		"header before Hungary": func(ls []string) []string {
			return append(ls[:7:7], append([]string{header}, ls[7:]...)...)
		},
		"Hungary label last": func(ls []string) []string {
			ls[8] = strings.TrimPrefix(ls[8], "Hungary")
			ls[9] = "Hungary" + ls[9]
			return ls
		},
		"Denmark label lost": func(ls []string) []string {
			ls[2] = strings.TrimPrefix(ls[2], "Denmark")
			return ls
		},
	}
	for name, edit := range edits {
		t.Run(name, func(t *testing.T) {
			in := edit(append([]string(nil), lines...))
			l, err := Parse(strings.NewReader(strings.Join(in, "\n") + "\n"))
			if err != nil {
				t.Fatal(err)
			}
			if len(l.Agreements) != len(truth) {
				t.Fatalf("%d agreements, want %d", len(l.Agreements), len(truth))
			}
			warned := map[int][]string{}
			for _, d := range l.Diagnostics {
				if d.Severity >= Warning {
					warned[d.Line] = append(warned[d.Line], d.Message)
				}
			}
			for _, a := range l.Agreements {
				want := truth[a.Partner]
				if a.Country.Code == want || a.Country.IsZero() && len(warned[a.Line]) > 0 {
					continue
				}
				if len(warned[a.Line]) == 0 {
					t.Errorf("line %d (%s): placed in %s (%.2f) without a warning; truth %s", a.Line, a.Partner, a.Country.Code, a.Confidence, want)
				}
				if strings.Contains(a.Partner, "Helsinki") || strings.Contains(a.Partner, "Oulu") {
					if !strings.Contains(strings.Join(warned[a.Line], "; "), "names Finland") {
						t.Errorf("line %d (%s): placed in %s, warned %q, want the conflict with Finland named", a.Line, a.Partner, a.Country.Code, warned[a.Line])
					}
				}
			}
		})
	}
}
