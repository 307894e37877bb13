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
//	a qualifier read apart ("USA (Georgia)")                    ×0.9
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
// must agree.
//
// Long forms are read as sets of words, in any order, with their
// abbreviations written out ("Rep.", "Dem.", "DPR", "DR"), because their
// words tell apart countries of one name: "Korea, DPR" and "Korea,
// Democratic" are North Korea, "Korea, Rep." South Korea; "Congo, Dem.
// Rep." and "Democratic Republic of Congo" are Kinshasa, "Congo, Rep."
// Brazzaville; "Sudan, South" is South Sudan. A label may lack some
// words of a long form when only one country has a form with the rest,
// and one of its other words may be one edit off ("Dominica Republic"
// is the Dominican Republic).
//
// # Qualifiers
//
// A label may add a qualifier to a country: a city or a region in
// parentheses, or after a slash, a spaced dash or a comma ("Thailand
// (Bangkok)", "USA - California", "USA, Georgia"), or a city first
// ("Bangkok, Thailand"). A label of that shape is first read whole, as
// written, for the names that have it ("Korea, Republic of", "Congo
// (Kinshasa)", "Hong Kong, China"). Otherwise the country is the part
// outside the parentheses, before the separator; it may be repaired, but
// the qualifier is read as written only, never by OCR repair or edit
// distance, since places share or come near countries' names: "USA
// (Georgia)" and "USA (Lebanon)" are in the United States, "Spain
// (Granada)" in Spain. The qualifier is the answer only when the outer
// part is no country ("Bangkok, Thailand"), when it is a country or
// region with its own code inside the outer one ("中国(香港)", "China
// (Macau)", "USA (Puerto Rico)"), when it is a country that shares the
// outer part's name ("Korea (DPRK)"), or when the outer part is a known
// place in it ("Georgia, USA"). Match.Qualifier reports the place read as
// a qualifier ("Georgia" in "USA (Georgia)", "Bangkok" in "Bangkok,
// Thailand"), and is "" when the label names the country alone ("Korea,
// DPR", "China (Hong Kong)").
//
// # Refusing
//
// The repairs refuse rather than guess. The edit distance needs the label
// to be close to one name relative to its length, and refuses when two
// countries are about equally close. Cities, university towns, regions,
// continents and given names stand against the repairs: a label that is
// one of them is no country ("Cambridge" is not Cambodia, "Turku" not
// Turkey, "South America" not South Africa, "Francis" not France); nor
// is one that is one of them up to spacing and OCR confusions, or at
// least as near one of them as to a country's name, unless the place is
// in that country. Continents and regions of the world ("Europe", "Latin
// America", "アジア") are no country either, and neither is a name of
// another language that is also a city elsewhere ("Granada", Grenada in
// Spanish). A country's own name is always read as the country:
// "Georgia", "Jordan", "Lebanon".
//
// # Mentions in names
//
// Mentions reads, from a partner's name, the countries it points to. The
// name is folded as labels are (case, accents, punctuation) and its words
// are matched, longest phrase first, against five kinds of evidence, each
// with its own weight:
//
//	a country's name or alias   "University of Nigeria"        0.9
//	a demonym or adjective      "Indonesian Institute"         0.8
//	a city                      "Seoul National University"    0.6
//	a town, region or state     "University of Kinshasa"       0.4
//	a word of the language      "Universitas", "Politecnico"   0.1–0.7, spread
//
// The towns and regions are the places Resolve knows are no country. The
// name of a university ("Mahidol") is never evidence: there is no table
// of institutions. AddressMention reads the same kind of evidence from a
// web address: its country-code domain ("kaust.edu.sa"), weighing 0.8;
// ErasmusMention from an Erasmus institution code: its country prefix
// ("D  BAMBERG01"), weighing the same.
// Longest match first keeps "Papua New Guinea" from reading as Guinea and
// "New Mexico" as Mexico; names that are also US states ("Georgia") and
// cities found in several countries ("Cambridge") weigh less. Evidence
// after the first "(" or "[" (a faculty, a member of a consortium) weighs
// 0.6 times as much as the institution before it. Evidence for the same
// country adds up as independent chances: 1-(1-a)(1-b). Names in
// Japanese, Chinese or Korean, which run their words together, are
// searched for country and city names as substrings.
package country
