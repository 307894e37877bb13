package agreements_test

import (
	"errors"
	"fmt"
	"log"
	"strings"
	"testing/iotest"
	"time"

	"github.com/exchangelist/agreements"
)

// listing is a small listing in which every row carries its country
// label, so the examples below do not depend on how the rows of a group
// without labels are placed.
const listing = "Country/Area\tPartner University/School/Institute\tEffective Since\tQuota\n" +
	"France\tÉcole Centrale de Nantes\t2012/04/09\t5\n" +
	"France\tAix-Marseille University (Polytech Marseille)\t2019/01/10\t×\n" +
	"Philippines\tUniversity of the Philippines Los Baños\t2013/07/25\tST10,LT\n" +
	"Thailand\tKasetsart University (Faculty of Science)\t2016/03/01\t5\n" +
	"Thailand\tThai Academic Consortium [Mahidol University (Faculty of Science), Kasetsart University (Faculty of Science)]\t2013/07/18\tST30,LT\n" +
	"Taiwan\tNational Taiwan Ocean Universtiy (College of Engineering)\t2015/10/10\t5\n"

// mustParse parses the listing above.
func mustParse() *agreements.Listing {
	l, err := agreements.Parse(strings.NewReader(listing))
	if err != nil {
		log.Fatal(err)
	}
	return l
}

// ExampleParse reads a listing whose country labels sit on the first row
// of each group, as merged cells often come out of a PDF, and prints each
// agreement's partner, date and decoded quota. The header line is not an
// agreement: it is kept among the ignored lines.
func ExampleParse() {
	in := "Country/Area\tPartner University/School/Institute\tEffective Since\tQuota\n" +
		"Belgium\tKU Leuven (Faculty of Engineering Science)\t2007/09/23\t5\n" +
		"\tUniversity of Liege (Faculty of Applied Sciences)\t1996/12/04\t5\n" +
		"Philippines\tDe La Salle University (College of Science)\t2014/05/22\tST10,LT\n" +
		"\tUniversity of the Philippines Diliman\t2015/01/14\t×\n"
	l, err := agreements.Parse(strings.NewReader(in))
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range l.Agreements {
		fmt.Printf("line %d: %s | %s | %s (%s)\n", a.Line, a.Partner, a.EffectiveSince, a.Quota, a.Quota.Kind)
	}
	fmt.Println("ignored:", len(l.Ignored), l.Ignored[0].Kind)
	// Output:
	// line 2: KU Leuven (Faculty of Engineering Science) | 2007-09-23 | 5 (count)
	// line 3: University of Liege (Faculty of Applied Sciences) | 1996-12-04 | 5 (count)
	// line 4: De La Salle University (College of Science) | 2014-05-22 | ST10,LT (terms)
	// line 5: University of the Philippines Diliman | 2015-01-14 | × (none)
	// ignored: 1 header
}

// ExampleListing_All walks every agreement in source order; the index
// is the agreement's place in Listing.Agreements.
func ExampleListing_All() {
	l := mustParse()
	for i, a := range l.All() {
		fmt.Println(i, a.Country.Code, a.Name().Institution)
	}
	// Output:
	// 0 FR École Centrale de Nantes
	// 1 FR Aix-Marseille University
	// 2 PH University of the Philippines Los Baños
	// 3 TH Kasetsart University
	// 4 TH Thai Academic Consortium
	// 5 TW National Taiwan Ocean Universtiy
}

// ExampleListing_InCountry selects a country's agreements by ISO code or
// by name.
func ExampleListing_InCountry() {
	l := mustParse()
	for _, a := range l.InCountry("TH") {
		fmt.Println(a.Partner)
	}
	for _, a := range l.InCountry("France") {
		fmt.Println(a.Partner)
	}
	// Output:
	// Kasetsart University (Faculty of Science)
	// Thai Academic Consortium [Mahidol University (Faculty of Science), Kasetsart University (Faculty of Science)]
	// École Centrale de Nantes
	// Aix-Marseille University (Polytech Marseille)
}

