package agreements

import (
	"cmp"
	"iter"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/exchangelist/agreements/country"
	"github.com/exchangelist/agreements/internal/editdist"
)

// A Predicate reports whether an agreement is wanted. The functions
// below build the common ones; [Listing.Where] and [Filter] apply them,
// and skip a nil Predicate.
type Predicate func(*Agreement) bool

// All returns an iterator over the listing's agreements and their
// indexes in l.Agreements, in source order. The agreements are yielded
// by pointer, so a caller may update them in place.
//
// All, like every query method of Listing, treats a nil *Listing as an
// empty one: it yields nothing.
func (l *Listing) All() iter.Seq2[int, *Agreement] {
	return func(yield func(int, *Agreement) bool) {
		if l == nil {
			return
		}
		for i := range l.Agreements {
			if !yield(i, &l.Agreements[i]) {
				return
			}
		}
	}
}

// Where returns an iterator over the agreements that satisfy every one
// of preds, with their indexes in l.Agreements, in source order.
func (l *Listing) Where(preds ...Predicate) iter.Seq2[int, *Agreement] {
	return Filter(l.All(), preds...)
}

// Filter returns an iterator over the pairs of seq whose agreement
// satisfies every one of preds (a nil Predicate keeps everything). It
// lets the queries compose:
//
//	Filter(l.InCountry("TH"), MatchesSearch("science"))
//
// A nil seq yields nothing.
func Filter(seq iter.Seq2[int, *Agreement], preds ...Predicate) iter.Seq2[int, *Agreement] {
	return func(yield func(int, *Agreement) bool) {
		if seq == nil {
			return
		}
	next:
		for i, a := range seq {
			for _, p := range preds {
				if p != nil && !p(a) {
					continue next
				}
			}
			if !yield(i, a) {
				return
			}
		}
	}
}

// InCountry returns an iterator over the agreements of one country,
// named by its ISO 3166-1 alpha-2 code in any case ("TH", "th") or by
// any name [country.Resolve] reads ("Thailand", "Korea"). It yields nothing
// when nameOrCode is no country.
func (l *Listing) InCountry(nameOrCode string) iter.Seq2[int, *Agreement] {
	return l.Where(IsInCountry(nameOrCode))
}

// IsInCountry returns a [Predicate] keeping the agreements of the country
// nameOrCode names, as [Listing.InCountry] reads it.
func IsInCountry(nameOrCode string) Predicate {
	code := resolveCountryCode(nameOrCode)
	return func(a *Agreement) bool { return code != "" && a.Country.Code == code }
}

// resolveCountryCode reads a code or a country name; "" when neither.
func resolveCountryCode(s string) string {
	s = strings.TrimSpace(s)
	if len(s) == 2 {
		if c := country.ByCode(s); !c.IsZero() {
			return c.Code
		}
	}
	return country.Resolve(s).Country.Code
}

// Search returns an iterator over the agreements whose partner's name
// matches query, as [MatchesSearch] decides.
func (l *Listing) Search(query string) iter.Seq2[int, *Agreement] {
	return l.Where(MatchesSearch(query))
}

// MatchesSearch returns a [Predicate] keeping the agreements whose
// partner's name matches query. Query and name are compared word by
// word on their [SearchKey], so case, accents, width and punctuation do
// not matter. Every word of the query must match a word of the name, in
// any order: equal to it, or, when both have at least five letters,
// within one edit of it (one letter inserted, deleted, replaced, or two
// adjacent letters swapped). So "Los Banos" finds "Los Baños", "ecole
// centrale" finds "École Centrale", and "university" finds the misspelt
// "Universtiy". An empty query matches every agreement.
func MatchesSearch(query string) Predicate {
	m := NewMatcher(query)
	return func(a *Agreement) bool { return m.Match(a.Partner) }
}

// A Matcher matches names against a search query folded once, as
// [MatchesSearch] describes. It is safe for concurrent use.
type Matcher struct {
	words []string
}

// NewMatcher returns a Matcher for query.
func NewMatcher(query string) *Matcher {
	return &Matcher{words: strings.Fields(SearchKey(query))}
}

// Match reports whether name matches the query. A nil *Matcher, like
// the empty query, matches every name.
func (m *Matcher) Match(name string) bool {
	if m == nil || len(m.words) == 0 {
		return true
	}
	return m.matchKey(SearchKey(name))
}

