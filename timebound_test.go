package agreements

import (
	"runtime"
	"testing"
	"time"
)

// A timeBound checks that an operation does at most a bounded multiple of
// the work of a baseline, by timing both in the same test. A slow machine,
// the race detector or other processes slow the two alike, so the check
// does not depend on the machine's speed the way a fixed time limit does;
// it catches what it is for, work that grows faster than the input (a
// quadratic loop over 100,000 rows costs thousands of times the
// baseline, not a few times).
type timeBound struct {
	baseline func() // the reference work, of the same size as the operations checked
	best     time.Duration
}

// measure times f after a garbage collection, so that one run does not
// pay for the garbage of the one before.
func measure(f func()) time.Duration {
	runtime.GC()
	start := time.Now()
	f()
	return time.Since(start)
}

// base returns the fastest run of the baseline so far, timing it once
// more when again is set or when it was never timed.
func (b *timeBound) base(again bool) time.Duration {
	runs := 0
	switch {
	case b.best == 0:
		runs = 2 // the first run may pay for warming up
	case again:
		runs = 1
	}
	for range runs {
		d := measure(b.baseline)
		if b.best == 0 || d < b.best {
			b.best = d
		}
	}
	return max(b.best, time.Microsecond)
}

// Retries of an operation over its bound before it counts as a failure,
// so that a burst of load during one run alone does not fail the test.
const timeBoundTries = 3

// check reports an error when op, whose first run took first, takes
// more than factor times the baseline. Over the bound, both are timed
// again, up to timeBoundTries runs, and their fastest runs compared.
func (b *timeBound) check(t testing.TB, factor float64, first time.Duration, op func()) {
	t.Helper()
	d := first
	var base time.Duration
	for try := 0; ; try++ {
		base = b.base(try > 0)
		if float64(d) <= factor*float64(base) {
			t.Logf("%v, %.2f times the baseline's %v (bound %g)", d, float64(d)/float64(base), base, factor)
			return
		}
		if try+1 == timeBoundTries {
			break
		}
		d = min(d, measure(op))
	}
	t.Errorf("took %v, %.1f times the baseline's %v; want at most %g times", d, float64(d)/float64(base), base, factor)
}
