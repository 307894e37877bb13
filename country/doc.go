// Package country reads country names as they are printed in listings of
// partner institutions: labels damaged by text extraction, aliased, in
// another language or script, and the names of institutions that point
// to a country. It knows nothing of listings; package agreements uses it
// for the labels of its rows.
//
//	m := country.Resolve("Могоссо") // Morocco written in Cyrillic letters
//	fmt.Println(m.Country.Code, m.Country.Name, m.Confidence, m.Repair)
//	// MA Morocco 0.9 look-alike letters
//
// The answer is an ISO 3166-1 alpha-2 Country, with its English name
// from CLDR. ByCode looks a code up, All lists every country.
//
// # Resolving labels
//
// Resolve (a Resolver with settings) looks a label up in an index of
// country names, and when that fails repairs it, the most trusted repairs
// first; each repair lowers the Confidence of the Match:
//
//	exact name or alias, up to case, spacing and punctuation   1.0
//	full-width letters or accents folded                        ×0.95
//	long official form ("Kingdom of ...", "..., Republic of")  ×0.95
//	Cyrillic or Greek look-alike letters                        ×0.9
//	words split or run together                                 ×0.85
//	OCR letter confusions (l/1/I, rn/m, O/0, vv/w, cl/d, ...)  ×0.8
//	edit distance to a name                                     ×0.5–0.75
//
// The index holds the CLDR names of every ISO 3166-1 country in English,
// Japanese, Chinese, Korean and the main European languages, and a short
// hand-written list of aliases CLDR lacks. Only the English names and the
// aliases take part in the repairs after look-alike letters: the other
// languages are matched as written (up to normalisation and long forms).
// A label in two scripts ("タイ Thailand") is read in each, and the two
// must agree. A qualifier ("Thailand (Bangkok)", "USA - California") is
// read apart and reported in Match.Qualifier; when it is itself a
// country or region with its own code ("中国(香港)"), it is the answer.
//
// The edit distance refuses rather than guesses: it needs the label to be
// close to one name relative to its length, and refuses when two
// countries are about equally close.
//
// # Mentions in names
//
// Mentions reads, from a partner's name, the countries it points to. The
// name is folded as labels are (case, accents, punctuation) and its words
// are matched, longest phrase first, against four kinds of evidence, each
// with its own weight:
//
//	a country's name or alias   "University of Nigeria"        0.9
//	a demonym or adjective      "Indonesian Institute"         0.8
//	a city                      "Seoul National University"    0.6
//	a word of the language      "Universitas", "Politecnico"   0.1–0.7, spread
//
// Longest match first keeps "Papua New Guinea" from reading as Guinea and
// "New Mexico" as Mexico; names that are also US states ("Georgia") and
// cities found in several countries ("Cambridge") weigh less. Evidence
// after the first "(" or "[" (a faculty, a member of a consortium) weighs
// 0.6 times as much as the institution before it. Evidence for the same
// country adds up as independent chances: 1-(1-a)(1-b). Names in
// Japanese, Chinese or Korean, which run their words together, are
// searched for country and city names as substrings.
package country