// ExampleListing_Search finds partners whatever their accents, case and
// small misspellings: "los banos" finds "Los Baños", "ecole" finds
// "École", and "university" finds the misspelt "Universtiy". Every word
// of the query must match.
func ExampleListing_Search() {
	l := mustParse()
	for _, q := range []string{"los banos", "ecole centrale", "ocean university", "kasetsart science"} {
		for _, a := range l.Search(q) {
			fmt.Printf("%s: %s\n", q, a.Partner)
		}
	}
	// Output:
	// los banos: University of the Philippines Los Baños
	// ecole centrale: École Centrale de Nantes
	// ocean university: National Taiwan Ocean Universtiy (College of Engineering)
	// kasetsart science: Kasetsart University (Faculty of Science)
	// kasetsart science: Thai Academic Consortium [Mahidol University (Faculty of Science), Kasetsart University (Faculty of Science)]
}

// ExampleListing_EffectiveBetween selects the agreements that took effect
// in a period; a bare year stands for the whole year, as a bound (2013
// starts on January 1) and as a date (an agreement dated 2015 is kept by
// any bounds that meet 2015).
func ExampleListing_EffectiveBetween() {
	l := mustParse()
	l.Agreements = append(l.Agreements, agreements.Agreement{
		Partner: "Universität Stuttgart", EffectiveSince: agreements.MustParseDate("2015"),
	})
	from, to := agreements.MustParseDate("2013"), agreements.MustParseDate("2015/06/30")
	for _, a := range l.EffectiveBetween(from, to) {
		fmt.Println(a.EffectiveSince, a.Partner)
	}
	// Output:
	// 2013-07-25 University of the Philippines Los Baños
	// 2013-07-18 Thai Academic Consortium [Mahidol University (Faculty of Science), Kasetsart University (Faculty of Science)]
	// 2015 Universität Stuttgart
}

// withColumns is a listing with more columns than the four: a running
// number, the agreement's level, the partner's city, an end date and
// remarks. Every row carries its country label.
const withColumns = "No.\tCountry\tPartner\tLevel\tCity\tEffective\tQuota\tValid Until\tRemarks\n" +
	"1\tGermany\tTechnische Universität München\tUniversity-wide\tMunich\t2016/04/01\t5\t2026/03/31\t\n" +
	"2\tGermany\tUniversität Stuttgart (Faculty of Engineering)\tFaculty-level\tStuttgart\t2018/10/01\tST5,LT\tAuto-renewal\tRenewed every five years\n" +
	"3\tJapan\tKyoto University\tUniversity-wide\tKyoto\t2012/06/28\t2\t2022/06/27\tExpired; under renewal\n" +
	"4\tJapan\tOsaka University (Graduate School of Engineering)\tFaculty-level\tSuita\t2019\t3\tIndefinite\t\n" +
	"5\tJapan\tTohoku University\tMOU\tSendai\t2020/01/15\t×\t2025\tStudent exchange only\n"

// ExampleAgreement_Field reads a listing with more columns than the
// four: the end date goes to ValidUntil (or Renewal, when the cell says
// the agreement renews itself or has no end), the level column is
// decoded into Level, and every other cell is kept as a Field with its
// header, which Field looks up by kind. Empty cells are not kept.
func ExampleAgreement_Field() {
	l, err := agreements.Parse(strings.NewReader(withColumns))
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range l.Agreements[0].Fields {
		fmt.Printf("%s %q %q\n", f.Kind, f.Header, f.Value)
	}
	for _, a := range l.Agreements {
		end := a.ValidUntil.String()
		if a.Renewal != agreements.RenewalNone {
			end = a.Renewal.String()
		}
		fmt.Printf("%-9s %-11s %-15s %-10s %s\n", a.Field(agreements.FieldCity), a.Level,
			a.Field(agreements.FieldLevel), end, a.Name().Institution)
	}
	// Output:
	// number "No." "1"
	// level "Level" "University-wide"
	// city "City" "Munich"
	// Munich    institution University-wide 2026-03-31 Technische Universität München
	// Stuttgart faculty     Faculty-level   automatic  Universität Stuttgart
	// Kyoto     institution University-wide 2022-06-27 Kyoto University
	// Suita     faculty     Faculty-level   indefinite Osaka University
	// Sendai    unknown     MOU             2025       Tohoku University
}

