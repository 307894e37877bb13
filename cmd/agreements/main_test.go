package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/iotest"
	"time"

	"github.com/exchangelist/agreements"
	"github.com/google/go-cmp/cmp"
)

const (
	seedPath  = "../../testdata/exchange-agreements.tsv"
	truthPath = "../../testdata/exchange-agreements.truth.tsv"
)

// runCmd runs the command with args and stdin, and returns its exit
// status, standard output and standard error.
func runCmd(t *testing.T, stdin io.Reader, args ...string) (int, string, string) {
	t.Helper()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var out, errOut bytes.Buffer
	code := run(args, stdin, &out, &errOut)
	return code, out.String(), errOut.String()
}

// truthAgreement holds the fields of the truth file that do not depend
// on group inference.
type truthAgreement struct {
	Line                    int
	Partner, Date, QuotaRaw string
}

func readTruth(t *testing.T) []truthAgreement {
	t.Helper()
	b, err := os.ReadFile(truthPath)
	if err != nil {
		t.Fatal(err)
	}
	var rows []truthAgreement
	for i, l := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		if i == 0 {
			if l != "line\tcountry\tpartner\teffective_since\tquota_raw" {
				t.Fatalf("truth header %q", l)
			}
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) != 5 {
			t.Fatalf("truth line %d: %d columns", i+1, len(c))
		}
		n, err := strconv.Atoi(c[0])
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, truthAgreement{n, c[2], c[3], c[4]})
	}
	return rows
}

// jsonOutput is the part of the parse command's JSON these tests read.
type jsonOutput struct {
	Agreements []struct {
		Source         string `json:"source"`
		Line           int    `json:"line"`
		Partner        string `json:"partner"`
		EffectiveSince string `json:"effective_since"`
		Quota          struct {
			Raw string `json:"raw"`
		} `json:"quota"`
	} `json:"agreements"`
	Ignored []struct {
		Source string `json:"source"`
		Line   int    `json:"line"`
		Kind   string `json:"kind"`
	} `json:"ignored"`
	Diagnostics []struct {
		Line     int    `json:"line"`
		Severity string `json:"severity"`
		Message  string `json:"message"`
	} `json:"diagnostics"`
}

func decodeJSON(t *testing.T, s string) jsonOutput {
	t.Helper()
	var out jsonOutput
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	return out
}

func TestParseJSON(t *testing.T) {
	code, stdout, stderr := runCmd(t, nil, "parse", seedPath)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	out := decodeJSON(t, stdout)
	var got []truthAgreement
	for _, a := range out.Agreements {
		if a.Source != seedPath {
			t.Errorf("line %d: source %q, want %q", a.Line, a.Source, seedPath)
		}
		got = append(got, truthAgreement{a.Line, a.Partner, a.EffectiveSince, a.Quota.Raw})
	}
	want := readTruth(t)
	if len(want) != 104 {
		t.Fatalf("truth has %d agreements, want 104", len(want))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("agreements mismatch (-want +got):\n%s", diff)
	}

	// Every non-blank line of the file is an agreement or an ignored
	// line, exactly once; a blank line is at most an ignored line.
	seen := make(map[int]int)
	for _, a := range out.Agreements {
		seen[a.Line]++
	}
	for _, l := range out.Ignored {
		seen[l.Line]++
	}
	f, err := os.Open(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		blank := strings.TrimSpace(sc.Text()) == ""
		switch {
		case !blank && seen[n] != 1:
			t.Errorf("line %d (%q) is in the output %d times, want once", n, sc.Text(), seen[n])
		case blank && seen[n] > 1:
			t.Errorf("blank line %d is in the output %d times", n, seen[n])
		}
		delete(seen, n)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for l := range seen {
		t.Errorf("line %d is in the output, but the file has %d lines", l, n)
	}
}

func TestParseTable(t *testing.T) {
	for _, tt := range []struct {
		format string
		comma  rune
	}{{"csv", ','}, {"tsv", '\t'}} {
		t.Run(tt.format, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, nil, "parse", "-format", tt.format, seedPath)
			if code != 0 {
				t.Fatalf("exit %d, stderr:\n%s", code, stderr)
			}
			recs := readTable(t, stdout, tt.comma)
			if len(recs) != 105 {
				t.Fatalf("%d records, want a header and 104", len(recs))
			}
			head := recs[0]
			if diff := cmp.Diff(agreements.TableColumns(), head); diff != "" {
				t.Errorf("header mismatch (-want +got):\n%s", diff)
			}
			line, partner := header(head).index("line"), header(head).index("partner")
			truth := readTruth(t)
			for i, rec := range recs[1:] {
				if rec[line] != strconv.Itoa(truth[i].Line) || rec[partner] != truth[i].Partner {
					t.Errorf("record %d: line %s partner %q, want %d %q", i+1, rec[line], rec[partner], truth[i].Line, truth[i].Partner)
				}
			}
			// One file or several, the header is the same.
			_, two, _ := runCmd(t, nil, "parse", "-format", tt.format, seedPath, seedPath)
			if recs2 := readTable(t, two, tt.comma); !slices.Equal(recs2[0], head) || len(recs2) != 209 {
				t.Errorf("with two files: header %q and %d records", recs2[0], len(recs2))
			}
		})
	}
}

