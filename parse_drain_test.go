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

// TestPeriodOfValidity checks that a date cell holding a period gives
// the period's start as the effective date, and that a cell that only
// looks like one does not.
func TestPeriodOfValidity(t *testing.T) {
	in := "Japan\tOsaka University\t2017/06/28～2022/06/27\t3\n" +
		"\tKyoto University\t2018/4/1 - 2023/3/31\t2\n" +
		"\tTohoku University\t2019/04/01～\t2\n" +
		"\tNagoya University\t2019/04/01～someday\t2\n"
	l, err := Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2017-06-28", "2018-04-01", "2019-04-01", ""}
	for i, a := range l.Agreements {
		if got := a.EffectiveSince.String(); got != want[i] {
			t.Errorf("line %d: effective %q, want %q (cell %q)", a.Line, got, want[i], a.EffectiveText)
		}
	}
}
