package agreements

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// A readLine is what the reader made of one line of its input: a row
// ("row") with its cells, or an ignored line with its kind and text.
// Countries are left out on purpose: they depend on group inference,
// which these tests do not judge.
type readLine struct {
	Line  int
	Kind  string // "row", or the LineKind of an ignored line
	Label string // CountryLabel
	Partner,
	Date, // EffectiveText
	Quota string // Quota.Raw
	Text string // the text of an ignored line
}

// row and ignored build expectations.
func wantRow(n int, label, partner, date, quota string) readLine {
	return readLine{Line: n, Kind: "row", Label: label, Partner: partner, Date: date, Quota: quota}
}

func wantIgnored(n int, kind LineKind, text string) readLine {
	return readLine{Line: n, Kind: kind.String(), Text: text}
}

// A rdiag is a diagnostic reduced to its line and sentinel.
type rdiag struct {
	Line int
	Err  error
}

// readerSentinels are the diagnostics the reader itself gives; the
// others (about countries and groups) are not judged here.
var readerSentinels = []error{ErrFieldCount, ErrUnparsable, ErrLongLine, ErrInvalidUTF8, ErrBadDate, ErrBadQuota}

// lines joins its arguments with "\n" and ends the last one with "\n",
// so that the line number of each is its position in the list.
func joinLines(ls ...string) string { return strings.Join(ls, "\n") + "\n" }

// Header lines used by the cases.
const (
	hdrSeed        = "Country/Area\tPartner University/School/Institute\tEffective Since\tQuota"
	hdrDamaged     = "Country/Area\tPartner University/School/Institute\tEffective Since\tQuot"
	hdrReordered   = "Partner\tCountry\tQuota\tEffective Since"
	hdrJapanese    = "国・地域\t協定校\t締結日\t派遣人数"
	seedTitle      = "Academic Exchange Agreement (Graduate School of Engineering)"
	longPartnerLen = 100 << 10 // longer than the line reader's first buffer
)

var rtLongPartner = strings.Repeat("Universiti Teknologi Malaysia ", longPartnerLen/29) + "(Faculty of Science)"