// header is a table's header line, with look-ups by name.
type header []string

func (s header) index(name string) int {
	for i, v := range s {
		if v == name {
			return i
		}
	}
	return -1
}

func readTable(t *testing.T, s string, comma rune) [][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(s))
	r.Comma = comma
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("output is not a table: %v", err)
	}
	return recs
}

func TestParseSeveralFiles(t *testing.T) {
	t.Run("json", func(t *testing.T) {
		code, stdout, stderr := runCmd(t, nil, "parse", seedPath, seedPath)
		if code != 0 {
			t.Fatalf("exit %d, stderr:\n%s", code, stderr)
		}
		out := decodeJSON(t, stdout)
		if len(out.Agreements) != 208 {
			t.Errorf("%d agreements, want 208", len(out.Agreements))
		}
		for _, a := range out.Agreements {
			if a.Source != seedPath {
				t.Fatalf("line %d: source %q, want %q", a.Line, a.Source, seedPath)
			}
		}
		for _, l := range out.Ignored {
			if l.Source != seedPath {
				t.Fatalf("ignored line %d: source %q, want %q", l.Line, l.Source, seedPath)
			}
		}
	})
	t.Run("csv", func(t *testing.T) {
		code, stdout, stderr := runCmd(t, nil, "parse", "-format", "csv", seedPath, seedPath)
		if code != 0 {
			t.Fatalf("exit %d, stderr:\n%s", code, stderr)
		}
		recs := readTable(t, stdout, ',')
		if len(recs) != 209 {
			t.Fatalf("%d records, want a header and 208", len(recs))
		}
		if recs[0][0] != "source" || recs[0][1] != "line" {
			t.Errorf("header %q, want source, line, ...", recs[0])
		}
		for i, rec := range recs[1:] {
			if rec[0] != seedPath {
				t.Fatalf("record %d: source %q, want %q", i+1, rec[0], seedPath)
			}
		}
	})
}

// TestParseMissingFile checks that a file that cannot be read is
// reported, as file: error: message, and does not stop the others.
func TestParseMissingFile(t *testing.T) {
	const missing = "testdata/no-such-listing.tsv"
	code, stdout, stderr := runCmd(t, nil, "parse", missing)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if want := missing + ": error: no such file or directory\n"; stderr != want {
		t.Errorf("stderr %q, want %q", stderr, want)
	}
	if out := decodeJSON(t, stdout); len(out.Agreements) != 0 {
		t.Errorf("%d agreements from a missing file", len(out.Agreements))
	}

	for _, format := range []string{"json", "tsv"} {
		code, stdout, stderr = runCmd(t, nil, "parse", "-format", format, seedPath, missing, seedPath)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1", format, code)
		}
		if !strings.Contains(stderr, missing+": error: ") {
			t.Errorf("%s: stderr %q does not report %s", format, stderr, missing)
		}
		n := 0
		if format == "json" {
			n = len(decodeJSON(t, stdout).Agreements)
		} else {
			n = len(readTable(t, stdout, '\t')) - 1
		}
		if n != 208 {
			t.Errorf("%s: %d agreements, want the 208 of the two readable files", format, n)
		}
	}
}

// TestParseDirectory checks that a directory is refused as a whole, with
// no line number.
func TestParseDirectory(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := runCmd(t, nil, "parse", dir)
	if want := dir + ": error: is a directory\n"; code != 1 || stderr != want {
		t.Errorf("exit %d, stderr %q; want 1, %q", code, stderr, want)
	}
}

