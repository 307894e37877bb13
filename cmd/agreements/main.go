// Command agreements reads academic exchange agreement listings (the
// tab-separated text left by PDF tables of partner institutions) and
// prints them as clean data.
//
// Usage:
//
//	agreements parse [-format json|csv|tsv] [-filldown] [FILE ...]
//	agreements country NAME ...
//
// parse reads each FILE (standard input when there is none) and prints
// its agreements, every row with its inferred country, decoded date and
// quota. With -format json (the default) it prints one JSON object with
// "agreements", "ignored" and "diagnostics"; with csv or tsv one table of
// agreements with a header line. With several files each agreement also
// carries its "source". Diagnostics go to the JSON output, or to standard
// error as "file:line: severity: message" for csv and tsv.
//
// country resolves each NAME, damaged, aliased or in another language, to
// a country, and prints NAME, its ISO 3166-1 alpha-2 code and English
// name, separated by tabs; the code and name are empty when NAME is no
// country.
//
// Exit status is 0 on success (warnings are not failures), 1 when a file
// could not be read or a NAME was not resolved, 2 on wrong usage.
package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/exchangelist/agreements"
	"github.com/exchangelist/agreements/country"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage:
  agreements parse [-format json|csv|tsv] [-filldown] [FILE ...]
  agreements country NAME ...

parse reads listings (standard input when no FILE is given) and prints
their agreements with the country each row belongs to:
  -format json  one object {"agreements": [...], "ignored": [...],
                "diagnostics": [...]} (default)
  -format csv   one table of agreements, comma-separated, with a header
  -format tsv   the same, tab-separated
  -filldown     copy each label down to the rows below it, as a
                spreadsheet does, instead of inferring groups
With several files each agreement carries its "source" file. For csv and
tsv, diagnostics are printed on standard error as file:line: message.

country resolves each NAME (damaged, aliased or foreign country labels)
and prints NAME, a tab, the ISO 3166-1 alpha-2 code, a tab, the English
name; code and name are empty when NAME is not a country.

