package agreements

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// This file generates listings with a known truth, to measure the group
// inference over many shapes of listing: sorted or not, labels on the
// first, middle or last row, page breaks inside groups, labels printed
// twice or lost.

// synthCountries are label texts and their codes.
var synthCountries = []struct{ label, code string }{
	{"Argentina", "AR"}, {"Australia", "AU"}, {"Austria", "AT"}, {"Bangladesh", "BD"},
	{"Belgium", "BE"}, {"Brazil", "BR"}, {"Bulgaria", "BG"}, {"Cambodia", "KH"},
	{"Canada", "CA"}, {"Chile", "CL"}, {"China", "CN"}, {"Colombia", "CO"},
	{"Croatia", "HR"}, {"Czech", "CZ"}, {"Denmark", "DK"}, {"Egypt", "EG"},
	{"Estonia", "EE"}, {"Finland", "FI"}, {"France", "FR"}, {"Germany", "DE"},
	{"Ghana", "GH"}, {"Greece", "GR"}, {"Hungary", "HU"}, {"India", "IN"},
	{"Indonesia", "ID"}, {"Iran", "IR"}, {"Ireland", "IE"}, {"Israel", "IL"},
	{"Italy", "IT"}, {"Kenya", "KE"}, {"Korea", "KR"}, {"Laos", "LA"},
	{"Lithuania", "LT"}, {"Malaysia", "MY"}, {"Mexico", "MX"}, {"Mongolia", "MN"},
	{"Morocco", "MA"}, {"Myanmar", "MM"}, {"Nepal", "NP"}, {"Netherlands", "NL"},
	{"New Zealand", "NZ"}, {"Nigeria", "NG"}, {"Norway", "NO"}, {"Pakistan", "PK"},
	{"Peru", "PE"}, {"Philippines", "PH"}, {"Poland", "PL"}, {"Portugal", "PT"},
	{"Romania", "RO"}, {"Russia", "RU"}, {"Singapore", "SG"}, {"Slovakia", "SK"},
	{"Slovenia", "SI"}, {"South Africa", "ZA"}, {"Spain", "ES"}, {"Sri Lanka", "LK"},
	{"Sweden", "SE"}, {"Switzerland", "CH"}, {"Taiwan", "TW"}, {"Thailand", "TH"},
	{"Turkey", "TR"}, {"UK", "GB"}, {"Ukraine", "UA"}, {"USA", "US"}, {"Vietnam", "VN"},
}

var synthSyllables = []string{"ka", "to", "ri", "man", "sel", "dor", "vi", "lan", "bre", "qu", "zo", "ha", "nel", "tra", "mi", "os", "gu", "ber", "an", "el", "yu", "pe", "chi", "ra"}

func synthWord(rng *rand.Rand) string {
	n := 2 + rng.IntN(2)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(synthSyllables[rng.IntN(len(synthSyllables))])
	}
	w := b.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

func synthPartner(rng *rand.Rand) string {
	w := synthWord(rng)
	var s string
	switch rng.IntN(5) {
	case 0:
		s = "University of " + w
	case 1:
		s = w + " University"
	case 2:
		s = w + " Institute of Technology"
	case 3:
		s = "National " + w + " University"
	default:
		s = w + " " + synthWord(rng) + " University"
	}
	if rng.IntN(3) == 0 {
		s += " (Faculty of " + synthWord(rng) + ")"
	}
	return s
}

// synthOptions describe a kind of listing.
type synthOptions struct {
	groups         int
	minSize        int
	maxSize        int
	sorted         bool    // partners sorted within groups, groups by country
	byDate         bool    // partners sorted by date within groups, groups by country
	first          float64 // chance a label is on its group's first row
	last           float64 // chance a label is on the last row (else middle)
	pageRows       int     // rows per page; 0 for one page
	dup            float64 // chance a label is printed twice, one copy garbled
	dupApart       bool    // the copies may stand one row apart
	lost           float64 // chance a label is lost
	titles         bool
	hinted         float64 // chance a partner's name names its country
	countriesOrder bool    // keep countries in alphabetical order even when unsorted
}

type synthRow struct {
	label, partner, date, quota, code string
}

