package main

import (
	"bytes"
	"strings"
	"testing"
)

const seed = "../../testdata/exchange-agreements.tsv"

// TestReportSeed checks the report on the seed against facts counted by
// hand in its truth file.
func TestReportSeed(t *testing.T) {
	l, err := readListing(seed)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := report(&out, l.Summary()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	// Whatever the countries: 104 agreements; the counts add up to 403
	// places, the ST terms to 10+10+10+30; four codes have an open
	// LT; nineteen cells are "×".
	if got, want := strings.Fields(lines[len(lines)-1]), []string{"total", "104", "463", "4", "19"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("total line %q, want %q", got, want)
	}
	// Thailand, which depends on the group inference: 12 agreements,
	// 10+15+3+8×5 counted places and ST30 with an open LT.
	found := false
	for _, line := range lines {
		if f := strings.Fields(line); len(f) > 0 && f[0] == "Thailand" {
			found = true
			if got := strings.Join(f[1:], " "); got != "12 98 1 0" {
				t.Errorf("Thailand: %q, want \"12 98 1 0\"", got)
			}
		}
	}
	if !found {
		t.Errorf("no Thailand line in\n%s", out.String())
	}
}

func TestReadListingMissing(t *testing.T) {
	if _, err := readListing("no/such/file.tsv"); err == nil {
		t.Error("no error for a missing file")
	}
}