func TestParseStdin(t *testing.T) {
	input := "Country/Area\tPartner University/School/Institute\tEffective Since\tQuota\n" +
		"Kazakhstan\tNazarbayev University (School of Engineering)\t2019/04/19\t×\n"
	for _, args := range [][]string{{"parse"}, {"parse", "-"}, {"parse", "-", seedPath}} {
		code, stdout, stderr := runCmd(t, strings.NewReader(input), args...)
		if code != 0 {
			t.Fatalf("%q: exit %d, stderr:\n%s", args, code, stderr)
		}
		out := decodeJSON(t, stdout)
		if len(out.Agreements) != 1+104*strings.Count(strings.Join(args, " "), seedPath) || out.Agreements[0].Partner != "Nazarbayev University (School of Engineering)" ||
			out.Agreements[0].Source != "<stdin>" {
			t.Errorf("%q: %d agreements, the first %+v; want Nazarbayev University from <stdin> first", args, len(out.Agreements), out.Agreements[0])
		}
	}
}

// TestParseFlagsAnywhere checks that flags may follow the files, that
// "--" ends them, and that formats are read in any case.
func TestParseFlagsAnywhere(t *testing.T) {
	code, stdout, stderr := runCmd(t, nil, "parse", seedPath, "-format", "TSV", "-filldown")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	recs := readTable(t, stdout, '\t')
	if len(recs) != 105 {
		t.Fatalf("%d records, want a header and 104", len(recs))
	}
	src, filled := header(recs[0]).index("country_source"), 0
	for _, rec := range recs[1:] {
		if rec[src] == "fill_down" {
			filled++
		}
	}
	if filled == 0 {
		t.Error("-filldown after the file not applied: no row's country is fill_down")
	}
	code, _, stderr = runCmd(t, nil, "parse", "-format", "Csv", "--", "-format")
	if code != 1 || !strings.HasPrefix(stderr, "-format: error: ") {
		t.Errorf("after --: exit %d, stderr %q; want the file -format reported missing", code, stderr)
	}
}

// TestParseStderrFormat checks that every message on standard error is
// file:line: severity: message.
func TestParseStderrFormat(t *testing.T) {
	code, _, stderr := runCmd(t, nil, "parse", "-format", "tsv", seedPath)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	re := regexp.MustCompile(`^` + regexp.QuoteMeta(seedPath) + `:\d+: (info|warning|error): \S.*$`)
	for _, l := range lines {
		if !re.MatchString(l) {
			t.Errorf("stderr line %q is not file:line: severity: message", l)
		}
	}
	if len(lines) < 2 {
		t.Errorf("%d diagnostics on stderr, want the seed's", len(lines))
	}
}

// TestVersion checks -version.
func TestVersion(t *testing.T) {
	for _, arg := range []string{"-version", "--version", "version"} {
		code, stdout, stderr := runCmd(t, nil, arg)
		if code != 0 || !strings.HasPrefix(stdout, "agreements ") || stderr != "" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", arg, code, stdout, stderr)
		}
	}
}

// TestParseReadError checks that a read error on standard input ends the
// command with status 1 and one line on standard error naming the line.
func TestParseReadError(t *testing.T) {
	errDisk := errors.New("disk on fire")
	tests := []struct {
		name    string
		input   string
		line    string // the line number in the message; "" for any
		printed int    // agreements printed: those read before the last
	}{
		{"AfterLine2", "Country/Area\tPartner\tEffective Since\tQuota\nKazakhstan\tNazarbayev University\t2019/04/19\t×\n", "3", 0},
		{"Immediately", "", "1", 0},
		{"MidLine", "Country/Area\tPartner\tEffective Since\tQuota\nKazakhstan\tNazarbayev Univ", "", 0},
		{"AfterRows", "Country/Area\tPartner\tEffective Since\tQuota\nKazakhstan\tNazarbayev University\t2019/04/19\t×\n" +
			"\tAl-Farabi Kazakh National University\t2018/05/01\t2\nKenya\tUniversity of Nairobi\t2017/03/03\t1\n" +
			"\tKenyatta University\t2016/02\t1", "", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdin := io.MultiReader(strings.NewReader(tt.input), iotest.ErrReader(errDisk))
			code, stdout, stderr := runCmd(t, stdin, "parse")
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			line := tt.line
			if line == "" {
				line = `\d+`
			}
			re := regexp.MustCompile(`^<stdin>:` + line + `: error: .*disk on fire\n$`)
			if !re.MatchString(stderr) {
				t.Errorf("stderr %q, want one line matching %s", stderr, re)
			}
			// The last row read before the error may be cut: left out,
			// and with it every row of these short inputs.
			if out := decodeJSON(t, stdout); len(out.Agreements) != tt.printed {
				t.Errorf("%d agreements printed, want %d", len(out.Agreements), tt.printed)
			}
		})
	}
}

