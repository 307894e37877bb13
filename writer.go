package agreements

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"
)

// A Format is an output format of a [Writer].
type Format int

const (
	// FormatTSV writes one agreement a line, cells separated by tabs,
	// under a header line: the zero Format.
	FormatTSV Format = iota
	// FormatCSV writes the same table as comma-separated values (RFC
	// 4180), fields with commas, quotes or line breaks quoted.
	FormatCSV
	// FormatJSON writes a JSON document, as [Listing.MarshalJSON] does.
	FormatJSON
)

var formatNames = []string{"tsv", "csv", "json"}

// String returns "tsv", "csv" or "json".
func (f Format) String() string {
	if f >= 0 && int(f) < len(formatNames) {
		return formatNames[f]
	}
	return "Format(" + strconv.Itoa(int(f)) + ")"
}

// MarshalText returns the name String returns; it fails for a value that
// is none of the constants.
func (f Format) MarshalText() ([]byte, error) { return marshalEnum("Format", formatNames, int(f)) }

// UnmarshalText reads "tsv", "csv" or "json", in any case, so that a
// Format can be a command-line flag (flag.TextVar).
func (f *Format) UnmarshalText(text []byte) error {
	return unmarshalEnum("Format", formatNames, text, f)
}

// TableColumns returns the header of the tables a [Writer] writes in
// [FormatTSV] and [FormatCSV], the same whatever is written:
//
//	source           Writer.Source when the agreement was written
//	line             the line the agreement was read from
//	country          the country's English name (empty when unknown)
//	country_code     its ISO 3166-1 alpha-2 code
//	country_label    the label printed on the row, as written
//	country_source   how the country was decided (CountrySource)
//	confidence       Confidence, to two decimals
//	partner          the partner's name, as written
//	institution      from the name (ParsePartnerName); campuses, units
//	campuses         and consortium members are joined with "; "
//	units
//	members
//	effective_since  the date as YYYY-MM-DD, YYYY-MM or YYYY
//	effective_text   the date cell as written
//	quota_raw        the quota cell as written
//	quota            its canonical spelling (Quota.String)
//	quota_kind       QuotaKind
//	quota_count      the count of a plain quota
//	short_term       the number of a term, or "yes" when its number
//	long_term        is not stated
//	places           the places stated (Quota.Places), for a count or terms
//	open_ended       whether a term's number is not stated, likewise
//	valid_until      the end date (ValidUntil) as YYYY-MM-DD, YYYY-MM or YYYY
//	valid_until_text the end-date cell as written
//	renewal          Renewal: none, automatic or indefinite
//	level            Level: unknown, institution or faculty
//	number           the first field of each kind (Agreement.Field):
//	type             FieldNumber, FieldLevel (the level or type as
//	city             written), FieldCity, FieldRegion, FieldRemarks
//	region           and FieldURL
//	remarks
//	url
//	other_fields     the other fields, as "Header: value" ("value" when
//	                 no header named the column), joined with "; "
//
// The columns are the same for every listing, whether or not it has an
// end date, a level or fields of a kind, so that the header stays stable
// across files.
//
// The country is written by name on every row, so that [Parse] reads
// a table written in FormatTSV back to the same agreements: each row's
// name is read as its country, and its partner, date, quota and end
// date from the columns partner, effective_since, quota_raw and
// valid_until. The cells of number to other_fields come back as fields
// headed by the column's name, those of city, region, remarks and url
// of their kind. Not all reads back: the table's other columns become
// fields too; ValidUntilText comes back as valid_until's ISO form;
// Renewal is lost, its valid_until cell being empty; and Level is
// decoded again from the first cell of the row that [ParseLevel] reads,
// which may be a unit's name ("Faculty of Science") and is never the
// level column's "institution". One thing a table cannot say is that a
// country is unknown: the empty cell of such a row is read as a row
// without a label, whose country the reader infers.
func TableColumns() []string {
	return append([]string(nil), tableColumns...)
}