var readerTests = []struct {
	name   string
	input  string
	want   []readLine
	diags  []rdiag // of the readerSentinels only
	nlines int     // Listing.Lines; 0 means len(want)
}{{
	name:  "DamagedHeader",
	input: joinLines(hdrDamaged, "Argentina\tThe Instituto Nacional De Tecnología Agropecuaria\t2017/06/28\t×"),
	want: []readLine{
		wantIgnored(1, LineHeader, hdrDamaged),
		wantRow(2, "Argentina", "The Instituto Nacional De Tecnología Agropecuaria", "2017/06/28", "×"),
	},
}, {
	name: "SeedPage",
	input: joinLines(
		"Czech\tMasaryk University\t2017/12/15\t×",
		"",
		seedTitle,
		"",
		hdrSeed,
		"India\tIndian Institute of Technology Hyderabad\t2012/10/24\t5",
		"\tBogor Agricultural University\t2016/10/06\t10",
	),
	want: []readLine{
		wantRow(1, "Czech", "Masaryk University", "2017/12/15", "×"),
		wantIgnored(2, LineBlank, ""),
		wantIgnored(3, LineTitle, seedTitle),
		wantIgnored(4, LineBlank, ""),
		wantIgnored(5, LineHeader, hdrSeed),
		wantRow(6, "India", "Indian Institute of Technology Hyderabad", "2012/10/24", "5"),
		wantRow(7, "", "Bogor Agricultural University", "2016/10/06", "10"),
	},
}, {
	name: "ReorderedHeader",
	input: joinLines(
		hdrReordered,
		"Chulalongkorn University (Faculty of Engineering)\tThailand\t10\t2013/04/01",
		"Kasetsart University (Faculty of Engineering)\t\t5\t2020/01/24",
	),
	want: []readLine{
		wantIgnored(1, LineHeader, hdrReordered),
		wantRow(2, "Thailand", "Chulalongkorn University (Faculty of Engineering)", "2013/04/01", "10"),
		wantRow(3, "", "Kasetsart University (Faculty of Engineering)", "2020/01/24", "5"),
	},
}, {
	name: "HeaderOrderChangesBetweenPages",
	input: joinLines(
		hdrReordered,
		"Kasetsart University\tThailand\t5\t2020/01/24",
		"",
		hdrSeed,
		"USA\tColorado State University\t2009/06/28\t×",
	),
	want: []readLine{
		wantIgnored(1, LineHeader, hdrReordered),
		wantRow(2, "Thailand", "Kasetsart University", "2020/01/24", "5"),
		wantIgnored(3, LineBlank, ""),
		wantIgnored(4, LineHeader, hdrSeed),
		wantRow(5, "USA", "Colorado State University", "2009/06/28", "×"),
	},
}, {
	name: "JapaneseHeader",
	input: joinLines(
		hdrJapanese,
		"タイ\tチュラーロンコーン大学\t2013/04/01\t10",
		"\tカセサート大学\t2020/01/24\t5",
	),
	want: []readLine{
		wantIgnored(1, LineHeader, hdrJapanese),
		wantRow(2, "タイ", "チュラーロンコーン大学", "2013/04/01", "10"),
		wantRow(3, "", "カセサート大学", "2020/01/24", "5"),
	},
}, {
	name:  "JapaneseHeaderReordered",
	input: joinLines("協定校\t締結日\t派遣人数\t国・地域", "カセサート大学\t2020/01/24\t5\tタイ"),
	want: []readLine{
		wantIgnored(1, LineHeader, "協定校\t締結日\t派遣人数\t国・地域"),
		wantRow(2, "タイ", "カセサート大学", "2020/01/24", "5"),
	},
}, {
	name:  "BlankLines",
	input: joinLines("", "   ", "\t\t\t", " \t \t", "Korea\tKumoh National Institute of Technology\t2019/03/14\t5", ""),
	want: []readLine{
		wantIgnored(1, LineBlank, ""),
		wantIgnored(2, LineBlank, "   "),
		wantIgnored(3, LineBlank, "\t\t\t"),
		wantIgnored(4, LineBlank, " \t \t"),
		wantRow(5, "Korea", "Kumoh National Institute of Technology", "2019/03/14", "5"),
		wantIgnored(6, LineBlank, ""),
	},
}, {
	name:  "CRLF",
	input: hdrSeed + "\r\n" + "Nigeria\tUniversity of Nigeria\t2018/04/27\t5\r\n" + "\r\n" + "\tDe La Salle University\t2013/08/30\t5\r\n",
	want: []readLine{
		wantIgnored(1, LineHeader, hdrSeed),
		wantRow(2, "Nigeria", "University of Nigeria", "2018/04/27", "5"),
		wantIgnored(3, LineBlank, ""),
		wantRow(4, "", "De La Salle University", "2013/08/30", "5"),
	},
}, {
	name:  "LoneCR",
	input: hdrSeed + "\r" + "Nigeria\tUniversity of Nigeria\t2018/04/27\t5\r" + "\r" + "\tDe La Salle University\t2013/08/30\t5\r",
	want: []readLine{
		wantIgnored(1, LineHeader, hdrSeed),
		wantRow(2, "Nigeria", "University of Nigeria", "2018/04/27", "5"),
		wantIgnored(3, LineBlank, ""),
		wantRow(4, "", "De La Salle University", "2013/08/30", "5"),
	},
}, {
	name:  "MixedEndings",
	input: "Poland\tUniversity of Lodz\t2019/04/01\t×\r\n\n\r\r\nPortugal\tUniversidade de Aveiro\t2019/11/27\t5\n",
	want: []readLine{
		wantRow(1, "Poland", "University of Lodz", "2019/04/01", "×"),
		wantIgnored(2, LineBlank, ""),
		wantIgnored(3, LineBlank, ""), // "\r" then "\r\n": two line endings
		wantIgnored(4, LineBlank, ""),
		wantRow(5, "Portugal", "Universidade de Aveiro", "2019/11/27", "5"),
	},
}, {
	name:  "BOM",
	input: "\uFEFF" + hdrSeed + "\r\n" + "Slovakia\tSlovak Academy of Sciences\t2019/07/06\t×\r\n",
	want: []readLine{
		wantIgnored(1, LineHeader, hdrSeed),
		wantRow(2, "Slovakia", "Slovak Academy of Sciences", "2019/07/06", "×"),
	},
}, {
	name:  "NoFinalNewline",
	input: hdrSeed + "\n" + "Taiwan\tNational Taiwan University\t2011/05/16\t5",
	want: []readLine{
		wantIgnored(1, LineHeader, hdrSeed),
		wantRow(2, "Taiwan", "National Taiwan University", "2011/05/16", "5"),
	},
}, {
	name:  "NoFinalNewlineAfterCR",
	input: "Taiwan\tNational Taiwan University\t2011/05/16\t5\r",
	want:  []readLine{wantRow(1, "Taiwan", "National Taiwan University", "2011/05/16", "5")},
}, {
	name:  "Empty",
	input: "",
	want:  nil,
}, {
	name:  "TrailingSpaces",
	input: joinLines("Thailand  \tMahidol University  (Faculty of Science) \t2018/08/09 \t5  ", "   "),
	want: []readLine{
		wantRow(1, "Thailand", "Mahidol University (Faculty of Science)", "2018/08/09", "5"),
		wantIgnored(2, LineBlank, "   "),
	},
}, {
	name: "MissingOrExtraEmptyCell",
	input: joinLines(
		"\tKhon Kaen University\t2016/02/23\t5\t",         // an extra empty cell at the end
		"Prince of Songkla University\t2017/10/27\t3",     // the empty country cell missing
		"Thailand\t\tMahidol University\t2017/07/27\t5",   // an extra empty cell inside
		"\tKasetsart University\t2020/01/24\t5\t\t\t",     // several at the end
		"\t\tVidyasirimedhi Institute\t2020/08/11\t5",     // two empty cells before the partner
		"Thailand\tKasetsart University\t2020/01/24",      // no quota cell
		"Malaysia\tUniversiti Putra Malaysia\t2019/04/11", // same
	),
	want: []readLine{
		wantRow(1, "", "Khon Kaen University", "2016/02/23", "5"),
		wantRow(2, "", "Prince of Songkla University", "2017/10/27", "3"),
		wantRow(3, "Thailand", "Mahidol University", "2017/07/27", "5"),
		wantRow(4, "", "Kasetsart University", "2020/01/24", "5"),
		wantRow(5, "", "Vidyasirimedhi Institute", "2020/08/11", "5"),
		wantRow(6, "Thailand", "Kasetsart University", "2020/01/24", ""),
		wantRow(7, "Malaysia", "Universiti Putra Malaysia", "2019/04/11", ""),
	},
	diags: []rdiag{{2, ErrFieldCount}, {3, ErrFieldCount}, {5, ErrFieldCount}, {6, ErrFieldCount}, {7, ErrFieldCount}},
}, {
	name:  "LongLine",
	input: joinLines(hdrSeed, "Malaysia\t"+rtLongPartner+"\t2012/08/01\t×", "\tUniversiti Sains Malaysia\t2017/07/27\t5"),
	want: []readLine{
		wantIgnored(1, LineHeader, hdrSeed),
		wantRow(2, "Malaysia", rtLongPartner, "2012/08/01", "×"),
		wantRow(3, "", "Universiti Sains Malaysia", "2017/07/27", "5"),
	},
}, {
	// A header of three columns: the quota column is absent, and rows of
	// three cells are read in place, without field-count diagnostics.
	name: "ThreeColumnHeader",
	input: joinLines(
		"Country\tPartner University\tEffective Since",
		"Canada\tUniversity of Alberta\t2012/05/05",
		"\tUniversity of Toronto\t2019/01/15",
	),
	want: []readLine{
		wantIgnored(1, LineHeader, "Country\tPartner University\tEffective Since"),
		wantRow(2, "Canada", "University of Alberta", "2012/05/05", ""),
		wantRow(3, "", "University of Toronto", "2019/01/15", ""),
	},
}, {
	// Rows numbered in a column no header names: the number is dropped.
	name: "NumberedRows",
	input: joinLines(
		"1\tArgentina\tUniversity of Buenos Aires\t2016/03/01\t2",
		"2.\t\tUniversidad Nacional de Córdoba\t2018/07/09\t3",
	),
	want: []readLine{
		wantRow(1, "Argentina", "University of Buenos Aires", "2016/03/01", "2"),
		wantRow(2, "", "Universidad Nacional de Córdoba", "2018/07/09", "3"),
	},
	diags: []rdiag{{1, ErrFieldCount}},
}, {
	// A period of validity in the date cell: it took effect at its start.
	name: "PeriodOfValidity",
	input: joinLines(
		"Japan\tOsaka University\t2017/06/28～2022/06/27\t3",
		"\tKyoto University\t2018/4/1 - 2023/3/31\t2",
		"\tTohoku University\t2019/04/01～\t2",
	),
	want: []readLine{
		wantRow(1, "Japan", "Osaka University", "2017/06/28～2022/06/27", "3"),
		wantRow(2, "", "Kyoto University", "2018/4/1 - 2023/3/31", "2"),
		wantRow(3, "", "Tohoku University", "2019/04/01～", "2"),
	},
}, {
	name: "Unparsable",
	input: joinLines(
		hdrSeed,
		"Italy\tPolitecnico di Torino\t2020/07/30\t5",
		"\t\t\t×",     // a lone quota
		"continued\t", // one cell at the start: a title, even with a tab after it
		"\tUniversity of Genoa\t2018/04/20\t5",
	),
	want: []readLine{
		wantIgnored(1, LineHeader, hdrSeed),
		wantRow(2, "Italy", "Politecnico di Torino", "2020/07/30", "5"),
		wantIgnored(3, LineUnparsable, "\t\t\t×"),
		wantIgnored(4, LineTitle, "continued\t"),
		wantRow(5, "", "University of Genoa", "2018/04/20", "5"),
	},
	diags: []rdiag{{3, ErrUnparsable}},
}, {
	name:  "InvalidUTF8",
	input: joinLines("Fr\xffance\tEcole Centrale de Nantes\t2012/04/09\t5"),
	want:  []readLine{wantRow(1, "Fr\uFFFDance", "Ecole Centrale de Nantes", "2012/04/09", "5")},
	diags: []rdiag{{1, ErrInvalidUTF8}},
}, {
	name:  "BadDateKept",
	input: joinLines("Hungary\tHungarian Academy of Sciences\t2018/13/14\t×"),
	want:  []readLine{wantRow(1, "Hungary", "Hungarian Academy of Sciences", "2018/13/14", "×")},
	diags: []rdiag{{1, ErrBadDate}},
}}

