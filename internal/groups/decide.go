package groups

import "github.com/exchangelist/agreements/country"

// decide gives the first n rows their decisions, and records the doubts.
func (w *window) decide(n int) {
	res := w.res
	res.Decisions = append(res.Decisions[:0], make([]Decision, n)...)
	dec := res.Decisions
	m := len(w.anchors)
	if m == 0 {
		w.decideLost(0, n)
		w.copies(n)
		return
	}
	// Rows of each anchor's group.
	for k := 0; k < m; k++ {
		an := &w.anchors[k]
		lo, hi := w.span(k)
		hi++ // exclusive
		if an.conf < 1 {
			// Heard once the group is known; the solve scored the
			// label as read. A repair read at LowConfidence ("Могоссо",
			// look-alike letters: 0.9) is heard too, or every other row
			// of its group, at 0.9 times a posterior short of 1, would
			// be warned.
			an.conf = w.corroborated(an.country, an.conf, lo, hi)
		}
		c, conf, src := an.country, an.conf, Group
		if c.IsZero() {
			// An unread label: the names may still tell.
			c = w.namesCountry(lo, hi)
			conf, src = w.UnreadConfidence, Names
		}
		for i := lo; i < hi && i < n; i++ {
			d := &dec[i]
			d.Country, d.Confidence, d.Source = c, conf, src
			if rw := &w.rows[i]; rw.Label.Kind == Printed && rw.Label.Country == an.country && !an.country.IsZero() {
				// The row's own label, confirmed by the group's clearest
				// copy ("T Oland" beside "Poland").
				d.Source, d.Confidence = Own, max(rw.Label.Confidence, an.conf)
			}
			if c.IsZero() {
				d.Source, d.Confidence = Unknown, 0
			}
		}
		w.stepsBack(an, lo, min(hi, n))
	}
	// Groups without a label in the gaps.
	for k := 0; k <= m; k++ {
		o := w.gaps[k].opts[w.best[k]]
		if o.bl < o.br && o.bl < n {
			w.decideLost(o.bl, min(o.br, n))
		}
	}
	w.confidences(n)
	w.copies(n)
	conflicts := w.conflicts[:0]
	for i := 0; i < n; i++ {
		d := &dec[i]
		switch {
		case d.Country.IsZero():
		case w.conflict(i, d):
			conflicts = append(conflicts, i)
		case d.Source == Names && !w.doubted[i]:
			w.doubted[i] = true
			res.Doubts = append(res.Doubts, Doubt{Kind: FromNames, Row: i, Country: d.Country, Confidence: d.Confidence})
		case w.confirms(i, d.Country):
			// Its own name says its country, whichever group it is in.
			d.Confidence = max(d.Confidence, w.Confirmed)
		case d.Confidence < w.LowConfidence && !w.doubted[i]:
			// A row placed with little confidence, though no other group
			// competes for it (its label, or its own, was read with
			// doubt): say so.
			res.Doubts = append(res.Doubts, Doubt{Kind: Low, Row: i, Country: d.Country, Confidence: d.Confidence})
		}
	}
	w.conflicts = conflicts
	for k := 0; k < m && len(conflicts) > 0; k++ {
		lo, hi := w.span(k)
		w.conflictSteps(&w.anchors[k], lo, min(hi+1, n), conflicts)
	}
	w.capDoubted()
}

// capDoubted lowers the confidence of rows whose doubts say their group
// may be wrong to what such rows are worth (Params.ConflictConfidence,
// SplitConfidence), so that Confidence means the same with a doubt as
// without.
func (w *window) capDoubted() {
	dec := w.res.Decisions
	for _, d := range w.res.Doubts {
		if d.Row < 0 || d.Row >= len(dec) {
			continue
		}
		c := &dec[d.Row].Confidence
		switch d.Kind {
		case Conflict:
			*c = min(*c, w.ConflictConfidence)
		case StepBack, Between, Beyond:
			*c = min(*c, w.SplitConfidence)
		}
	}
}

