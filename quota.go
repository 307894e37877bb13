package agreements

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A QuotaKind says what a quota cell states.
type QuotaKind int

const (
	// QuotaUnspecified is an empty cell, or one that states no quota
	// yet: a dash, "TBD", "à définir".
	QuotaUnspecified QuotaKind = iota
	// QuotaCount is a number of students a year, such as "5".
	QuotaCount
	// QuotaNone is "×": the agreement has no student quota.
	QuotaNone
	// QuotaTerms is a code of short- and long-term stays, such as "ST10,LT".
	QuotaTerms
	// QuotaUnknown is a cell that could not be decoded; [Quota].Raw keeps it.
	QuotaUnknown
)

var quotaKindNames = []string{"unspecified", "count", "none", "terms", "unknown"}

// String returns "unspecified", "count", "none", "terms" or "unknown", the
// names used in JSON.
func (k QuotaKind) String() string {
	if k >= 0 && int(k) < len(quotaKindNames) {
		return quotaKindNames[k]
	}
	return "QuotaKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText returns the name String returns; it fails for a value that
// is none of the constants.
func (k QuotaKind) MarshalText() ([]byte, error) {
	return marshalEnum("QuotaKind", quotaKindNames, int(k))
}

// UnmarshalText reads a name MarshalText writes, in any case.
func (k *QuotaKind) UnmarshalText(text []byte) error {
	return unmarshalEnum("QuotaKind", quotaKindNames, text, k)
}

// A TermLength tells short-term stays from long-term ones.
type TermLength int

const (
	// ShortTerm is a short-term stay ("ST").
	ShortTerm TermLength = iota
	// LongTerm is a long-term stay ("LT").
	LongTerm
)

var termLengthNames = []string{"short", "long"}

// String returns "short" or "long".
func (t TermLength) String() string {
	if t == LongTerm {
		return "long"
	}
	return "short"
}

// MarshalText returns the name String returns; it fails for a value that
// is neither ShortTerm nor LongTerm.
func (t TermLength) MarshalText() ([]byte, error) {
	return marshalEnum("TermLength", termLengthNames, int(t))
}

// UnmarshalText reads "short" or "long", in any case.
func (t *TermLength) UnmarshalText(text []byte) error {
	return unmarshalEnum("TermLength", termLengthNames, text, t)
}

// code returns "ST" or "LT".
func (t TermLength) code() string {
	if t == LongTerm {
		return "LT"
	}
	return "ST"
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

// String returns the term's code, such as "ST10" or "LT".
func (t Term) String() string {
	if t.Stated {
		return t.Length.code() + strconv.Itoa(t.Count)
	}
	return t.Length.code()
}

// A Quota is the decoded quota cell of an agreement.
type Quota struct {
	// Raw is the cell as written.
	Raw string
	// Kind says what the cell states.
	Kind QuotaKind
	// Count is the number of students a year when Kind is [QuotaCount].
	Count int
	// Terms lists the stays when Kind is [QuotaTerms], short before long,
	// each length at most once.
	Terms []Term
}

// maxQuotaDigits bounds the numbers of a quota cell, so that they cannot
// overflow and so that String gives them back as read.
const maxQuotaDigits = 6

// ParseQuota decodes a quota cell. It is lenient: besides the canonical
// spellings that String writes ("5", "×", "ST10,LT", "ST5,LT2", "" for an
// empty cell) it accepts
//
//   - full-width digits and letters ("５", "ＳＴ１０");
//   - "x", "X", "ｘ", "✕" or "✖" for "×";
//   - any case and spaces inside codes ("st10", "ST 10, LT");
//   - ",", "/", ";", "、" or their full-width forms between terms, and
//     terms in either order ("LT,ST5");
//   - a trailing "名", "人" or "명" after a count ("5名", "2명");
//   - a count with its units: students or places ("2 kişi / 5 ay", "3
//     students"), times a stay ("2 x 5 mesi"), or by level of study
//     ("2 (UG) / 1 (PG)", added up: 3);
//   - a dash, or "to be decided" written out ("TBD", "à définir", "未定"),
//     read as unspecified;
//   - surrounding white space.
//
// A cell it cannot decode gives a Quota of kind [QuotaUnknown] that keeps
// the raw text, together with an error wrapping [ErrBadQuota]. Use
// [ValidateQuota] to accept only the canonical spellings.
//
// The common cells ("5", "×", "") are decoded without allocating.
func ParseQuota(s string) (Quota, error) {
	q, ok := parseQuota(s)
	if !ok {
		return q, &quotaError{raw: s}
	}
	return q, nil
}

// parseQuota does the work of ParseQuota; it reports false, with a Quota
// of kind QuotaUnknown, where ParseQuota fails. It allocates only the
// Terms of a quota of terms.
func parseQuota(s string) (Quota, bool) {
	q := Quota{Raw: s}
	t := strings.TrimFunc(s, unicode.IsSpace)
	switch t {
	case "":
		return q, true
	case "×", "x", "X", "ｘ", "Ｘ", "✕", "✖", "⨯":
		q.Kind = QuotaNone
		return q, true
	}
	if n, rest, ok := quotaNumber(t); ok && n >= 0 {
		rest = strings.TrimFunc(rest, unicode.IsSpace)
		if rest == "" || rest == "名" || rest == "人" || rest == "명" {
			q.Kind, q.Count = QuotaCount, n
			return q, true
		}
	}
	if terms, ok := parseTerms(t); ok {
		q.Kind, q.Terms = QuotaTerms, terms
		return q, true
	}
	if n, ok := countWithUnits(t); ok {
		q.Kind, q.Count = QuotaCount, n
		return q, true
	}
	if undecided(t) {
		return q, true // stated as not stated: unspecified
	}
	q.Kind = QuotaUnknown
	return q, false
}

// countWithUnits reads a count written with its units: students or
// places ("2 kişi / 5 ay", "3 students", "2 orang"; Erasmus mobilities,
// "1 SMS + 1 STA", added up), a count times a stay ("2 x 5 mesi"), or
// counts by level ("2 (UG) / 1 (PG)", added up), or a count with a
// remark in brackets ("2 (umowa bilateralna)"). A number
// followed by a unit of time is the stay's length, not a count. Every
// word must be read so, and one count at least.
func countWithUnits(t string) (int, bool) {
	if t == "" || t[0] < '0' || t[0] > '9' {
		return 0, false // the common unreadable cells stop here
	}
	// A count with a remark in brackets: "2 (umowa bilateralna)", "2
	// (KA171)", "5 (2 UG, 3 PG)".
	if open := strings.IndexByte(t, '('); open > 0 && strings.HasSuffix(t, ")") && strings.IndexByte(t[open+1:], '(') < 0 {
		if n, rest, ok := quotaNumber(strings.TrimSpace(t[:open])); ok && n >= 0 && rest == "" {
			return n, true
		}
	}
	var buf [12]string
	toks := buf[:0]
	for w := range strings.FieldsFuncSeq(t, func(r rune) bool {
		return unicode.IsSpace(r) || r == '/' || r == '+' || r == ',' || r == ';'
	}) {
		if len(toks) == len(buf) {
			return 0, false
		}
		toks = append(toks, w)
	}
	count, counted := 0, false
	for i := 0; i < len(toks); i++ {
		n, rest, ok := quotaNumber(toks[i])
		if !ok || n < 0 || rest != "" {
			return 0, false
		}
		next := ""
		if i+1 < len(toks) {
			next = strings.ToLower(strings.Trim(toks[i+1], "().:"))
		}
		switch {
		case quotaTimeUnits[next]:
			i++ // the length of a stay
		case quotaPersonUnits[next] || quotaLevels[next] || next == "x" || next == "×":
			count, counted = count+n, true
			i++
		case next == "" && !counted:
			count, counted = n, true
		default:
			return 0, false
		}
	}
	return count, counted
}

// The words around the numbers of a quota written with units, in the
// languages of the listings: people or places, levels of study, and
// units of time.
var (
	quotaPersonUnits = wordSet("student students students' person persons people pax pers places place seats slots " +
		"kişi kisi öğrenci ogrenci étudiant étudiants etudiants estudiante estudiantes alumno alumnos aluno alunos " +
		"studente studenti studierende plätze platze plätzen plazas plaza vagas vaga posti posto personnes " +
		"orang mahasiswa osoba osoby osób sms smp sta stt")
	quotaLevels = wordSet("ug pg ba ma bsc msc phd undergraduate undergraduates graduate graduates postgraduate " +
		"bachelor bachelors master masters doctoral licence licenciatura grado máster")
	quotaTimeUnits = wordSet("month months mo mths mesi mese meses mês mes mois monat monate ay semester semesters " +
		"semestre semestres sem year years yr yrs año años ano anos anno anni an ans jahr jahre yıl yil week weeks " +
		"semaines semanas settimane wochen")
)

// wordSet makes a set of the words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// undecided reports whether a quota cell says that the quota is not
// stated: a dash, or "to be decided" in one of the listings' languages.
func undecided(t string) bool {
	switch t {
	case "-", "–", "—", "‐", "−", "―", "--":
		return true
	}
	if len(t) > maxUndecided {
		return false // every cell is asked: most are names, longer than these
	}
	for _, w := range undecidedPhrases {
		if strings.EqualFold(t, w) {
			return true
		}
	}
	return false
}

// undecidedPhrases say that a quota is to be decided; maxUndecided is
// the longest, in bytes.
var undecidedPhrases = []string{"tbd", "tba", "to be determined", "to be decided", "to be confirmed", "à définir",
	"a definir", "por definir", "a determinar", "da definire", "zu bestimmen", "по согласованию",
	"belirlenecek", "chưa xác định", "若干名", "若干", "未定", "미정", "待定"}

var maxUndecided = func() int {
	n := 0
	for _, w := range undecidedPhrases {
		n = max(n, len(w))
	}
	return n
}()

// quotaNumber reads the ASCII or full-width digits at the start of s. It
// returns -1 and ok when s starts with no digit, and false when the
// number has too many digits.
func quotaNumber(s string) (n int, rest string, ok bool) {
	n, digits := -1, 0
	for len(s) > 0 {
		r, size := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s)
		}
		d, isDigit := digitValue(r)
		if !isDigit {
			break
		}
		if digits++; digits > maxQuotaDigits {
			return 0, s, false
		}
		if n < 0 {
			n = 0
		}
		n = n*10 + d
		s = s[size:]
	}
	return n, s, true
}

