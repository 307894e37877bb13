//go:build !race

package agreements

// raceSlowdown scales time limits in tests: 1 without the race detector.
const raceSlowdown = 1