// ExampleListing_InForce selects the agreements in force on a day, and
// those that expire in a period. An agreement that renews itself or has
// no end is always in force from its start, and never expires; one
// valid until a bare year is in force to that year's last day.
func ExampleListing_InForce() {
	l, err := agreements.Parse(strings.NewReader(withColumns))
	if err != nil {
		log.Fatal(err)
	}
	for _, day := range []string{"2025/12/31", "2026/06/01"} {
		fmt.Println("in force on", day)
		for _, a := range l.InForce(agreements.MustParseDate(day)) {
			fmt.Println(" ", a.Name().Institution)
		}
	}
	fmt.Println("expiring in 2025 or 2026")
	for _, a := range l.ExpiringWithin(agreements.MustParseDate("2025"), agreements.MustParseDate("2026")) {
		fmt.Println(" ", a.ValidUntil, a.Name().Institution)
	}
	fmt.Println("faculties in force on 2026/06/01")
	for _, a := range l.Where(agreements.IsInForce(agreements.MustParseDate("2026/06/01")), agreements.IsAtLevel(agreements.LevelFaculty)) {
		fmt.Println(" ", a.Partner)
	}
	// Output:
	// in force on 2025/12/31
	//   Technische Universität München
	//   Universität Stuttgart
	//   Osaka University
	//   Tohoku University
	// in force on 2026/06/01
	//   Universität Stuttgart
	//   Osaka University
	// expiring in 2025 or 2026
	//   2026-03-31 Technische Universität München
	//   2025 Tohoku University
	// faculties in force on 2026/06/01
	//   Universität Stuttgart (Faculty of Engineering)
	//   Osaka University (Graduate School of Engineering)
}

// ExampleListing_WithQuotaKind lists the agreements whose quota is a code
// of short- and long-term stays.
func ExampleListing_WithQuotaKind() {
	l := mustParse()
	for _, a := range l.WithQuotaKind(agreements.QuotaTerms) {
		n, open := a.Quota.Places()
		fmt.Printf("%s: %d places, open-ended %v\n", a.Quota, n, open)
	}
	// Output:
	// ST10,LT: 10 places, open-ended true
	// ST30,LT: 30 places, open-ended true
}

// ExampleHasPlaces keeps the agreements that exchange students: a count
// above zero or a code of terms, not "×".
func ExampleHasPlaces() {
	l := mustParse()
	for _, a := range l.Where(agreements.HasPlaces(), agreements.IsInCountry("FR")) {
		fmt.Println(a.Quota, a.Partner)
	}
	// Output:
	// 5 École Centrale de Nantes
}

// ExampleFilter composes queries: the Thai agreements that match a
// search, here written with predicates.
func ExampleFilter() {
	l := mustParse()
	for _, a := range agreements.Filter(l.InCountry("Thailand"), agreements.MatchesSearch("consortium")) {
		for _, m := range a.Name().Members {
			fmt.Println(m.Institution, m.Units)
		}
	}
	// Output:
	// Mahidol University [Faculty of Science]
	// Kasetsart University [Faculty of Science]
}

// ExampleListing_Sorted walks the agreements by country name, then by
// partner name without accents or case; the listing keeps its order.
func ExampleListing_Sorted() {
	l := mustParse()
	for _, a := range l.Sorted() {
		fmt.Println(a.Country.Name, "|", a.Partner)
	}
	// Output:
	// France | Aix-Marseille University (Polytech Marseille)
	// France | École Centrale de Nantes
	// Philippines | University of the Philippines Los Baños
	// Taiwan | National Taiwan Ocean Universtiy (College of Engineering)
	// Thailand | Kasetsart University (Faculty of Science)
	// Thailand | Thai Academic Consortium [Mahidol University (Faculty of Science), Kasetsart University (Faculty of Science)]
}

// ExampleListing_Summary counts agreements and stated places per country.
func ExampleListing_Summary() {
	l := mustParse()
	fmt.Println("country agreements places open-ended no-quota")
	for _, s := range l.Summary() {
		fmt.Println(s.Country.Code, s.Agreements, s.Places, s.OpenEnded, s.NoQuota)
	}
	// Output:
	// country agreements places open-ended no-quota
	// FR 2 5 0 1
	// PH 1 10 1 0
	// TW 1 5 0 0
	// TH 2 35 1 0
}

