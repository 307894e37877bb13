package agreements

import (
	"fmt"
	"strings"
)

// A Shape is how the text of a listing separates its cells: the shape
// the tool that extracted it from the PDF left it in.
type Shape uint8

const (
	// ShapeAuto detects the shape from the first lines of the input.
	ShapeAuto Shape = iota
	// ShapeTabs is tab-separated text: one table row a line, cells
	// separated by tabs, as pdfplumber and copying from a PDF viewer give.
	ShapeTabs
	// ShapeCSV is comma-separated values with RFC 4180 quoting, as
	// Tabula and Camelot export by default.
	ShapeCSV
	// ShapeSemicolons is CSV with semicolons between fields, as
	// spreadsheets write it in European locales.
	ShapeSemicolons
	// ShapePipes is a Markdown or pipe table: "| a | b |" lines and a
	// "|---|---|" rule under the header.
	ShapePipes
	// ShapeAligned is space-aligned text, as pdftotext -layout writes
	// it: no separators, columns where the words line up, wrapped cells
	// on lines of their own, form feeds between pages.
	ShapeAligned
)

var shapeNames = [...]string{"auto", "tsv", "csv", "semicolon", "pipes", "aligned"}

// String returns "auto", "tsv", "csv", "semicolon", "pipes" or
// "aligned": the names ParseShape reads.
func (s Shape) String() string {
	if int(s) < len(shapeNames) {
		return shapeNames[s]
	}
	return fmt.Sprintf("Shape(%d)", s)
}

// ParseShape reads a shape by its name, in any case. It also takes
// "tab", "tabs", "comma", "ssv", "semicolons", "pipe", "markdown", "md",
// "layout" and "text" for the shapes they suggest.
func ParseShape(name string) (Shape, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "auto", "":
		return ShapeAuto, nil
	case "tsv", "tab", "tabs":
		return ShapeTabs, nil
	case "csv", "comma":
		return ShapeCSV, nil
	case "semicolon", "semicolons", "ssv":
		return ShapeSemicolons, nil
	case "pipes", "pipe", "markdown", "md":
		return ShapePipes, nil
	case "aligned", "layout", "text", "txt":
		return ShapeAligned, nil
	}
	return ShapeAuto, fmt.Errorf("unknown shape %q (want auto, tsv, csv, semicolon, pipes or aligned)", name)
}

// MarshalText returns the shape's name.
func (s Shape) MarshalText() ([]byte, error) {
	if int(s) >= len(shapeNames) {
		return nil, fmt.Errorf("agreements: unknown Shape(%d)", s)
	}
	return []byte(s.String()), nil
}

// UnmarshalText reads a shape's name as ParseShape does.
func (s *Shape) UnmarshalText(b []byte) error {
	v, err := ParseShape(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// detectLines is how many lines with text detectShape looks at.
const detectLines = 64

// detectShape guesses the shape of a listing from its first lines with
// text. Each shape is scored by the share of lines that look like it:
// a tab, pipes around the cells, a steady number of comma- or
// semicolon-separated fields, or gaps of two spaces or more between
// words. Tabs win when a fair share of lines have them (a one-cell line
// has none); text that looks like none of them is read as tab-separated,
// one cell a line.
func detectShape(lines []string) Shape {
	var n, tabs, pipes, gaps, records float64
	var fields [2]map[int]int // field counts by separator
	for i := range fields {
		fields[i] = map[int]int{}
	}
	// A CSV record goes on over the next line while a quote is open: a
	// cell that wraps in the PDF keeps its line break inside its quotes.
	rec, open := "", false
	for _, l := range lines {
		t := strings.TrimSpace(strings.TrimPrefix(l, "\f"))
		if open {
			rec += "\n" + l
		} else {
			if t == "" {
				continue
			}
			rec = t
		}
		if open = strings.Count(rec, `"`)%2 == 1; !open {
			records++
			for i, sep := range []byte{',', ';'} {
				if k := csvFields(rec, sep); k >= 2 {
					fields[i][k]++
				}
			}
		}
		if t == "" {
			continue
		}
		n++
		if strings.IndexByte(l, '\t') >= 0 {
			tabs++
		}
		if strings.HasPrefix(t, "|") || strings.Count(t, "|") >= 2 {
			pipes++
		}
		if strings.Contains(t, "  ") {
			gaps++
		}
	}
	if n == 0 {
		return ShapeTabs
	}
	if records == 0 {
		records = 1
	}
	// A steady number of fields: the share of lines with the commonest
	// count of two or more.
	var csvShare [2]float64
	for i, m := range fields {
		best := 0
		for k, c := range m {
			if c > best || c == best && k > 2 {
				best = c
			}
		}
		csvShare[i] = float64(best) / records
	}
	switch {
	case tabs/n >= 0.3:
		return ShapeTabs
	case pipes/n >= 0.5:
		return ShapePipes
	case csvShare[0] >= 0.6 && csvShare[0] >= gaps/n:
		return ShapeCSV
	case csvShare[1] >= 0.6 && csvShare[1] >= gaps/n:
		return ShapeSemicolons
	case gaps/n >= 0.3:
		return ShapeAligned
	}
	return ShapeTabs
}

// csvFields counts the fields of a line of CSV separated by sep,
// quotes respected; a line that opens a quote it does not close counts
// the fields up to there.
func csvFields(s string, sep byte) int {
	n, quoted := 1, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"':
			quoted = !quoted
		case c == sep && !quoted:
			n++
		}
	}
	return n
}
