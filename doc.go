// Package agreements reads academic exchange agreement listings: the
// tables of partner institutions that universities publish as PDF, as they
// reach programs once extracted to text, one table row a line and cells
// separated by tabs. A page of a listing looks like this (→ is a tab):
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
// with every label read right. Parse reads
// the page as two Taiwanese agreements and five Thai ones.
//
// Parse returns a Listing: its Agreements in source order, each with its
// Line, Country, CountrySource, Confidence, the CountryLabel printed on
// the row (if any), Partner, EffectiveSince and Quota; its Ignored lines
// (headers, titles, blank and unparsable lines), each with its LineKind;
// and its Diagnostics. Every line of the input is in Agreements or in
// Ignored, exactly once. A Reader does the same with settings (FillDown,
// MaxLineLength, MaxCells, Resolver, Encoding), and its Read returns one
// agreement at a time; it reads ahead until the group of a row is
// settled.
//
// # Countries
//
// A label is read as an ISO 3166-1 country by package country (the
// Reader's Resolver): names and aliases in English and other languages
// ("USA", "Viet Nam", "Korea, Republic of", "ドイツ"), then, each lowering
// the match's Confidence, repairs of extraction damage: full-width letters,
// long official forms, Cyrillic or Greek look-alike letters ("Могоссо"),
// split or joined words, OCR confusions (l/1/I, rn/m, O/0) and a small
// edit distance, refused when two countries are about equally close.
//
// The rows are then split into contiguous groups around the labels, by
// weighing the evidence the text keeps: labels of distinct countries
// separate groups; a step backwards in the alphabetical order of partners,
// or in their dates, is almost always a group boundary, but only as far as
// the listing is measured to be sorted by that key (an unsorted listing
// gives order no weight); a label sits on its group's middle or first row,
// within the part of the group on the label's page, in proportions learned
// from the listing itself; a group often starts on a new page, and may
// continue across one; rows of
// one institution stay together; a second, garbled copy of a label next
// to a readable one ("Thailand" then "mananu") is taken as a copy, not as
// a group of its own; and a partner's name may say where it is
// ("Universiti Sains Malaysia", "Seoul National University",
// "Politecnico di Torino"), which can also name the country of a group
// whose label was lost.
//
// Agreement.CountrySource says how the country was decided: CountryPrinted
// (the row's own label), CountryGroup (the label of its group),
// CountryName (from partners' names only), CountryFillDown (with
// Reader.FillDown) or CountryUnknown. Agreement.Confidence, from 0 to 1,
// says how sure the parser is: for an inferred row, the posterior weight
// of the splits that put it in its group, times the label's own
// confidence. It never guesses silently: a repaired label
// gives a diagnostic wrapping ErrRepairedCountry, a label taken as a copy
// ErrDuplicateLabel, a label or group left without a country
// ErrUnknownCountry, and a row that could belong to either of two groups
// ErrAmbiguousCountry, naming both.
//
// # Quotas
//
// ParseQuota decodes the quota cell into a Quota that keeps the cell in
// Raw: "5" is a count of students a year (QuotaCount), "×" no student
// quota (QuotaNone), "ST10,LT" short-term stays for 10 students and
// long-term stays in unstated number (QuotaTerms, with Terms), an empty
// cell QuotaUnspecified. Full-width digits, "x" for "×", spaces inside
// codes and "/" between terms are accepted; ValidateQuota accepts only
// the canonical spellings. A cell that cannot be decoded is QuotaUnknown,
// with a diagnostic wrapping ErrBadQuota.
//
// # Dates
//
// ParseDate reads the effective date: "2017/06/28", "2017/6/28",
// "2017-06-28", "2017.6.28", "2017年6月28日", or a bare year, which stays
// a year (Date.Precision). Impossible days ("2019/02/29") are refused. An
// unreadable cell leaves EffectiveSince zero, keeps the text in
// EffectiveText and gives a diagnostic wrapping ErrBadDate.
//
// # Partner names
//
// Partner is the name as written, typos included, with runs of white
// space collapsed. Agreement.Name (ParsePartnerName) splits it into
// Institution, Units in parentheses, Campuses after a comma and the
// Members of a "Consortium [Member (Unit), ...]". SearchKey folds case,
// accents, width and punctuation; Listing.Search finds "Los Banos" in
// "Los Baños" and "university" in "Universtiy".
//
// # Errors
//
// Problems inside the text never stop parsing: each is a Diagnostic with
// its Line, a Severity (Info for a repair or a likely decision, Warning for
// a doubt, Error for text lost to the reader's limits) and an Err sentinel such as ErrFieldCount, ErrBadDate or
// ErrAmbiguousCountry, for errors.Is. Reading stops only on an I/O error
// or input that is not text (ErrBinary); Parse then returns what it read
// with a *ParseError, which gives the Line and wraps the cause.
//
// # Tolerated input
//
// The reader accepts, with a diagnostic where it changes something:
//   - line endings "\n", "\r\n" or a lone "\r", mixed, and a missing
//     final line ending;
//   - a byte-order mark; UTF-16 with or without one; Shift_JIS and
//     EUC-JP, detected; bytes that are not UTF-8 (replaced by U+FFFD,
//     ErrInvalidUTF8);
//   - spaces around and inside cells (trimmed and collapsed), and lines of
//     only spaces and tabs (blank);
//   - a missing or extra empty cell, such as a row without its empty
//     country cell, or with a trailing tab: the cells are placed around
//     the one that reads as a date (ErrFieldCount, as Info);
//   - header lines repeated on every page, damaged ("Quot", "Countrv"),
//     in another column order, or in Japanese (国・地域, 協定校, 締結日,
//     派遣人数): the rows after a header are read in its order;
//   - title lines and blank lines between pages, also with tabs after
//     the title;
//   - a country written alone on a line above its group ("Thailand"): a
//     heading, kept as a title line, whose label goes to the next row;
//   - a column of row numbers that no header names (ErrFieldCount, once);
//   - a header naming three of the four columns: the fourth is absent;
//     a region column before the country column is left unread;
//   - country labels with a qualifier ("Thailand (Bangkok)", "USA -
//     California", "中国(香港)");
//   - lines of any length up to Reader.MaxLineLength (1 MiB by default),
//     and up to Reader.MaxCells cells (64).
//
// # Not supported
//
// These are read, but not as a reader of the PDF would:
//   - Quoted fields are not unquoted: a cell is the text between tabs,
//     quotes included. Cells separated by commas or runs of spaces (as
//     pdftotext -layout writes) are not split.
//   - A cell wrapped onto the next line is not joined: the continuation
//     is a line of its own (a title, an unparsable line or a row without
//     a date).
//   - Longer lines are cut, and cells past MaxCells dropped (ErrLongLine).
//   - Encodings other than those above (Latin-1, GBK, Big5) are not
//     detected; set Reader.Encoding.
//   - Dates with the day first, with month names or with no day
//     ("2017/06") are not read, nor quotas in words ("若干名") or dashes;
//     their text is kept. Japanese era dates (平成29年6月28日, H29.6.28)
//     are read.
//   - Places that are not ISO 3166-1 countries ("Europe") are unknown.
package agreements
