package agreements

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

// readLines returns the lines of in as the lineReader splits them, with
// "✂" appended to each line that was cut to max.
func readLines(t *testing.T, r io.Reader, max int) ([]string, error) {
	t.Helper()
	lr := newLineReader(r, max)
	var got []string
	for {
		line, cut, err := lr.next()
		if err == io.EOF {
			return got, nil
		}
		if err != nil {
			return got, err
		}
		s := string(line)
		if cut {
			s += "✂"
		}
		got = append(got, s)
		if lr.line != len(got) {
			t.Fatalf("line number %d after %d lines", lr.line, len(got))
		}
	}
}

// TestLines checks the line endings and limits of the line reader, on
// whole input and on input read one byte at a time (so every ending falls
// across reads).
func TestLines(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want []string
	}{
		{"empty", "", 0, nil},
		{"LF", "a\nb\n", 0, []string{"a", "b"}},
		{"no final ending", "a\nb", 0, []string{"a", "b"}},
		{"CRLF", "a\r\nb\r\n", 0, []string{"a", "b"}},
		{"CR only", "a\rb\rc", 0, []string{"a", "b", "c"}},
		{"CR only, blank lines", "a\r\r\rb\r", 0, []string{"a", "", "", "b"}},
		{"mixed endings", "a\nb\r\nc\rd\n\re", 0, []string{"a", "b", "c", "d", "", "e"}},
		{"LF CR is two endings", "a\n\rb", 0, []string{"a", "", "b"}},
		{"only endings", "\n\r\n\r", 0, []string{"", "", ""}},
		{"lone CR at end", "a\r", 0, []string{"a"}},
		{"cut", "abcdef\nab\n", 4, []string{"abcd✂", "ab"}},
		{"cut at end", "ab\nabcdef", 4, []string{"ab", "abcd✂"}},
		{"cut, CRLF", "abcdef\r\nxy", 4, []string{"abcd✂", "xy"}},
		{"cut keeps characters whole", "aéé\n", 4, []string{"aé✂"}},
		{"exactly max", "abcd\n", 4, []string{"abcd"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, rd := range []struct {
				name string
				r    io.Reader
			}{
				{"whole", strings.NewReader(tt.in)},
				{"one byte", iotest.OneByteReader(strings.NewReader(tt.in))},
				{"half", iotest.HalfReader(strings.NewReader(tt.in))},
			} {
				got, err := readLines(t, rd.r, tt.max)
				if err != nil {
					t.Fatalf("%s: %v", rd.name, err)
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("%s: lines of %q (-want +got):\n%s", rd.name, tt.in, diff)
				}
			}
		})
	}
}

// TestLinesLong checks that a line far longer than the limit, and than
// the reader's buffer, is cut to the limit and the next line found.
func TestLinesLong(t *testing.T) {
	const max = 100
	long := strings.Repeat("x", 3<<20)
	for _, ending := range []string{"\n", "\r\n", "\r"} {
		in := "a" + ending + long + ending + "b" + ending
		got, err := readLines(t, strings.NewReader(in), max)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"a", strings.Repeat("x", max) + "✂", "b"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("ending %q (-want +got):\n%s", ending, diff)
		}
	}
}

// TestLinesErr checks that an I/O error ends the lines read before it and
// is then returned.
func TestLinesErr(t *testing.T) {
	boom := errors.New("boom")
	r := io.MultiReader(strings.NewReader("a\nb\nc"), iotest.ErrReader(boom))
	got, err := readLines(t, r, 0)
	if !errors.Is(err, boom) {
		t.Errorf("error %v, want %v", err, boom)
	}
	// "c" has no ending; it is returned as read, and the error after it.
	if diff := cmp.Diff([]string{"a", "b", "c"}, got); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
}

// TestCutUTF8 checks that cutting never splits a character.
func TestCutUTF8(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"abc", 5, "abc"},
		{"abc", 2, "ab"},
		{"aé", 2, "a"},
		{"a€b", 3, "a"},
		{"a€b", 4, "a€"},
		{"😀😀", 7, "😀"},
		{"\x80\x80\x80\x80\x80", 3, "\x80\x80\x80"},
	} {
		if got := string(cutUTF8([]byte(tt.in), tt.n)); got != tt.want {
			t.Errorf("cutUTF8(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

// TestLinesMixedLong checks the endings over many buffers of input:
// lines ended by "\r" for long stretches, then by "\n" or "\r\n", read
// whole and in small pieces, against a plain split.
func TestLinesMixedLong(t *testing.T) {
	var in strings.Builder
	var want []string
	endings := []string{"\r", "\n", "\r\n"}
	for i := range 30000 {
		line := fmt.Sprintf("line %d\tx", i)
		want = append(want, line)
		in.WriteString(line)
		in.WriteString(endings[(i/5000)%3]) // long runs of one ending
		if i%7919 == 0 {
			want = append(want, "")
			in.WriteString("\r\n") // a blank line
		}
	}
	for _, rd := range []struct {
		name string
		r    io.Reader
	}{
		{"whole", strings.NewReader(in.String())},
		{"half", iotest.HalfReader(strings.NewReader(in.String()))},
		{"data err", iotest.DataErrReader(strings.NewReader(in.String()))},
	} {
		got, err := readLines(t, rd.r, 0)
		if err != nil {
			t.Fatalf("%s: %v", rd.name, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: lines (-want +got):\n%s", rd.name, diff)
		}
	}
}

// BenchmarkLinesCR reads a listing whose lines end in a lone "\r": the
// search for the next "\n" must not start over at every line.
func BenchmarkLinesCR(b *testing.B) {
	data, _ := genListing(20000)
	data = bytes.ReplaceAll(data, []byte("\n"), []byte("\r"))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		lr := newLineReader(bytes.NewReader(data), 0)
		for {
			if _, _, err := lr.next(); err != nil {
				break
			}
		}
	}
}
