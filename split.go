package agreements

import (
	"encoding/csv"
	"strings"
)

// This file splits a line of text into its cells, for the shapes whose
// lines carry their own separators: tabs (cells.go), pipes, and CSV.
// Space-aligned text needs its page's columns first (aligned.go).

// splitPipes splits a line of a pipe table, "| a | b |", into its
// cells, appending them to dst; the outer pipes are optional and "\|"
// is a pipe inside a cell. rule reports a "|---|:--:|" line, the rule
// under a Markdown header.
func splitPipes(dst []string, s string, max int) (cells []string, more, rule bool) {
	cells = dst[:0]
	t := strings.TrimSpace(s)
	t = strings.TrimPrefix(t, "|")
	if strings.HasSuffix(t, "|") && !strings.HasSuffix(t, `\|`) {
		t = t[:len(t)-1]
	}
	rule = t != ""
	start := 0
	for i := 0; i <= len(t); i++ {
		if i < len(t) && (t[i] != '|' || i > 0 && t[i-1] == '\\') {
			continue
		}
		c := t[start:i]
		if strings.Contains(c, `\|`) {
			c = strings.ReplaceAll(c, `\|`, "|")
		}
		if strings.Contains(c, "<") {
			// A line break inside a cell, as Markdown tables write it:
			// "Bolivia<br>(Plurinational<br>State of)".
			c = lineBreakTags.Replace(c)
		}
		c = collapseSpace(c)
		if rule && !isRuleCell(c) {
			rule = false
		}
		if len(cells) == max {
			return cells, true, false
		}
		cells = append(cells, c)
		start = i + 1
	}
	return cells, false, rule
}

// lineBreakTags are the HTML line breaks Markdown tables put in cells.
var lineBreakTags = strings.NewReplacer("<br>", " ", "<br/>", " ", "<br />", " ", "<BR>", " ", "<BR/>", " ", "<BR />", " ")

// isRuleCell reports whether c is a cell of a Markdown rule: dashes,
// with a colon at either end for alignment.
func isRuleCell(c string) bool {
	c = strings.TrimSuffix(strings.TrimPrefix(c, ":"), ":")
	return c != "" && strings.Trim(c, "-") == ""
}

// A csvSplitter splits CSV records with encoding/csv, one record at a
// time: the reader hands it the lines of one record (a quoted field may
// hold line breaks), so that every line is accounted for and a stray
// quote cannot swallow the rest of the input.
type csvSplitter struct {
	src strings.Reader
	r   *csv.Reader
}

func newCSVSplitter(sep rune) *csvSplitter {
	s := &csvSplitter{}
	s.r = csv.NewReader(&s.src)
	s.r.Comma = sep
	s.r.LazyQuotes = true    // Tabula writes a bare quote inside a field as it is
	s.r.FieldsPerRecord = -1 // rows carry as many cells as they have
	s.r.ReuseRecord = true
	return s
}

// split splits record, the text of one CSV record (its lines joined
// with "\n"), appending its fields, trimmed and collapsed, to dst.
func (s *csvSplitter) split(dst []string, record string, max int) (cells []string, more bool, err error) {
	cells = dst[:0]
	s.src.Reset(record + "\n")
	fields, err := s.r.Read()
	if err != nil {
		return cells, false, err
	}
	// Drain what a lazy quote may have left, so the next record starts
	// clean.
	for s.src.Len() > 0 {
		if _, err := s.r.Read(); err != nil {
			break
		}
	}
	for _, f := range fields {
		if len(cells) == max {
			return cells, true, nil
		}
		cells = append(cells, collapseSpace(f))
	}
	return cells, false, nil
}

// csvOpen reports whether a quoted field is still open at the end of s,
// a line (or lines) of CSV separated by sep: the record goes on on the
// next line.
func csvOpen(s string, sep byte) bool {
	quoted, fieldStart := false, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quoted:
			if c == '"' {
				if i+1 < len(s) && s[i+1] == '"' {
					i++ // an escaped quote
				} else {
					quoted = false
				}
			}
		case c == '"' && fieldStart:
			quoted = true
			fieldStart = false
		case c == sep:
			fieldStart = true
		case c == ' ' && fieldStart:
		default:
			fieldStart = false
		}
	}
	return quoted
}