// matchKey matches a name already folded by SearchKey.
func (m *Matcher) matchKey(key string) bool {
	for _, q := range m.words {
		found := false
		for w := range strings.FieldsSeq(key) {
			if wordMatch(q, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// minFuzzyLetters is the length from which words may match within one
// edit: shorter words differ in one letter too often ("sains", "sans").
const minFuzzyLetters = 5

// wordMatch reports whether query word q matches name word w.
func wordMatch(q, w string) bool {
	if q == w {
		return true
	}
	if utf8.RuneCountInString(q) < minFuzzyLetters || utf8.RuneCountInString(w) < minFuzzyLetters {
		return false
	}
	return editdist.Within(q, w, 1)
}

// EffectiveBetween returns an iterator over the agreements that took
// effect between from and to, as [IsEffectiveBetween] decides: a bare
// year, as a bound or as a date, stands for the whole year.
func (l *Listing) EffectiveBetween(from, to Date) iter.Seq2[int, *Agreement] {
	return l.Where(IsEffectiveBetween(from, to))
}

// IsEffectiveBetween returns a [Predicate] keeping the agreements whose
// EffectiveSince falls between from and to, both included: whose period
// (see [Date.Start] and [Date.End]) meets the days from from.Start() to
// to.End(). A zero from or to leaves that side open. So a partial date
// counts wherever any of its days does:
//
//	from 2017 to zero          keeps 2017-06-28, 2017 and 2018-01-01
//	from 2017-06-01 to 2017-06-30  keeps 2017-06-28, and 2017 (it holds June)
//	from 2018 to zero          keeps neither 2017-12-31 nor 2017
//
// To keep only the agreements known to fall inside the bounds, test
// [Date.Before] and [Date.After] in a Predicate of your own. Agreements
// without a date are never kept.
func IsEffectiveBetween(from, to Date) Predicate {
	return func(a *Agreement) bool { return between(a.EffectiveSince, from, to) }
}

// between reports whether the period of d meets the days from
// from.Start() to to.End(), a zero bound leaving its side open; never
// for the zero d.
func between(d, from, to Date) bool {
	if d.IsZero() {
		return false
	}
	if !from.IsZero() && d.Before(from) {
		return false
	}
	if !to.IsZero() && d.After(to) {
		return false
	}
	return true
}

// InForce returns an iterator over the agreements in force on d, as
// [IsInForce] decides.
func (l *Listing) InForce(d Date) iter.Seq2[int, *Agreement] {
	return l.Where(IsInForce(d))
}

// IsInForce returns a [Predicate] keeping the agreements in force on d:
// those that took effect on or before d (EffectiveSince) and end on or
// after it (ValidUntil). An agreement is open-ended, in force from its
// start on, when it has no end date (no end column, an empty cell, or
// one that could not be read: ValidUntilText keeps it) or when its end
// cell says it renews itself or has no end ([RenewalAutomatic],
// [RenewalIndefinite]), whatever ValidUntil says.
//
// Partial dates stand for their periods (see [Date.Start] and
// [Date.End]), and an agreement is kept unless d is wholly before its
// start or wholly after its end, as [Date.Before] and [Date.After]
// decide: it may have been in force on d. A bare year d keeps the
// agreements in force at some time in that year. So, for one effective
// 2019 and valid until 2025:
//
//	on 2018-12-31  not kept: before all of 2019
//	on 2019-01-01  kept, though it may have begun later in 2019
//	on 2025-12-31  kept: the end year holds that day
//	on 2026-01-01  not kept: after all of 2025
//	on 2018        not kept
//	on 2019, 2025  kept
//
// To keep only the agreements known to be in force on every day of d,
// compare d.Start() with EffectiveSince.End() and d.End() with
// ValidUntil.Start() in a Predicate of your own. Agreements without an
// effective date are never kept, nor any agreement for the zero d.
func IsInForce(d Date) Predicate {
	return func(a *Agreement) bool {
		if d.IsZero() || a.EffectiveSince.IsZero() || d.Before(a.EffectiveSince) {
			return false
		}
		return openEnded(a) || !d.After(a.ValidUntil)
	}
}

// openEnded reports whether a has no end: no end date, or a renewal
// instead of one.
func openEnded(a *Agreement) bool {
	return a.ValidUntil.IsZero() || a.Renewal == RenewalAutomatic || a.Renewal == RenewalIndefinite
}

// ExpiringWithin returns an iterator over the agreements whose end date
// falls between from and to, as [IsExpiringWithin] decides.
func (l *Listing) ExpiringWithin(from, to Date) iter.Seq2[int, *Agreement] {
	return l.Where(IsExpiringWithin(from, to))
}

// IsExpiringWithin returns a [Predicate] keeping the agreements whose
// ValidUntil falls between from and to, both included, as
// [IsEffectiveBetween] reads dates: a partial date counts wherever any
// of its days does, so an agreement valid until 2025 expires within
// June 2025, and one valid until 2025-06-30 within 2025. A zero from or
// to leaves that side open. Agreements without an end date, and those
// that renew themselves or have no end ([Agreement].Renewal), never
// expire.
func IsExpiringWithin(from, to Date) Predicate {
	return func(a *Agreement) bool { return !openEnded(a) && between(a.ValidUntil, from, to) }
}

// AtLevel returns an iterator over the agreements signed at level lv, as
// [IsAtLevel] decides.
func (l *Listing) AtLevel(lv Level) iter.Seq2[int, *Agreement] {
	return l.Where(IsAtLevel(lv))
}

// IsAtLevel returns a [Predicate] keeping the agreements whose Level is
// lv. [LevelUnknown] keeps those whose listing has no level column, and
// those whose level cell names no level ParseLevel reads ("MOU").
func IsAtLevel(lv Level) Predicate {
	return func(a *Agreement) bool { return a.Level == lv }
}

// WithQuotaKind returns an iterator over the agreements whose quota is
// of kind k.
func (l *Listing) WithQuotaKind(k QuotaKind) iter.Seq2[int, *Agreement] {
	return l.Where(HasQuotaKind(k))
}

// HasQuotaKind returns a [Predicate] keeping the agreements whose quota is
// of kind k.
func HasQuotaKind(k QuotaKind) Predicate {
	return func(a *Agreement) bool { return a.Quota.Kind == k }
}

// HasPlaces returns a [Predicate] keeping the agreements that exchange
// students, as [Quota.HasPlaces] decides: "5", "ST10,LT" and "LT" have
// places; "×", "0", an empty or an unreadable cell have none.
func HasPlaces() Predicate {
	return func(a *Agreement) bool { return a.Quota.HasPlaces() }
}

// Sorted returns an iterator over the agreements ordered by country name
// (unknown countries last), then by the [SearchKey] of the partner's name,
// then by line, with their indexes in l.Agreements. It does not modify
// the listing; the keys are computed once per call.
func (l *Listing) Sorted() iter.Seq2[int, *Agreement] {
	return func(yield func(int, *Agreement) bool) {
		if l == nil {
			return
		}
		type entry struct {
			i   int
			key string
		}
		entries := make([]entry, len(l.Agreements))
		for i := range l.Agreements {
			entries[i] = entry{i, SearchKey(l.Agreements[i].Partner)}
		}
		slices.SortFunc(entries, func(x, y entry) int {
			a, b := &l.Agreements[x.i], &l.Agreements[y.i]
			if c := compareCountries(a.Country, b.Country); c != 0 {
				return c
			}
			if c := strings.Compare(x.key, y.key); c != 0 {
				return c
			}
			return cmp.Compare(a.Line, b.Line)
		})
		for _, e := range entries {
			if !yield(e.i, &l.Agreements[e.i]) {
				return
			}
		}
	}
}

// compareCountries orders countries by name, the unknown one last.
func compareCountries(a, b Country) int {
	switch {
	case a.IsZero() && b.IsZero():
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	}
	if c := strings.Compare(a.Name, b.Name); c != 0 {
		return c
	}
	return strings.Compare(a.Code, b.Code)
}

// A CountrySummary counts the agreements of one country and the student
// places they state.
type CountrySummary struct {
	// Country is the country; the zero Country gathers the agreements
	// whose country is unknown.
	Country Country
	// Agreements is the number of agreements.
	Agreements int
	// Places is the number of student places a year the quotas state,
	// as [Quota.Places] counts them.
	Places int
	// OpenEnded is the number of agreements with a term whose number of
	// students is not stated, such as "LT" in "ST10,LT".
	OpenEnded int
	// NoQuota is the number of agreements without a student quota ("×").
	NoQuota int
	// Unspecified is the number of agreements whose quota cell is empty
	// or could not be decoded.
	Unspecified int
}

// Summary returns one [CountrySummary] per country of the listing, ordered
// by country name, with the agreements of unknown country last.
func (l *Listing) Summary() []CountrySummary {
	return Summarize(l.All())
}

// Summarize returns one CountrySummary per country of the agreements of
// seq, as [Listing.Summary] does; Summarize(l.Search("science")) summarises
// a selection. A nil seq gives none.
func Summarize(seq iter.Seq2[int, *Agreement]) []CountrySummary {
	var out []CountrySummary
	if seq == nil {
		return nil
	}
	index := make(map[string]int)
	for _, a := range seq {
		i, ok := index[a.Country.Code]
		if !ok {
			i = len(out)
			index[a.Country.Code] = i
			out = append(out, CountrySummary{Country: a.Country})
		}
		s := &out[i]
		s.Agreements++
		n, open := a.Quota.Places()
		s.Places += n
		if open {
			s.OpenEnded++
		}
		switch a.Quota.Kind {
		case QuotaNone:
			s.NoQuota++
		case QuotaUnspecified, QuotaUnknown:
			s.Unspecified++
		}
	}
	slices.SortFunc(out, func(a, b CountrySummary) int { return compareCountries(a.Country, b.Country) })
	return out
}