// collect reduces a listing to one readLine a line, ordered by line, and
// its diagnostics to those of readerSentinels.
func collectLines(l *Listing) ([]readLine, []rdiag) {
	var got []readLine
	for _, a := range l.Agreements {
		got = append(got, wantRow(a.Line, a.CountryLabel, a.Partner, a.EffectiveText, a.Quota.Raw))
	}
	for _, ig := range l.Ignored {
		got = append(got, wantIgnored(ig.Line, ig.Kind, ig.Text))
	}
	slices.SortStableFunc(got, func(a, b readLine) int { return a.Line - b.Line })
	var ds []rdiag
	for _, d := range l.Diagnostics {
		for _, s := range readerSentinels {
			if errors.Is(d.Err, s) {
				ds = append(ds, rdiag{d.Line, s})
				break
			}
		}
	}
	return got, ds
}

// checkAccounted reports a line of 1..l.Lines that is not in the listing
// exactly once, as an agreement or as an ignored line.
func checkAccounted(t *testing.T, l *Listing) {
	t.Helper()
	seen := make(map[int]int)
	for _, a := range l.Agreements {
		seen[a.Line]++
	}
	for _, ig := range l.Ignored {
		seen[ig.Line]++
	}
	for n := 1; n <= l.Lines; n++ {
		if seen[n] != 1 {
			t.Errorf("line %d is in the listing %d times, want once", n, seen[n])
		}
		delete(seen, n)
	}
	for n := range seen {
		t.Errorf("line %d is in the listing, but only %d lines were read", n, l.Lines)
	}
}

func TestReader(t *testing.T) {
	for _, tt := range readerTests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Parse(strings.NewReader(tt.input))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			got, ds := collectLines(l)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("lines mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.diags, ds, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("diagnostics mismatch (-want +got):\n%s", diff)
			}
			nlines := tt.nlines
			if nlines == 0 {
				nlines = len(tt.want)
			}
			if l.Lines != nlines {
				t.Errorf("Lines = %d, want %d", l.Lines, nlines)
			}
			checkAccounted(t, l)
		})
	}
}

// TestReaderLabelOnRow checks the country of rows that carry their own,
// undamaged label: group inference has nothing to decide for them.
func TestReaderLabelOnRow(t *testing.T) {
	input := joinLines(
		hdrSeed,
		"Thailand\t\tMahidol University\t2017/07/27\t5",
		"USA\tColorado State University\t2009/06/28\t×",
		"\tGeorgia Institute of Technology\t2020/12/22\t5",
		"Portugal\tUniversidade de Aveiro\t2019/11/27\t5",
	)
	l, err := Parse(strings.NewReader(input))
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]string{2: "TH", 3: "US", 5: "PT"}
	for _, a := range l.Agreements {
		code, ok := want[a.Line]
		if !ok {
			continue
		}
		if a.Country.Code != code || a.CountrySource != CountryPrinted {
			t.Errorf("line %d: country %s (%v), want %s (printed)", a.Line, a.Country, a.CountrySource, code)
		}
		delete(want, a.Line)
	}
	for n := range want {
		t.Errorf("line %d: no agreement", n)
	}
}

// TestReaderLimits checks the reader's settings: a line longer than
// MaxLineLength is cut, and cells beyond MaxCells dropped, each with a
// diagnostic, and the line still counted once.
func TestReaderLimits(t *testing.T) {
	tests := []struct {
		name      string
		maxLine   int
		maxCells  int
		input     string
		want      []readLine
		wantDiags []rdiag
	}{{
		name:    "LineCut",
		maxLine: 60,
		input: joinLines(
			"\tUniversity of Genoa\t2018/04/20\t5",
			"Italy\tUniversity of Genoa\t2018/04/20\t5\t"+strings.Repeat("remark ", 100),
			"\tPolitecnico di Torino\t2020/07/30\t5",
		),
		want: []readLine{
			wantRow(1, "", "University of Genoa", "2018/04/20", "5"),
			wantRow(2, "Italy", "University of Genoa", "2018/04/20", "5"),
			wantRow(3, "", "Politecnico di Torino", "2020/07/30", "5"),
		},
		// The cut line keeps its first 60 bytes: four cells and part of a fifth.
		wantDiags: []rdiag{{2, ErrLongLine}, {2, ErrFieldCount}},
	}, {
		name:      "TooManyCells",
		maxCells:  4,
		input:     joinLines("Italy\tUniversity of Genoa\t2018/04/20\t5\tremark\tmore"),
		want:      []readLine{wantRow(1, "Italy", "University of Genoa", "2018/04/20", "5")},
		wantDiags: []rdiag{{1, ErrLongLine}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.input))
			r.MaxLineLength = tt.maxLine
			r.MaxCells = tt.maxCells
			l, err := r.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			got, ds := collectLines(l)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("lines mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantDiags, ds, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("diagnostics mismatch (-want +got):\n%s", diff)
			}
			checkAccounted(t, l)
		})
	}
}

