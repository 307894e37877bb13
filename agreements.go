package agreements

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/exchangelist/agreements/country"
)

// An Agreement is one data row of a listing: one partner institution and
// the terms of its agreement.
type Agreement struct {
	// Line is the 1-based line of the source the row was read from: its
	// first line when its cells wrapped over several.
	Line int

	// EndLine is the row's last line: the same as Line but when its
	// cells wrapped. The lines from Line to EndLine belong to this
	// agreement, but those in Listing.Ignored (a header repeated inside
	// a row cut by a page break, a country label on a line of its own).
	// The last row of a block of rows written column by column (see the
	// package documentation) ends on the block's last value line.
	EndLine int

	// Country is the country the row belongs to, as decided by the
	// parser; the zero Country when it could not be decided.
	Country Country

	// CountrySource says how Country was decided.
	CountrySource CountrySource

	// Confidence is how sure the parser is of Country, from 0 (unknown)
	// to 1 (printed on this row and read without doubt).
	Confidence float64

	// CountryLabel is the text of the country cell printed on this row,
	// with white space collapsed; empty on the rows of a group that do not
	// carry the label.
	CountryLabel string

	// Partner is the partner's name as written, with runs of white space
	// collapsed to one space and nothing else changed. [Agreement.Name]
	// parses it.
	Partner string

	// EffectiveSince is the date the agreement took effect; the zero Date
	// when the cell could not be read (EffectiveText keeps it).
	EffectiveSince Date

	// EffectiveText is the date cell as written.
	EffectiveText string

	// Quota is the decoded quota cell; [Quota].Raw keeps it as written.
	Quota Quota

	// ValidUntil is the date the agreement ends, from a valid-until or
	// expiry column; the zero [Date] when there is none or it could not
	// be read (ValidUntilText keeps the cell).
	ValidUntil Date

	// ValidUntilText is the end-date cell as written.
	ValidUntilText string

	// Renewal says what the end-date cell says instead of a date: that
	// the agreement renews itself, or has no end.
	Renewal Renewal

	// Level is the agreement's level, decoded from its level or type
	// column (the text is in Fields).
	Level Level

	// Fields holds the cells of the row's other columns, in column order,
	// each with its header: a running number, the agreement's type or
	// level, the partner's city, a region, remarks, a web address, and
	// columns no header word names. Every cell of a row is kept.
	Fields []Field
}

// Name returns the structure of the partner's name: institution, units,
// consortium members and campus or city.
func (a *Agreement) Name() PartnerName { return ParsePartnerName(a.Partner) }

// A Country is an ISO 3166-1 country, as package country defines it
// ([country.Country]).
// The zero Country means unknown.
type Country = country.Country

// A CountrySource says how an agreement's country was decided.
type CountrySource int

const (
	// CountryUnknown means no country could be decided for the row.
	CountryUnknown CountrySource = iota
	// CountryPrinted means the row carries its own country label.
	CountryPrinted
	// CountryGroup means the row was assigned to the group of a label
	// printed on another row.
	CountryGroup
	// CountryName means the country was read from the partner's name,
	// the row's group having no usable label.
	CountryName
	// CountryFillDown means the country was copied from the last label
	// above the row, as [Reader].FillDown asks.
	CountryFillDown
)

var countrySourceNames = []string{"unknown", "printed", "group", "name", "fill_down"}

