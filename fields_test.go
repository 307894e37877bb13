package agreements

import (
	"bytes"
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/exchangelist/agreements/internal/testlisting"
)

// TestExtraColumnsGenerated reads generated listings that carry a
// running number, the partner's city, an end date and remarks besides
// the four columns, and the same listings without them: every row has
// the same country, confidence, partner, date and quota either way,
// every cell of its line is on the agreement (a field, the end date or
// one of the four), and no warning is given that is not given without
// the columns. Half the listings lose their headers, so that the extra
// cells are read by their content, not by a header's words.
func TestExtraColumnsGenerated(t *testing.T) {
	for seed := uint64(1); seed <= 40; seed++ {
		rng := rand.New(rand.NewPCG(seed, 12))
		data, truth := testlisting.Generate(rng, testlisting.Options{Groups: 12, MinSize: 2, MaxSize: 8, Sorted: true, First: 1, PageRows: 30})
		m, err := testlisting.Load(data, truth)
		if err != nil {
			t.Fatal(err)
		}
		if seed > 20 {
			m.DropHeaders(rng)
		}
		plainData, _ := m.Render()
		plain, err := Parse(bytes.NewReader(plainData))
		if err != nil {
			t.Fatal(err)
		}
		m.AddNumbers(rng)
		for m.AddColumns(rng) {
		}
		data, truth = m.Render()
		l, err := Parse(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if len(plain.Agreements) != len(l.Agreements) {
			t.Fatalf("seed %d: %d agreements, %d without the columns", seed, len(l.Agreements), len(plain.Agreements))
		}
		lines := strings.Split(string(data), "\n")
		if len(l.Agreements) != len(truth) {
			t.Fatalf("seed %d: %d agreements, want %d", seed, len(l.Agreements), len(truth))
		}
		for i, tr := range truth {
			a := &l.Agreements[i]
			p := &plain.Agreements[i]
			if a.Line != tr.Line || a.Partner != tr.Partner || a.EffectiveSince.String() != tr.Date || a.Quota.Raw != tr.Quota {
				t.Errorf("seed %d, line %d: %q %s %q, want line %d %q %s %q", seed, a.Line,
					a.Partner, a.EffectiveSince, a.Quota.Raw, tr.Line, tr.Partner, tr.Date, tr.Quota)
				continue
			}
			if a.Country != p.Country || a.Confidence != p.Confidence || a.CountrySource != p.CountrySource {
				t.Errorf("seed %d, line %d: %s (%v, %.2f), without the columns %s (%v, %.2f)", seed, a.Line,
					a.Country.Code, a.CountrySource, a.Confidence, p.Country.Code, p.CountrySource, p.Confidence)
			}
			kept := []string{a.CountryLabel, a.Partner, a.EffectiveText, a.Quota.Raw, a.ValidUntilText}
			for _, f := range a.Fields {
				kept = append(kept, f.Value)
			}
			for _, c := range strings.Split(lines[a.Line-1], "\t") {
				if c != "" && !slices.Contains(kept, c) {
					t.Errorf("seed %d, line %d: cell %q is not on the agreement (%q)", seed, a.Line, c, kept)
				}
			}
		}
		warnings := func(ds []Diagnostic) []string {
			var out []string
			for _, d := range ds {
				if d.Severity >= Warning {
					out = append(out, d.Error())
				}
			}
			return out
		}
		if got, want := warnings(l.Diagnostics), warnings(plain.Diagnostics); !slices.Equal(got, want) {
			t.Errorf("seed %d: warnings %q, without the columns %q", seed, got, want)
		}
	}
}

// TestWebsiteEvidence checks that a web address's country-code domain
// is evidence of its row's country: in rows 11 to 20 of
// testdata/extracted/tsv/web-remarks.tsv (hand-checked truth below),
// groups of one and two rows, unsorted, whose labels stand on their
// last row, the partners' names do not tell a group's first row, and
// the addresses do.
func TestWebsiteEvidence(t *testing.T) {
	data, err := os.ReadFile("testdata/extracted/tsv/web-remarks.tsv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	listing := strings.Join(append([]string{lines[1]}, lines[12:22]...), "\n") + "\n"
	want := []string{"NP", "NP", "BN", "FJ", "PK", "PK", "SA", "SA", "AE", "AE"}
	for _, urls := range []bool{true, false} {
		in := listing
		if !urls {
			in = regexp.MustCompile(`https?://[^\t]*`).ReplaceAllString(listing, "")
		}
		l, err := Parse(strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Agreements) != len(want) {
			t.Fatalf("%d agreements, want %d", len(l.Agreements), len(want))
		}
		right := 0
		for i, a := range l.Agreements {
			if a.Country.Code == want[i] {
				right++
			} else if urls {
				t.Errorf("line %d (%s): %s, want %s", a.Line, a.Partner, a.Country.Code, want[i])
			}
		}
		if !urls && right == len(want) {
			t.Errorf("without the addresses every row is right too: the test shows nothing of them")
		}
	}
}

// TestWebsiteConflict checks that a row whose web address is another
// country's than its group's is warned, and that the warning says the
// address, not the name, names that country.
func TestWebsiteConflict(t *testing.T) {
	in := "Country\tUniversity\tWebsite\tEffective\n" +
		"\tKyoto University\thttps://www.kyoto-u.ac.jp\t2001/04/01\n" +
		"Japan\tSophia University\thttps://www.sophia.ac.uk\t2002/05/01\n" +
		"\tTohoku University\thttps://www.tohoku.ac.jp\t2003/06/01\n"
	l, err := Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, d := range l.Diagnostics {
		if d.Line == 3 && d.Severity >= Warning {
			msgs = append(msgs, d.Message)
		}
	}
	if len(msgs) != 1 || !strings.Contains(msgs[0], "web address") || !strings.Contains(msgs[0], "United Kingdom") || strings.Contains(msgs[0], "name names") {
		t.Errorf("line 3 warnings %q, want one saying its web address is the United Kingdom's", msgs)
	}
}

// TestCityEvidence checks that a city column is evidence of its row's
// country: the labels stand on the last rows of groups of two and three
// in no order, where positions alone put rows a group off (without the
// column, two rows of this listing go to the group before). Truth
// checked by hand: each city is the partner's.
func TestCityEvidence(t *testing.T) {
	const listing = "Partner\tCity\tEffective\tQuota\tCountry\n" +
		"Quaid-i-Azam University\tIslamabad\t2009/9/13\t2\t\n" +
		"University of the Punjab\tLahore\t2011/11/12\t2\tPakistan\n" +
		"De La Salle University\tManila\t2015/3/10\t2\t\n" +
		"Ateneo de Davao University\tDavao\t2016/5/22\t3\tPhilippines\n" +
		"National Chung Hsing University\tTaichung\t2010/8/16\t3\t\n" +
		"Tamkang University\tNew Taipei\t2011/12/26\t3\tTaiwan\n" +
		"Chulalongkorn University\tBangkok\t2012/1/2\t2\t\n" +
		"Silpakorn University\tNakhon Pathom\t2013/4/5\t2\t\n" +
		"Mahidol University\tSalaya\t2014/4/4\t2\tThailand\n"
	want := []string{"PK", "PK", "PH", "PH", "TW", "TW", "TH", "TH", "TH"}
	l, err := Parse(strings.NewReader(listing))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Agreements) != len(want) {
		t.Fatalf("%d agreements, want %d", len(l.Agreements), len(want))
	}
	for i, a := range l.Agreements {
		if a.Country.Code != want[i] {
			t.Errorf("line %d (%s): %s, want %s", a.Line, a.Partner, a.Country.Code, want[i])
		}
	}
	for _, d := range l.Diagnostics {
		if d.Severity >= Warning {
			t.Errorf("%v", d)
		}
	}
}

// TestParseRenewal checks the terms of an agreement's end that say it
// renews or never ends, in the listings' languages, and a date that says
// neither.
func TestParseRenewal(t *testing.T) {
	for in, want := range map[string]Renewal{
		"Auto-renewal":          RenewalAutomatic,
		"自動更新":                  RenewalAutomatic,
		"Indefinite":            RenewalIndefinite,
		"Indefinida":            RenewalIndefinite,
		"a tempo indeterminato": RenewalIndefinite,
		"Durée indéfinie":       RenewalIndefinite,
		"unbefristet":           RenewalIndefinite,
		"Бессрочно":             RenewalIndefinite,
		"Süresiz":               RenewalIndefinite,
		"2026/03/31":            RenewalNone,
	} {
		if got := parseRenewal(in); got != want {
			t.Errorf("parseRenewal(%q) = %v, want %v", in, got, want)
		}
	}
}
