package agreements

// settle decides the countries of pending rows whose group is complete
// and moves them to the ready queue. With final set, all pending rows are
// settled.
func (r *Reader) settle(final bool) {
	if !final || len(r.pending) == 0 {
		return
	}
	rows := r.pending
	if r.FillDown {
		fillDown(rows)
	} else {
		r.inferGroups(rows)
	}
	for i := range rows {
		r.ready = append(r.ready, rows[i].a)
	}
	r.pending = r.pending[:0]
}

// fillDown gives each row the country of the last label above it.
func fillDown(rows []row) {
	var last CountryMatch
	for i := range rows {
		a := &rows[i].a
		if a.CountryLabel != "" {
			last = rows[i].match
			a.Country, a.Confidence = last.Country, last.Confidence
			a.CountrySource = CountryPrinted
		} else if !last.Country.IsZero() {
			a.Country, a.Confidence = last.Country, last.Confidence/2
			a.CountrySource = CountryFillDown
		}
		if a.Country.IsZero() {
			a.CountrySource = CountryUnknown
			a.Confidence = 0
		}
	}
}

// inferGroups gives each row the country of its group.
func (r *Reader) inferGroups(rows []row) {
	fillDown(rows)
	for i := range rows {
		if rows[i].a.CountrySource == CountryFillDown {
			rows[i].a.CountrySource = CountryGroup
		}
	}
}