// TestReaderError checks that an I/O error stops reading with a
// *ParseError naming the line where it happened, after returning the
// rows read before it.
func TestReaderError(t *testing.T) {
	errDisk := errors.New("disk on fire")
	input := io.MultiReader(
		strings.NewReader(joinLines(hdrSeed, "Kazakhstan\tNazarbayev University\t2019/04/19\t×")),
		iotest.ErrReader(errDisk),
	)
	l, err := Parse(input)
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, errDisk) {
		t.Fatalf("Parse error = %v, want a *ParseError wrapping %v", err, errDisk)
	}
	if pe.Line != 3 {
		t.Errorf("ParseError.Line = %d, want 3", pe.Line)
	}
	if msg := err.Error(); strings.Contains(msg, "\n") {
		t.Errorf("Error() is not one line: %q", msg)
	}
	got, _ := collectLines(l)
	want := []readLine{
		wantIgnored(1, LineHeader, hdrSeed),
		wantRow(2, "Kazakhstan", "Nazarbayev University", "2019/04/19", "×"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lines before the error mismatch (-want +got):\n%s", diff)
	}
}

// TestReaderRead checks that Read returns the same agreements as ReadAll,
// one at a time, then io.EOF, and keeps returning io.EOF.
func TestReaderRead(t *testing.T) {
	for _, tt := range readerTests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.input))
			var got []string
			for {
				a, err := r.Read()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, fmt.Sprintf("%d %s", a.Line, a.Partner))
			}
			if _, err := r.Read(); err != io.EOF {
				t.Errorf("Read after io.EOF: %v, want io.EOF", err)
			}
			var want []string
			for _, w := range tt.want {
				if w.Kind == "row" {
					want = append(want, fmt.Sprintf("%d %s", w.Line, w.Partner))
				}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("agreements mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReaderReadAllLarge checks that ReadAll, which takes settled rows in
// batches and chunks, returns what Read returns one at a time, on a
// listing long enough for many settles and chunks; and that a ReadAll
// after some calls to Read returns the rest.
func TestReaderReadAllLarge(t *testing.T) {
	data, _ := genListing(3*readAllChunk + 100)
	var want []Agreement
	r := NewReader(strings.NewReader(string(data)))
	for {
		a, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, a)
	}
	// Sources that tell their length (ReadAll sizes its result from it),
	// a regular file, and one that does not (ReadAll joins chunks).
	path := filepath.Join(t.TempDir(), "listing.tsv")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sources := map[string]io.Reader{
		"strings.Reader": strings.NewReader(string(data)),
		"file":           f,
		"unsized":        io.MultiReader(bytes.NewReader(data)),
	}
	for name, src := range sources {
		l, err := Parse(src)
		if err != nil {
			t.Fatal(name, err)
		}
		if diff := cmp.Diff(want, l.Agreements); diff != "" {
			t.Fatalf("%s: ReadAll mismatch (-Read +ReadAll):\n%s", name, diff)
		}
	}

	r = NewReader(strings.NewReader(string(data)))
	var got []Agreement
	for range 1000 {
		a, err := r.Read()
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, a)
	}
	l, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, l.Agreements...)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("Read then ReadAll mismatch (-Read +both):\n%s", diff)
	}
}

// TestCollapseSpace compares collapseSpace with its definition, and checks
// that it makes no string when s, or a substring of it, is the result.
func TestCollapseSpace(t *testing.T) {
	def := func(s string) string { return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ") }
	for _, s := range []string{
		"", " ", "  ", "a", " a", "a ", " a ", "a b", "a  b", "a\tb", "a\u00a0b", "a \u3000 b",
		"Université de Lyon", "× ", " ×", "ST10, LT", "\u3000東京大学\u3000", "東京 大学",
		"a\u0085b", "a\u2028b", "\xffa  b\xfe", " \xff ", "a\x1cb", "Lao PDR  ", "\u00a0",
	} {
		if got, want := collapseSpace(s), def(s); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"Université de Lyon", "  Université de Lyon ", "\u3000東京大学", "×"} {
		if n := testing.AllocsPerRun(10, func() { collapseSpace(s) }); n != 0 {
			t.Errorf("collapseSpace(%q) makes %v allocations, want 0", s, n)
		}
	}
}

// TestQuoteCut checks that cutting a long value for a message counts
// characters, not bytes.
func TestQuoteCut(t *testing.T) {
	long := strings.Repeat("é", 61)
	if got, want := quoteCut(long), fmt.Sprintf("%q…", strings.Repeat("é", 60)); got != want {
		t.Errorf("quoteCut(61 × é) = %s, want %s", got, want)
	}
	bad := strings.Repeat("é", 60) + "\xff"
	if got, want := quoteCut(bad), fmt.Sprintf("%q…", strings.Repeat("é", 60)); got != want {
		t.Errorf("quoteCut(60 × é + bad byte) = %s, want %s", got, want)
	}
	if got, want := quoteCut("5名"), `"5名"`; got != want {
		t.Errorf("quoteCut(short) = %s, want %s", got, want)
	}
}

// splitCellsRef is splitCells as defined: split at tabs, at most max
// cells, each with its white space collapsed.
func splitCellsRef(s string, max int) ([]string, bool) {
	parts := strings.Split(s, "\t")
	more := len(parts) > max
	if more {
		parts = parts[:max]
	}
	cells := []string{}
	for _, p := range parts {
		cells = append(cells, strings.Join(strings.FieldsFunc(p, unicode.IsSpace), " "))
	}
	return cells, more
}

// TestSplitCells compares splitCells with its definition on lines of
// assorted cells, limits and white space, and checks that a line whose
// cells need no collapsing costs no allocation with a reused slice.
func TestSplitCells(t *testing.T) {
	pieces := []string{"", " ", "  ", "a", "Universität Wien", " b ", "c  d", "×", "\u3000", "e\u00a0f", "\r", "\v", "\u0085", "\u2028x", "\xff", "東京 大学 ", "5名"}
	var lines []string
	for i, p := range pieces {
		for j, q := range pieces {
			lines = append(lines, p+q, p+"\t"+q, p+"\t"+q+"\t"+pieces[(i+j)%len(pieces)], "\t"+p+"\t\t"+q+"\t")
		}
	}
	for _, line := range lines {
		for _, max := range []int{1, 2, 3, 4, DefaultMaxCells} {
			got, gotMore := splitCellsInto(nil, line, max)
			want, wantMore := splitCellsRef(line, max)
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" || gotMore != wantMore {
				t.Errorf("splitCellsInto(nil, %q, %d): more %v, want %v; cells (-want +got):\n%s", line, max, gotMore, wantMore, diff)
			}
		}
	}
	buf := make([]string, 0, DefaultMaxCells)
	line := "Austria\tUniversität Wien\t2017/06/28\t×"
	if n := testing.AllocsPerRun(10, func() { buf, _ = splitCellsInto(buf, line, DefaultMaxCells) }); n != 0 {
		t.Errorf("splitCellsInto(%q) makes %v allocations, want 0", line, n)
	}
}

