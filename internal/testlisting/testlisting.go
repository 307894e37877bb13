// Package testlisting makes listings with a known truth for the tests
// of the module: generated listings of many shapes (Generate), a large
// realistic one grown from the seed listing (Large), and the damage that
// extraction does to country labels (Damage). It is the one generator
// and the one damage function the tests share.
package testlisting

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/exchangelist/agreements/internal/fold"
)

// A Truth is the hand-checkable answer for one agreement of a listing:
// its line, ISO 3166-1 code, partner, ISO date and raw quota.
type Truth struct {
	Line                   int
	Country, Partner, Date string
	Quota                  string
}

// Countries are label texts and their codes.
var Countries = []struct{ Label, Code string }{
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

// Word returns a made-up word of two or three syllables, capitalised.
func Word(rng *rand.Rand) string {
	n := 2 + rng.IntN(2)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(synthSyllables[rng.IntN(len(synthSyllables))])
	}
	w := b.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

// Partner returns a made-up partner name that names no country.
func Partner(rng *rand.Rand) string {
	w := Word(rng)
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
		s = w + " " + Word(rng) + " University"
	}
	if rng.IntN(3) == 0 {
		s += " (Faculty of " + Word(rng) + ")"
	}
	return s
}

// Options describe a kind of listing.
type Options struct {
	Groups         int
	MinSize        int
	MaxSize        int
	Sorted         bool    // partners sorted within groups, groups by country
	ByDate         bool    // partners sorted by date within groups, groups by country
	First          float64 // chance a label is on its group's first row
	Last           float64 // chance a label is on the last row (else middle)
	PageRows       int     // rows per page; 0 for one page
	Dup            float64 // chance a label is printed twice, one copy garbled
	DupApart       bool    // the copies may stand one row apart
	Lost           float64 // chance a label is lost
	Titles         bool
	Hinted         float64 // chance a partner's name names its country
	CountriesOrder bool    // keep countries in alphabetical order even when unsorted

	// The shape of the text, as extraction tools leave a PDF's table
	// (see Render): with none set, one row a line, tab-separated.
	Wrap       float64 // chance a long partner's name wraps onto more lines
	WrapBefore bool    // a wrapped name may start on a line of its own above its row's values
	WrapLabels float64 // chance a label of two words wraps onto the next row
	LabelAlone float64 // chance a label stands on a line of its own
	Aligned    bool    // space-aligned text, as pdftotext -layout writes it
}

// wraps reports whether o asks for any of the shapes Render makes.
func (o *Options) wraps() bool {
	return o.Wrap > 0 || o.WrapLabels > 0 || o.LabelAlone > 0 || o.Aligned
}

type row struct {
	label, partner, date, quota, code string
}

// Generate returns a listing of the kind o describes, and its truth.
func Generate(rng *rand.Rand, o Options) ([]byte, []Truth) {
	perm := rng.Perm(len(Countries))[:min(o.Groups, len(Countries))]
	if o.Sorted || o.ByDate || o.CountriesOrder {
		slices.Sort(perm)
	}
	var rows []row
	for _, ci := range perm {
		c := Countries[ci]
		size := o.MinSize + rng.IntN(o.MaxSize-o.MinSize+1)
		g := make([]row, size)
		for i := range g {
			partner := Partner(rng)
			if o.Hinted > 0 && rng.Float64() < o.Hinted {
				switch rng.IntN(3) {
				case 0:
					partner = "University of " + c.Label
				case 1:
					partner = c.Label + " Institute of " + Word(rng)
				default:
					partner = "National " + Word(rng) + " University of " + c.Label
				}
			}
			g[i] = row{
				partner: partner,
				date:    fmt.Sprintf("%04d/%02d/%02d", 1990+rng.IntN(30), 1+rng.IntN(12), 1+rng.IntN(28)),
				quota:   []string{"5", "×", "3", "ST10,LT", "2", "10"}[rng.IntN(6)],
				code:    c.Code,
			}
		}
		if o.Sorted {
			slices.SortFunc(g, func(a, b row) int { return fold.Compare(a.partner, b.partner) })
		}
		if o.ByDate {
			slices.SortFunc(g, func(a, b row) int { return strings.Compare(a.date, b.date) })
		}
		if rng.Float64() >= o.Lost {
			var at int
			switch x := rng.Float64(); {
			case x < o.First:
				at = 0
			case x < o.First+o.Last:
				at = size - 1
			default:
				at = (size - 1 + rng.IntN(2)) / 2
			}
			g[at].label = c.Label
			if size > 1 && rng.Float64() < o.Dup {
				other := at + 1
				if o.DupApart && at+2 < size && rng.IntN(3) == 0 {
					other = at + 2 // a copy one row further off
				}
				if other >= size {
					other = at - 1
				}
				garbled := []string{"mananu", "xqzv", strings.ToLower(c.Label[:1]) + "rnn"}[rng.IntN(3)]
				if rng.IntN(2) == 0 {
					g[other].label = garbled
				} else {
					g[other].label, g[at].label = c.Label, garbled
				}
			}
		}
		rows = append(rows, g...)
	}
	if o.wraps() {
		return render(rng, rows, o)
	}
	var buf bytes.Buffer
	header := "Country/Area\tPartner University/School/Institute\tEffective Since\tQuota\n"
	buf.WriteString(header)
	line := 1
	var truth []Truth
	for i, r := range rows {
		if o.PageRows > 0 && i > 0 && i%o.PageRows == 0 {
			buf.WriteString("\n")
			line++
			if o.Titles {
				buf.WriteString("Academic Exchange Agreement (Graduate School of Science)\n\n")
				line += 2
			}
			buf.WriteString(header)
			line++
		}
		fmt.Fprintf(&buf, "%s\t%s\t%s\t%s\n", r.label, r.partner, r.date, r.quota)
		line++
		truth = append(truth, Truth{Line: line, Country: r.code, Partner: r.partner,
			Date: strings.ReplaceAll(r.date, "/", "-"), Quota: r.quota})
	}
	return buf.Bytes(), truth
}