// conflictSteps doubts the rows a conflict (a row of anchor an's group
// lo..hi-1 whose name names another country) may have company in: the
// rows beyond it, away from the label, as far as one whose name says the
// group's country (Beyond: the group may end before them); and the rows
// between it and the label whose names say nothing for the group's
// country, back to a step back in partner order in a listing sorted by
// partner, where a lost label's group would start (StepBack), or back to
// a row whose name does say the group's country, or to the label: the
// boundary lies between the two (Between). In the edited
// listings of the metamorphic suite, the rows of a lost group that name
// no place took most silent errors once the conflicts themselves were
// warned.
func (w *window) conflictSteps(an *anchor, lo, hi int, conflicts []int) {
	c := an.country
	says := func(j int) bool {
		for _, h := range w.hint(j) {
			if h.Country == c {
				return true
			}
		}
		return false
	}
	// A boundary may lie before row j: it steps back in a listing sorted
	// by partner (in another, a step back says nothing).
	sorted := w.nameDesc >= w.StepBackGain
	step := func(j int) bool { return sorted && w.rows[j].Desc && !w.rows[j].SameInst }
	doubt := func(from, to int, d Doubt) {
		for j := from; j < to; j++ {
			if dec := &w.res.Decisions[j]; !w.doubted[j] && dec.Source == Group {
				w.doubted[j] = true
				d.Row, d.Country = j, dec.Country
				w.res.Doubts = append(w.res.Doubts, d)
			}
		}
	}
	for _, i := range conflicts {
		if i < lo || i >= hi {
			continue
		}
		alt := w.hint(i)[0].Country
		switch {
		case i > an.last:
			// Rows beyond the conflict, as far as one whose name says
			// the group's country, stand where the group may have ended.
			for j := i + 1; j < hi && !says(j); j++ {
				doubt(j, j+1, Doubt{Kind: Beyond, At: i, Alt: Side{Country: alt, Label: -1}})
			}
			for j := i - 1; j >= an.last; j-- {
				if j == an.last || says(j) {
					doubt(j+1, i, Doubt{Kind: Between, At: j, Last: i, Alt: Side{Country: alt, Label: -1}})
					break
				}
				if step(j + 1) {
					doubt(j+1, i, Doubt{Kind: StepBack, At: j + 1})
					break
				}
			}
		case i < an.first:
			for j := i - 1; j >= lo && !says(j); j-- {
				doubt(j, j+1, Doubt{Kind: Beyond, At: i, Alt: Side{Country: alt, Label: -1}})
			}
			for j := i + 1; j <= an.first; j++ {
				if j == an.first || says(j) {
					doubt(i+1, j, Doubt{Kind: Between, At: j, Last: i, Alt: Side{Country: alt, Label: -1}})
					break
				}
				if step(j) {
					doubt(i+1, j, Doubt{Kind: StepBack, At: j})
					break
				}
			}
		}
	}
}

// conflict doubts row i when its partner's name plainly names another
// country than d's, and not d's: a country's name, its demonym or a
// city in the name (mention weight ConflictWeight or more, the
// strongest). Evidence short of a name or demonym (PlainWeight) yields
// to any word for d's country: "Instituto Politécnico Nacional" says
// Italy by one word and Mexico, less, by another.
func (w *window) conflict(i int, d *Decision) bool {
	hs := w.hint(i)
	if len(hs) == 0 || hs[0].Weight < w.ConflictWeight || hs[0].Country == d.Country {
		return false
	}
	for _, h := range hs[1:] {
		if h.Country == d.Country && (h.Weight >= w.RowClear/2 || hs[0].Weight < w.PlainWeight) {
			return false // the name names both: "Vietnam-Japan University"
		}
	}
	w.doubted[i] = true
	w.res.Doubts = append(w.res.Doubts, Doubt{Kind: Conflict, Row: i, Country: d.Country, Confidence: d.Confidence,
		Alt: Side{Country: hs[0].Country, Label: -1}})
	return true
}

// copies records, on the decisions of the first n rows, the labels taken
// as copies of another.
func (w *window) copies(n int) {
	if w.copyOf == nil {
		return
	}
	for i := 0; i < n; i++ {
		w.res.Decisions[i].CopyOf = w.copyOf[i]
	}
}

// stepsBack doubts the rows of anchor an's group lo..hi-1 that lie
// beyond a step backwards in partner order, on the side away from the
// label, in a listing sorted by partner: such a step inside a group is
// where a group whose label was lost may have been taken in.
func (w *window) stepsBack(an *anchor, lo, hi int) {
	if w.nameDesc < w.StepBackGain {
		return // not a listing sorted by partner
	}
	dec := w.res.Decisions
	for s := lo + 1; s < hi; s++ {
		if !w.rows[s].Desc || w.rows[s].SameInst {
			continue
		}
		from, to := lo, s // the rows before the step, when the label is after it
		if an.first < s {
			from, to = s, hi
		}
		for i := from; i < to; i++ {
			if d := &dec[i]; !w.doubted[i] && d.Source == Group && !w.confirms(i, d.Country) {
				w.doubted[i] = true
				w.res.Doubts = append(w.res.Doubts, Doubt{Kind: StepBack, Row: i, At: s, Country: d.Country})
			}
		}
	}
}

// decideLost gives rows lo..hi-1, a group without a label, the country
// their names agree on, or none; a row whose own name is clear gets its
// country when the group's names do not agree.
func (w *window) decideLost(lo, hi int) {
	if lo >= hi {
		return
	}
	dec := w.res.Decisions
	c := w.namesCountry(lo, hi)
	for i := lo; i < hi; i++ {
		d := &dec[i]
		if !c.IsZero() {
			d.Country, d.Confidence, d.Source = c, w.LostConfidence, Names
			continue
		}
		d.Country, d.Confidence, d.Source = country.Country{}, 0, Unknown
		if h := w.hint(i); len(h) > 0 && h[0].Weight >= w.RowClear && (len(h) == 1 || h[1].Weight < h[0].Weight/2) {
			d.Country, d.Confidence, d.Source = h[0].Country, w.RowConfidence*h[0].Weight, Names
		}
	}
	w.res.Doubts = append(w.res.Doubts, Doubt{Kind: Lost, Row: lo, Last: hi - 1, Country: c})
}
