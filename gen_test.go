package agreements

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
)

// This file generates one large, realistic listing for the benchmarks:
// the seed's structure (its countries, group sizes, partner names, label
// positions, page layout) repeated over and over with varied names. The
// output depends only on the number of rows asked for, so every run and
// every benchmark measures the same bytes.

// genSeedGroup is one country group of the seed listing.
type genSeedGroup struct {
	label, code string
	partners    []string
}

// genSeed reads the seed listing and its truth into groups.
func genSeed() ([]genSeedGroup, error) {
	data, err := os.ReadFile("testdata/exchange-agreements.truth.tsv")
	if err != nil {
		return nil, err
	}
	var groups []genSeedGroup
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 5 || f[0] == "line" {
			continue
		}
		code, partner := f[1], f[2]
		if n := len(groups); n == 0 || groups[n-1].code != code {
			c := CountryByCode(code)
			groups = append(groups, genSeedGroup{label: genSeedLabel(c), code: code})
		}
		g := &groups[len(groups)-1]
		g.partners = append(g.partners, partner)
	}
	return groups, sc.Err()
}

// genSeedLabel is the label the seed prints for a country.
func genSeedLabel(c Country) string {
	switch c.Code {
	case "US":
		return "USA"
	case "KR":
		return "Korea"
	case "CZ":
		return "Czech"
	case "TW":
		return "Taiwan"
	case "VN":
		return "Vietnam"
	case "BN":
		return "Brunei"
	}
	return c.Name
}

// genUnits are unit names appended to varied partners.
var genUnits = []string{
	"Faculty of Engineering", "School of Materials Science and Engineering",
	"College of Science", "Graduate School of Engineering", "Faculty of Science",
	"Institute of Physics", "School of Chemical Engineering", "Department of Biomedical Engineering",
	"Faculty of Mechanical and Process Engineering", "College of Life and Environmental Science",
}

// genVary returns a variant of a seed partner's name: the seed name with
// another unit, a word of its institution replaced, or both.
func genVary(rng *rand.Rand, name string) string {
	inst, unit := name, ""
	if i := strings.Index(name, " ("); i > 0 && strings.HasSuffix(name, ")") && !strings.Contains(name, "[") {
		inst, unit = name[:i], name[i+2:len(name)-1]
	}
	switch rng.IntN(4) {
	case 0: // as written, another unit
		unit = genUnits[rng.IntN(len(genUnits))]
	case 1: // another institution of the same shape
		words := strings.Fields(inst)
		for tries := 0; tries < 4; tries++ {
			i := rng.IntN(len(words))
			w := words[i]
			if w == "of" || w == "the" || w == "The" || w == "and" || w == "de" || w == "di" || w == "University" {
				continue
			}
			words[i] = synthWord(rng)
			break
		}
		inst = strings.Join(words, " ")
	case 2: // a new institution in the country's style
		inst = synthWord(rng) + " " + strings.Fields(inst)[0] + " " + synthWord(rng)
		unit = ""
		if rng.IntN(2) == 0 {
			unit = genUnits[rng.IntN(len(genUnits))]
		}
	}
	if unit != "" {
		return inst + " (" + unit + ")"
	}
	return inst
}

// genDamage returns a damaged copy of a label, as text extraction leaves
// them: garbled second copies, OCR confusions, split words, look-alike
// letters. The variants per label are few, as in real listings.
func genDamage(rng *rand.Rand, label string) string {
	switch rng.IntN(6) {
	case 0:
		return "mananu"
	case 1: // "T Oland"
		if len(label) > 3 {
			return "T " + strings.ToUpper(label[1:2]) + label[2:]
		}
	case 2: // "Vieteere"
		if len(label) > 5 {
			return label[:4] + "eere"
		}
	case 3: // OCR: l→1, i→l, o→0, m→rn
		r := strings.NewReplacer("l", "1", "i", "l", "o", "0", "m", "rn")
		return r.Replace(label)
	case 4: // look-alike Cyrillic letters
		r := strings.NewReplacer("a", "а", "o", "о", "e", "е", "c", "с", "p", "р")
		return r.Replace(label)
	}
	return strings.ToLower(label[:1]) + "rnn"
}

var genTitles = []string{
	"Academic Exchange Agreement (Graduate School of Engineering)",
	"Academic Exchange Agreement (Graduate School of Science)",
	"Inter-University Agreements",
}

const (
	genHeader        = "Country/Area\tPartner University/School/Institute\tEffective Since\tQuota"
	genDamagedHeader = "Country/Area\tPartner University/School/Institute\tEffective Since\tQuot"
)

var genQuotas = []string{"5", "5", "5", "×", "×", "3", "2", "10", "ST10,LT", "4", "15", "9"}

// genRow is one generated data row and its truth.
type genRow struct {
	label, partner, date, quota, code string
}