var tableColumns = []string{
	"source", "line", "country", "country_code", "country_label", "country_source", "confidence",
	"partner", "institution", "campuses", "units", "members", "effective_since",
	"effective_text", "quota_raw", "quota", "quota_kind", "quota_count", "short_term",
	"long_term", "places", "open_ended", "valid_until", "valid_until_text", "renewal", "level",
	"number", "type", "city", "region", "remarks", "url", "other_fields",
}

// tableFieldKinds are the kinds of the fields of the columns number to
// url, in their order.
var tableFieldKinds = []FieldKind{FieldNumber, FieldLevel, FieldCity, FieldRegion, FieldRemarks, FieldURL}

// A Writer writes agreements in one of the formats of [Format], in the
// manner of encoding/csv's Writer: Write or WriteListing, then Flush, and
// Error to learn of a failure.
//
// In [FormatTSV] and [FormatCSV] it writes the header of [TableColumns] once,
// then a row for each agreement; diagnostics and ignored lines are not
// written. TSV has no quoting: tabs and line breaks inside a value are
// written as spaces, as the reader reads them. In FormatJSON it writes a
// document {"agreements": [...], "ignored": [...], "diagnostics": [...],
// "lines": n} like [Listing.MarshalJSON]'s, indented, each element with a
// "source" when Source is set; "lines" is the sum of the Lines of the
// listings written. What a Writer writes reads back: a JSON document
// through json.Unmarshal into a [Listing], a TSV table through [Parse].
//
// The zero Writer has nowhere to write: its methods report an error.
type Writer struct {
	// Format is the output format, [FormatTSV] unless set. Change it only
	// before the first Write.
	Format Format

	// Source names the listing the agreements come from, such as its
	// file name: written in the "source" column of a table, and as the
	// "source" of each agreement, ignored line and diagnostic of a JSON
	// document (where it is left out when empty). It may change between
	// writes.
	Source string

	w   *bufio.Writer
	csv *csv.Writer // FormatCSV
	err error

	// FormatJSON: an encoder into jbuf, reused element after element,
	// and the indented element.
	enc  *json.Encoder
	jbuf bytes.Buffer
	ibuf []byte

	started bool // the header, or the head of a JSON document, is written
	written bool // something was written since the last Flush
	flushed bool // a header or document was flushed at least once

	// FormatJSON: agreements are written as they come; the ignored lines
	// and diagnostics are kept until Flush ends the document.
	count       int // agreements in the current document
	ignored     []json.RawMessage
	diagnostics []json.RawMessage
	lines       int
}

// NewWriter returns a [Writer] writing to w, in [FormatTSV] until its
// Format is set.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: bufio.NewWriter(w)}
}

// errNoOutput is the error of a Writer that has nowhere to write.
var errNoOutput = errors.New("agreements: Writer has no output (use NewWriter)")

// check reports whether the writer can write, recording why not.
func (w *Writer) check() bool {
	if w.err != nil {
		return false
	}
	switch {
	case w.w == nil:
		w.err = errNoOutput
	case w.Format < FormatTSV || w.Format > FormatJSON:
		_, w.err = w.Format.MarshalText()
	}
	return w.err == nil
}

// Write writes one agreement. The output may be buffered until Flush.
func (w *Writer) Write(a *Agreement) error {
	if a == nil || !w.check() {
		return w.err
	}
	w.start()
	w.written = true
	if w.Format == FormatJSON {
		if err := a.checkNames(); err != nil {
			w.err = err
			return err
		}
		j := a.JSON()
		j.Source = w.Source
		sep := ",\n"
		if w.count == 0 {
			sep = "\n"
		}
		w.count++
		w.writeElement(sep, j)
		return w.err
	}
	w.writeRow(tableRow(w.Source, a))
	return w.err
}

