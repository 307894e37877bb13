package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/exchangelist/agreements"
	"github.com/google/go-cmp/cmp"
)

const seed = "../../testdata/exchange-agreements.tsv"

// TestInstitutionsSeed checks institutions against facts read from the
// seed's truth file; none depends on the countries.
func TestInstitutionsSeed(t *testing.T) {
	f, err := os.Open(seed)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l, err := agreements.Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]*institution{}
	for _, in := range institutions(l) {
		byName[in.Name] = in
	}
	tests := []struct {
		name string
		want institution
	}{
		{"Vietnam National University", institution{
			Name: "Vietnam National University", Lines: []int{109, 110, 111, 112, 113},
			Units: []string{"Nano and Energy Center", "University of Science", "Vietnam-Japan University",
				"University of Technology", "International University"},
			Campuses: []string{"Hanoi", "Ho Chi Minh City"},
		}},
		// Two rows of its own and one as a member of the Thai Academic
		// Consortium.
		{"Chulalongkorn University", institution{
			Name: "Chulalongkorn University", Lines: []int{89, 90, 99},
			Units: []string{"Faculty of Engineering", "Faculty of Science", "The Petroleum and Petrochemical College"},
		}},
		{"Mahidol University", institution{
			Name: "Mahidol University", Lines: []int{95, 96, 97, 99},
			Units: []string{"Faculty of Public Health", "Faculty of Science", "Faculty of tropical Medicine"},
		}},
		// "Los Baños" and "Los Banos" are one institution.
		{"University of the Philippines Los Baños", institution{
			Name: "University of the Philippines Los Baños", Lines: []int{80, 81},
			Units: []string{"Institute of Mathematical Sciences and Physics", "College of Arts and Sciences"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := byName[tt.name]
			if got == nil {
				t.Fatalf("no institution %q", tt.name)
			}
			if diff := cmp.Diff(&tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
	if _, ok := byName["University of the Philippines Los Banos"]; ok {
		t.Error("Los Banos counted apart from Los Baños")
	}
}

func TestRunMin(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-min", "4", seed}, &out); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, line := range strings.Split(out.String(), "\n") {
		if line != "" && !strings.HasPrefix(line, "\t") {
			names = append(names, line[:strings.Index(line, ":")])
		}
	}
	// From the truth file: five rows of Vietnam National University, four
	// of Mahidol University with the consortium. Universiti Sains Malaysia
	// and Universiti Teknologi Malaysia have two each.
	if diff := cmp.Diff([]string{"Vietnam National University", "Mahidol University"}, names); diff != "" {
		t.Errorf("institutions with 4 agreements or more (-want +got):\n%s\n%s", diff, out.String())
	}
}