Exit status: 0 on success (warnings are not failures); 1 when a file
cannot be read or a NAME is not a country; 2 on wrong usage.
`

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "parse":
		return runParse(args[1:], stdin, stdout, stderr)
	case "country":
		return runCountry(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "agreements: unknown command %q\n%s", args[0], usage)
	return 2
}

func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	format := fs.String("format", "json", "output format: json, csv or tsv")
	fill := fs.Bool("filldown", false, "fill labels down instead of inferring groups")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	switch *format {
	case "json", "csv", "tsv":
	default:
		fmt.Fprintf(stderr, "agreements: unknown format %q (want json, csv or tsv)\n", *format)
		return 2
	}
	files := fs.Args()
	var inputs []input
	if len(files) == 0 {
		inputs = []input{{name: "<stdin>", open: func() (io.ReadCloser, error) { return io.NopCloser(stdin), nil }}}
	}
	for _, f := range files {
		inputs = append(inputs, input{name: f, open: func() (io.ReadCloser, error) { return os.Open(f) }})
	}

	var results []result
	for _, in := range inputs {
		l, err := parseInput(in, *fill)
		if err != nil {
			fmt.Fprintln(stderr, "agreements: "+describe(in.name, err))
			return 1
		}
		results = append(results, result{name: in.name, listing: l})
	}
	multi := len(files) > 1
	var err error
	switch *format {
	case "json":
		err = writeJSON(stdout, results, multi)
	default:
		sep := ','
		if *format == "tsv" {
			sep = '\t'
		}
		err = writeTable(stdout, results, multi, sep)
		for _, r := range results {
			for _, d := range r.listing.Diagnostics {
				fmt.Fprintf(stderr, "%s:%d: %s: %s\n", r.name, d.Line, d.Severity, d.Message)
			}
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "agreements: writing output: %v\n", err)
		return 1
	}
	return 0
}

type input struct {
	name string
	open func() (io.ReadCloser, error)
}

type result struct {
	name    string
	listing *agreements.Listing
}

func parseInput(in input, fill bool) (*agreements.Listing, error) {
	f, err := in.open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := agreements.NewReader(f)
	r.FillDown = fill
	return r.ReadAll()
}

// describe renders err as "file:line: message" where it has a line.
func describe(name string, err error) string {
	var pe *agreements.ParseError
	if errors.As(err, &pe) && pe.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", name, pe.Line, pe.Err)
	}
	var pathErr *os.PathError
	if errors.As(err, &pathErr) {
		return fmt.Sprintf("%s: %v", name, pathErr.Err)
	}
	return fmt.Sprintf("%s: %v", name, err)
}

func writeJSON(w io.Writer, results []result, multi bool) error {
	out := struct {
		Agreements  []agreements.JSONAgreement `json:"agreements"`
		Ignored     []json.RawMessage          `json:"ignored"`
		Diagnostics []json.RawMessage          `json:"diagnostics"`
	}{Agreements: []agreements.JSONAgreement{}, Ignored: []json.RawMessage{}, Diagnostics: []json.RawMessage{}}
	for _, r := range results {
		for i := range r.listing.Agreements {
			j := r.listing.Agreements[i].JSON()
			if multi {
				j.Source = r.name
			}
			out.Agreements = append(out.Agreements, j)
		}
		for _, l := range r.listing.Ignored {
			b, err := withSource(l, r.name, multi)
			if err != nil {
				return err
			}
			out.Ignored = append(out.Ignored, b)
		}
		for _, d := range r.listing.Diagnostics {
			b, err := withSource(d, r.name, multi)
			if err != nil {
				return err
			}
			out.Diagnostics = append(out.Diagnostics, b)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// withSource marshals v and, with several inputs, adds its "source".
func withSource(v any, source string, multi bool) (json.RawMessage, error) {
	b, err := json.Marshal(v)
	if err != nil || !multi {
		return b, err
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	m["source"] = source
	return json.Marshal(m)
}

// tableHeader names the columns of the csv and tsv outputs. Campuses,
// units and members are joined with "; "; quota_count is the count of a
// plain quota, short_term and long_term the number of a term or "yes"
// when its number is not stated, places the sum of the numbers stated.
var tableHeader = []string{
	"line", "country", "country_name", "country_label", "country_source", "confidence",
	"partner", "institution", "campuses", "units", "members", "effective_since",
	"effective_text", "quota_raw", "quota", "quota_kind", "quota_count", "short_term",
	"long_term", "places", "open_ended",
}

func writeTable(w io.Writer, results []result, multi bool, sep rune) error {
	cw := csv.NewWriter(w)
	cw.Comma = sep
	head := tableHeader
	if multi {
		head = append([]string{"source"}, head...)
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, r := range results {
		for i := range r.listing.Agreements {
			rec := tableRecord(&r.listing.Agreements[i])
			if multi {
				rec = append([]string{r.name}, rec...)
			}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// tableRecord renders a as a row of the columns in tableHeader.
func tableRecord(a *agreements.Agreement) []string {
	j := a.JSON()
	count, short, long := "", "", ""
	if a.Quota.Kind == agreements.QuotaCount {
		count = strconv.Itoa(a.Quota.Count)
	}
	for _, t := range a.Quota.Terms {
		v := "yes"
		if t.Stated {
			v = strconv.Itoa(t.Count)
		}
		if t.Length == agreements.LongTerm {
			long = v
		} else {
			short = v
		}
	}
	places, open := "", ""
	if n, o := a.Quota.Places(); a.Quota.Kind == agreements.QuotaCount || a.Quota.Kind == agreements.QuotaTerms {
		places, open = strconv.Itoa(n), strconv.FormatBool(o)
	}
	return []string{
		strconv.Itoa(a.Line), a.Country.Code, a.Country.Name, a.CountryLabel,
		a.CountrySource.String(), strconv.FormatFloat(j.Confidence, 'f', 2, 64),
		a.Partner, j.Institution, strings.Join(j.Campuses, "; "), strings.Join(j.Units, "; "),
		strings.Join(j.Members, "; "), a.EffectiveSince.String(), a.EffectiveText,
		a.Quota.Raw, a.Quota.String(), a.Quota.Kind.String(), count, short, long, places, open,
	}
}

func runCountry(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	status := 0
	for _, name := range args {
		m := country.Resolve(name)
		fmt.Fprintf(stdout, "%s\t%s\t%s\n", name, m.Country.Code, m.Country.Name)
		if m.Country.IsZero() {
			status = 1
		}
	}
	return status
}