// String returns "unknown", "printed", "group", "name" or "fill_down".
func (s CountrySource) String() string {
	if s >= 0 && int(s) < len(countrySourceNames) {
		return countrySourceNames[s]
	}
	return "CountrySource(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText returns the name String returns; it fails for a value that
// is none of the constants.
func (s CountrySource) MarshalText() ([]byte, error) {
	return marshalEnum("CountrySource", countrySourceNames, int(s))
}

// UnmarshalText reads a name MarshalText writes, in any case; it also
// reads "fill-down", the name of CountryFillDown before it was spelt
// like the others.
func (s *CountrySource) UnmarshalText(text []byte) error {
	if strings.EqualFold(string(text), "fill-down") {
		*s = CountryFillDown
		return nil
	}
	return unmarshalEnum("CountrySource", countrySourceNames, text, s)
}

// A LineKind classifies a line of a listing that is not an agreement.
type LineKind int

const (
	// LineBlank is an empty line, or one of white space and empty cells.
	LineBlank LineKind = iota
	// LineHeader is a column header line, repeated on every page.
	LineHeader
	// LineTitle is a line of text between pages, such as the document's
	// title or a page number.
	LineTitle
	// LineUnparsable is a line that looks like neither a row nor any of
	// the above; a diagnostic says why.
	LineUnparsable
	// LineLabel is a country label on a line of its own: a merged cell
	// extracted onto its own line, or a country heading. It labels the
	// rows around or below it.
	LineLabel
)

var lineKindNames = []string{"blank", "header", "title", "unparsable", "label"}

// String returns "blank", "header", "title", "unparsable" or "label".
func (k LineKind) String() string {
	if k >= 0 && int(k) < len(lineKindNames) {
		return lineKindNames[k]
	}
	return "LineKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText returns the name String returns; it fails for a value that
// is none of the constants.
func (k LineKind) MarshalText() ([]byte, error) {
	return marshalEnum("LineKind", lineKindNames, int(k))
}

// UnmarshalText reads a name MarshalText writes, in any case.
func (k *LineKind) UnmarshalText(text []byte) error {
	return unmarshalEnum("LineKind", lineKindNames, text, k)
}

// An IgnoredLine is a line of the source that is not an agreement.
type IgnoredLine struct {
	// Line is the 1-based line number.
	Line int
	// Kind says what the line was taken for.
	Kind LineKind
	// Text is the line as read, without its line ending.
	Text string
}

// A Severity ranks a diagnostic.
type Severity int

const (
	// Info records a repair or a decision that is most likely right,
	// such as a damaged label read as a country.
	Info Severity = iota
	// Warning records a doubt: a value that could not be read, or a
	// decision that could have gone another way.
	Warning
	// Error records data that was lost or could not be placed.
	Error
)

var severityNames = []string{"info", "warning", "error"}

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	if s >= 0 && int(s) < len(severityNames) {
		return severityNames[s]
	}
	return "Severity(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText returns the name String returns; it fails for a value that
// is none of the constants.
func (s Severity) MarshalText() ([]byte, error) {
	return marshalEnum("Severity", severityNames, int(s))
}

// UnmarshalText reads a name MarshalText writes, in any case.
func (s *Severity) UnmarshalText(text []byte) error {
	return unmarshalEnum("Severity", severityNames, text, s)
}

// A Diagnostic is a remark about one line of the source: a repair the
// parser made, a value it could not read, a decision it is unsure of.
// Diagnostics never stop parsing.
type Diagnostic struct {
	// Line is the 1-based line the remark is about.
	Line int
	// Severity ranks the remark.
	Severity Severity
	// Err is the sentinel error that classifies the remark, such as
	// [ErrBadDate], for use with errors.Is; nil for plain information.
	// [Diagnostic.Code] names it.
	Err error
	// Message says what happened, quoting the input.
	Message string
}

// Error returns the diagnostic as one line, "line N: severity: message".
func (d Diagnostic) Error() string {
	return fmt.Sprintf("line %d: %s: %s", d.Line, d.Severity, d.Message)
}

// Unwrap returns d.Err.
func (d Diagnostic) Unwrap() error { return d.Err }

// A Listing is a parsed listing: its agreements in source order, the
// lines that were not agreements, and the parser's remarks. Every line of
// the source is either in Agreements or in Ignored, exactly once.
type Listing struct {
	// Agreements holds the data rows, in the order of the source.
	Agreements []Agreement
	// Ignored holds the other lines: headers, titles, blank lines and
	// lines that could not be read as rows.
	Ignored []IgnoredLine
	// Diagnostics holds the remarks, ordered by line.
	Diagnostics []Diagnostic
	// Lines is the number of lines read.
	Lines int
}

// marshalEnum returns the name of value v of an enumeration, or an error
// naming the type when v is out of range.
func marshalEnum(typ string, names []string, v int) ([]byte, error) {
	if v < 0 || v >= len(names) {
		return nil, fmt.Errorf("agreements: %s(%d) has no name", typ, v)
	}
	return []byte(names[v]), nil
}

// unmarshalEnum sets *v to the index of text in names, compared without
// regard to case, or returns an error quoting text and listing names.
func unmarshalEnum[T ~int | ~uint8](typ string, names []string, text []byte, v *T) error {
	for i, n := range names {
		if strings.EqualFold(n, string(text)) {
			*v = T(i)
			return nil
		}
	}
	return fmt.Errorf("agreements: unknown %s %q (want %s)", typ, text, strings.Join(names, ", "))
}
