// Command agreements reads academic exchange agreement listings (the
// tab-separated text left by PDF tables of partner institutions) and
// prints them as clean data.
//
// Usage:
//
//	agreements parse [-format json|csv|tsv] [-filldown] [FILE ...]
//	agreements country NAME ...
//	agreements -version
//
// parse reads each FILE ("-", or no FILE at all, for standard input) and
// prints its agreements, every row with its inferred country, decoded
// date and quota, as [agreements.Writer] writes them. With -format json
// (the default) it prints one JSON object with "agreements", "ignored",
// "diagnostics" and "lines", each element with the "source" file it
// comes from; json.Unmarshal reads it into an [agreements.Listing]. With
// csv or tsv it prints one table of agreements under a header that is
// always the same ([agreements.TableColumns]: source, line, country,
// country_code, ..., then valid_until, valid_until_text, renewal, level,
// number, type, city, region, remarks, url and other_fields, empty where
// a listing has no such column); parse reads its own TSV back to the
// same agreements, end dates included, and the cells of number to
// other_fields as fields named by their columns. The format is read in any case, and flags may come before
// or after the files ("--" ends the flags).
//
// Messages about files go to standard error, one a line, as
//
//	file:line: severity: message
//
// (file: severity: message when they concern a whole file), severity
// being info, warning or error: with csv and tsv, every diagnostic of a
// listing; with json, whose output holds the diagnostics, only the errors
// that stopped reading a file. A file that cannot be read to its end is
// left out of the output (its last row may have been cut), but does not
// stop the others: they are printed, and the exit status is 1.
//
// country resolves each NAME, damaged, aliased or in another language, to
// a country, and prints NAME, its ISO 3166-1 alpha-2 code and English
// name, separated by tabs; the code and name are empty when NAME is no
// country.
//
// Exit status is 0 on success (warnings are not failures), 1 when a file
// could not be read, the output could not be written or a NAME was not
// resolved, 2 on wrong usage. -h, -help or --help, anywhere, prints the
// usage on standard output and exits with 0; -version prints the
// version.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/exchangelist/agreements"
	"github.com/exchangelist/agreements/country"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage:
  agreements parse [-format json|csv|tsv] [-shape auto|tsv|csv|semicolon|pipes|aligned] [-filldown] [FILE ...]
  agreements country NAME ...
  agreements -version

parse reads listings (standard input when no FILE is given, or for "-")
and prints their agreements with the country each row belongs to:
  -format json  one object {"agreements": [...], "ignored": [...],
                "diagnostics": [...], "lines": n} (default)
  -format csv   one table of agreements, comma-separated, with a header
  -format tsv   the same, tab-separated; parse reads it back
  -shape auto   how the listing's cells are separated, detected from
                its first lines by default: tsv (tabs), csv, semicolon,
                pipes (a Markdown table) or aligned (space-aligned text,
                as pdftotext -layout writes it)
  -filldown     copy each label down to the rows below it, as a
                spreadsheet does, instead of inferring groups
Formats are read in any case; flags may follow the files. Every agreement
carries its "source" file, and the csv and tsv header is always the same.
Messages go to standard error as "file:line: severity: message": for csv
and tsv every diagnostic, for json (whose output holds them) only errors.
A file that cannot be read is left out, and the others are printed.

country resolves each NAME (damaged, aliased or foreign country labels)
and prints NAME, a tab, the ISO 3166-1 alpha-2 code, a tab, the English
name; code and name are empty when NAME is not a country.

