package agreements

import (
	"os"
	"strings"
	"testing"
)

// TestAlignedWrappedCells reads pdftotext -layout text
// (testdata/extracted/layout/country-last.layout.txt) whose cells wrap
// onto lines of their own: a city of two words
// ("College" / "Station") around a partner's line, and a partner's name
// whose last word is a country's name ("National University of" /
// "Uzbekistan") just above that country's label. Hand-checked: the
// agreements from Glasgow on, each with its whole partner and its
// country, in order.
func TestAlignedWrappedCells(t *testing.T) {
	data, err := os.ReadFile("testdata/extracted/layout/country-last.layout.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ partner, code string }{
		{"University of Glasgow", "GB"},
		{"Lancaster University", "GB"},
		{"Newcastle University", "GB"},
		{"University of Nottingham", "GB"},
		{"University of Pittsburgh", "US"},
		{"Texas A&M University", "US"},
		{"University of Minnesota", "US"},
		{"The Ohio State University", "US"},
		{"National University of Uzbekistan", "UZ"},
		{"Tashkent State Technical University", "UZ"},
		{"National Economics University", "VN"},
		{"Foreign Trade University", "VN"},
		{"Hue University", "VN"},
	}
	l, err := Parse(strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	// From Glasgow, whose record starts on line 55 ("Student" above it).
	var got []Agreement
	for _, a := range l.Agreements {
		if a.Line >= 55 {
			got = append(got, a)
		}
	}
	if len(got) != len(want) {
		for _, a := range got {
			t.Logf("line %d: %q %s", a.Line, a.Partner, a.Country.Code)
		}
		t.Fatalf("%d agreements from line 55, want %d", len(got), len(want))
	}
	for i, a := range got {
		if a.Partner != want[i].partner || a.Country.Code != want[i].code {
			t.Errorf("agreement %d (line %d): %q in %q, want %q in %q", i, a.Line, a.Partner, a.Country.Code, want[i].partner, want[i].code)
		}
	}
}
