package agreements

import (
	"errors"
	"fmt"
)

// Sentinel errors. A [ParseError] or a [Diagnostic] wraps one of them, so
// callers can classify problems with errors.Is. Each has a code, a
// stable snake_case name that [Diagnostic.Code] returns and the JSON form
// of a diagnostic carries as "code", for programs that read the JSON:
//
//	code               sentinel              meaning
//	binary             ErrBinary             NUL bytes or input that is not text
//	field_count        ErrFieldCount         a row with more or fewer cells than its header
//	bad_date           ErrBadDate            an unreadable date cell
//	bad_quota          ErrBadQuota           an unreadable quota cell
//	unknown_country    ErrUnknownCountry     a label or group without a country
//	repaired_country   ErrRepairedCountry    a damaged label read as a country
//	ambiguous_country  ErrAmbiguousCountry   a row that could belong to two groups
//	duplicate_label    ErrDuplicateLabel     a group's label printed twice
//	unparsable         ErrUnparsable         a line that is no row, header, title or blank
//	long_line          ErrLongLine           a line or cell cut to the reader's limits
//	invalid_utf8       ErrInvalidUTF8        bytes that are not UTF-8, replaced
//	no_agreements      ErrNoAgreements       text in which no row was found
//	name_conflict      ErrNameConflict       a row whose partner's name names another country
//	no_values          ErrNoValues           a line without values read as a row of its own
//	note               (Err is nil)          plain information, such as the encoding detected
//	other              (any other error)     an Err that wraps none of the sentinels
//
// Codes are never renamed or reused; a new sentinel gets a new code.
// [Diagnostic.UnmarshalJSON] turns a code back into its sentinel.
var (
	// ErrBinary means the input is not text (NUL bytes, or mostly bytes
	// that are not characters) and was refused.
	ErrBinary = errors.New("input is not text")
	// ErrFieldCount means a row has more or fewer cells than its header.
	ErrFieldCount = errors.New("wrong number of cells")
	// ErrBadDate means a date cell could not be read as a calendar date.
	ErrBadDate = errors.New("unreadable date")
	// ErrBadQuota means a quota cell could not be decoded.
	ErrBadQuota = errors.New("unreadable quota")
	// ErrUnknownCountry means a country label, or a group without one,
	// could not be resolved to a country.
	ErrUnknownCountry = errors.New("unknown country")
	// ErrRepairedCountry means a damaged country label was read as a
	// country; the diagnostic says as what.
	ErrRepairedCountry = errors.New("repaired country label")
	// ErrAmbiguousCountry means a row could belong to either of two
	// groups; the diagnostic names both.
	ErrAmbiguousCountry = errors.New("ambiguous country")
	// ErrDuplicateLabel means a group's label was printed on more than
	// one row.
	ErrDuplicateLabel = errors.New("label printed twice")
	// ErrUnparsable means a line is neither a row, a header, a title nor
	// blank.
	ErrUnparsable = errors.New("unparsable line")
	// ErrLongLine means a line or a cell was longer than the reader's
	// limits and was truncated.
	ErrLongLine = errors.New("line too long")
	// ErrInvalidUTF8 means a line held bytes that are not UTF-8; they
	// were replaced by U+FFFD.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrNoAgreements means the input had text but no row of a table was
	// found in it, as when its shape was not what it seemed; the
	// diagnostic, on line 1, says what was tried.
	ErrNoAgreements = errors.New("no agreements found")
	// ErrNameConflict means a row was placed in one country while its
	// partner's name plainly names another ("University of Nigeria" in
	// a group labelled Niger); the diagnostic names both.
	ErrNameConflict = errors.New("name names another country")
	// ErrNoValues means a line with a partner's name but no date or
	// quota, in a listing whose rows have them, was read as a row of its
	// own; it may be the rest of the name above, wrapped.
	ErrNoValues = errors.New("row without values")
)

// Codes of diagnostics that wrap no sentinel.
const (
	codeNote  = "note"  // Err is nil
	codeOther = "other" // Err wraps none of the sentinels
)

// sentinelCodes gives the code of each sentinel, in the order Code tests
// them; the table in the package's sentinel documentation lists the same.
var sentinelCodes = []struct {
	err  error
	code string
}{
	{ErrBinary, "binary"},
	{ErrFieldCount, "field_count"},
	{ErrBadDate, "bad_date"},
	{ErrBadQuota, "bad_quota"},
	{ErrUnknownCountry, "unknown_country"},
	{ErrRepairedCountry, "repaired_country"},
	{ErrAmbiguousCountry, "ambiguous_country"},
	{ErrDuplicateLabel, "duplicate_label"},
	{ErrUnparsable, "unparsable"},
	{ErrLongLine, "long_line"},
	{ErrInvalidUTF8, "invalid_utf8"},
	{ErrNoAgreements, "no_agreements"},
	{ErrNameConflict, "name_conflict"},
	{ErrNoValues, "no_values"},
}

// Code returns the stable code of the sentinel d.Err wraps, such as
// "ambiguous_country" for [ErrAmbiguousCountry]; "note" when Err is nil,
// and "other" when it wraps none of the sentinels. The sentinels'
// documentation lists every code.
func (d Diagnostic) Code() string { return errorCode(d.Err) }

// errorCode returns the code of the sentinel err wraps, as
// Diagnostic.Code does.
func errorCode(err error) string {
	if err == nil {
		return codeNote
	}
	for _, s := range sentinelCodes {
		if errors.Is(err, s.err) {
			return s.code
		}
	}
	var ce *codeError // read from JSON with a code of no sentinel
	if errors.As(err, &ce) {
		return ce.code
	}
	return codeOther
}

// A ParseError is a problem that stopped reading, such as an I/O error
// or input that is not text. It carries the position where reading
// stopped and wraps the cause.
type ParseError struct {
	// Line is the 1-based line where the problem was found; 0 when it
	// concerns the whole input.
	Line int
	// Err is the cause, a sentinel such as [ErrBinary] or an I/O error.
	Err error
}

// Error returns the error as one line, "line N: cause", or the cause
// alone when it concerns the whole input.
func (e *ParseError) Error() string {
	if e.Line == 0 {
		return e.Err.Error()
	}
	return fmt.Sprintf("line %d: %v", e.Line, e.Err)
}

// Unwrap returns e.Err.
func (e *ParseError) Unwrap() error { return e.Err }
