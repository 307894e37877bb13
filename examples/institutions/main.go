// Command institutions lists the partner institutions of an agreement
// listing with the agreements each one is party to, directly or as a
// member of a consortium, and the units and campuses that signed them.
//
// Usage:
//
//	institutions [-min N] LISTING.tsv
//
// Names are grouped by their search key, so spellings that differ only in
// case or accents ("Los Baños", "Los Banos") count as one institution.
// Institutions are printed by number of agreements, most first; -min
// leaves out those with fewer than N agreements (default 1).
package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/exchangelist/agreements"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "institutions:", err)
		os.Exit(1)
	}
}

// run parses the flags, reads the listing and prints the institutions.
func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("institutions", flag.ContinueOnError)
	min := fs.Int("min", 1, "leave out institutions with fewer agreements")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("usage: institutions [-min N] LISTING.tsv")
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
	for _, in := range institutions(l) {
		if len(in.Lines) < *min {
			continue
		}
		fmt.Fprintf(w, "%s: %d agreements (lines %s)\n", in.Name, len(in.Lines), joinInts(in.Lines))
		if len(in.Campuses) > 0 {
			fmt.Fprintf(w, "\tcampuses: %s\n", strings.Join(in.Campuses, "; "))
		}
		if len(in.Units) > 0 {
			fmt.Fprintf(w, "\tunits: %s\n", strings.Join(in.Units, "; "))
		}
	}
	return nil
}

// An institution gathers the agreements of one partner institution.
type institution struct {
	Name     string // as first written
	Lines    []int
	Units    []string // distinct, in order of appearance
	Campuses []string
}

// institutions groups the agreements of l by institution, consortium
// members counting for each member.
func institutions(l *agreements.Listing) []*institution {
	byKey := map[string]*institution{}
	var out []*institution
	add := func(line int, p agreements.PartnerName) {
		key := agreements.SearchKey(p.Institution)
		in := byKey[key]
		if in == nil {
			in = &institution{Name: p.Institution}
			byKey[key] = in
			out = append(out, in)
		}
		if len(in.Lines) == 0 || in.Lines[len(in.Lines)-1] != line {
			in.Lines = append(in.Lines, line)
		}
		in.Units = appendNew(in.Units, p.Units...)
		in.Campuses = appendNew(in.Campuses, p.Campuses...)
	}
	for _, a := range l.All() {
		p := a.Name()
		if !p.IsConsortium() {
			add(a.Line, p)
			continue
		}
		for _, m := range p.Members {
			add(a.Line, m)
		}
	}
	slices.SortStableFunc(out, func(a, b *institution) int {
		if c := cmp.Compare(len(b.Lines), len(a.Lines)); c != 0 {
			return c
		}
		return strings.Compare(agreements.SearchKey(a.Name), agreements.SearchKey(b.Name))
	})
	return out
}

// appendNew appends the values of vs not already in s.
func appendNew(s []string, vs ...string) []string {
	for _, v := range vs {
		if !slices.Contains(s, v) {
			s = append(s, v)
		}
	}
	return s
}

func joinInts(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = fmt.Sprint(n)
	}
	return strings.Join(s, ", ")
}