// digitValue returns the value of an ASCII or full-width decimal digit.
func digitValue(r rune) (int, bool) {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0'), true
	case '０' <= r && r <= '９':
		return int(r - '０'), true
	}
	return 0, false
}

// parseTerms decodes a code of terms such as "ST10,LT". It reports false
// when s is not one.
func parseTerms(s string) ([]Term, bool) {
	var buf [2]Term // a length appears once: two terms at most
	terms := buf[:0]
	seen := [2]bool{}
	for {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		length, rest, ok := termCode(s)
		if !ok || seen[length] {
			return nil, false
		}
		seen[length] = true
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		n, rest, ok := quotaNumber(rest)
		if !ok {
			return nil, false
		}
		t := Term{Length: length}
		if n >= 0 {
			t.Count, t.Stated = n, true
		}
		terms = append(terms, t)
		s = strings.TrimLeftFunc(rest, unicode.IsSpace)
		if s == "" {
			break
		}
		r, size := utf8.DecodeRuneInString(s)
		switch r {
		case ',', '/', ';', '、', '，', '／', '；', '・', '+', '&', '＋':
			s = s[size:]
		default:
			// Terms separated by spaces only ("ST10 LT"), as when a
			// comma is lost in extraction.
			if _, _, next := termCode(s); !next || len(s) == len(rest) {
				return nil, false
			}
		}
	}
	if len(terms) == 2 && terms[0].Length == LongTerm {
		terms[0], terms[1] = terms[1], terms[0]
	}
	// Allocated only now: cells that merely start like a term ("St.
	// John's University") fail above without allocating.
	return append([]Term(nil), terms...), true
}

