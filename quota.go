package agreements

import (
	"strconv"
	"strings"
)

// A QuotaKind says what a quota cell states.
type QuotaKind int

const (
	// QuotaUnspecified is an empty cell.
	QuotaUnspecified QuotaKind = iota
	// QuotaCount is a number of students a year, such as "5".
	QuotaCount
	// QuotaNone is "×": the agreement has no student quota.
	QuotaNone
	// QuotaTerms is a code of short- and long-term stays, such as "ST10,LT".
	QuotaTerms
	// QuotaUnknown is a cell that could not be decoded; Quota.Raw keeps it.
	QuotaUnknown
)

var quotaKindNames = [...]string{"unspecified", "count", "none", "terms", "unknown"}

// String returns "unspecified", "count", "none", "terms" or "unknown", the
// names used in JSON.
func (k QuotaKind) String() string {
	if k >= 0 && int(k) < len(quotaKindNames) {
		return quotaKindNames[k]
	}
	return "QuotaKind(" + strconv.Itoa(int(k)) + ")"
}

// A TermLength tells short-term stays from long-term ones.
type TermLength int

const (
	// ShortTerm is a short-term stay ("ST").
	ShortTerm TermLength = iota
	// LongTerm is a long-term stay ("LT").
	LongTerm
)

// String returns "short" or "long".
func (t TermLength) String() string {
	if t == LongTerm {
		return "long"
	}
	return "short"
}

// A Term is one kind of stay offered under an agreement.
type Term struct {
	// Length is short or long.
	Length TermLength
	// Count is the number of students; meaningful only when Stated.
	Count int
	// Stated reports whether the code gives a number ("ST10") or not
	// ("LT": possible, number not stated).
	Stated bool
}

// A Quota is the decoded quota cell of an agreement.
type Quota struct {
	// Raw is the cell as written.
	Raw string
	// Kind says what the cell states.
	Kind QuotaKind
	// Count is the number of students a year when Kind is QuotaCount.
	Count int
	// Terms lists the stays when Kind is QuotaTerms, short before long.
	Terms []Term
}

// ParseQuota decodes a quota cell. It is lenient: a cell it cannot decode
// gives a Quota of kind QuotaUnknown that keeps the raw text, together
// with an error wrapping ErrBadQuota.
func ParseQuota(s string) (Quota, error) {
	q := Quota{Raw: s}
	t := strings.TrimSpace(s)
	switch {
	case t == "":
		q.Kind = QuotaUnspecified
	case t == "×":
		q.Kind = QuotaNone
	default:
		n, err := strconv.Atoi(t)
		if err != nil || n < 0 {
			q.Kind = QuotaUnknown
			return q, &quotaError{s}
		}
		q.Kind, q.Count = QuotaCount, n
	}
	return q, nil
}

type quotaError struct{ raw string }

func (e *quotaError) Error() string { return "unreadable quota " + strconv.Quote(e.raw) }
func (e *quotaError) Unwrap() error { return ErrBadQuota }