// TestZeroReader checks that the zero Reader reads an empty listing
// rather than panicking.
func TestZeroReader(t *testing.T) {
	var r Reader
	if _, err := r.Read(); err != io.EOF {
		t.Errorf("Read: %v, want io.EOF", err)
	}
	var r2 Reader
	l, err := r2.ReadAll()
	if err != nil || len(l.Agreements) != 0 || l.Lines != 0 {
		t.Errorf("ReadAll: %+v, %v; want an empty listing", l, err)
	}
}

// TestNoAgreements checks that text in which no row is found is not
// silently nothing: an Error diagnostic on line 1 wraps ErrNoAgreements.
// Empty input and blank lines give none.
func TestNoAgreements(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     bool
	}{
		{"prose", "hello world\nthis is not a table\n", true},
		{"only a header", "Country\tPartner\tEffective Since\tQuota\n", true},
		{"empty", "", false},
		{"blank lines", "\n \n\t\n", false},
		{"one row", "Thailand\tMahidol University\t2017/07/27\t5\n", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Parse(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, d := range l.Diagnostics {
				if errors.Is(d, ErrNoAgreements) {
					got = true
					if d.Line != 1 || d.Severity != Error {
						t.Errorf("diagnostic %v, want line 1, error", d)
					}
				}
			}
			if got != tt.want {
				t.Errorf("ErrNoAgreements reported %v, want %v (%v)", got, tt.want, l.Diagnostics)
			}
		})
	}
}

// TestShapeForced checks that Reader.Shape overrides detection: a
// comma-separated listing read as tab-separated is one cell a line (the
// row's line, naming a university, a row with only a partner), and read
// as CSV is split at its commas.
func TestShapeForced(t *testing.T) {
	in := "Country,Partner,Effective Since,Quota\nThailand,\"Mahidol University, Salaya\",2017/07/27,5\n"
	for _, tt := range []struct {
		shape   Shape
		partner string
	}{
		{ShapeAuto, "Mahidol University, Salaya"},
		{ShapeCSV, "Mahidol University, Salaya"},
		{ShapeTabs, `Thailand,"Mahidol University, Salaya",2017/07/27,5`},
	} {
		r := NewReader(strings.NewReader(in))
		r.Shape = tt.shape
		l, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Agreements) != 1 || l.Agreements[0].Partner != tt.partner {
			t.Errorf("shape %v: agreements %+v, want one with partner %q", tt.shape, l.Agreements, tt.partner)
		}
	}
}

// TestWrappedUnitTail checks a partner's name that wraps before its unit
// in brackets, the unit on a line of its own without values: the line
// goes on the name above (its institution, "Thonburi", names none), while
// a line that names an institution of its own is a row without values.
func TestWrappedUnitTail(t *testing.T) {
	in := hdrSeed + "\n" +
		"Thailand\tKing Mongkut's University of Technology\t2015/02/26\t15\n" +
		"\tThonburi (Faculty of Engineering)\t\t\n" +
		"\tMahidol University\t2018/08/09\t5\n" +
		"\tKasetsart University (Faculty of Agriculture)\t\t\n"
	want := []string{
		"King Mongkut's University of Technology Thonburi (Faculty of Engineering)",
		"Mahidol University",
		"Kasetsart University (Faculty of Agriculture)",
	}
	got := parsedAs(t, in, func(a *Agreement) string { return a.Partner })
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("partners (-want +got):\n%s", diff)
	}
}

// TestLabelAcrossWrappedRows reads a merged label that wraps over two
// rows whose partners' names wrap too, as a PDF table with narrow
// columns extracts to tab-separated text: "Hong" on the first line of
// one row, "Kong" on the first line of the next, the first name's rest
// on the lines between. Hand-checked: both rows are Hong Kong's, and
// "Korea," / "Republic of" after "Republic of)" stay two labels.
func TestLabelAcrossWrappedRows(t *testing.T) {
	const in = "Country / Region\tPartner Institution\tDate of Agreement\tQuota\n" +
		"Egypt\tAin Shams University (Faculty of Agriculture)\t1999-01-05\t2\n" +
		"Hong\tCity University of Hong Kong (Jockey Club\t2004-02-19\t2\n" +
		"\tCollege of Veterinary Medicine and Life\t\t\n" +
		"\tSciences)\t\t\n" +
		"Kong\tThe Education University of Hong Kong\t1998-04-08\t1\n" +
		"Iran (Islamic\tIsfahan University of Technology\t2011-01-18\t2\n" +
		"Republic of)\tUniversity of Tehran (College of Agriculture\t2023-06-03\t2\n" +
		"\tand Natural Resources)\t\t\n" +
		"Korea,\tChungnam National University (College of\t2015-01-08\t3\n" +
		"\tAgriculture and Life Sciences)\t\t\n" +
		"Republic of\tGyeongsang National University\t2010-08-17\t2\n"
	want := []string{"EG", "HK", "HK", "IR", "IR", "KR", "KR"}
	got := parsedAs(t, in, func(a *Agreement) string { return a.Country.Code })
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("countries (-want +got):\n%s", diff)
	}
}

