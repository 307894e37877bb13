package agreements

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// checkEveryLine reports every line of 1..l.Lines that is not exactly
// once either an agreement or an ignored line, and every diagnostic
// outside that range.
func checkEveryLine(t testing.TB, l *Listing) {
	t.Helper()
	seen := make([]int, l.Lines+1)
	bad := 0
	mark := func(n int, what string) {
		if n < 1 || n > l.Lines {
			t.Errorf("%s on line %d, outside 1..%d", what, n, l.Lines)
			bad++
			return
		}
		seen[n]++
	}
	// An agreement owns its lines from Line to EndLine, but those ignored
	// among them (a header inside a row cut by a page break).
	ignored := map[int]bool{}
	for _, ig := range l.Ignored {
		mark(ig.Line, "ignored line")
		ignored[ig.Line] = true
	}
	for _, a := range l.Agreements {
		if a.EndLine < a.Line {
			t.Errorf("agreement on line %d ends on line %d", a.Line, a.EndLine)
		}
		mark(a.Line, "agreement")
		for n := a.Line + 1; n <= a.EndLine; n++ {
			if !ignored[n] {
				mark(n, "agreement")
			}
		}
	}
	for n := 1; n <= l.Lines && bad < 10; n++ {
		if seen[n] != 1 {
			t.Errorf("line %d accounted for %d times, want once", n, seen[n])
			bad++
		}
	}
	for _, d := range l.Diagnostics {
		if d.Line < 1 || d.Line > l.Lines {
			t.Errorf("diagnostic %q on line %d, outside 1..%d", d.Error(), d.Line, l.Lines)
		}
	}
}

// hostileNoise returns n pseudo-random bytes; without NULs when nonul is set.
func hostileNoise(n int, nonul bool) []byte {
	b := make([]byte, n)
	x := uint32(12345)
	for i := range b {
		x = x*1664525 + 1013904223
		b[i] = byte(x >> 24)
		if nonul && b[i] == 0 {
			b[i] = 0xFE
		}
	}
	return b
}

// hostileRows returns a header and n data rows; label gives the country cell of row i.
func hostileRows(n int, label func(i int) string) []byte {
	var b bytes.Buffer
	b.WriteString("Country/Area\tPartner University/School/Institute\tEffective Since\tQuota\n")
	for i := range n {
		fmt.Fprintf(&b, "%s\tUniversity %06d (Faculty of Engineering)\t2010/%02d/%02d\t%d\n", label(i), i, i%12+1, i%28+1, i%10)
	}
	return b.Bytes()
}

var hostileLabels = []string{"Argentina", "Belgium", "China", "Germany", "India", "Korea", "Poland", "Thailand", "USA", "Vietnam"}

// hostileFactor bounds the time of every hostile input to this many
// times the baseline's: 100,000 rows of an ordinary listing. The slowest
// input, 100,000 distinct labels each resolved by edit distance, takes
// about 5 times the baseline; work quadratic in the rows would take
// thousands of times.
const hostileFactor = 25

