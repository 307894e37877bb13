package testlisting

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// render writes rows as a PDF's table leaves them once extracted, as
// the wrapping options of o ask: long names wrapped onto more lines,
// labels wrapped over two rows or standing on lines of their own,
// tab-separated or space-aligned. Each truth row's line is its row's
// first line; its partner the whole name.
func render(rng *rand.Rand, rows []row, o Options) ([]byte, []Truth) {
	type rec struct {
		row
		pieces   []string // the name, wrapped
		before   bool     // the first piece stands above the values
		alone    bool     // the label stands on a line of its own above the row
		labelRow string   // the text of the country cell on the row's values line
		extra    string   // the second piece of a label wrapped onto this row
	}
	recs := make([]rec, len(rows))
	for i, r := range rows {
		recs[i] = rec{row: r, pieces: []string{r.partner}}
		// A name longer than its column always wraps in a PDF; in text
		// copied out of one, only as often as o.Wrap says.
		if utf8.RuneCountInString(r.partner) > wrapWidth && (rng.Float64() < o.Wrap || o.Aligned) {
			recs[i].pieces = wrapText(r.partner, wrapWidth)
			recs[i].before = o.WrapBefore && len(recs[i].pieces) > 1 && rng.IntN(2) == 0
		}
		recs[i].labelRow = r.label
	}
	// Labels that wrap onto the next row, or stand alone.
	for i := range recs {
		lab := recs[i].label
		if lab == "" {
			continue
		}
		if sp := strings.Index(lab, " "); sp > 0 && i+1 < len(recs) && recs[i+1].code == recs[i].code &&
			recs[i+1].label == "" && rng.Float64() < o.WrapLabels {
			recs[i].labelRow, recs[i+1].extra = lab[:sp], lab[sp+1:]
			continue
		}
		if !o.Aligned && rng.Float64() < o.LabelAlone {
			recs[i].alone = true
		}
	}
	var buf bytes.Buffer
	line := 0
	var truth []Truth
	put := func(cells ...string) {
		buf.WriteString(strings.Join(cells, "\t"))
		buf.WriteByte('\n')
		line++
	}
	if o.Aligned {
		return renderAligned(recsToAligned(recs, func(r rec) alignedRec {
			return alignedRec{code: r.code, label: r.label, pieces: r.pieces, date: r.date, quota: r.quota, partner: r.partner}
		}), o)
	}
	header := []string{"Country/Area", "Partner University/School/Institute", "Effective Since", "Quota"}
	put(header...)
	for i, r := range recs {
		if o.PageRows > 0 && i > 0 && i%o.PageRows == 0 {
			put("")
			if o.Titles {
				put("Academic Exchange Agreement (Graduate School of Science)")
				put("")
			}
			put(header...)
		}
		if r.alone {
			put(r.label, "", "", "")
			r.labelRow = ""
		}
		label := r.labelRow
		if r.extra != "" {
			label = r.extra
		}
		first := line + 1
		p := r.pieces
		if r.before {
			put("", p[0], "", "")
			p = p[1:]
		}
		put(label, p[0], r.date, r.quota)
		for _, q := range p[1:] {
			put("", q, "", "")
		}
		truth = append(truth, Truth{Line: first, Country: r.code, Partner: r.partner,
			Date: strings.ReplaceAll(r.date, "/", "-"), Quota: r.quota})
	}
	return buf.Bytes(), truth
}

// wrapWidth is where names wrap, in characters.
const wrapWidth = 28

// wrapText cuts a text into pieces of at most width characters, at
// spaces (a longer word stands alone).
func wrapText(s string, width int) []string {
	var out []string
	cur := ""
	for _, w := range strings.Fields(s) {
		switch {
		case cur == "":
			cur = w
		case utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(w) <= width:
			cur += " " + w
		default:
			out = append(out, cur)
			cur = w
		}
	}
	return append(out, cur)
}

// Columns of the space-aligned rendering: where each starts.
var alignedStarts = []int{0, 16, 16 + wrapWidth + 4, 16 + wrapWidth + 4 + 14}

// alignedLine lays cells out at alignedStarts, as pdftotext does.
func alignedLine(cells []string) string {
	var b strings.Builder
	pos := 0
	for i, c := range cells {
		if c == "" {
			continue
		}
		at := alignedStarts[i]
		if pos > 0 && at < pos+2 {
			at = pos + 2
		}
		b.WriteString(strings.Repeat(" ", at-pos))
		b.WriteString(c)
		pos = at + utf8.RuneCountInString(c)
	}
	return b.String()
}

// An alignedRec is a row to lay out as space-aligned text.
type alignedRec struct {
	code, label, partner, date, quota string
	pieces                            []string
}

func recsToAligned[T any](recs []T, f func(T) alignedRec) []alignedRec {
	out := make([]alignedRec, len(recs))
	for i, r := range recs {
		out[i] = f(r)
	}
	return out
}

// renderAligned lays rows out as pdftotext -layout writes a table with
// merged country cells: a row's values stand on the middle line of its
// name's lines (on a line of their own between them when the name has
// an even number of lines), each group's label on the middle line of
// the group's lines, form feeds and a repeated header between pages.
func renderAligned(recs []alignedRec, o Options) ([]byte, []Truth) {
	type outLine struct{ cells [4]string }
	var lines []outLine
	var truth []Truth
	header := [4]string{"Country/Area", "Partner University/School/Institute", "Effective Since", "Quota"}
	lines = append(lines, outLine{header})
	var pages []int // indices of lines that start a page
	for i := 0; i < len(recs); {
		j := i
		for j < len(recs) && recs[j].code == recs[i].code {
			j++
		}
		top := len(lines)
		label := ""
		for k := i; k < j; k++ {
			if o.PageRows > 0 && k > 0 && k%o.PageRows == 0 {
				pages = append(pages, len(lines))
				lines = append(lines, outLine{header})
			}
			r := recs[k]
			if r.label != "" && label == "" {
				label = r.label
			}
			first := len(lines) + 1
			n := len(r.pieces)
			h := n
			if n%2 == 0 {
				h = n + 1
			}
			mid := h / 2
			for l := 0; l < h; l++ {
				var c [4]string
				switch {
				case n%2 == 0 && l < mid:
					c[1] = r.pieces[l]
				case n%2 == 0 && l > mid:
					c[1] = r.pieces[l-1]
				case n%2 == 1:
					c[1] = r.pieces[l]
				}
				if l == mid {
					c[2], c[3] = r.date, r.quota
				}
				lines = append(lines, outLine{c})
			}
			truth = append(truth, Truth{Line: first, Country: r.code, Partner: r.partner,
				Date: strings.ReplaceAll(r.date, "/", "-"), Quota: r.quota})
		}
		if label != "" {
			// The label at the middle of the group's lines on the page
			// where the group starts.
			bottom := len(lines) - 1
			for _, p := range pages {
				if p > top && p <= bottom {
					bottom = p - 1
				}
			}
			at := (top + bottom) / 2
			lines[at].cells[0] = label
		}
		i = j
	}
	var buf bytes.Buffer
	pi := 0
	for k, l := range lines {
		if pi < len(pages) && pages[pi] == k {
			buf.WriteByte('\f')
			pi++
		}
		buf.WriteString(alignedLine(l.cells[:]))
		buf.WriteByte('\n')
	}
	return buf.Bytes(), truth
}
