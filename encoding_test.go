package agreements

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

func readSeed(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "exchange-agreements.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// encodeAs returns s in enc, failing the test on a character enc cannot
// represent.
func encodeAs(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding with %v: %v", enc, err)
	}
	return b
}

func parseBytes(t *testing.T, b []byte, enc encoding.Encoding) *Listing {
	t.Helper()
	r := NewReader(bytes.NewReader(b))
	r.Encoding = enc
	l, err := r.ReadAll()
	if err != nil {
		t.Fatalf("ReadAll: %v", err)
	}
	return l
}

// sameParse reports the differences between two parses of the same
// listing in two encodings: their agreements and ignored lines must be
// equal. Diagnostics may differ by the one that names the encoding.
func sameParse(t *testing.T, want, got *Listing) {
	t.Helper()
	if diff := cmp.Diff(want.Agreements, got.Agreements); diff != "" {
		t.Errorf("agreements (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want.Ignored, got.Ignored); diff != "" {
		t.Errorf("ignored lines (-want +got):\n%s", diff)
	}
	if want.Lines != got.Lines {
		t.Errorf("%d lines, want %d", got.Lines, want.Lines)
	}
}

// TestEncodingSeed re-encodes the seed listing and checks that each
// encoding parses to the very same agreements as the UTF-8 original.
func TestEncodingSeed(t *testing.T) {
	seed := readSeed(t)
	want := parseBytes(t, []byte(seed), nil)
	if len(want.Agreements) != 104 {
		t.Fatalf("seed: %d agreements, want 104", len(want.Agreements))
	}
	le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	tests := []struct {
		name string
		in   []byte
		enc  encoding.Encoding // forced; nil to detect
	}{
		{"UTF-8 with BOM", append([]byte("\uFEFF"), seed...), nil},
		{"UTF-16LE with BOM", encodeAs(t, le, "\uFEFF"+seed), nil},
		{"UTF-16BE with BOM", encodeAs(t, be, "\uFEFF"+seed), nil},
		{"UTF-16LE without BOM", encodeAs(t, le, seed), nil},
		{"UTF-16BE without BOM", encodeAs(t, be, seed), nil},
		{"UTF-16LE forced", encodeAs(t, le, seed), le},
		{"UTF-8 forced", []byte(seed), unicode.UTF8},
		{"CR only", []byte(strings.ReplaceAll(seed, "\n", "\r")), nil},
		{"CRLF", []byte(strings.ReplaceAll(seed, "\n", "\r\n")), nil},
		{"UTF-16BE, CR only", encodeAs(t, be, "\uFEFF"+strings.ReplaceAll(seed, "\n", "\r")), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameParse(t, want, parseBytes(t, tt.in, tt.enc))
		})
	}
}

// japaneseSeed returns the seed listing as a Japanese publisher would
// print it: headers and title in Japanese. Shift_JIS and EUC-JP
// (JIS X 0208) have "×" and the Cyrillic of "Могоссо" but no accented
// Latin letters, so the few accented partners lose their accents. The
// lines, labels, dates and quotas stay as they are.
func japaneseSeed(seed string) string {
	deaccent := strings.NewReplacer("í", "i", "é", "e", "ñ", "n", "É", "E")
	lines := strings.Split(seed, "\n")
	for i, l := range lines {
		switch {
		case strings.HasPrefix(l, "Country/Area\t"):
			lines[i] = "国・地域\t協定校\t締結日\t受入人数"
		case strings.HasPrefix(l, "Academic Exchange Agreement"):
			lines[i] = "学術交流協定一覧（工学研究科）"
		default:
			lines[i] = deaccent.Replace(l)
		}
	}
	return strings.Join(lines, "\n")
}

// TestEncodingJapanese checks that a Japanese listing parses the same in
// UTF-8, Shift_JIS and EUC-JP, detected or forced, and that it gives the
// seed's agreements but for the partners' accents.
func TestEncodingJapanese(t *testing.T) {
	seed := readSeed(t)
	orig := parseBytes(t, []byte(seed), nil)
	jp := japaneseSeed(seed)
	want := parseBytes(t, []byte(jp), nil)

	deaccent := strings.NewReplacer("í", "i", "é", "e", "ñ", "n", "É", "E")
	wantAgreements := make([]Agreement, len(orig.Agreements))
	for i, a := range orig.Agreements {
		a.Partner = deaccent.Replace(a.Partner)
		wantAgreements[i] = a
	}
	if diff := cmp.Diff(wantAgreements, want.Agreements); diff != "" {
		t.Errorf("Japanese listing in UTF-8: agreements (-want +got):\n%s", diff)
	}

	for _, tt := range []struct {
		name string
		enc  encoding.Encoding
	}{
		{"Shift_JIS", japanese.ShiftJIS},
		{"EUC-JP", japanese.EUCJP},
	} {
		in := encodeAs(t, tt.enc, jp)
		t.Run(tt.name+" detected", func(t *testing.T) {
			if s, err := sniff(in[:min(len(in), sniffLen)], false); err != nil || s.name != tt.name {
				t.Errorf("sniffed as %q, %v; want %s", s.name, err, tt.name)
			}
			sameParse(t, want, parseBytes(t, in, nil))
		})
		t.Run(tt.name+" forced", func(t *testing.T) {
			sameParse(t, want, parseBytes(t, in, tt.enc))
		})
	}
}

