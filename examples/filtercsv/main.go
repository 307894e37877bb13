// Command filtercsv writes the agreements of a listing that match a
// search and a country as CSV, one agreement a line, with a header.
//
// Usage:
//
//	filtercsv [-country NAME|CODE] [-search WORDS] [-since DATE] LISTING.tsv
//
// -search keeps the partners whose name matches every word, ignoring
// case, accents and small misspellings; -country takes an ISO code or a
// name; -since keeps the agreements effective from that date on.
//
// For example, the Thai faculties of science:
//
//	filtercsv -country Thailand -search "faculty science" listing.tsv
package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/exchangelist/agreements"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "filtercsv:", err)
		os.Exit(1)
	}
}

// options are the command's settings.
type options struct {
	country, search string
	since           agreements.Date
}

// run parses the flags, reads the listing and writes the CSV.
func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("filtercsv", flag.ContinueOnError)
	var opt options
	var since string
	fs.StringVar(&opt.country, "country", "", "keep only this country (ISO code or name)")
	fs.StringVar(&opt.search, "search", "", "keep only partners matching these words")
	fs.StringVar(&since, "since", "", "keep only agreements effective on or after this date")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("usage: filtercsv [-country NAME] [-search WORDS] [-since DATE] LISTING.tsv")
	}
	if since != "" {
		d, err := agreements.ParseDate(since)
		if err != nil {
			return err
		}
		opt.since = d
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	l, err := agreements.Parse(f)
	if err != nil {
		return err
	}
	return writeCSV(w, l, opt)
}

// writeCSV writes the agreements of l that opt selects.
func writeCSV(w io.Writer, l *agreements.Listing, opt options) error {
	var preds []agreements.Predicate
	if opt.country != "" {
		preds = append(preds, agreements.IsInCountry(opt.country))
	}
	if opt.search != "" {
		preds = append(preds, agreements.MatchesSearch(opt.search))
	}
	if !opt.since.IsZero() {
		preds = append(preds, agreements.IsEffectiveBetween(opt.since, agreements.Date{}))
	}
	cw := csv.NewWriter(w)
	cw.Write([]string{"line", "country", "partner", "institution", "units", "effective_since", "quota", "places"})
	for _, a := range l.Where(preds...) {
		n := a.Name()
		places, _ := a.Quota.Places()
		cw.Write([]string{
			strconv.Itoa(a.Line), a.Country.Code, a.Partner, n.Institution,
			strings.Join(n.Units, "; "), a.EffectiveSince.String(), a.Quota.String(), strconv.Itoa(places),
		})
	}
	cw.Flush()
	return cw.Error()
}