// TestHostile feeds inputs meant to break a parser: each must be read
// with the expected error or diagnostics, no line lost, and in time
// linear in its size: at most hostileFactor times the time of an
// ordinary listing of 100,000 rows, timed in the same test (see
// timeBound), so that a slow or busy machine does not fail it.
func TestHostile(t *testing.T) {
	const row = "Germany\tTechnische Universität Berlin\t2001/01/01\t2\n"
	seed := readSeed(t)
	ordinary := hostileRows(100000, func(i int) string { return hostileLabels[i/7%len(hostileLabels)] })
	bound := timeBound{baseline: func() {
		if _, err := Parse(bytes.NewReader(ordinary)); err != nil {
			t.Fatal(err)
		}
	}}
	tests := []struct {
		name       string
		in         func() []byte
		wantErr    error   // the error ReadAll must return
		wantDiags  []error // sentinels some diagnostic must wrap
		agreements int     // expected number of agreements; -1 not to check
		check      func(t *testing.T, l *Listing)
	}{
		{name: "empty", in: func() []byte { return nil }},
		{
			name: "only headers",
			in: func() []byte {
				return []byte(strings.Repeat("Country/Area\tPartner University/School/Institute\tEffective Since\tQuota\n\n", 3))
			},
		},
		{name: "binary noise", in: func() []byte { return hostileNoise(1<<16, false) }, wantErr: ErrBinary},
		{name: "binary noise without NUL", in: func() []byte { return hostileNoise(1<<16, true) }, wantErr: ErrBinary},
		{name: "noise after text", in: func() []byte { return append([]byte(row), hostileNoise(1<<16, true)...) }, wantErr: ErrBinary},
		{
			name: "invalid UTF-8",
			in: func() []byte {
				return []byte("Germany\tTechnische Universit\xe4t Berlin\t2001/01/01\t2\n\xff\xfe\xfd\n")
			},
			wantDiags:  []error{ErrInvalidUTF8},
			agreements: 1,
			check: func(t *testing.T, l *Listing) {
				if p := l.Agreements[0].Partner; p != "Technische Universit\uFFFDt Berlin" {
					t.Errorf("partner %q", p)
				}
			},
		},
		{name: "NUL bytes", in: func() []byte { return []byte("Germany\x00\tTU Berlin\t2001/01/01\t2\n") }, wantErr: ErrBinary},
		{name: "UTF-16 without BOM, odd length", in: func() []byte { return []byte("a\x00b\x00\n\x00c") }, agreements: -1},
		{
			name: "lone NUL past the sniffed bytes",
			in: func() []byte {
				b := bytes.Repeat([]byte(row), sniffLen/len(row)+1)
				return append(b, "Germany\tTechnische\x00 Universität\t2001/01/01\t2\n"...)
			},
			wantDiags:  []error{ErrBinary},
			agreements: sniffLen/len(row) + 2,
		},
		{
			name: "8 MiB line",
			in: func() []byte {
				return []byte("Germany\t" + strings.Repeat("TU Berlin ", 8<<20/10) + "\t2001/01/01\t2\n" + row)
			},
			wantDiags:  []error{ErrLongLine},
			agreements: 2,
			check: func(t *testing.T, l *Listing) {
				if n := len(l.Agreements[0].Partner); n > DefaultMaxLineLength {
					t.Errorf("partner of %d bytes kept", n)
				}
				if a := l.Agreements[1]; a.Line != 2 || a.Partner != "Technische Universität Berlin" {
					t.Errorf("row after the long line: line %d, partner %q", a.Line, a.Partner)
				}
			},
		},
		{
			name:       "200,000 cells",
			in:         func() []byte { return []byte(strings.Repeat("Germany\t", 200000) + "\n" + row) },
			wantDiags:  []error{ErrLongLine},
			agreements: -1,
		},
		{
			name:       "200,000 tabs",
			in:         func() []byte { return []byte("Germany\tTU Berlin" + strings.Repeat("\t", 200000) + "2001/01/01\t2\n") },
			wantDiags:  []error{ErrLongLine},
			agreements: -1,
		},
		{
			name: "200,000-letter label",
			in: func() []byte {
				return []byte(strings.Repeat("Germany", 200000/7) + "\tTU Berlin\t2001/01/01\t2\n" + row)
			},
			agreements: 2,
		},
		{
			name: "huge cells with runs of space",
			in: func() []byte {
				return []byte("Germany\tTU  \u3000 Berlin" + strings.Repeat(" \u00a0 x", 200000) + "\t2001/01/01\t2\n")
			},
			agreements: 1,
		},
		{
			name: "huge date and quota cells",
			in: func() []byte {
				return []byte("Germany\tTU Berlin\t2001/" + strings.Repeat("1", 400000) + "/01\t" + strings.Repeat("ST10,", 80000) + "\n")
			},
			wantDiags:  []error{ErrBadDate, ErrBadQuota},
			agreements: 1,
		},
		{
			name: "100,000 unbalanced brackets",
			in: func() []byte {
				return []byte("Germany\tTU Berlin " + strings.Repeat("[(", 50000) + strings.Repeat(")", 1000) + "\t2001/01/01\t2\n")
			},
			agreements: 1,
			check: func(t *testing.T, l *Listing) {
				_ = l.Agreements[0].Name()
			},
		},
		{
			name:       "100,000 rows without label",
			in:         func() []byte { return hostileRows(100000, func(int) string { return "" }) },
			agreements: 100000,
		},
		{
			name: "100,000 rows with a label each",
			in: func() []byte {
				return hostileRows(100000, func(i int) string { return hostileLabels[i/7%len(hostileLabels)] })
			},
			agreements: 100000,
		},
		{
			// One label copied onto every row makes one group of them
			// all: the streaming window must not retry it on every line.
			name:       "100,000 rows with the same label",
			in:         func() []byte { return hostileRows(100000, func(int) string { return "Thailand" }) },
			agreements: 100000,
		},
		{
			name:       "100,000 distinct labels",
			in:         func() []byte { return hostileRows(100000, func(i int) string { return fmt.Sprintf("Country %d", i) }) },
			agreements: 100000,
		},
		{
			name:       "200,000 blank lines",
			in:         func() []byte { return []byte(strings.Repeat("\r", 100000) + strings.Repeat("\t \t\n", 100000)) },
			agreements: 0,
		},
		{
			name: "impossible dates and quotas",
			in: func() []byte {
				return []byte("Germany\tA\t2017/02/30\t2\n" +
					"\tB\t2017/13/01\tST-1\n" +
					"\tC\t0000/00/00\t-5\n" +
					"\tD\t99999/1/1\t99999999999999999999999999\n" +
					"\tE\t2017年13月1日\tST10,LT,XX\n" +
					"\tF\t2017/6/31\tST１０,LT\n")
			},
			wantDiags:  []error{ErrBadDate, ErrBadQuota},
			agreements: 6,
		},
		{
			name:       "seed",
			in:         func() []byte { return []byte(seed) },
			agreements: 104,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in()
			var l *Listing
			var err error
			parse := func() { l, err = Parse(bytes.NewReader(in)) }
			elapsed := measure(parse)
			t.Logf("%s: %d bytes", tt.name, len(in))
			bound.check(t, hostileFactor, elapsed, parse)
			if tt.check != nil && err == nil && l != nil {
				tt.check(t, l)
			}
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				var pe *ParseError
				if !errors.As(err, &pe) {
					t.Errorf("error %T, want *ParseError", err)
				}
				if s := err.Error(); strings.ContainsAny(s, "\r\n") {
					t.Errorf("error %q is not one line", s)
				}
			}
			checkEveryLine(t, l)
			if tt.agreements >= 0 && len(l.Agreements) != tt.agreements {
				t.Errorf("%d agreements, want %d", len(l.Agreements), tt.agreements)
			}
			for _, want := range tt.wantDiags {
				found := false
				for _, d := range l.Diagnostics {
					if errors.Is(d.Err, want) {
						found = true
						break
					}
				}
				if !found {
					t.Errorf("no diagnostic wraps %v", want)
				}
			}
			for _, d := range l.Diagnostics {
				if s := d.Error(); strings.ContainsAny(s, "\r\n") || len(s) > 1000 {
					t.Errorf("diagnostic not one short line: %.200q", s)
				}
			}
		})
	}
}

