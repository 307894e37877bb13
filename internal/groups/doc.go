// Package groups decides which country each row of a listing belongs to,
// when the country is a merged cell printed on one row of its group. It
// is a pure model: rows and evidence in (Row, Mentions), decisions and
// doubts out (Decision, Doubt). It knows no text and writes no
// diagnostics; package agreements computes the evidence from the text
// and words the doubts.
//
// # The problem
//
// A listing is a sequence of rows r_0 … r_{n-1}. The rows form
// contiguous groups, one per country. Most groups have a label: one row
// carrying the country's name (or two adjacent rows, one a garbled copy),
// often on the group's middle row, else its first; the other rows carry
// nothing. Some groups have lost their label. The task is to find the
// groups.
//
// # The state
//
// Labelled rows are first gathered into anchors a_1 … a_m: copies of one
// label (the same country, or an unread or weak label next to a clear
// one) make one anchor. Between anchors a_k and a_{k+1} lies gap k, and
// gap 0 and gap m lie before the first and after the last. A split
// chooses one option per gap. An option of gap k is a pair (bl, br) of
// row indices with bl ≤ br: the group of a_k ends at row bl-1, the group
// of a_{k+1} starts at row br, and rows bl … br-1, if any, form a group
// whose label was lost. Gap 0 has bl = 0 and gap m has br = n. A split is
// therefore exactly one segmentation of the rows into the anchors' groups
// and lost groups. Long gaps keep only Params.MaxCands candidate
// boundaries (the best by local score, the ends and evenly spaced ones),
// and lost groups pair only the best Params.MaxPairCand of them.
//
// # The score
//
// The log-likelihood of a split S is
//
//	score(S) = Σ_k local(o_k) + Σ_k ln P(label of a_k | its group) + L·ln λ
//
// where L is the number of lost groups in S and λ the chance that a group
// lost its label. The local score of an option sums the gains of its
// boundaries and the name evidence of the rows it places:
//
//	local(o) = Σ_{b ∈ {bl, br}, 0<b<n} gain(b)
//	         + Σ_{i<bl} name(i, a_k) + Σ_{i≥br} name(i, a_{k+1})  (rows of the gap)
//	         + Σ_{bl≤i<br} name(i, c_lost)
//
//	gain(b)  = s_n·ln(q_n/p_n)          if r_b's partner sorts before r_{b-1}'s
//	         + s_n·ln((1-q_n)/(1-p_n))  otherwise
//	         + the same for dates, with s_d, p_d, q_d, when both rows have one
//	         - SameInst                 if r_b and r_{b-1} name one institution
//	         + PageBonus                if a page break lies between them
//
//	name(i, c) = NameWeight · (w_i(c) - max_{c'≠c} w_i(c'))
//
// Here p is the chance of a step backwards between two rows of one group
// and q at a boundary, s how sorted the listing is by that key (0 to 1),
// w_i(c) the weight of the mentions of country c in row i's name, and
// c_lost the country the names of a lost group agree on (none when they
// do not). The position term is the chance of the anchor's best-placed
// label at index j in the part of its group on the label's page, of size
// z:
//
//	P(j | z) = Other/z + First·[j=0] + Last·[j=z-1] + Mid·[j is the middle row]
//
// (an even part has two middle rows, the upper worth Mid·Upper and the
// lower Mid·(1−Upper), where Upper, learned, is the side the listing's
// tool sets a merged cell's centre on; two copies on the
// middle pair are one centred label; in lines, when rows wrap or stand
// apart so that the part has two lines more than rows, a label a whole
// line off its centre is worth Mid/2 too). Groups that start at the top
// of a page have weights of their own. A heading on a line of its own
// (Heading) starts its group: its weights are Params.Headed, not
// learned.
//
// # Learned and fixed
//
// Learned from the listing, as it is read: p, q and s for names and for
// dates (order statistics over all rows so far: keyStats.probs and
// keyStats.sortedness; the steps of each gap between labels are split
// between its boundary and its inside by EM, and p is the posterior mean
// over two kinds of listing, sorted within groups and in no order, each
// weighted by how well it explains the steps inside); the position
// weights (Mid, First, Last, Other,
// and Upper, counted from the labels on one of an even part's middle
// rows against SidePrior),
// counted from the groups of the best split and of the windows settled
// before, against a starting point worth PosPrior groups; and λ, counted
// from the lost groups of the best split against LostPrior worth
// LostWeight groups. The positions are learned by alternating: solve,
// count, solve, from two starting points (labels centred, labels on
// first rows), keeping the better total score. Everything else is fixed,
// in Params, with where each value comes from.
//
// # The decoders
//
// The best split maximises score(S) by dynamic programming over the gaps
// (solve). Because the position term of a_k depends only on the options
// of gaps k-1 and k, each step costs the options of a gap plus the
// distinct starts × ends of its anchor's group.
//
// Forward-backward over the same lattice gives each option its posterior
// probability, summed over all splits (marginals). In a listing sorted
// by neither key the posteriors are computed at temperature
// UnsortedTemper. Each row then goes to the side of its gap (the group
// before, a lost group, the group after) that its plain posterior
// favours, which may differ from the best split; its Confidence is the
// posterior of that side times the label's confidence; and a row below
// Params.Doubt (DoubtUnsorted) gets an Ambiguous doubt naming both
// groups.
//
// The model streams: rows are added one at a time, and once
// Params.WindowLabel labels are pending all but the last WindowKeep
// anchors' groups are settled. Time is linear in the rows and memory
// bounded by a window.
//
// # A worked example
//
// A page with two groups (→ separates label and partner):
//
//	0  →National Taiwan Ocean University (College of Engineering)
//	1  Taiwan→National Taiwan University
//	2  →Chulalongkorn University (Faculty of Engineering)
//	3  →Kasetsart University (Faculty of Engineering)
//	4  Thailand→Mahidol University (Faculty of Public Health)
//	5  →Mahidol University (Faculty of Science)
//	6  →Prince of Songkla University (Faculty of Science)
//
// The anchors are Taiwan (row 1) and Thailand (row 4). Gap 0 has options
// br = 0 (row 0 is Taiwan's) and br = 1 (row 0 is a lost group); gap 1
// has the single boundaries b = 2, 3, 4 and the lost groups (2,3), (2,4),
// (3,4); gap 2 has bl = 5, 6, 7 (7: the rest is Thailand's). Row 2 steps
// backwards in partner order (Chulalongkorn after National), so a
// boundary at 2 gains s_n·ln(q/p), a few nats in a sorted listing; row 5
// names row 4's institution, so a boundary at 5 costs SameInst. With the
// boundary at 2, Taiwan's label sits on the last of two rows (a middle
// row of an even group: Mid/2) and Thailand's on the middle of five
// (Mid): the best split is Taiwan = rows 0–1, Thailand = rows 2–6, and
// the posterior of every other option is small. Fill-down would have put
// row 0 in no country and rows 2–3 in Taiwan.
package groups
