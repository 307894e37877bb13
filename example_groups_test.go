package agreements_test

import (
	"fmt"
	"io"
	"log"
	"strings"

	"github.com/exchangelist/agreements"
)

// page is the sample in the package documentation: Taiwan's label sits
// on the last of its two rows, Thailand's on the middle of its five.
const page = "Country/Area\tPartner University/School/Institute\tEffective Since\tQuota\n" +
	"\tNational Taiwan Ocean University (College of Engineering)\t2015/10/10\t5\n" +
	"Taiwan\tNational Taiwan University\t2011/05/16\t5\n" +
	"\tChulalongkorn University (Faculty of Engineering)\t2013/04/01\t10\n" +
	"\tKasetsart University (Faculty of Engineering)\t2020/01/24\t5\n" +
	"Thailand\tMahidol University (Faculty of Public Health)\t2017/07/27\t5\n" +
	"\tMahidol University (Faculty of Science)\t2018/08/09\tST10,LT\n" +
	"\tPrince of Songkla University (Faculty of Science)\t2017/10/27\t×\n"

// This example shows the point of the package: the country labels are
// printed on one row of each merged cell, not the first, and every row
// still gets its true country, with how it was decided. Fill-down, for
// comparison, leaves the first row without a country and puts two Thai
// universities in Taiwan.
func ExampleParse_mergedCells() {
	l, err := agreements.Parse(strings.NewReader(page))
	if err != nil {
		log.Fatal(err)
	}
	r := agreements.NewReader(strings.NewReader(page))
	r.FillDown = true
	naive, err := r.ReadAll()
	if err != nil {
		log.Fatal(err)
	}
	for i, a := range l.Agreements {
		fmt.Printf("%s %-7s (fill-down %-2s) %s\n", a.Country, a.CountrySource, naive.Agreements[i].Country, a.Partner)
	}
	// Output:
	// TW group   (fill-down ??) National Taiwan Ocean University (College of Engineering)
	// TW printed (fill-down TW) National Taiwan University
	// TH group   (fill-down TW) Chulalongkorn University (Faculty of Engineering)
	// TH group   (fill-down TW) Kasetsart University (Faculty of Engineering)
	// TH printed (fill-down TH) Mahidol University (Faculty of Public Health)
	// TH group   (fill-down TH) Mahidol University (Faculty of Science)
	// TH group   (fill-down TH) Prince of Songkla University (Faculty of Science)
}

// This example streams a listing with Read, one agreement at a time,
// and takes the ignored lines and diagnostics with Drain as it goes, as
// a program reading a very long listing would.
func ExampleReader_Read() {
	r := agreements.NewReader(strings.NewReader(page))
	n := 0
	for {
		a, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		n++
		_ = a
		ignored, _ := r.Drain()
		for _, l := range ignored {
			fmt.Printf("line %d is a %s\n", l.Line, l.Kind)
		}
	}
	fmt.Println(n, "agreements")
	// Output:
	// line 1 is a header
	// 7 agreements
}