// ExampleParseQuota decodes the quota spellings of the listings; String
// gives each one's canonical spelling.
func ExampleParseQuota() {
	for _, s := range []string{"5", "５", "×", "x", "ST10,LT", "st 5 / lt 2", "", "ask"} {
		q, err := agreements.ParseQuota(s)
		n, open := q.Places()
		fmt.Printf("%q -> %q %s places=%d open=%v err=%v\n", s, q, q.Kind, n, open, err)
	}
	// Output:
	// "5" -> "5" count places=5 open=false err=<nil>
	// "５" -> "5" count places=5 open=false err=<nil>
	// "×" -> "×" none places=0 open=false err=<nil>
	// "x" -> "×" none places=0 open=false err=<nil>
	// "ST10,LT" -> "ST10,LT" terms places=10 open=true err=<nil>
	// "st 5 / lt 2" -> "ST5,LT2" terms places=7 open=false err=<nil>
	// "" -> "" unspecified places=0 open=false err=<nil>
	// "ask" -> "ask" unknown places=0 open=false err=unreadable quota "ask"
}

// ExampleValidateQuota accepts only the canonical spellings, where
// ParseQuota is lenient.
func ExampleValidateQuota() {
	for _, s := range []string{"ST10,LT", "ST 10, LT", "ask"} {
		err := agreements.ValidateQuota(s)
		fmt.Printf("%q: %v (bad quota: %v)\n", s, err, errors.Is(err, agreements.ErrBadQuota))
	}
	// Output:
	// "ST10,LT": <nil> (bad quota: false)
	// "ST 10, LT": quota "ST 10, LT" is not in canonical form (bad quota: true)
	// "ask": unreadable quota "ask" (bad quota: true)
}

// ExampleWriter writes agreements as a table, in the columns of
// TableColumns (only some are printed here). Every row carries its
// country's name, so that Parse reads the table back to the same
// countries.
func ExampleWriter() {
	l := mustParse()
	var out strings.Builder
	w := agreements.NewWriter(&out)
	w.Format = agreements.FormatCSV
	w.Source = "listing.tsv"
	if err := w.WriteListing(l); err != nil {
		log.Fatal(err)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		log.Fatal(err)
	}
	for _, line := range strings.Split(out.String(), "\n")[:3] {
		fmt.Println(strings.Join(strings.Split(line, ",")[:8], ","))
	}
	// Output:
	// source,line,country,country_code,country_label,country_source,confidence,partner
	// listing.tsv,2,France,FR,France,printed,1.00,École Centrale de Nantes
	// listing.tsv,3,France,FR,France,printed,1.00,Aix-Marseille University (Polytech Marseille)
}

// ExampleParseDate reads the date spellings of the listings. A bare year
// stays a year, and days that do not exist are refused.
func ExampleParseDate() {
	for _, s := range []string{"2017/06/28", "2017/6/8", "2017-06-28", "1980. 5.31", "2017年6月28日", "2005", "2019/02/29"} {
		d, err := agreements.ParseDate(s)
		fmt.Printf("%q -> %q %s %v\n", s, d, d.Precision(), err)
	}
	// Output:
	// "2017/06/28" -> "2017-06-28" day <nil>
	// "2017/6/8" -> "2017-06-08" day <nil>
	// "2017-06-28" -> "2017-06-28" day <nil>
	// "1980. 5.31" -> "1980-05-31" day <nil>
	// "2017年6月28日" -> "2017-06-28" day <nil>
	// "2005" -> "2005" year <nil>
	// "2019/02/29" -> "" none unreadable date "2019/02/29"
}

// ExampleDate_After compares dates as the periods they stand for: a day
// of 2015 is neither after nor before the bare year 2015, which holds
// it. Compare, the order to sort by, puts the year just before its days.
func ExampleDate_After() {
	year, day := agreements.MustParseDate("2015"), agreements.MustParseDate("2015/10/10")
	fmt.Println(day.After(year), day.Before(year), day.Overlaps(year))
	fmt.Println(agreements.MustParseDate("2016/01/01").After(year))
	fmt.Println(year.Compare(day))
	// Output:
	// false false true
	// true
	// -1
}

