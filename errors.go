package agreements

import (
	"errors"
	"fmt"
)

// Sentinel errors. A ParseError or a Diagnostic wraps one of them, so
// callers can classify problems with errors.Is.
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
)

// A ParseError is a problem that stopped reading, such as an I/O error
// or input that is not text. It carries the position where reading
// stopped and wraps the cause.
type ParseError struct {
	// Line is the 1-based line where the problem was found; 0 when it
	// concerns the whole input.
	Line int
	// Err is the cause, a sentinel such as ErrBinary or an I/O error.
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
