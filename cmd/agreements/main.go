// Command agreements reads academic exchange agreement listings (the
// text left by PDF tables of partner institutions: tab-separated, CSV,
// a Markdown table or space-aligned) and prints them as clean data.
//
// Usage:
//
//	agreements parse [-format json|csv|tsv] [-shape auto|tsv|csv|semicolon|pipes|aligned] [-filldown] [FILE ...]
//	agreements country NAME ...
//	agreements -version
//
// parse reads each FILE ("-", or no FILE at all, for standard input),
// its shape (tab-separated, csv, semicolon, pipes or aligned) detected
// from its first lines unless -shape names one, and prints its
// agreements, every row with its inferred country, decoded date and
// quota, as [agreements.Writer] writes them. With -format json (the
// default) it prints one JSON object with "agreements", "ignored",
// "diagnostics" and "lines", each element with the "source" file it
// comes from; json.Unmarshal reads it into an [agreements.Listing]. With
// csv or tsv it prints one table of agreements under a header that is
// always the same ([agreements.TableColumns]: source, line, country,
// country_code, ..., then valid_until, valid_until_text, renewal, level,
// number, type, city, region, remarks, url and other_fields, empty where
// a listing has no such column); parse reads its own TSV back to the
// same agreements, end dates included, and the cells of number to
// other_fields as fields named by their columns. The format is read in
// any case, and flags may come before or after the files ("--" ends the
// flags).
//
// Messages about files go to standard error, one a line, as
//
//	file:line: severity: message
//
// (file: severity: message when they concern a whole file), severity
// being info, warning or error: with csv and tsv, every diagnostic of a
// listing; with json, whose output holds the diagnostics, only the errors
// that stopped reading a file. Of a file that cannot be read to its end,
// the agreements read before the error are printed but the last, which
// the error may have cut; the other files are printed too, and the exit
// status is 1.
//
// parse streams: agreements are written as their groups settle, in
// every format, so memory stays flat however long the listing. With
// json the document's arrays are written in turn: the agreements as
// they come, then the ignored lines and diagnostics, which are kept
// until then (compact; they grow with the number of diagnostics, not
// with the listing). Several files are read at once, one per processor,
// each a few hundred agreements ahead of the output at most, and
// printed in the order given.
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
	"runtime"
	"runtime/debug"
	"slices"
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
Of a file that cannot be read to its end, the rows before the error
are printed but the last (the error may have cut it), and the others.
Output streams: rows are written as their groups settle.

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
	parsed := parseFiles(files, stdin, *fill, shape)
	defer func() {
		// After a failure to write, let the files still being read end.
		for _, f := range parsed {
			go func() {
				for range f.batches {
				}
			}()
		}
	}()
	for _, f := range parsed {
		w.Source = f.source
		for b := range f.batches {
			if b.err != nil {
				fmt.Fprintln(stderr, describe(f.source, b.err))
				status = 1
				continue
			}
			if err := w.WriteListing(&b.l); err != nil {
				break
			}
			for _, d := range b.l.Diagnostics {
				if format != agreements.FormatJSON || d.Severity == agreements.Error {
					fmt.Fprintf(stderr, "%s:%d: %s: %s\n", f.source, d.Line, d.Severity, d.Message)
				}
				if errors.Is(d, agreements.ErrNoAgreements) {
					status = 1
				}
			}
		}
		if w.Error() != nil {
			break
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Fprintf(stderr, "agreements: writing output: %v\n", err)
		return 1
	}
	return status
}

// A batch is a part of a file's listing, as it is read: agreements and
// what was drained with them, or the error that stopped the reading.
type batch struct {
	l   agreements.Listing
	err error
}

// batchSize is the number of agreements sent at once; batchesAhead
// the batches a file may read ahead of the output. Together they bound
// the memory a file being read holds.
const (
	batchSize    = 512
	batchesAhead = 4
)

// A parsedFile is a file being read: its name in messages and its
// batches, in order, until the channel closes.
type parsedFile struct {
	source  string
	batches <-chan batch
}

// parseFiles starts reading the files, as many at once as there are
// processors, and returns them in order: each reads ahead of the output
// by batchesAhead batches at most, so that memory stays flat however long
// the files, and the output is in the order of the files.
func parseFiles(names []string, stdin io.Reader, fill bool, shape agreements.Shape) []parsedFile {
	out := make([]parsedFile, len(names))
	slots := make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))
	for i, name := range names {
		ch := make(chan batch, batchesAhead)
		source := name
		in := stdin
		if name == "-" {
			source = stdinName
			// Standard input is read once: a second "-" finds it at its
			// end, as it would read in turn.
			stdin = strings.NewReader("")
		}
		out[i] = parsedFile{source, ch}
		go func() {
			slots <- struct{}{}
			defer func() { <-slots }()
			defer close(ch)
			parseFile(name, in, fill, shape, ch)
		}()
	}
	return out
}

// parseFile reads the listing of a file, or of standard input for "-",
// and sends its agreements in batches: the ignored lines and
// diagnostics gathered with each, and the number of lines with the last.
func parseFile(name string, stdin io.Reader, fill bool, shape agreements.Shape, ch chan<- batch) {
	var src io.Reader
	if name == "-" {
		src = stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			ch <- batch{err: err}
			return
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			ch <- batch{err: errors.New("is a directory")}
			return
		}
		src = f
	}
	r := agreements.NewReader(src)
	r.FillDown = fill
	r.Shape = shape
	send := func(as []agreements.Agreement, last bool) {
		ignored, diags := r.Drain()
		slices.SortStableFunc(diags, func(a, b agreements.Diagnostic) int { return a.Line - b.Line })
		b := batch{l: agreements.Listing{Agreements: as, Ignored: ignored, Diagnostics: diags}}
		if last {
			b.l.Lines = r.Lines()
		}
		ch <- b
	}
	// The last agreement read stays behind until the next is read: an
	// error that stops the reading may have cut it, and it is left out.
	as := make([]agreements.Agreement, 0, batchSize+1)
	for {
		a, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			if len(as) > 0 {
				as = as[:len(as)-1]
			}
			send(as, true)
			ch <- batch{err: err}
			return
		}
		as = append(as, a)
		if len(as) == batchSize+1 {
			next := make([]agreements.Agreement, 1, batchSize+1)
			next[0] = as[batchSize]
			send(as[:batchSize], false)
			as = next
		}
	}
	send(as, true)
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