// ExampleDate_Start gives the first and last days of the period a
// partial date stands for.
func ExampleDate_Start() {
	for _, d := range []agreements.Date{
		agreements.MustParseDate("2016"),
		{Year: 2016, Month: time.February},
		agreements.MustParseDate("2016/06/28"),
	} {
		fmt.Printf("%-10s %-5s %s to %s\n", d, d.Precision(), d.Start(), d.End())
	}
	// Output:
	// 2016       year  2016-01-01 to 2016-12-31
	// 2016-02    month 2016-02-01 to 2016-02-29
	// 2016-06-28 day   2016-06-28 to 2016-06-28
}

// ExampleParsePartnerName splits the shapes of partner names: units,
// campuses or a city, and consortium members.
func ExampleParsePartnerName() {
	for _, s := range []string{
		"University of Nigeria (Faculty of Engineering/Faculty of Biological Sciences)",
		"Seoul National University (College/Graduate School of Engineering)",
		"Vietnam National University, Hanoi (Nano and Energy Center)",
		"Lyceum of the Philippines University, Batangas Campus/Laguna Campus",
		"Indonesian Academic Consortium [Bandung Institute of Technology (School of Life Sciences and Technology), Universitas Gadjah Mada (Graduate School)]",
	} {
		p := agreements.ParsePartnerName(s)
		fmt.Printf("%s\n  campuses %q units %q\n", p.Institution, p.Campuses, p.Units)
		for _, m := range p.Members {
			fmt.Printf("  member %s %q\n", m.Institution, m.Units)
		}
	}
	// Output:
	// University of Nigeria
	//   campuses [] units ["Faculty of Engineering" "Faculty of Biological Sciences"]
	// Seoul National University
	//   campuses [] units ["College/Graduate School of Engineering"]
	// Vietnam National University
	//   campuses ["Hanoi"] units ["Nano and Energy Center"]
	// Lyceum of the Philippines University
	//   campuses ["Batangas Campus" "Laguna Campus"] units []
	// Indonesian Academic Consortium
	//   campuses [] units []
	//   member Bandung Institute of Technology ["School of Life Sciences and Technology"]
	//   member Universitas Gadjah Mada ["Graduate School"]
}

// ExampleSearchKey shows the comparison key of a name: no case, accents,
// width or punctuation. It is for comparing, never for display.
func ExampleSearchKey() {
	fmt.Println(agreements.SearchKey("École Nationale supérieure d'architecture de Paris-La Villette"))
	fmt.Println(agreements.SearchKey("University of the Philippines Los Baños"))
	fmt.Println(agreements.SearchKey("ＫＵ Ｌｅｕｖｅｎ"))
	// Output:
	// ecole nationale superieure d architecture de paris la villette
	// university of the philippines los banos
	// ku leuven
}

// ExampleDiagnostic classifies the parser's remarks with errors.Is: a date
// that cannot be read does not stop parsing, it becomes a diagnostic
// wrapping ErrBadDate, and the row keeps the text as written.
func ExampleDiagnostic() {
	in := "Country/Area\tPartner University/School/Institute\tEffective Since\tQuota\n" +
		"Belgium\tKU Leuven (Faculty of Engineering Science)\t2019/02/29\t5\n"
	l, err := agreements.Parse(strings.NewReader(in))
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range l.Diagnostics {
		if errors.Is(d, agreements.ErrBadDate) {
			fmt.Println("line", d.Line, "has a bad date, code", d.Code())
		}
	}
	a := l.Agreements[0]
	fmt.Printf("%q %v\n", a.EffectiveText, a.EffectiveSince.IsZero())
	// Output:
	// line 2 has a bad date, code bad_date
	// "2019/02/29" true
}

// ExampleParseError shows an error that stops reading: the reader's own
// error comes back wrapped in a *ParseError, so errors.Is and errors.As
// both see it.
func ExampleParseError() {
	errDisk := errors.New("disk unplugged")
	_, err := agreements.Parse(iotest.ErrReader(errDisk))
	var pe *agreements.ParseError
	fmt.Println(errors.As(err, &pe), errors.Is(err, errDisk))
	// Output:
	// true true
}
