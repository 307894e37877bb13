package agreements

import (
	"io"
	"strings"
	"testing"
)

// TestDrain checks that a streaming caller gets every ignored line and
// diagnostic through Drain, once.
func TestDrain(t *testing.T) {
	in := "Country/Area\tPartner\tEffective Since\tQuota\n" +
		"Thailand\tMahidol University\t2017/99/01\t5\n" +
		"\n" +
		"Country/Area\tPartner\tEffective Since\tQuota\n" +
		"Japan\tOsaka University\t2012/02/02\t3\n"
	r := NewReader(strings.NewReader(in))
	var ignored []int
	var badDate []int
	for {
		_, err := r.Read()
		ig, ds := r.Drain()
		for _, l := range ig {
			ignored = append(ignored, l.Line)
		}
		for _, d := range ds {
			if d.Err == ErrBadDate {
				badDate = append(badDate, d.Line)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if got := len(ignored); got != 3 {
		t.Errorf("ignored lines %v, want lines 1, 3 and 4", ignored)
	}
	if len(badDate) != 1 || badDate[0] != 2 {
		t.Errorf("bad-date diagnostics on lines %v, want [2]", badDate)
	}
	if ig, ds := r.Drain(); ig != nil || ds != nil {
		t.Errorf("second Drain after EOF returned %v, %v; want nothing", ig, ds)
	}
}
