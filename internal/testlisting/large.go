package testlisting

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/exchangelist/agreements/internal/fold"
)

// genSeedGroup is one country group of the seed listing.
type genSeedGroup struct {
	label, code string
	partners    []string
}

// genSeed reads the seed listing's truth file into groups.
func genSeed(data []byte, name func(code string) string) ([]genSeedGroup, error) {
	var groups []genSeedGroup
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 5 || f[0] == "line" {
			continue
		}
		code, partner := f[1], f[2]
		if n := len(groups); n == 0 || groups[n-1].code != code {
			groups = append(groups, genSeedGroup{label: genSeedLabel(code, name), code: code})
		}
		g := &groups[len(groups)-1]
		g.partners = append(g.partners, partner)
	}
	return groups, sc.Err()
}

// genSeedLabel is the label the seed prints for a country.
func genSeedLabel(code string, name func(code string) string) string {
	switch code {
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
	return name(code)
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
			words[i] = Word(rng)
			break
		}
		inst = strings.Join(words, " ")
	case 2: // a new institution in the country's style
		inst = Word(rng) + " " + strings.Fields(inst)[0] + " " + Word(rng)
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

// Large grows a listing of n data rows (n > 0) from the seed listing's
// truth file (seedTruth: line, code, partner, date, quota, tab-separated)
// and returns it with its truth: the seed's groups, label positions
// (middle, first, last of two, garbled second copies) and page breaks
// (blank lines, titles, repeated and damaged headers), repeated with
// varied names. Labels are the English names name gives for the codes,
// or the seed's own short forms (USA, Korea, Czech, ...). The output
// depends only on seedTruth, name and n, so every run measures the same
// bytes.
func Large(seedTruth []byte, n int, name func(code string) string) ([]byte, []Truth) {
	seed, err := genSeed(seedTruth, name)
	if err != nil {
		panic(err)
	}
	rng := rand.New(rand.NewPCG(20240601, uint64(n)))
	var buf bytes.Buffer
	buf.Grow(n * 84)
	truth := make([]Truth, 0, n)
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
			slices.SortStableFunc(rows, func(a, b genRow) int { return fold.Compare(a.partner, b.partner) })
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
				rows[other].label = Damage(rng, sg.label, Copies...)
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
				truth = append(truth, Truth{Line: line, Country: r.code, Partner: r.partner,
					Date: strings.ReplaceAll(r.date, "/", "-"), Quota: r.quota})
			}
		}
	}
	return buf.Bytes(), truth
}