func TestCountry(t *testing.T) {
	code, stdout, stderr := runCmd(t, nil, "country", "Thailand", "USA", "Atlantis")
	if code != 1 {
		t.Errorf("exit %d, want 1 (Atlantis is no country)", code)
	}
	if stderr != "" {
		t.Errorf("stderr %q, want nothing", stderr)
	}
	var got [][]string
	for _, l := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			t.Fatalf("line %q: %d fields, want 3", l, len(f))
		}
		got = append(got, f[:2])
		if (f[1] == "") != (f[2] == "") {
			t.Errorf("line %q: a code without a name or a name without a code", l)
		}
	}
	want := [][]string{{"Thailand", "TH"}, {"USA", "US"}, {"Atlantis", ""}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("names and codes mismatch (-want +got):\n%s", diff)
	}

	code, _, _ = runCmd(t, nil, "country", "Thailand", "USA")
	if code != 0 {
		t.Errorf("all resolved: exit %d, want 0", code)
	}
	// After "--", a NAME may start with "-".
	code, stdout, _ = runCmd(t, nil, "country", "--", "-h")
	if code != 1 || stdout != "-h\t\t\n" {
		t.Errorf("country -- -h: exit %d, stdout %q; want -h resolved to nothing", code, stdout)
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		code     int
		inStdout bool // usage on stdout rather than stderr
	}{
		{"NoArgs", nil, 2, false},
		{"UnknownCommand", []string{"frobnicate"}, 2, false},
		{"BadFormat", []string{"parse", "-format", "xml", seedPath}, 2, false},
		{"BadFlag", []string{"parse", "-nosuchflag", seedPath}, 2, false},
		{"BadFlagAfterFile", []string{"parse", seedPath, "-nosuchflag"}, 2, false},
		{"CountryNoNames", []string{"country"}, 2, false},
		{"CountryBadFlag", []string{"country", "Thailand", "-x"}, 2, false},
		{"Help", []string{"-h"}, 0, true},
		{"HelpLong", []string{"--help"}, 0, true},
		{"ParseHelp", []string{"parse", "-h"}, 0, true},
		{"ParseHelpAfterFile", []string{"parse", seedPath, "--help"}, 0, true},
		{"CountryHelp", []string{"country", "-h"}, 0, true},
		{"CountryHelpAfterName", []string{"country", "Thailand", "-help"}, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, nil, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			where := stderr
			if tt.inStdout {
				where = stdout
			}
			if !strings.Contains(where, "usage:") {
				t.Errorf("no usage in output; stdout %q stderr %q", stdout, stderr)
			}
			if tt.code == 2 && stdout != "" {
				t.Errorf("stdout %q, want nothing on wrong usage", stdout)
			}
			if tt.code == 0 && stderr != "" {
				t.Errorf("stderr %q, want nothing on help", stderr)
			}
		})
	}
}

// essentials is what a written listing must keep of an agreement: its
// country, partner, date, quota, end date and city.
type essentials struct {
	Country        agreements.Country
	Partner        string
	EffectiveSince agreements.Date
	Quota          agreements.Quota
	ValidUntil     agreements.Date
	City           string
}

// readBack parses the command's JSON output into a Listing and returns
// the essentials of its agreements.
func readBack(t *testing.T, stdout string) []essentials {
	t.Helper()
	var l agreements.Listing
	if err := json.Unmarshal([]byte(stdout), &l); err != nil {
		t.Fatalf("output does not read back as a Listing: %v", err)
	}
	var out []essentials
	for _, a := range l.Agreements {
		out = append(out, essentials{a.Country, a.Partner, a.EffectiveSince, a.Quota, a.ValidUntil, a.Field(agreements.FieldCity)})
	}
	return out
}

// countSame returns how many of want are equal to got at the same place.
func countSame(want, got []essentials) int {
	n := 0
	for i := range min(len(want), len(got)) {
		if cmp.Equal(want[i], got[i]) {
			n++
		}
	}
	return n
}

// TestOutputsReadBack writes the seed, and a listing with end dates
// and cities, in each format and reads them back: TSV and CSV with the
// command itself, JSON with json.Unmarshal into a Listing. Every one of
// their agreements must come back alike.
func TestOutputsReadBack(t *testing.T) {
	for _, tt := range []struct {
		path string
		n    int
	}{{seedPath, 104}, {"../../testdata/listings/extra-columns.tsv", 7}} {
		t.Run(filepath.Base(tt.path), func(t *testing.T) { testReadBack(t, tt.path, tt.n) })
	}
}