// TestLongFormWrappedAroundName reads a label that wraps around a
// partner's wrapped name: "Russian" on the line with the name's first
// half, "Federation" on the next row's line, the name's second half
// (an institution's name of its own, without values) between. The label
// stands around the line, so the line is the name's rest, not a row; a
// line without values under a label that does not wrap stays a row.
// Hand-checked: the Higher School of Economics is a Russian university.
func TestLongFormWrappedAroundName(t *testing.T) {
	const in = "Country / Region\tPartner Institution\tDate of Agreement\tQuota\n" +
		"Philippines\tUniversity of the Philippines Diliman\t2007-12-22\t3\n" +
		"Russian\tNational Research University\t2013-05-20\t2\n" +
		"\tHigher School of Economics\t\t\n" +
		"Federation\tNovosibirsk State University\t2016-09-01\t3\n" +
		"Korea\tSeoul National University\t2011-04-01\t2\n" +
		"\tKyung Hee University\t\t\n"
	type row struct{ Partner, Code string }
	want := []row{
		{"University of the Philippines Diliman", "PH"},
		{"National Research University Higher School of Economics", "RU"},
		{"Novosibirsk State University", "RU"},
		{"Seoul National University", "KR"},
		{"Kyung Hee University", "KR"},
	}
	got := parsedAs(t, in, func(a *Agreement) row { return row{a.Partner, a.Country.Code} })
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("agreements (-want +got):\n%s", diff)
	}
}

// TestDecomposedText reads a listing whose letters and accents are
// written apart (Unicode NFD, as some tools write Vietnamese): the
// header, the labels and the names read as in composed text, and come
// out composed. Hand-checked: Na Uy is Norway, Phần Lan Finland.
func TestDecomposedText(t *testing.T) {
	const nfc = "STT\tQuốc gia\tTrường đối tác\tNgày ký\n" +
		"1\t\tUniversity of Bergen\t21-04-2001\n" +
		"2\tNa Uy\tUniversity of Oslo\t02-05-2003\n" +
		"3\tPhần Lan\tUniversity of Helsinki\t11-11-2011\n"
	in := norm.NFD.String(nfc)
	if in == nfc {
		t.Fatal("the listing has no letter to decompose")
	}
	type row struct{ Label, Partner, Code string }
	want := []row{{"", "University of Bergen", "NO"}, {"Na Uy", "University of Oslo", "NO"}, {"Phần Lan", "University of Helsinki", "FI"}}
	got := parsedAs(t, in, func(a *Agreement) row { return row{a.CountryLabel, a.Partner, a.Country.Code} })
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("agreements (-want +got):\n%s", diff)
	}
}