// synthListing returns a listing and its truth.
func synthListing(rng *rand.Rand, o synthOptions) ([]byte, []truthRow) {
	perm := rng.Perm(len(synthCountries))[:min(o.groups, len(synthCountries))]
	if o.sorted || o.byDate || o.countriesOrder {
		slices.Sort(perm)
	}
	var rows []synthRow
	for _, ci := range perm {
		c := synthCountries[ci]
		size := o.minSize + rng.IntN(o.maxSize-o.minSize+1)
		g := make([]synthRow, size)
		for i := range g {
			partner := synthPartner(rng)
			if o.hinted > 0 && rng.Float64() < o.hinted {
				switch rng.IntN(3) {
				case 0:
					partner = "University of " + c.label
				case 1:
					partner = c.label + " Institute of " + synthWord(rng)
				default:
					partner = "National " + synthWord(rng) + " University of " + c.label
				}
			}
			g[i] = synthRow{
				partner: partner,
				date:    fmt.Sprintf("%04d/%02d/%02d", 1990+rng.IntN(30), 1+rng.IntN(12), 1+rng.IntN(28)),
				quota:   []string{"5", "×", "3", "ST10,LT", "2", "10"}[rng.IntN(6)],
				code:    c.code,
			}
		}
		if o.sorted {
			slices.SortFunc(g, func(a, b synthRow) int { return compareNames(a.partner, b.partner) })
		}
		if o.byDate {
			slices.SortFunc(g, func(a, b synthRow) int { return strings.Compare(a.date, b.date) })
		}
		if rng.Float64() >= o.lost {
			var at int
			switch x := rng.Float64(); {
			case x < o.first:
				at = 0
			case x < o.first+o.last:
				at = size - 1
			default:
				at = (size - 1 + rng.IntN(2)) / 2
			}
			g[at].label = c.label
			if size > 1 && rng.Float64() < o.dup {
				other := at + 1
				if o.dupApart && at+2 < size && rng.IntN(3) == 0 {
					other = at + 2 // a copy one row further off
				}
				if other >= size {
					other = at - 1
				}
				garbled := []string{"mananu", "xqzv", strings.ToLower(c.label[:1]) + "rnn"}[rng.IntN(3)]
				if rng.IntN(2) == 0 {
					g[other].label = garbled
				} else {
					g[other].label, g[at].label = c.label, garbled
				}
			}
		}
		rows = append(rows, g...)
	}
	var buf bytes.Buffer
	header := "Country/Area\tPartner University/School/Institute\tEffective Since\tQuota\n"
	buf.WriteString(header)
	line := 1
	var truth []truthRow
	for i, r := range rows {
		if o.pageRows > 0 && i > 0 && i%o.pageRows == 0 {
			buf.WriteString("\n")
			line++
			if o.titles {
				buf.WriteString("Academic Exchange Agreement (Graduate School of Science)\n\n")
				line += 2
			}
			buf.WriteString(header)
			line++
		}
		fmt.Fprintf(&buf, "%s\t%s\t%s\t%s\n", r.label, r.partner, r.date, r.quota)
		line++
		truth = append(truth, truthRow{line: line, country: r.code, partner: r.partner,
			date: strings.ReplaceAll(r.date, "/", "-"), quota: r.quota})
	}
	return buf.Bytes(), truth
}

// synthScore parses a listing and scores it against its truth: rows
// right, unknown, wrong, and wrong without a diagnostic on the row.
func synthScore(t *testing.T, data []byte, truth []truthRow) (right, unknown, wrong, silent, alarms int) {
	t.Helper()
	l, err := Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	diag := map[int]bool{}
	for _, d := range l.Diagnostics {
		if d.Severity >= Warning {
			diag[d.Line] = true
		}
	}
	if len(l.Agreements) != len(truth) {
		t.Fatalf("%d agreements, want %d", len(l.Agreements), len(truth))
	}
	for i, a := range l.Agreements {
		switch a.Country.Code {
		case truth[i].country:
			right++
			if diag[a.Line] {
				alarms++
			}
		case "":
			unknown++
		default:
			wrong++
			if !diag[a.Line] {
				silent++
				if testing.Verbose() && os.Getenv("SYNTH_DEBUG") != "" {
					t.Logf("silent: line %d %s (%s, %.2f) want %s", a.Line, a.Country.Code, a.CountrySource, a.Confidence, truth[i].country)
				}
			}
		}
	}
	return
}