// testReadBack is TestOutputsReadBack for the listing at path, of n
// agreements.
func testReadBack(t *testing.T, path string, n int) {
	t.Helper()
	code, stdout, stderr := runCmd(t, nil, "parse", path)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	want := readBack(t, stdout)
	if len(want) != n {
		t.Fatalf("%d agreements in %s, want %d", len(want), path, n)
	}
	t.Run("json", func(t *testing.T) {
		got := readBack(t, stdout)
		t.Logf("%d/%d agreements read back alike", countSame(want, got), len(want))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("read back differs (-parsed +read back):\n%s", diff)
		}
	})
	for _, format := range []string{"tsv", "csv"} {
		t.Run(format, func(t *testing.T) {
			code, table, stderr := runCmd(t, nil, "parse", "-format", format, path)
			if code != 0 {
				t.Fatalf("exit %d, stderr:\n%s", code, stderr)
			}
			written := filepath.Join(t.TempDir(), "table."+format)
			if err := os.WriteFile(written, []byte(table), 0o644); err != nil {
				t.Fatal(err)
			}
			code, stdout, stderr := runCmd(t, nil, "parse", written)
			if code != 0 {
				t.Fatalf("reading back: exit %d, stderr:\n%s", code, stderr)
			}
			got := readBack(t, stdout)
			t.Logf("%d/%d agreements read back alike", countSame(want, got), len(want))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("read back differs (-parsed +read back):\n%s", diff)
			}
		})
	}
}

// TestParseNothing checks that text with no agreement in it is an error:
// exit status 1, and the diagnostic on standard error.
func TestParseNothing(t *testing.T) {
	code, _, stderr := runCmd(t, strings.NewReader("hello world\nthis is not a table\n"), "parse")
	if code != 1 || !strings.Contains(stderr, "no agreement found") {
		t.Errorf("exit %d, stderr %q; want 1 and the diagnostic", code, stderr)
	}
}

// TestParseShapeFlag checks -shape: a CSV listing forced to tab-separated
// reads its line as one cell.
func TestParseShapeFlag(t *testing.T) {
	in := "Country,Partner,Effective Since,Quota\nThailand,\"Mahidol University, Salaya\",2017/07/27,5\n"
	for _, tt := range []struct {
		shape, partner string
	}{{"csv", "Mahidol University, Salaya"}, {"CSV", "Mahidol University, Salaya"}, {"tsv", `Thailand,"Mahidol University, Salaya",2017/07/27,5`}} {
		code, out, stderr := runCmd(t, strings.NewReader(in), "parse", "-shape", tt.shape, "-format", "json")
		if code != 0 {
			t.Fatalf("-shape %s: exit %d, stderr %q", tt.shape, code, stderr)
		}
		if got := readBack(t, out); len(got) != 1 || got[0].Partner != tt.partner {
			t.Errorf("-shape %s: %+v, want partner %q", tt.shape, got, tt.partner)
		}
	}
	if code, _, _ := runCmd(t, strings.NewReader(in), "parse", "-shape", "xml"); code != 2 {
		t.Errorf("-shape xml: exit %d, want 2", code)
	}
}

// signalWriter closes first at its first write.
type signalWriter struct {
	once  sync.Once
	first chan struct{}
}

func (w *signalWriter) Write(p []byte) (int, error) {
	w.once.Do(func() { close(w.first) })
	return len(p), nil
}

// TestParseStreams checks that parse writes agreements before its input
// ends: the seed, repeated, is written into a pipe that stays open until
// output has come, in every format.
func TestParseStreams(t *testing.T) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"json", "csv", "tsv"} {
		t.Run(format, func(t *testing.T) {
			pr, pw := io.Pipe()
			out := &signalWriter{first: make(chan struct{})}
			done := make(chan int)
			go func() { done <- run([]string{"parse", "-format", format}, pr, out, io.Discard) }()
			// About 250 KB: more than any buffer on the way holds.
			written := make(chan error, 1)
			go func() {
				var err error
				for i := 0; i < 20 && err == nil; i++ {
					_, err = pw.Write(seed)
				}
				written <- err
			}()
			select {
			case <-out.first:
			case code := <-done:
				t.Fatalf("parse ended (status %d) before its input did", code)
			case <-time.After(2 * time.Minute): // a guard against a hang, not a measure
				t.Fatal("no output while the input stays open: parse does not stream")
			}
			if err := <-written; err != nil {
				t.Fatal(err)
			}
			pw.Close()
			if code := <-done; code != 0 {
				t.Errorf("exit %d, want 0", code)
			}
		})
	}
}