// WriteListing writes every agreement of l and, in [FormatJSON], keeps its
// ignored lines and diagnostics for the end of the document and adds its
// Lines to the document's. A nil l writes nothing.
func (w *Writer) WriteListing(l *Listing) error {
	if !w.check() || l == nil {
		return w.err
	}
	for i := range l.Agreements {
		if err := w.Write(&l.Agreements[i]); err != nil {
			return err
		}
	}
	if w.Format != FormatJSON {
		return w.err
	}
	w.start()
	w.written = true
	w.lines += l.Lines
	for _, ig := range l.Ignored {
		b, err := marshalNoEscape(struct {
			Source string `json:"source,omitempty"`
			jsonIgnored
		}{w.Source, jsonIgnored(ig)})
		if err != nil {
			w.err = err
			return err
		}
		w.ignored = append(w.ignored, b)
	}
	for _, d := range l.Diagnostics {
		b, err := marshalNoEscape(struct {
			Source string `json:"source,omitempty"`
			jsonDiagnostic
		}{w.Source, jsonDiagnostic{d.Line, d.Severity, d.Code(), d.Message}})
		if err != nil {
			w.err = err
			return err
		}
		w.diagnostics = append(w.diagnostics, b)
	}
	return w.err
}

// Flush writes any buffered data to the underlying writer; Error reports
// whether it failed. A table's header is written even when no agreement
// was, so that an empty table still has its columns. In FormatJSON,
// Flush ends the document: it writes the ignored lines, diagnostics and
// lines of the listings written since the last Flush (or an empty
// document, if nothing was ever written), and a later Write begins a new
// document.
func (w *Writer) Flush() {
	if !w.check() {
		return
	}
	if !w.flushed || w.written {
		w.start()
		if w.Format == FormatJSON {
			w.endDocument()
		}
	}
	if w.csv != nil {
		w.csv.Flush()
		if err := w.csv.Error(); err != nil && w.err == nil {
			w.err = err
		}
	}
	if err := w.w.Flush(); err != nil && w.err == nil {
		w.err = err
	}
	w.flushed, w.written = true, false
}

// Error reports any error that occurred during a previous Write,
// WriteListing or Flush.
func (w *Writer) Error() error {
	if w.err == nil && w.w == nil {
		return errNoOutput
	}
	return w.err
}

// start writes the header of a table, or the head of a JSON document,
// unless it is written already.
func (w *Writer) start() {
	if w.started || w.err != nil {
		return
	}
	w.started = true
	switch w.Format {
	case FormatJSON:
		w.writeString(`{` + "\n" + `  "agreements": [`)
	case FormatCSV:
		w.csv = csv.NewWriter(w.w)
		w.writeRow(tableColumns)
	default:
		w.writeRow(tableColumns)
	}
}

// endDocument writes the rest of a JSON document and readies the writer
// for the next.
func (w *Writer) endDocument() {
	if w.count > 0 {
		w.writeString("\n  ")
	}
	w.writeString("],\n  \"ignored\": [")
	w.writeRaw(w.ignored)
	w.writeString("],\n  \"diagnostics\": [")
	w.writeRaw(w.diagnostics)
	w.writeString("],\n  \"lines\": " + strconv.Itoa(w.lines) + "\n}\n")
	w.started, w.count, w.lines = false, 0, 0
	w.ignored, w.diagnostics = nil, nil
}

// writeRaw writes the elements of an array of the document, indented.
func (w *Writer) writeRaw(elems []json.RawMessage) {
	for i, b := range elems {
		sep := ",\n"
		if i == 0 {
			sep = "\n"
		}
		w.writeIndented(sep, b)
	}
	if len(elems) > 0 {
		w.writeString("\n  ")
	}
}

// writeElement writes v as an element of an array of the document.
func (w *Writer) writeElement(sep string, v any) {
	if w.enc == nil {
		w.enc = json.NewEncoder(&w.jbuf)
		w.enc.SetEscapeHTML(false)
	}
	w.jbuf.Reset()
	if err := w.enc.Encode(v); err != nil {
		w.err = err
		return
	}
	w.writeIndented(sep, bytes.TrimSuffix(w.jbuf.Bytes(), []byte("\n")))
}

// writeIndented writes sep, then the JSON b indented as an element of an
// array of the document.
func (w *Writer) writeIndented(sep string, b []byte) {
	if w.err != nil {
		return
	}
	w.ibuf = append(append(w.ibuf[:0], sep...), "    "...)
	w.ibuf = appendIndented(w.ibuf, b, "    ", "  ")
	if _, err := w.w.Write(w.ibuf); err != nil {
		w.err = err
	}
}

