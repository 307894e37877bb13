// Package agreements reads academic exchange agreement listings: the
// tables of partner institutions that universities publish as PDF, as they
// reach programs once extracted to text. A page of a listing, as
// tab-separated text (→ is a tab), looks like this:
//
//	Country/Area→Partner University/School/Institute→Effective Since→Quota
//	→National Taiwan Ocean University (College of Engineering)→2015/10/10→5
//	Taiwan→National Taiwan University→2011/05/16→5
//	→Chulalongkorn University (Faculty of Engineering)→2013/04/01→10
//	→Kasetsart University (Faculty of Engineering)→2020/01/24→5
//	Thailand→Mahidol University (Faculty of Public Health)→2017/07/27→5
//	→Mahidol University (Faculty of Science)→2018/08/09→ST10,LT
//	→Prince of Songkla University (Faculty of Science)→2017/10/27→×
//
// In the PDF the country is one merged cell spanning its group of rows,
// its text centred vertically. Extraction writes the text on one row of
// the group, here the last of Taiwan's two rows and the middle of
// Thailand's five, and leaves the first cell of the other rows empty.
// Filling the empty cells downwards from the last label, as a
// spreadsheet's fill-down does, is therefore wrong whenever a label is not
// on its group's first row: above, it leaves the first row without a
// country and puts two Thai universities in Taiwan, silently. On the
// listing in testdata it puts 32 of 104 rows in the wrong country even
// with every label read right. Parse reads the page as two Taiwanese
// agreements and five Thai ones.
//
// Parse returns a Listing: its Agreements in source order, each with its
// first and last Line, Country, CountrySource, Confidence, the
// CountryLabel printed on the row (if any), Partner, EffectiveSince,
// Quota, and what its other columns say (ValidUntil, Renewal, Level,
// Fields); its Ignored lines (headers, titles, blank, label and
// unparsable lines), each with its LineKind; and its Diagnostics. Every
// line of the input belongs to exactly one agreement (from its Line to
// its EndLine) or is exactly one ignored line. A Reader does the same with
// settings (Shape, FillDown, MaxLineLength, MaxCells, Resolver,
// Encoding), and its Read returns one agreement at a time: it reads ahead
// until the group of a row is settled, and Drain hands over the ignored
// lines and diagnostics so far, so that a stream of any length is read in
// bounded memory.
//
// # Shapes
//
// The same table reaches programs in several shapes, depending on the
// tool that extracted it; the Reader detects the shape from the first 64
// lines with text, and Reader.Shape (or ParseShape) forces one:
//   - ShapeTabs: tab-separated, one table row a line (pdfplumber, copying
//     from a PDF viewer);
//   - ShapeCSV and ShapeSemicolons: comma- or semicolon-separated values
//     with RFC 4180 quoting, as Tabula and Camelot export them, read by
//     encoding/csv (a quoted field may hold line breaks);
//   - ShapePipes: a Markdown table, "| a | b |" lines with a "|---|" rule;
//   - ShapeAligned: space-aligned text, as pdftotext -layout writes it.
//     Each page's columns are found where the lines' runs of text start
//     (a run ends at two spaces or more) and from the header's words;
//     each run goes to the column it starts nearest, in order; a form
//     feed is a page break. A page too short to show its columns, or
//     whose rows show fewer of them than the page before under the same
//     header, keeps the page before's, moved as its own header's words
//     moved when it has one. A country column most rows leave empty
//     (labels printed once a group) is found beside a row-number column,
//     and a number run into the next cell with one space is cut off.
//
// A cell that wraps in the PDF comes out as more lines: the rest of a
// long partner's name on the next line with every other cell empty (or
// its first part above the line with the values, where pdftotext centres
// a row's cells vertically), a date cut in two ("平成25年7" / "月22日"), a
// header cell on two lines ("Effective" / "Since"). The lines of one
// table row make a record: each text line goes to the row above or below
// it where the text reads on (an open bracket, "of" at a line's end, a
// lower-case start), and otherwise as the page's rows are laid out, and
// the record's cells are joined with a space (none inside CJK text).
// Agreement.Line is the record's first line and EndLine its last. A row
// cut by a page break is joined again when the next page's first text
// plainly goes on from it. pdftotext sometimes sets the cells of a few
// tall rows as a block: their names on consecutive lines, then their
// dates one a line, then their quotas. Each row of a block takes its own
// values, in order; the value lines belong to the block's last row.
//
// A merged country label that wraps ("Republic of" / "Korea", "Hong" /
// "Kong") is joined where the joined text reads as a country and its
// pieces do not, or where its pieces name one country in two scripts
// ("スウェーデン" / "Sweden"); a label on a line of its own, between rows, labels the
// row at its centre. Listings without a country column print countries as
// headings on lines of their own ("Thailand", "ALEMANIA", "6⇥ALEMANIA"
// with the count of its partners, "亞洲 Asia / 日本 Japan" after its
// region): a heading labels the rows below it, and starts their group (a
// heading at a page's foot, the next page's first row), and region lines
// ("Asia", "ヨーロッパ州") that name no country are titles. Text in which no row
// is found at all gets an Error diagnostic wrapping ErrNoAgreements that
// says what the text was read as.
//
// # Columns
//
// Header lines name the columns, in English, Japanese (国・地域名,
// 相手機関名, 締結年月日, 協定内容 ...), Chinese (國家, 學校名稱, 簽約日期,
// 層級, 備註), Korean (국가, 대학명, 체결일), German, French and Spanish
// (País, Universidad, Fecha), damaged spellings within one letter
// included; rows are read in the order of the last header. Before any
// header, rows are read as country, partner, date and quota, unless the
// first lines' columns say otherwise by what they hold (a column of
// country names after the partners' column): an Info note says so.
// Besides the
// country, partner, date and quota, Agreement.ValidUntil (with
// ValidUntilText and Renewal: "Auto-renewal", "自動更新", "indefinite")
// reads an end date column, Agreement.Level decodes a level or type
// column (university-wide, faculty, department; 大学間, 部局間, 校級, 院級;
// the cell's text stays in its field), and every other cell is kept in
// Agreement.Fields, in column order with its header and a FieldKind:
// FieldNumber, FieldLevel, FieldCity, FieldRegion, FieldRemarks, FieldURL
// or FieldOther; Agreement.Field returns one by kind. A column no header
// names is known by its cells where they leave no doubt: small numbers
// counting up are a running number, web addresses a URL. So a number, an
// address or a remark never lands in the date, quota or country.
//
// # Countries
//
// A label is read as an ISO 3166-1 country by package country (the
// Reader's Resolver): names and aliases in English and other languages
// ("USA", "Viet Nam", "Korea, Republic of", "ドイツ"), qualifiers as
// qualifiers ("USA - Georgia" is the United States, "Spain (Granada)"
// Spain), then, each lowering the match's Confidence, repairs of
// extraction damage: full-width letters, long official forms, Cyrillic or
// Greek look-alike letters ("Могоссо"), split or joined words, OCR
// confusions (l/1/I, rn/m, O/0) and a small edit distance, refused when two
// countries are about equally close or when the label is a city or a
// given name ("Cambridge", "Francis").
//
// The rows are then split into contiguous groups around the labels, by
// weighing the evidence the text keeps: labels of distinct countries
// separate groups; a step backwards in the alphabetical order of partners,
// or in their dates, is almost always a group boundary, but only as far as
// the listing is measured to be sorted by that key (an unsorted listing
// gives order no weight); a label sits on its group's middle or first row,
// within the part of the group on the label's page, in proportions learned
// from the listing itself; a group often starts on a new page, and may
// continue across one; rows of one institution stay together; a second,
// garbled copy of a label next to a readable one ("Thailand" then
// "mananu") is taken as a copy, not as a group of its own; and a
// partner's name may say where it is ("Universiti Sains Malaysia", "Seoul
// National University", "Politecnico di Torino"), which can also name the
// country of a group whose label was lost. The model is package-internal;
// its specification and its parameters, each with where its value comes
// from, are in internal/groups.
//
// Agreement.CountrySource says how the country was decided: CountryPrinted
// (the row's own label), CountryGroup (the label of its group),
// CountryName (from partners' names only), CountryFillDown (with
// Reader.FillDown) or CountryUnknown. Agreement.Confidence, from 0 to 1,
// says how sure the parser is: for an inferred row, the posterior weight
// of the splits that put it in its group, times the label's own
// confidence. It never guesses silently: a row placed with a confidence
// under 0.9, or that could belong to either of two groups, gets a
// Warning wrapping ErrAmbiguousCountry on its own line; a row whose
// partner's name names another country than its group's, ErrNameConflict;
// a row whose country comes from names alone, and a label or group left
// without a country, ErrUnknownCountry; a repaired label an Info
// diagnostic wrapping ErrRepairedCountry, and a label taken as a copy
// ErrDuplicateLabel.
//
// # Quotas
//
// ParseQuota decodes the quota cell into a Quota that keeps the cell in
// Raw: "5" is a count of students a year (QuotaCount), "×" no student
// quota (QuotaNone), "ST10,LT" short-term stays for 10 students and
// long-term stays in unstated number (QuotaTerms, with Terms), an empty
// cell QuotaUnspecified. Full-width digits, "x" for "×", spaces inside
// codes, "/" between terms and a counter word ("2名") are accepted;
// ValidateQuota accepts only the canonical spellings. A cell that cannot
// be decoded is QuotaUnknown, with a diagnostic wrapping ErrBadQuota.
//
// # Dates
//
// ParseDate reads the effective date: "2017/06/28", "2017/6/28",
// "2017-06-28", "2017.6.28", "2017年6月28日", Japanese era dates
// ("平成29年6月28日", "令和元年6月12日", "H29.6.28"), or a bare year, which
// stays a year (Date.Precision). Impossible days ("2019/02/29") are
// refused. A date with its year last is read day first ("28/06/2017") or
// month first ("06/28/2017") as its numbers allow; where both orders
// name a day ("03/06/2017"), a Reader reads it in the order the dates
// read by then show (all above it, and those of the rows below it still
// waiting for their groups), and where they show none, or both, leaves
// it unread with a warning naming both days. A period of validity
// ("2017/06/28–2022/06/27") took effect at its start. An unreadable cell leaves EffectiveSince zero, keeps the
// text in EffectiveText and gives a diagnostic wrapping ErrBadDate.
//
// # Partner names
//
// Partner is the name as written, typos included, with runs of white
// space collapsed. Agreement.Name (ParsePartnerName) splits it into
// Institution, Units in parentheses, Campuses after a comma, the Members
// of a "Consortium [Member (Unit), ...]", and the Native and Latin forms
// of a name written in two scripts. SearchKey folds case, accents, width
// and punctuation; Listing.Search finds "Los Banos" in "Los Baños" and
// "university" in "Universtiy".
//
// # Errors
//
// Problems inside the text never stop parsing: each is a Diagnostic with
// its Line, a Severity (Info for a repair or a likely decision, Warning
// for a doubt, Error for text lost to the reader's limits or a listing in
// which nothing was found) and an Err sentinel such as ErrFieldCount,
// ErrBadDate or ErrAmbiguousCountry, for errors.Is; Diagnostic.Code names
// it in JSON. Reading stops only on an I/O error or input that is not
// text (ErrBinary); Parse then returns what it read with a *ParseError,
// which gives the Line and wraps the cause.
//
// # Tolerated input
//
// The reader accepts, with a diagnostic where it changes something:
//   - line endings "\n", "\r\n" or a lone "\r", mixed, and a missing
//     final line ending;
//   - a byte-order mark; UTF-16 with or without one; Shift_JIS and
//     EUC-JP, detected; bytes that are not UTF-8 (replaced by U+FFFD,
//     ErrInvalidUTF8); letters and accents written apart (Unicode NFD),
//     read and returned composed (NFC), without a diagnostic;
//   - spaces around and inside cells (trimmed and collapsed), and lines of
//     only spaces and tabs (blank);
//   - a missing or extra empty cell, such as a row without its empty
//     country cell, or with a trailing tab: the cells are placed around
//     the one that reads as a date (ErrFieldCount, as Info);
//   - header lines repeated on every page, damaged ("Quot", "Countrv"),
//     wrapped over two lines, or in another column order;
//   - title lines and blank lines between pages, also with tabs after
//     the title;
//   - a column of row numbers that no header names (ErrFieldCount, once);
//   - a line with a partner's name but no date or quota in a listing
//     whose rows have them, read as a row of its own when it reads as
//     a name apart (ErrNoValues, a warning: it may be the rest of the
//     name above);
//   - a header naming three of the four columns: the fourth is absent; a
//     region column stands for a country column there is not;
//   - country labels with a qualifier ("Thailand (Bangkok)", "USA -
//     California", "中国(香港)") or in two scripts ("オーストリア Austria");
//   - lines of any length up to Reader.MaxLineLength (1 MiB by default),
//     and up to Reader.MaxCells cells (64).
//
// # Not supported
//
// These are read, but not as a reader of the PDF would:
//   - Longer lines are cut, and cells past MaxCells dropped (ErrLongLine).
//   - Encodings other than those above (Latin-1, GBK, Big5) are not
//     detected; set Reader.Encoding.
//   - Dates with no day ("2017/06", "Sep 2006") or with months named in
//     languages other than English, French, Spanish, Portuguese,
//     Italian, German, Dutch, Swedish, Polish, Turkish, Indonesian and Russian
//     are not read, nor quotas in words other than "to be decided"
//     ("several"), nor a date whose day and month could
//     be either way round in a listing whose other dates do not tell
//     ("03/06/2017"); their text is kept, with a diagnostic.
//   - A block of rows (see above) whose names wrap, or whose values
//     share lines with other text, is read as lines of text around rows.
//   - Space-aligned text whose cells hold two lines of different lengths
//     side by side (a native name above its Latin form in one column, a
//     city beside it) may give a line's words to the neighbouring column.
//   - Places that are not ISO 3166-1 countries ("Europe") are unknown.
package agreements