// termCode reads "ST" or "LT", in any case, ASCII or full-width, at the
// start of s.
func termCode(s string) (TermLength, string, bool) {
	r1, n1 := utf8.DecodeRuneInString(s)
	r2, n2 := utf8.DecodeRuneInString(s[n1:])
	r1, r2 = unicode.ToUpper(foldWidth(r1)), unicode.ToUpper(foldWidth(r2))
	rest := s[n1+n2:]
	switch {
	case r1 == 'S' && r2 == 'T':
		return ShortTerm, rest, true
	case r1 == 'L' && r2 == 'T':
		return LongTerm, rest, true
	}
	return 0, s, false
}

// foldWidth maps a full-width ASCII variant to its ASCII letter or sign.
func foldWidth(r rune) rune {
	if '！' <= r && r <= '～' {
		return r - '！' + '!'
	}
	return r
}

// ValidateQuota reports whether s is a quota in one of the canonical
// spellings that [Quota.String] writes: "" (unspecified), "×", a count
// without leading zeros ("5"), or terms in upper case, short before long,
// separated by a comma without spaces ("ST10,LT", "ST5,LT2", "LT").
// It is strict where [ParseQuota] is lenient; the error wraps [ErrBadQuota].
func ValidateQuota(s string) error {
	q, err := ParseQuota(s)
	if err != nil {
		return err
	}
	if q.String() != s {
		return &quotaError{raw: s, strict: true}
	}
	return nil
}

