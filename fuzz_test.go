package agreements

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/unicode"
)

// fuzzHeader is the header line of the listings FuzzParse writes back.
const fuzzHeader = "Country/Area\tPartner University/School/Institute\tEffective Since\tQuota"

// errText compares errors by their text: the parse of the same input must
// give the same errors, not the same error values.
var errText = cmp.Comparer(func(a, b error) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Error() == b.Error()
})

// fuzzing reports whether the test binary runs with -fuzz, rather than
// replaying the seed corpus as go test does.
func fuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}

// rowCells returns the cells a listing written back from a gives.
func rowCells(a *Agreement) []string {
	return []string{a.CountryLabel, a.Partner, a.EffectiveText, a.Quota.Raw}
}

// roundTrips reports whether an agreement, written back as a row of
// four cells under fuzzHeader, must read back as itself. Its cells hold
// no tab or line ending and are already trimmed and collapsed, so they
// read back whole; four kinds of row do not read back as rows:
//   - a row without partner and with at most one other cell, which is not
//     a row (a lone label or date is taken for a title or an unparsable
//     line);
//   - a row whose cells read as a column header (no digit, and two cells
//     naming distinct columns, such as "Universität" beside "Nation"),
//     which would be taken for a header and change the columns;
//   - a row whose cells each name a column or add words that name none
//     to the header cell above ("a" under "Country/Area", "QuoT" under
//     "Quota"), which right under the header reads as the rest of
//     header cells that wrapped;
//   - a row whose values do not plainly make it a row (no date or
//     quota that reads as one: a date cell "5", a partner alone): it
//     may be read as the wrapped part of the row above or below it.
func roundTrips(a *Agreement) bool {
	cells := rowCells(a)
	header := strings.Split(fuzzHeader, "\t")
	r := &Reader{header: header, cols: headerColumns(header)}
	if r.headerGoesOn(cells) {
		return false
	}
	n := 0
	for _, c := range cells {
		if c != "" {
			n++
		}
	}
	if r.classify(cells, n) != lineKey {
		return false
	}
	if a.Partner == "" {
		n := 0
		for _, c := range cells {
			if c != "" {
				n++
			}
		}
		if n <= 1 {
			return false
		}
	}
	return !isHeader(cells)
}

// FuzzParse checks, for any input: no panic; every line is an agreement
// or an ignored line, exactly once; the same input parses the same way
// twice; diagnostics are about lines of the input and are one line; and
// the agreements, written back as a plain listing (a blank line after
// each row), read back with the same labels, partners, date texts and
// raw quotas in the same order
// (their countries may differ: the groups were read from the original's
// layout, its ignored lines and its label positions).
func FuzzParse(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join("testdata", "exchange-agreements.tsv"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(japaneseSeed(string(seed))))
	le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	if b, err := le.NewEncoder().Bytes(append([]byte("\uFEFF"), seed[:600]...)); err == nil {
		f.Add(b)
	}
	for _, s := range []string{
		"",
		"\n",
		"\r\r\n\n\r",
		"\uFEFF",
		"\uFEFF\uFEFFGermany\tTU Berlin\t2001/01/01\t2",
		"\xFF\xFE",
		"\xFF\xFEG\x00e\x00r\x00\t\x00T\x00U\x00\n\x00",
		"\xFE\xFF\x00G\x00e\x00r\x00\t\x00T\x00U\x00\n",
		"\x00",
		"Germany\x00\tTU Berlin\t2001/01/01\t2\n",
		"Germany\tTU Berl\xffin\t2001/01/01\t2\n\xc3\n\xe2\x82",
		"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11",
		"Country/Area\tPartner\tEffective Since\tQuota\n\tA\t2001/01/01\t2\nGermany\tB\t2001/1/1\t×\n\tC\t\tST10,LT\n",
		"Quota\tEffective Since\tPartner\tCountry\n2\t2001/01/01\tTU Berlin\tGermany\n",
		"Thailand\tA\t2001/01/01\t2\nmananu\tB\t2001/01/01\t2\n\tC\t2001/01/01\t2\n",
		"\t\t\t\t\n \t \n",
		"Academic Exchange Agreement (Graduate School of Engineering)\n",
		"a\tb\tc\td\te\tf\tg\n",
		"Germany\tTU Berlin\n2001/01/01\t2\n",
		"\tNation\tUniversität\t\n",
		// Rows that do not round-trip: a lone date once its note is left
		// out, and cells that read as a header once the digit is.
		"Country\tPartner\tDate\tQuota\tNotes\n\t\t2001/01/01\t\tnote 1\n\tNation\tUniversity\t\t5\n",
		"Germany\t\t2001/01/01\t\n",
		"Могоссо\tUniversité\t2017年6月28日\t５\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		// While fuzzing, any input is answered quickly: a fuzz input is
		// at most a few hundred KiB, which parses in milliseconds. A run
		// that hangs crashes the worker with every goroutine's stack, so
		// the fuzzer keeps the input. Under go test, which only replays
		// the corpus, no clock is watched: the outcome must not depend on
		// the machine's speed.
		if fuzzing() {
			watchdog := time.AfterFunc(20*time.Second, func() {
				panic(fmt.Sprintf("FuzzParse hangs on %d bytes: %q", len(in), in))
			})
			defer watchdog.Stop()
		}
		l, err := Parse(bytes.NewReader(in))
		if l == nil {
			t.Fatalf("Parse returned no listing (error %v)", err)
		}
		if err != nil {
			if s := err.Error(); strings.ContainsAny(s, "\r\n") {
				t.Errorf("error %q is not one line", s)
			}
		}
		checkEveryLine(t, l)
		for _, d := range l.Diagnostics {
			if s := d.Error(); strings.ContainsAny(s, "\r\n") {
				t.Errorf("diagnostic %q is not one line", s)
			}
		}

		l2, err2 := Parse(bytes.NewReader(in))
		if diff := cmp.Diff(l, l2, errText); diff != "" {
			t.Errorf("second parse differs (-first +second):\n%s", diff)
		}
		if diff := cmp.Diff(err, err2, errText); diff != "" {
			t.Errorf("second parse's error differs (-first +second):\n%s", diff)
		}

		// Write the agreements back and read them again.
		var out bytes.Buffer
		var want [][]string
		out.WriteString(fuzzHeader + "\n")
		for i := range l.Agreements {
			a := &l.Agreements[i]
			if !roundTrips(a) {
				continue
			}
			cells := rowCells(a)
			want = append(want, cells)
			// A blank line after each row keeps it from its neighbours:
			// what is checked is that a row reads back, not how rows
			// wrapped into one another join.
			out.WriteString(strings.Join(cells, "\t") + "\n\n")
		}
		r := NewReader(bytes.NewReader(out.Bytes()))
		// The text is UTF-8 whatever the input was, and may hold the
		// control characters that would make its first bytes look binary.
		r.Encoding = unicode.UTF8
		// U+FFFD written for one bad byte takes three.
		r.MaxLineLength = 3*len(in) + len(fuzzHeader) + 1
		back, err := r.ReadAll()
		if err != nil {
			t.Fatalf("reading back: %v", err)
		}
		var got [][]string
		for i := range back.Agreements {
			got = append(got, rowCells(&back.Agreements[i]))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("written back and read again (-want +got):\n%s\nlisting:\n%q", diff, out.String())
		}
	})
}
