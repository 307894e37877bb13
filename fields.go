package agreements

import (
	"strconv"
	"strings"
)

// This file holds what an agreement's other columns say: when it ends,
// its level, and every other cell, kept with its column's header.

// A Field is a cell of a column that Agreement has no field of its own
// for: a running number, the agreement's type or level as written, the
// partner's city, a region, remarks, a web address, or a column no
// header word names.
type Field struct {
	// Kind says what the column holds, as far as its header or its
	// cells tell.
	Kind FieldKind
	// Header is the column's header text; "" when no header named it.
	Header string
	// Value is the cell as written, white space collapsed.
	Value string
}

// A FieldKind says what a Field's column holds.
type FieldKind uint8

const (
	// FieldOther is a column the reader does not know.
	FieldOther FieldKind = iota
	// FieldNumber is a running number ("No.", "序號").
	FieldNumber
	// FieldLevel is the agreement's level or type ("University-wide",
	// "MOU", "学生交流", "校級"); Agreement.Level decodes the common
	// levels.
	FieldLevel
	// FieldCity is the partner's city or location ("City", "所在地").
	FieldCity
	// FieldRegion is a region or continent ("Region", "地域").
	FieldRegion
	// FieldRemarks is remarks or notes ("Remarks", "備註").
	FieldRemarks
	// FieldURL is a web address ("Website", "URL").
	FieldURL
)

var fieldKindNames = []string{"other", "number", "level", "city", "region", "remarks", "url"}

// String returns "other", "number", "level", "city", "region",
// "remarks" or "url".
func (k FieldKind) String() string {
	if int(k) < len(fieldKindNames) {
		return fieldKindNames[k]
	}
	return "FieldKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText returns the name String returns; it fails for a value that
// is none of the constants.
func (k FieldKind) MarshalText() ([]byte, error) {
	return marshalEnum("FieldKind", fieldKindNames, int(k))
}

// UnmarshalText reads a name MarshalText writes, in any case.
func (k *FieldKind) UnmarshalText(text []byte) error {
	return unmarshalEnum("FieldKind", fieldKindNames, text, k)
}

// fieldKindOf is the FieldKind of a column the header named.
func fieldKindOf(f field) FieldKind {
	switch f {
	case fieldNumber:
		return FieldNumber
	case fieldLevel:
		return FieldLevel
	case fieldCity:
		return FieldCity
	case fieldRegion:
		return FieldRegion
	case fieldRemarks:
		return FieldRemarks
	case fieldURL:
		return FieldURL
	}
	return FieldOther
}

// Field returns the value of the agreement's first field of kind k; ""
// when it has none.
func (a *Agreement) Field(k FieldKind) string {
	for _, f := range a.Fields {
		if f.Kind == k {
			return f.Value
		}
	}
	return ""
}

// A Level is the level at which an agreement was signed, as its level
// or type column says.
type Level uint8

const (
	// LevelUnknown: no column says, or it says something else (an
	// agreement's type such as "MOU").
	LevelUnknown Level = iota
	// LevelInstitution: between whole institutions ("University-wide",
	// "Institution-level", "大学間", "全学", "校級").
	LevelInstitution
	// LevelFaculty: between faculties, schools or departments
	// ("Faculty-level", "Department", "部局間", "研究科", "院級").
	LevelFaculty
)

var levelNames = []string{"unknown", "institution", "faculty"}

// String returns "unknown", "institution" or "faculty".
func (l Level) String() string {
	if int(l) < len(levelNames) {
		return levelNames[l]
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

// MarshalText returns the name String returns; it fails for a value that
// is none of the constants.
func (l Level) MarshalText() ([]byte, error) {
	return marshalEnum("Level", levelNames, int(l))
}

// UnmarshalText reads a name MarshalText writes, in any case. It reads
// the names of the constants only; [ParseLevel] reads the cells of
// listings.
func (l *Level) UnmarshalText(text []byte) error {
	return unmarshalEnum("Level", levelNames, text, l)
}

// ParseLevel decodes the common levels in a level or type cell:
// institution-wide or faculty (school, department) level, in English,
// Japanese, Chinese and Korean. Anything else is LevelUnknown.
func ParseLevel(s string) Level {
	low := strings.ToLower(s)
	for _, w := range institutionLevels {
		if strings.Contains(low, w) {
			return LevelInstitution
		}
	}
	for _, w := range facultyLevels {
		if strings.Contains(low, w) {
			return LevelFaculty
		}
	}
	return LevelUnknown
}

var (
	institutionLevels = []string{"university-wide", "university wide", "universitywide", "institution-wide",
		"institution-level", "institution level", "institutional", "university-level", "university level",
		"inter-university", "大学間", "全学", "大學間", "校級", "校际", "校際", "학교간", "대학간", "전학"}
	facultyLevels = []string{"faculty", "department", "school-level", "school level", "college-level",
		"college level", "inter-faculty", "部局", "研究科", "学部", "院級", "院级", "學院", "学院", "系級", "학부", "학과"}
)

// A Renewal is what an end-date cell says instead of a date.
type Renewal uint8

const (
	// RenewalNone: the cell gives a date, or nothing.
	RenewalNone Renewal = iota
	// RenewalAutomatic: the agreement renews itself ("Auto-renewal",
	// "automatic renewal", "自動更新").
	RenewalAutomatic
	// RenewalIndefinite: the agreement has no end ("indefinite",
	// "open-ended", "無期限").
	RenewalIndefinite
)

var renewalNames = []string{"none", "automatic", "indefinite"}

// String returns "none", "automatic" or "indefinite".
func (r Renewal) String() string {
	if int(r) < len(renewalNames) {
		return renewalNames[r]
	}
	return "Renewal(" + strconv.Itoa(int(r)) + ")"
}

// MarshalText returns the name String returns; it fails for a value that
// is none of the constants.
func (r Renewal) MarshalText() ([]byte, error) {
	return marshalEnum("Renewal", renewalNames, int(r))
}

// UnmarshalText reads a name MarshalText writes, in any case.
func (r *Renewal) UnmarshalText(text []byte) error {
	return unmarshalEnum("Renewal", renewalNames, text, r)
}

// parseRenewal reads the words of an end-date cell that stand for no
// date.
func parseRenewal(s string) Renewal {
	low := strings.ToLower(s)
	for _, w := range []string{"auto-renew", "auto renew", "autorenew", "automatic", "automatically", "renewed automatically",
		"tacit", "自動更新", "自动更新", "自動延長", "자동"} {
		if strings.Contains(low, w) {
			return RenewalAutomatic
		}
	}
	for _, w := range []string{"indefinite", "open-ended", "open ended", "no end", "unlimited", "permanent",
		"indefinid", "indetermin", "indéfini", "indefini", "illimit", "unbefristet", "unbegrenzt",
		"бессрочн", "süresiz", "suresiz", "không thời hạn", "tidak terbatas",
		"無期限", "无期限", "不定期", "무기한"} {
		if strings.Contains(low, w) {
			return RenewalIndefinite
		}
	}
	return RenewalNone
}

// contentKind guesses what an unnamed column holds from a cell: a web
// address, or a running number.
func contentKind(c string) FieldKind {
	low := strings.ToLower(c)
	switch {
	case strings.HasPrefix(low, "http://") || strings.HasPrefix(low, "https://") || strings.HasPrefix(low, "www."):
		return FieldURL
	case isRowNumber(c):
		return FieldNumber
	}
	return FieldOther
}