// TestRemaining checks what ReadAll learns of a source's length: the
// bytes left in an in-memory reader or a regular file, from where it
// stands, and nothing from a pipe.
func TestRemaining(t *testing.T) {
	sr := strings.NewReader("0123456789")
	io.CopyN(io.Discard, sr, 4)
	if n, ok := remaining(sr); !ok || n != 6 {
		t.Errorf("strings.Reader: %d, %v; want 6, true", n, ok)
	}
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, []byte("0123456789"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	io.CopyN(io.Discard, f, 3)
	if n, ok := remaining(f); !ok || n != 7 {
		t.Errorf("file: %d, %v; want 7, true", n, ok)
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	defer pw.Close()
	if n, ok := remaining(pr); ok {
		t.Errorf("pipe: %d, true; want false", n)
	}
	if _, ok := remaining(io.MultiReader(sr)); ok {
		t.Error("a reader that cannot tell: true, want false")
	}
}

// TestRegionPieceNoHeading checks a region's merged cell that wraps
// onto a line of its own ("North" / "America") in a listing with a
// country column: the piece is no country heading for the row below.
func TestRegionPieceNoHeading(t *testing.T) {
	const listing = "Region\tCountry\tPartner Institution\tEffective Since\n" +
		"\t\tUniversity of Regina\t2023/12/02\n" +
		"North\tCanada\tUniversité du Québec à Chicoutimi\t2021/09/24\n" +
		"America\t\t\t\n" +
		"\t\tUniversity of Guelph\t2016/06/08\n" +
		"\tUnited States\tUniversity of Arkansas\t1998/03/02\n"
	l, err := Parse(strings.NewReader(listing))
	if err != nil {
		t.Fatal(err)
	}
	warned := map[int]bool{}
	for _, d := range l.Diagnostics {
		warned[d.Line] = warned[d.Line] || d.Severity >= Warning
	}
	for _, a := range l.Agreements {
		if a.Partner == "University of Guelph" && a.Country.Code == "US" && !warned[a.Line] {
			t.Errorf("line %d: %s placed in the United States without a warning: \"America\" read as a heading", a.Line, a.Partner)
		}
	}
}

// TestNameInLabelCellNumbered checks a partner's name run into the
// label's cell on a row whose number no header names: it goes back to
// the partner, whose column the number shifts too.
func TestNameInLabelCellNumbered(t *testing.T) {
	const listing = "Country\tPartner\tDate\n" +
		"1\tベルギー Belgium ゲント大学\tルーヴェン大学\t1997/08/08\n"
	l, err := Parse(strings.NewReader(listing))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Agreements) != 1 {
		t.Fatalf("%d agreements, want 1", len(l.Agreements))
	}
	if a := l.Agreements[0]; !strings.Contains(a.Partner, "ゲント大学") || a.Country.Code != "BE" {
		t.Errorf("partner %q in %q, want it to hold ゲント大学, in BE", a.Partner, a.Country.Code)
	}
}

// TestValuelessRowWarned checks that a line with a partner's name but
// no values, read as a row of its own in a listing whose rows have
// values, carries a warning: it may be the rest of the name above.
func TestValuelessRowWarned(t *testing.T) {
	const listing = "Country\tPartner\tDate\tQuota\n" +
		"Russia\tRussian State Agrarian University - Moscow\t2009-06-10\t2\n" +
		"\tTimiryazev Agricultural Academy\t\t\n" +
		"\tSiberian Federal University\t2010-11-20\t1\n"
	l, err := Parse(strings.NewReader(listing))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range l.Agreements {
		if a.Line != 3 {
			continue
		}
		for _, d := range l.Diagnostics {
			if d.Line == 3 && errors.Is(d.Err, ErrNoValues) && d.Severity == Warning {
				return
			}
		}
		t.Fatalf("line 3 read as a row (%q) without an ErrNoValues warning", a.Partner)
	}
}

// TestShapeDetected checks the shape read from a listing's first lines,
// among them a CSV whose quoted cells keep the line breaks of cells
// wrapped in the PDF, so that no line alone has the record's commas.
func TestShapeDetected(t *testing.T) {
	tests := []struct {
		name string
		text string
		want Shape
	}{
		{"tabs", "Country\tPartner\tDate\tQuota\nThailand\tMahidol University\t2018/08/09\t5\n", ShapeTabs},
		{"csv", "Country,Partner,Date,Quota\nThailand,Mahidol University,2018/08/09,5\n,Kasetsart University,2016/03/01,5\n", ShapeCSV},
		{"csv with wrapped cells", "Paese,Università partner,Data stipula,Scadenza,Posti\n" +
			"Albania,\"Universiteti Politeknik i\nTiranës\",22/10/2011,21/10/2016,2\n" +
			"Argentina,\"Universidad Nacional de Río\nCuarto\",23/3/2003,22/3/2008,2\n" +
			",\"Universidad Tecnológica\nNacional – Facultad Regional\nBuenos Aires\",21/9/2011,20/9/2016,2\n", ShapeCSV},
		{"semicolons", "Pays;Établissement;Date;Places\nFrance;Université de Lille;28/06/2017;2\n;Université de Nantes;01/02/2015;3\n", ShapeSemicolons},
		{"pipes", "| Country | Partner | Date |\n|---|---|---|\n| Thailand | Mahidol University | 2018/08/09 |\n", ShapePipes},
		{"aligned", "Country     Partner                 Date\nThailand    Mahidol University      2018/08/09\n            Kasetsart University    2016/03/01\n", ShapeAligned},
	}
	for _, tt := range tests {
		if got := detectShape(strings.Split(tt.text, "\n")); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestTitleNamingColumns reads a listing whose title, cut into cells,
// has words that name columns ("Partners", "by Country") above the
// header: the title is no first line of a header that wrapped, and the
// header's own columns hold.
func TestTitleNamingColumns(t *testing.T) {
	const in = "Exchange\tPartners\tby Country\t\n" +
		"Country\tPartner\tDate\tQuota\n" +
		"Thailand\tMahidol University\t2018/08/09\t5\n" +
		"\tKasetsart University\t2016/03/01\t3\n"
	type row struct{ Partner, Code, Date, Quota string }
	want := []row{{"Mahidol University", "TH", "2018-08-09", "5"}, {"Kasetsart University", "TH", "2016-03-01", "3"}}
	got := parsedAs(t, in, func(a *Agreement) row {
		return row{a.Partner, a.Country.Code, a.EffectiveSince.String(), a.Quota.Raw}
	})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("agreements (-want +got):\n%s", diff)
	}
}

// TestTitleAcrossColumns reads a listing whose title, above the header,
// is cut into cells that reach the date column, as space-aligned text
// cuts a title at the columns below it: the title is no row.
func TestTitleAcrossColumns(t *testing.T) {
	const in = "DANH\tSÁCH CÁC TRƯỜNG\tĐỐI TÁC NƯỚC NGOÀI\n" +
		"Quốc gia\tTrường đối tác\tNgày ký\tSố lượng\n" +
		"Anh\tCoventry University\t21-04-2001\t2\n" +
		"\tUniversity of Leeds\t03-05-2010\t3\n"
	l, err := Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var partners []string
	for _, a := range l.Agreements {
		partners = append(partners, a.Partner)
	}
	if want := []string{"Coventry University", "University of Leeds"}; !slices.Equal(partners, want) {
		t.Errorf("partners %q, want %q", partners, want)
	}
	if len(l.Ignored) == 0 || l.Ignored[0].Line != 1 || l.Ignored[0].Kind != LineTitle {
		t.Errorf("ignored %+v, want line 1 first, a title", l.Ignored)
	}
}

// TestFootnoteInCountryColumn reads a footnote under a space-aligned
// table that starts in the country column and runs across the next: it
// is page furniture (a title line), not the label of the row above, and
// no row's text. Labels stand on lines of their own between their
// group's rows, as pdftotext sets a merged cell's text.
func TestFootnoteInCountryColumn(t *testing.T) {
	const in = "" +
		" Country           Code             Partner                                 Quota     Date\n" +
		"                   SI LJUBLJA01     Univerza v Ljubljani                    2         22 Ekim 2013\n" +
		" SLOVENIA\n" +
		"                   SI MARIBOR01     Univerza v Mariboru                     2         3 Mart 2011\n" +
		"                   G ATHINE01       National Technical University of Athens 2         8 Kasım 2003\n" +
		" GREECE\n" +
		"                   G THESSAL01      Aristotle University of Thessaloniki    2         19 Mart 2021\n" +
		"* Quota: students a year / months of stay.\n"
	l, err := Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"SI", "SI", "GR", "GR"}
	var got []string
	for _, a := range l.Agreements {
		got = append(got, a.Country.Code)
	}
	if !slices.Equal(got, want) {
		t.Errorf("countries %q, want %q", got, want)
	}
	if n := len(l.Agreements); n > 0 && l.Agreements[n-1].EndLine != 7 {
		t.Errorf("the last row ends on line %d, want 7", l.Agreements[n-1].EndLine)
	}
	var last IgnoredLine
	for _, ig := range l.Ignored {
		if ig.Line == 8 {
			last = ig
		}
	}
	if last.Kind != LineTitle {
		t.Errorf("line 8 ignored as %v, want a title", last.Kind)
	}
}

// parsedAs parses a listing and returns f of each of its agreements, in
// order; Parse's error fails the test.
func parsedAs[T any](t *testing.T, in string, f func(a *Agreement) T) []T {
	t.Helper()
	l, err := Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	out := make([]T, 0, len(l.Agreements))
	for i := range l.Agreements {
		out = append(out, f(&l.Agreements[i]))
	}
	return out
}

// TestPipeLineBreaks reads a Markdown table whose cells hold line
// breaks as HTML tags ("Bolivia<br>(Plurinational<br>State of)"), as
// wikis write a cell that wraps: the label reads as its country.
func TestPipeLineBreaks(t *testing.T) {
	const in = "| Country | Partner Institution | Date Signed |\n" +
		"|:---|:---|---:|\n" +
		"| Bolivia<br>(Plurinational<br>State of) | Universidad Mayor de San Simón | 15-Oct-05 |\n" +
		"| Korea,<br/>Republic of | Soongsil University | 15-Jun-98 |\n"
	type row struct{ Label, Code string }
	got := parsedAs(t, in, func(a *Agreement) row { return row{a.CountryLabel, a.Country.Code} })
	want := []row{{"Bolivia (Plurinational State of)", "BO"}, {"Korea, Republic of", "KR"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("agreements (-want +got):\n%s", diff)
	}
}

// TestLabelPiecesNotQualifier reads space-aligned text whose labels wrap
// over several lines in a narrow column, the second broken inside a word
// ("Moldova," / "Republic of", then "Netherland" / "s (Kingdom" / "of
// the)"), and a third label after them: the first label's name with the
// next label's pieces is no name and qualifier. Hand-checked: the
// partners are in Moldova, the Netherlands and North Macedonia.
func TestLabelPiecesNotQualifier(t *testing.T) {
	const in = "" +
		"Country       Partner Institution                            Scope        Date Signed   Quota\n" +
		"Moldova,\n" +
		"              Technical University of Moldova                Faculty      25-Jul-03     1 UG\n" +
		"Republic of\n" +
		"Netherland\n" +
		"s (Kingdom    Breda University of Applied Sciences           University   24-Sep-09     2 UG\n" +
		"of the)\n" +
		"North\n" +
		"              Ss. Cyril and Methodius University in Skopje   University   20-Oct-01     2 UG\n" +
		"Macedonia\n"
	got := parsedAs(t, in, func(a *Agreement) string { return a.Country.Code })
	if want := []string{"MD", "NL", "MK"}; !slices.Equal(got, want) {
		t.Errorf("countries %q, want %q", got, want)
	}
}

// TestLabelBrokenAtConnector reads a label broken inside a word whose
// rest is a word of its own elsewhere ("Stany" / "Zjednoczon" / "e", "e"
// being "and" in Italian and Portuguese), over lines that interleave with
// its rows: one label, the United States. Hand-checked against the
// table as printed.
func TestLabelBrokenAtConnector(t *testing.T) {
	const in = "" +
		"    Kraj          Uczelnia partnerska            Miasto       Liczba miejsc  Data podpisania\n" +
		"Słowacja    Žilinská univerzita v Žiline       Żylina       2 SMS          27 czerwca 2016 r.\n" +
		"            DePaul University                  Chicago      2 SMS          27 maja 2023 r.\n" +
		"Stany\n" +
		"Zjednoczon\n" +
		"            Kent State University              Kent         1 SMS          27 czerwca 2022 r.\n" +
		"e\n" +
		"Szwecja     Malmö universitet                  Malmö        2 SMS          13 lipca 2021 r.\n"
	got := parsedAs(t, in, func(a *Agreement) string { return a.Country.Code })
	if want := []string{"SK", "US", "US", "SE"}; !slices.Equal(got, want) {
		t.Errorf("countries %q, want %q", got, want)
	}
}

// TestSoftHyphens reads names holding soft hyphens (U+00AD), where a
// word may break, and one broken there at a line's end with a hyphen
// (U+2010): the names come out whole, as printed unbroken.
func TestSoftHyphens(t *testing.T) {
	const in = "Land\tPartnerhochschule\tseit\n" +
		"Finnland\tMetropolia Ammatti\u00adkorkea\u00adkoulu\t04.02.2015\n" +
		"\tTurun ammatti\u00adkorkea\u00adkoulu\t05.12.2019\n" +
		"Frankreich\tUniversité de Tech\u00adno\u00ad\u2010\t12.03.2010\n" +
		"\tlogie de Belfort-Montbéliard\t\n"
	got := parsedAs(t, in, func(a *Agreement) string { return a.Partner })
	want := []string{"Metropolia Ammattikorkeakoulu", "Turun ammattikorkeakoulu", "Université de Technologie de Belfort-Montbéliard"}
	if !slices.Equal(got, want) {
		t.Errorf("partners %q, want %q", got, want)
	}
}

// TestQuotedLineBreaksShort reads a short listing (fewer lines than the
// shape is detected from) whose quoted cells hold line breaks, in CSV
// and in tab-separated text as spreadsheets write it: each record is
// one row, its label read whole.
func TestQuotedLineBreaksShort(t *testing.T) {
	for _, sep := range []string{",", "\t"} {
		in := strings.Join([]string{"Country", "Partner Institution", "Date Signed"}, sep) + "\n" +
			strings.Join([]string{"\"Bolivia\n(Plurinational\nState of)\"", "Universidad Mayor de San Simón", "15-Oct-05"}, sep) + "\n" +
			strings.Join([]string{"", "Universidad Católica Boliviana \"San Pablo\"", "26-Jan-04"}, sep) + "\n" +
			strings.Join([]string{"Brazil", "Universidade Federal do Pará", "23-Jul-98"}, sep) + "\n"
		type row struct {
			Line        int
			Label, Code string
		}
		got := parsedAs(t, in, func(a *Agreement) row { return row{a.Line, a.CountryLabel, a.Country.Code} })
		want := []row{{2, "Bolivia (Plurinational State of)", "BO"}, {5, "", "BO"}, {6, "Brazil", "BR"}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("separator %q: agreements (-want +got):\n%s", sep, diff)
		}
	}
}

// TestBeyondConflict: in a group whose own label was lost, so that its
// rows went to the group above, a row whose name names another country
// (Chiang Mai, a Thai city) is warned, and so is the row beyond it, away
// from the label, whose name says nothing: the group may end before
// both. (A listing of the metamorphic suite: Thailand's label lost.)
func TestBeyondConflict(t *testing.T) {
	const in = "Country/Area\tPartner University/School/Institute\tEffective Since\tQuota\n" +
		"\tAteneo de Manila University\t2016/02/02\t3\n" +
		"Philippines\tMapúa University\t2018/08/18\t2\n" +
		"Ph1lipp1nes\tUniversity of San Carlos\t2013/05/13\t×\n" +
		"\tUniversity of Santo Tomas\t2019/07/07\t5\n" +
		"\tNanyang Technological University\t2012/01/12\t5\n" +
		"nnqaoore\tNational University of Singapore\t2010/10/10\tST10,LT\n" +
		"Singapore\tSingapore University of Technology and Design\t2017/04/17\t2\n" +
		"\tChiang Mai University\t2015/05/15\t3\n" +
		"\tThammasat University\t2014/04/14\t2\n"
	l, err := Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	warned := map[int]string{}
	for _, d := range l.Diagnostics {
		if d.Severity >= Warning {
			warned[d.Line] = d.Message
		}
	}
	if warned[9] == "" {
		t.Errorf("line 9: no warning, want one")
	}
	if !strings.Contains(warned[10], "beyond line 9") {
		t.Errorf("line 10: warning %q, want one saying it lies beyond line 9", warned[10])
	}
}