// TestHostileBinaryError checks the error that refuses binary input: a
// *ParseError about the whole input, wrapping ErrBinary, saying the input
// is not text, with nothing read.
func TestHostileBinaryError(t *testing.T) {
	l, err := Parse(bytes.NewReader(hostileNoise(4096, false)))
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrBinary) || pe.Line != 0 {
		t.Fatalf("error %#v, want a *ParseError on line 0 wrapping ErrBinary", err)
	}
	if !strings.Contains(err.Error(), ErrBinary.Error()) {
		t.Errorf("error %q does not say %q", err, ErrBinary)
	}
	if l == nil || len(l.Agreements) != 0 || l.Lines != 0 {
		t.Errorf("listing %+v, want an empty one", l)
	}
	// Read says the same.
	if _, err := NewReader(bytes.NewReader(hostileNoise(4096, false))).Read(); !errors.Is(err, ErrBinary) {
		t.Errorf("Read: error %v, want ErrBinary", err)
	}
}

// TestHostileReadError checks that an I/O error in the middle of the
// input is returned as a *ParseError wrapping it, after the agreements
// read before it, and that Read then reports io.EOF.
func TestHostileReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	good := hostileRows(30, func(i int) string { return hostileLabels[i/5] })
	in := io.MultiReader(bytes.NewReader(good), iotest.ErrReader(boom))
	l, err := Parse(in)
	if !errors.Is(err, boom) {
		t.Fatalf("error %v, want %v", err, boom)
	}
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 32 {
		t.Errorf("error %#v, want a *ParseError on line 32", err)
	}
	if len(l.Agreements) != 30 {
		t.Errorf("%d agreements before the error, want 30", len(l.Agreements))
	}
	checkEveryLine(t, l)

	// Read: the agreements, then the error, then io.EOF.
	r := NewReader(io.MultiReader(bytes.NewReader(good), iotest.ErrReader(boom)))
	n := 0
	for {
		_, err = r.Read()
		if err != nil {
			break
		}
		n++
	}
	if n != 30 || !errors.Is(err, boom) {
		t.Errorf("Read: %d agreements then %v, want 30 then %v", n, err, boom)
	}
	if _, err := r.Read(); err != io.EOF {
		t.Errorf("Read after the error: %v, want io.EOF", err)
	}

	// An error before the first byte.
	l, err = Parse(iotest.ErrReader(boom))
	if !errors.Is(err, boom) || len(l.Agreements) != 0 {
		t.Errorf("error at once: %d agreements, %v", len(l.Agreements), err)
	}
}
