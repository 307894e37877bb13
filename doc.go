// Package agreements reads academic exchange agreement listings: the
// tables of partner institutions that universities publish as PDF, as they
// reach programs once extracted to tab-separated text.
package agreements
