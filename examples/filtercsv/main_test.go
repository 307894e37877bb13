package main

import (
	"bytes"
	"encoding/csv"
	"testing"
)

const seed = "../../testdata/exchange-agreements.tsv"

// records runs the command and reads its CSV back, without the header.
func records(t *testing.T, args ...string) [][]string {
	t.Helper()
	var out bytes.Buffer
	if err := run(append(args, seed), &out); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) == 0 || recs[0][0] != "line" {
		t.Fatalf("no header in %q", recs)
	}
	return recs[1:]
}

// lines returns the first column of the records.
func lines(recs [][]string) []string {
	var out []string
	for _, r := range recs {
		out = append(out, r[0])
	}
	return out
}

// The expectations below are read from the seed's truth file.
func TestFilter(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string // lines
	}{
		{"search accent-free", []string{"-search", "los banos"}, []string{"80", "81"}},
		{"search misspelt", []string{"-search", "ocean university"}, []string{"87"}},
		{"search and since", []string{"-search", "mahidol", "-since", "2017/08/01"}, []string{"96", "97"}},
		{"nothing", []string{"-search", "atlantis"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lines(records(t, tt.args...))
			if len(got) != len(tt.want) {
				t.Fatalf("lines %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("lines %q, want %q", got, tt.want)
				}
			}
		})
	}
}

// TestFilterCountry depends on the group inference: the truth file has
// 12 Thai agreements.
func TestFilterCountry(t *testing.T) {
	for _, c := range []string{"TH", "Thailand"} {
		if n := len(records(t, "-country", c)); n != 12 {
			t.Errorf("-country %s: %d agreements, want 12", c, n)
		}
	}
}

func TestFilterColumns(t *testing.T) {
	recs := records(t, "-search", "Vietnam National University Ho Chi Minh City technology")
	if len(recs) != 1 {
		t.Fatalf("%d records, want 1", len(recs))
	}
	r := recs[0]
	want := []string{"113", "VN", "Vietnam National University, Ho Chi Minh City (University of Technology / University of Science / International University)",
		"Vietnam National University", "University of Technology; University of Science; International University", "2013-07-22", "ST10,LT", "10"}
	for i := range want {
		if i == 1 {
			continue // the country depends on the group inference
		}
		if r[i] != want[i] {
			t.Errorf("column %d = %q, want %q", i, r[i], want[i])
		}
	}
}

func TestFilterUsage(t *testing.T) {
	var out bytes.Buffer
	if err := run(nil, &out); err == nil {
		t.Error("no error without a listing")
	}
	if err := run([]string{"-since", "2019/02/29", seed}, &out); err == nil {
		t.Error("no error for an impossible date")
	}
}