// TestSynthListings measures the inference on generated listings of many
// shapes. The bar: at least 97% of rows right and at most 1% silently
// wrong, for each shape.
func TestSynthListings(t *testing.T) {
	// minRight is the share of rows that must get their true country.
	// A lost label leaves its rows unknown (the generated names carry no
	// hint of a country), and a listing sorted by neither partner nor
	// date leaves only the labels' positions to go by: there the bar is
	// lower, but wrong rows must still carry a diagnostic.
	shapes := []struct {
		name     string
		o        synthOptions
		minRight float64
	}{
		{"sorted-middle", synthOptions{groups: 30, minSize: 1, maxSize: 12, sorted: true}, 99},
		{"sorted-first", synthOptions{groups: 30, minSize: 1, maxSize: 12, sorted: true, first: 1}, 99},
		{"sorted-mixed-pages", synthOptions{groups: 30, minSize: 1, maxSize: 15, sorted: true, first: 0.3, last: 0.1, pageRows: 33, titles: true}, 99},
		{"sorted-dup", synthOptions{groups: 30, minSize: 2, maxSize: 10, sorted: true, dup: 0.3, pageRows: 40}, 98},
		{"sorted-dup-apart", synthOptions{groups: 30, minSize: 2, maxSize: 10, sorted: true, dup: 0.3, dupApart: true, pageRows: 40}, 98},
		{"sorted-lost", synthOptions{groups: 30, minSize: 1, maxSize: 10, sorted: true, lost: 0.1, pageRows: 40}, 85},
		{"sorted-lost-named", synthOptions{groups: 30, minSize: 2, maxSize: 10, sorted: true, lost: 0.1, pageRows: 40, hinted: 0.5}, 93},
		{"unsorted-middle", synthOptions{groups: 30, minSize: 1, maxSize: 9}, 80},
		{"unsorted-first", synthOptions{groups: 30, minSize: 1, maxSize: 9, first: 1}, 99},
		{"unsorted-mixed", synthOptions{groups: 30, minSize: 1, maxSize: 9, first: 0.3, pageRows: 30}, 70},
		{"date-sorted-middle", synthOptions{groups: 30, minSize: 1, maxSize: 12, byDate: true}, 97},
		{"date-sorted-mixed-pages", synthOptions{groups: 30, minSize: 1, maxSize: 12, byDate: true, first: 0.3, pageRows: 33}, 97},
		{"big-groups", synthOptions{groups: 12, minSize: 20, maxSize: 60, sorted: true, first: 0.2, pageRows: 35}, 99},
	}
	if testing.Short() {
		shapes = shapes[:3]
	}
	for _, sh := range shapes {
		t.Run(sh.name, func(t *testing.T) {
			var right, unknown, wrong, silent, alarms, total int
			for seed := uint64(1); seed <= 40; seed++ {
				rng := rand.New(rand.NewPCG(seed, synthStream))
				data, truth := synthListing(rng, sh.o)
				r, u, w, s, al := synthScore(t, data, truth)
				right, unknown, wrong, silent, alarms, total = right+r, unknown+u, wrong+w, silent+s, alarms+al, total+len(truth)
			}
			pct := func(n int) float64 { return 100 * float64(n) / float64(total) }
			t.Logf("%d rows: %.1f%% right, %.1f%% unknown, %.1f%% wrong (%.1f%% silently); %.1f%% right but flagged",
				total, pct(right), pct(unknown), pct(wrong), pct(silent), pct(alarms))
			if pct(right) < sh.minRight {
				t.Errorf("%.1f%% of rows right, want at least %.0f%%", pct(right), sh.minRight)
			}
			if pct(silent) > 1 {
				t.Errorf("%.1f%% of rows wrong without a diagnostic, want at most 1%%", pct(silent))
			}
		})
	}
}

// synthStream picks the random stream of the generated listings;
// SYNTH_STREAM=n draws other listings of the same shapes.
var synthStream = func() uint64 {
	if n, err := strconv.ParseUint(os.Getenv("SYNTH_STREAM"), 10, 64); err == nil {
		return n
	}
	return 7
}()
