package agreements

import "strings"

// A PartnerName is the structure of a partner's name as written.
type PartnerName struct {
	// Text is the name as written.
	Text string
	// Institution is the name without its units, such as "Kasetsart
	// University" for "Kasetsart University (Faculty of Engineering)".
	Institution string
	// Units lists the faculties or schools in parentheses.
	Units []string
}

// ParsePartnerName splits a partner's name into its parts. The text
// itself is kept unchanged in Text.
func ParsePartnerName(s string) PartnerName {
	p := PartnerName{Text: s, Institution: s}
	if i := strings.IndexByte(s, '('); i > 0 && strings.HasSuffix(s, ")") {
		p.Institution = strings.TrimSpace(s[:i])
		p.Units = []string{s[i+1 : len(s)-1]}
	}
	return p
}
