package agreements

import (
	"errors"
	"fmt"
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