Exit status: 0 on success (warnings are not failures); 1 when a file
cannot be read, holds text but no agreement, the output cannot be
written or a NAME is not a country; 2 on wrong usage.
`

// stdinName names standard input in messages and in the source of its
// agreements.
const stdinName = "<stdin>"

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
	case "-version", "--version", "version":
		fmt.Fprintln(stdout, "agreements", version())
		return 0
	}
	fmt.Fprintf(stderr, "agreements: unknown command %q\n%s", args[0], usage)
	return 2
}

// version returns the module's version, as go install records it, or
// "(devel)" and the commit for a build from a work tree.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if rev != "" && strings.HasPrefix(v, "(devel)") {
		v += " " + rev[:min(len(rev), 12)] + dirty
	}
	return v + " " + info.GoVersion
}

// newFlagSet returns a flag set that leaves errors and help to
// parseArgs.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseArgs parses args with fs, flags before, between and after the
// operands, which it returns; "--" ends the flags. It returns -1 when the
// command should go on, or the exit status: 0 after printing the usage
// for -h, 2 after a usage error.
func parseArgs(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) ([]string, int) {
	var operands []string
	for {
		err := fs.Parse(args)
		switch {
		case errors.Is(err, flag.ErrHelp):
			fmt.Fprint(stdout, usage)
			return nil, 0
		case err != nil:
			fmt.Fprintf(stderr, "agreements %s: %v\n%s", fs.Name(), err, usage)
			return nil, 2
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(operands, rest...), -1
		}
		if len(rest) == 0 {
			return operands, -1
		}
		operands = append(operands, rest[0])
		args = rest[1:]
	}
}

func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("parse")
	format := agreements.FormatJSON
	fs.TextVar(&format, "format", agreements.FormatJSON, "output format: json, csv or tsv")
	fill := fs.Bool("filldown", false, "fill labels down instead of inferring groups")
	shape := agreements.ShapeAuto
	fs.TextVar(&shape, "shape", agreements.ShapeAuto, "shape of the text: auto, tsv, csv, semicolon, pipes or aligned")
	files, status := parseArgs(fs, args, stdout, stderr)
	if status >= 0 {
		return status
	}
	if len(files) == 0 {
		files = []string{"-"}
	}

	w := agreements.NewWriter(stdout)
	w.Format = format
	status = 0
	for _, name := range files {
		l, source, err := parseFile(name, stdin, *fill, shape)
		if err != nil {
			// Left out: the reader cannot tell whether the error cut
			// the last row it read.
			fmt.Fprintln(stderr, describe(source, err))
			status = 1
			continue
		}
		w.Source = source
		if err := w.WriteListing(l); err != nil {
			break
		}
		for _, d := range l.Diagnostics {
			if format != agreements.FormatJSON || d.Severity == agreements.Error {
				fmt.Fprintf(stderr, "%s:%d: %s: %s\n", source, d.Line, d.Severity, d.Message)
			}
			if errors.Is(d, agreements.ErrNoAgreements) {
				status = 1
			}
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Fprintf(stderr, "agreements: writing output: %v\n", err)
		return 1
	}
	return status
}

// parseFile reads the listing of a file, or of standard input for "-",
// and returns it with the name its messages and agreements carry.
func parseFile(name string, stdin io.Reader, fill bool, shape agreements.Shape) (*agreements.Listing, string, error) {
	var src io.Reader
	if name == "-" {
		name, src = stdinName, stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, name, err
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			return nil, name, errors.New("is a directory")
		}
		src = f
	}
	r := agreements.NewReader(src)
	r.FillDown = fill
	r.Shape = shape
	l, err := r.ReadAll()
	return l, name, err
}

// describe renders an error about a file as "file:line: error: message",
// or "file: error: message" when it has no line.
func describe(name string, err error) string {
	var pe *agreements.ParseError
	if errors.As(err, &pe) && pe.Line > 0 {
		return fmt.Sprintf("%s:%d: %s: %v", name, pe.Line, agreements.Error, pe.Err)
	}
	var pathErr *os.PathError
	if errors.As(err, &pathErr) {
		err = pathErr.Err
	}
	return fmt.Sprintf("%s: %s: %v", name, agreements.Error, err)
}

func runCountry(args []string, stdout, stderr io.Writer) int {
	names, status := parseArgs(newFlagSet("country"), args, stdout, stderr)
	if status >= 0 {
		return status
	}
	if len(names) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	status = 0
	for _, name := range names {
		m := country.Resolve(name)
		fmt.Fprintf(stdout, "%s\t%s\t%s\n", name, m.Country.Code, m.Country.Name)
		if m.Country.IsZero() {
			status = 1
		}
	}
	return status
}