// MustParseQuota is like [ParseQuota] but panics, quoting s, when s cannot
// be decoded. It is meant for tests and examples.
func MustParseQuota(s string) Quota {
	q, err := ParseQuota(s)
	if err != nil {
		panic("agreements: MustParseQuota(" + strconv.Quote(s) + "): " + err.Error())
	}
	return q
}

// String returns the canonical spelling of q: "" when unspecified, "×",
// a count such as "5", or terms such as "ST10,LT"; the raw text when q
// is of kind QuotaUnknown. ParseQuota(q.String()) gives back q, up to Raw.
func (q Quota) String() string {
	switch q.Kind {
	case QuotaUnspecified:
		return ""
	case QuotaNone:
		return "×"
	case QuotaCount:
		return strconv.Itoa(q.Count)
	case QuotaTerms:
		var b strings.Builder
		for i, t := range q.Terms {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(t.String())
		}
		return b.String()
	}
	return q.Raw
}

// Places returns the number of student places q states, and whether some
// of its terms are open-ended (possible, but with no number stated, as
// "LT" in "ST10,LT"). A quota of kind [QuotaNone], [QuotaUnspecified] or
// [QuotaUnknown] states no places.
func (q Quota) Places() (n int, openEnded bool) {
	switch q.Kind {
	case QuotaCount:
		return q.Count, false
	case QuotaTerms:
		for _, t := range q.Terms {
			if t.Stated {
				n += t.Count
			} else {
				openEnded = true
			}
		}
	}
	return n, openEnded
}

// HasPlaces reports whether q offers student places: a count above zero
// ("5"), or a term whose number is above zero or not stated ("ST10",
// "LT": possible, number not stated). A quota of kind [QuotaNone] ("×"),
// [QuotaUnspecified] or [QuotaUnknown], and a count of zero, offer none.
func (q Quota) HasPlaces() bool {
	n, open := q.Places()
	return n > 0 || open
}

// Term returns q's term of the given length, and whether q has one.
func (q Quota) Term(length TermLength) (Term, bool) {
	for _, t := range q.Terms {
		if t.Length == length {
			return t, true
		}
	}
	return Term{}, false
}

// A quotaError is a quota cell that could not be decoded.
type quotaError struct {
	raw    string
	strict bool // readable, but not in a canonical spelling
}

// Error quotes the cell that could not be decoded.
func (e *quotaError) Error() string {
	if e.strict {
		return "quota " + strconv.Quote(e.raw) + " is not in canonical form"
	}
	return "unreadable quota " + strconv.Quote(e.raw)
}

// Unwrap returns ErrBadQuota.
func (e *quotaError) Unwrap() error { return ErrBadQuota }