// TestSniff checks the choice of encoding on short inputs.
func TestSniff(t *testing.T) {
	sjis := func(s string) string { return string(encodeAs(t, japanese.ShiftJIS, s)) }
	eucjp := func(s string) string { return string(encodeAs(t, japanese.EUCJP, s)) }
	u16le := func(s string) string {
		return string(encodeAs(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), s))
	}
	noisy := make([]byte, 4096)
	x := uint32(1)
	for i := range noisy {
		x = x*1664525 + 1013904223
		noisy[i] = byte(x >> 24)
		if noisy[i] == 0 {
			noisy[i] = 0xFF
		}
	}
	tests := []struct {
		name    string
		in      string
		want    string // encoding name; "" for UTF-8
		wantErr error
	}{
		{"empty", "", "", nil},
		{"ASCII", "Germany\tTU Berlin\t2001/01/01\t2\n", "", nil},
		{"UTF-8", "Могоссо\tÉcole\t×\n", "", nil},
		{"UTF-8 BOM", "\uFEFFa\tb\n", "", nil},
		{"UTF-16LE BOM", "\xFF\xFEa\x00", "UTF-16LE", nil},
		{"UTF-16BE BOM", "\xFE\xFF\x00a", "UTF-16BE", nil},
		{"UTF-16LE", u16le("Germany\tTU Berlin\n"), "UTF-16LE", nil},
		{"UTF-16LE Japanese", u16le("ドイツ\tベルリン工科大学\t2001/01/01\n"), "UTF-16LE", nil},
		{"Shift_JIS", sjis("ドイツ\tベルリン工科大学\t2001/01/01\t2\n"), "Shift_JIS", nil},
		{"EUC-JP", eucjp("ドイツ\tベルリン工科大学\t2001/01/01\t2\n"), "EUC-JP", nil},
		{"Latin-1 stays UTF-8", "Espa\xf1a\tUniversidad de Ja\xe9n\t2001/01/01\t2\n", "", nil},
		{"invalid UTF-8 stays UTF-8", "a\xff\tb\n", "", nil},
		{"NUL", "Germany\x00\tTU Berlin\n", "", ErrBinary},
		{"lone NUL", "\x00", "", ErrBinary},
		{"noise", string(noisy), "", ErrBinary},
		{"control characters", strings.Repeat("\x01\x02abc", 100), "", ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := sniff([]byte(tt.in), true)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if s.name != tt.want {
				t.Errorf("sniffed %q, want %q", s.name, tt.want)
			}
		})
	}
}

// TestEncodingLate checks that bytes of another encoding past the
// sniffed prefix are replaced with a diagnostic on their line.
func TestEncodingLate(t *testing.T) {
	var b bytes.Buffer
	n := 0
	for b.Len() <= sniffLen {
		b.WriteString("\tTU Berlin\t2001/01/01\t2\n")
		n++
	}
	b.Write(encodeAs(t, japanese.ShiftJIS, "ドイツ\tベルリン工科大学\t2001/01/01\t2\n"))
	l := parseBytes(t, b.Bytes(), nil)
	if got := len(l.Agreements); got != n+1 {
		t.Fatalf("%d agreements, want %d", got, n+1)
	}
	last := l.Agreements[n]
	if !strings.Contains(last.CountryLabel+last.Partner, "\uFFFD") {
		t.Errorf("last row %q %q: no U+FFFD", last.CountryLabel, last.Partner)
	}
	found := false
	for _, d := range l.Diagnostics {
		if d.Line == n+1 && errors.Is(d, ErrInvalidUTF8) {
			found = true
		}
	}
	if !found {
		t.Errorf("no ErrInvalidUTF8 diagnostic on line %d: %v", n+1, l.Diagnostics)
	}
}
