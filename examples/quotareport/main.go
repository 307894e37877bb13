// Command quotareport prints, for each country of an agreement listing,
// how many agreements it has and how many student places a year their
// quotas state.
//
// Usage:
//
//	quotareport LISTING.tsv
//
// The report is a table with one line per country, ordered by name, and
// a total line. "open-ended" counts the agreements with a term whose
// number is not stated (the "LT" of "ST10,LT"), so the places are a
// lower bound for those countries; "no quota" counts the "×" cells.
package main

import (
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/exchangelist/agreements"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: quotareport LISTING.tsv")
		os.Exit(2)
	}
	l, err := readListing(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotareport:", err)
		os.Exit(1)
	}
	if err := report(os.Stdout, l.Summary()); err != nil {
		fmt.Fprintln(os.Stderr, "quotareport:", err)
		os.Exit(1)
	}
}

// readListing parses the listing at path.
func readListing(path string) (*agreements.Listing, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return agreements.Parse(f)
}

// report writes the summaries as an aligned table with a total line.
func report(w io.Writer, sums []agreements.CountrySummary) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "country\tagreements\tplaces\topen-ended\tno quota\t")
	var total agreements.CountrySummary
	for _, s := range sums {
		name := s.Country.Name
		if s.Country.IsZero() {
			name = "(unknown)"
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t\n", name, s.Agreements, s.Places, s.OpenEnded, s.NoQuota)
		total.Agreements += s.Agreements
		total.Places += s.Places
		total.OpenEnded += s.OpenEnded
		total.NoQuota += s.NoQuota
	}
	fmt.Fprintf(tw, "total\t%d\t%d\t%d\t%d\t\n", total.Agreements, total.Places, total.OpenEnded, total.NoQuota)
	return tw.Flush()
}