// appendIndented appends to dst the JSON src, as encoding/json writes it
// (no white space outside strings), indented as json.Indent indents it:
// each element and member on a line of its own, after prefix and one
// indent a level; "[]" and "{}" as they are; ": " after a key. It does
// what json.Indent does without checking src, which it can trust, and
// many times faster.
func appendIndented(dst, src []byte, prefix, indent string) []byte {
	depth := 0
	newline := func() {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
		for range depth {
			dst = append(dst, indent...)
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '"':
			// Copy the string whole, escapes and all.
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			dst = append(dst, src[i:min(j+1, len(src))]...)
			i = j
		case '{', '[':
			dst = append(dst, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, src[i+1])
				i++
				continue
			}
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, ':', ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

func (w *Writer) writeString(s string) {
	if w.err != nil {
		return
	}
	if _, err := w.w.WriteString(s); err != nil {
		w.err = err
	}
}

// writeRow writes one row of a table.
func (w *Writer) writeRow(cells []string) {
	if w.err != nil {
		return
	}
	if w.csv != nil {
		if err := w.csv.Write(cells); err != nil {
			w.err = err
		}
		return
	}
	for i, c := range cells {
		if i > 0 {
			w.writeString("\t")
		}
		w.writeString(tsvCell(c))
	}
	w.writeString("\n")
}

// tsvCell returns c with the tabs and line breaks that would end its cell
// or line replaced by spaces.
func tsvCell(c string) string {
	if !strings.ContainsAny(c, "\t\n\r") {
		return c
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, c)
}

// tableRow returns the cells of a in the columns of tableColumns.
func tableRow(source string, a *Agreement) []string {
	n := a.Name()
	var members []string
	for _, m := range n.Members {
		members = append(members, m.Text)
	}
	count, short, long := "", "", ""
	if a.Quota.Kind == QuotaCount {
		count = strconv.Itoa(a.Quota.Count)
	}
	for _, t := range a.Quota.Terms {
		v := "yes"
		if t.Stated {
			v = strconv.Itoa(t.Count)
		}
		if t.Length == LongTerm {
			long = v
		} else {
			short = v
		}
	}
	places, open := "", ""
	if k := a.Quota.Kind; k == QuotaCount || k == QuotaTerms {
		p, o := a.Quota.Places()
		places, open = strconv.Itoa(p), strconv.FormatBool(o)
	}
	row := []string{
		source, strconv.Itoa(a.Line), a.Country.Name, a.Country.Code, a.CountryLabel,
		a.CountrySource.String(), strconv.FormatFloat(a.Confidence, 'f', 2, 64),
		a.Partner, n.Institution, strings.Join(n.Campuses, "; "), strings.Join(n.Units, "; "),
		strings.Join(members, "; "), a.EffectiveSince.String(), a.EffectiveText,
		a.Quota.Raw, a.Quota.String(), a.Quota.Kind.String(), count, short, long, places, open,
		a.ValidUntil.String(), a.ValidUntilText, a.Renewal.String(), a.Level.String(),
	}
	return append(row, fieldCells(a.Fields)...)
}

// fieldCells returns the cells of the columns number to other_fields:
// the value of the first field of each kind of tableFieldKinds, then
// the other fields as "Header: value", joined with "; ".
func fieldCells(fields []Field) []string {
	cells := make([]string, len(tableFieldKinds)+1)
	taken := make([]bool, len(tableFieldKinds))
	var other []string
	for _, f := range fields {
		if i := slices.Index(tableFieldKinds, f.Kind); i >= 0 && !taken[i] {
			taken[i] = true
			cells[i] = f.Value
			continue
		}
		if f.Header == "" {
			other = append(other, f.Value)
		} else {
			other = append(other, f.Header+": "+f.Value)
		}
	}
	cells[len(tableFieldKinds)] = strings.Join(other, "; ")
	return cells
}

// marshalNoEscape is json.Marshal without the escaping of <, > and &,
// which the output is not embedded in HTML to need.
func marshalNoEscape(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