// genListing generates a listing of n data rows (n > 0) and returns it
// with its truth, one truthRow per row.
func genListing(n int) ([]byte, []truthRow) {
	seed, err := genSeed()
	if err != nil {
		panic(err)
	}
	rng := rand.New(rand.NewPCG(20240601, uint64(n)))
	var buf bytes.Buffer
	buf.Grow(n * 84)
	truth := make([]truthRow, 0, n)
	line := 0
	writeLine := func(s string) {
		buf.WriteString(s)
		buf.WriteByte('\n')
		line++
	}
	writeLine(genDamagedHeader)
	pageRows, onPage := 30+rng.IntN(12), 0
	var rows []genRow
	for rep := 0; len(truth) < n; rep++ {
		for _, sg := range seed {
			// Group size: the seed's, give or take a few rows.
			size := max(1, len(sg.partners)+rng.IntN(5)-2)
			rows = rows[:0]
			for i := 0; i < size; i++ {
				p := sg.partners[rng.IntN(len(sg.partners))]
				if rep > 0 || i >= len(sg.partners) {
					p = genVary(rng, p)
				} else {
					p = sg.partners[i]
				}
				rows = append(rows, genRow{
					partner: p,
					date:    fmt.Sprintf("%04d/%02d/%02d", 1990+rng.IntN(32), 1+rng.IntN(12), 1+rng.IntN(28)),
					quota:   genQuotas[rng.IntN(len(genQuotas))],
					code:    sg.code,
				})
			}
			slices.SortStableFunc(rows, func(a, b genRow) int { return compareNames(a.partner, b.partner) })
			// Label position: middle row mostly, else first, last of two,
			// sometimes printed twice with one copy garbled.
			at := (size - 1 + rng.IntN(2)) / 2
			switch x := rng.Float64(); {
			case x < 0.3:
				at = 0
			case x < 0.4 && size == 2:
				at = 1
			}
			rows[at].label = sg.label
			if size > 1 && rng.Float64() < 0.12 {
				other := at + 1
				if other >= size {
					other = at - 1
				}
				rows[other].label = genDamage(rng, sg.label)
				if rng.IntN(3) == 0 {
					rows[other].label, rows[at].label = rows[at].label, rows[other].label
				}
			}
			for _, r := range rows {
				if len(truth) == n {
					break
				}
				if onPage == pageRows {
					// Page break: blank lines, sometimes a title, the header again.
					writeLine("")
					if rng.IntN(2) == 0 {
						writeLine(genTitles[rng.IntN(len(genTitles))])
						writeLine("")
					}
					writeLine(genHeader)
					pageRows, onPage = 30+rng.IntN(12), 0
				}
				partner := r.partner
				if rng.IntN(50) == 0 {
					partner += " " // a trailing space, as some PDFs leave
				}
				writeLine(r.label + "\t" + partner + "\t" + r.date + "\t" + r.quota)
				onPage++
				truth = append(truth, truthRow{line: line, country: r.code, partner: r.partner,
					date: strings.ReplaceAll(r.date, "/", "-"), quota: r.quota})
			}
		}
	}
	return buf.Bytes(), truth
}

// benchRows is the size of the benchmark listing: about 10 MB.
const benchRows = 135_000

var benchListing = struct {
	once sync.Once
	data []byte
	rows int
}{}

// benchData returns the benchmark listing, built once per process.
func benchData(tb testing.TB) ([]byte, int) {
	benchListing.once.Do(func() {
		data, truth := genListing(benchRows)
		benchListing.data, benchListing.rows = data, len(truth)
	})
	return benchListing.data, benchListing.rows
}

// TestGenListing checks that the generator is deterministic and that its
// listings parse into one agreement per generated row, and measures the
// parser on them.
func TestGenListing(t *testing.T) {
	a, truth := genListing(3000)
	b, _ := genListing(3000)
	if !bytes.Equal(a, b) {
		t.Fatal("genListing is not deterministic")
	}
	if len(truth) != 3000 {
		t.Fatalf("%d rows, want 3000", len(truth))
	}
	l, err := Parse(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Agreements) != len(truth) {
		t.Fatalf("%d agreements, want %d", len(l.Agreements), len(truth))
	}
	right := 0
	for i, ag := range l.Agreements {
		if ag.Line != truth[i].line {
			t.Fatalf("agreement %d on line %d, want %d", i, ag.Line, truth[i].line)
		}
		if ag.Country.Code == truth[i].country {
			right++
		}
	}
	pct := 100 * float64(right) / float64(len(truth))
	t.Logf("%d bytes, %d rows, %.1f%% of countries right", len(a), len(truth), pct)
	if pct < 90 {
		t.Errorf("only %.1f%% of countries right", pct)
	}
}
