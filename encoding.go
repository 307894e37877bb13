package agreements

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"reflect"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// sniffLen is how many bytes at the start of the input are examined to
// choose its encoding and to refuse binary input.
const sniffLen = 8 << 10

// A sniffed encoding is what decodeInput found the input to be.
type sniffed struct {
	enc  encoding.Encoding // nil for UTF-8, read as is
	name string            // the encoding's name for messages; "" for UTF-8
}

// decodeInput returns r as UTF-8 text, and the name of the encoding it
// is decoded from ("" when r is read as UTF-8, as is).
//
// With forced nil, the encoding is detected from the first sniffLen
// bytes: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE); UTF-16 without a
// mark when every other byte is NUL; valid UTF-8; Shift_JIS or EUC-JP when
// the bytes are not UTF-8 but decode cleanly as one of them to Japanese
// text; else UTF-8, whose bad bytes readLine replaces line by line. Input
// whose first bytes hold NULs (and are not UTF-16) or are mostly control
// characters and bytes that are no character is refused with an error
// wrapping ErrBinary.
//
// A forced encoding turns detection off, and with it the refusal of
// binary input.
func decodeInput(r io.Reader, forced encoding.Encoding) (io.Reader, string, error) {
	if forced != nil {
		if isUTF8(forced) {
			return r, "", nil
		}
		return transform.NewReader(r, forced.NewDecoder()), encodingName(forced), nil
	}
	br := bufio.NewReaderSize(r, sniffLen)
	prefix, err := br.Peek(sniffLen)
	s, err := sniff(prefix, err != nil)
	if err != nil {
		return nil, "", err
	}
	if s.enc == nil {
		return br, "", nil
	}
	return transform.NewReader(br, s.enc.NewDecoder()), s.name, nil
}

// isUTF8 reports whether e is UTF-8 or no encoding at all: input read as
// is, its invalid bytes diagnosed line by line.
func isUTF8(e encoding.Encoding) bool {
	if !reflect.TypeOf(e).Comparable() {
		return false
	}
	return e == unicode.UTF8 || e == encoding.Nop
}

// encodingName returns a name of e for messages.
func encodingName(e encoding.Encoding) string {
	if s, ok := e.(fmt.Stringer); ok {
		return s.String()
	}
	return fmt.Sprintf("%T", e)
}

var (
	utf16LE = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	utf16BE = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
)

// sniff chooses the encoding of the input whose first bytes are b; atEOF
// says b is the whole input.
func sniff(b []byte, atEOF bool) (sniffed, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:] // UTF-8 with a byte-order mark: readLine drops the mark
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return sniffed{utf16LE, "UTF-16LE"}, nil
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return sniffed{utf16BE, "UTF-16BE"}, nil
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		if order, ok := utf16Order(b); ok {
			if order == unicode.LittleEndian {
				return sniffed{unicode.UTF16(order, unicode.IgnoreBOM), "UTF-16LE"}, nil
			}
			return sniffed{unicode.UTF16(order, unicode.IgnoreBOM), "UTF-16BE"}, nil
		}
		return sniffed{}, fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	if !atEOF {
		b = cutIncomplete(b)
	}
	if utf8.Valid(b) {
		if n, ctl := controlRunes(b); ctl >= 8 && ctl*10 > n {
			return sniffed{}, fmt.Errorf("%w: %d of the first %d characters are control characters", ErrBinary, ctl, n)
		}
		return sniffed{}, nil
	}
	best, bestScore := sniffed{}, 0
	for _, c := range []struct {
		enc  encoding.Encoding
		name string
		cut  func([]byte) []byte
	}{
		{japanese.ShiftJIS, "Shift_JIS", cutShiftJIS},
		{japanese.EUCJP, "EUC-JP", cutEUCJP},
	} {
		p := b
		if !atEOF {
			p = c.cut(p)
		}
		if score := japaneseScore(c.enc, p); score > bestScore {
			best, bestScore = sniffed{c.enc, c.name}, score
		}
	}
	if bestScore > 0 {
		return best, nil
	}
	if bad := noiseBytes(b); bad >= 16 && bad*4 > len(b) {
		return sniffed{}, fmt.Errorf("%w: %d of the first %d bytes are neither characters nor text control", ErrBinary, bad, len(b))
	}
	return sniffed{}, nil
}

// utf16Order returns the byte order of b when b looks like UTF-16 text
// without a byte-order mark: many NULs, all of them on the same side of
// the 16-bit units (the high byte of ASCII characters). It reports false
// otherwise.
func utf16Order(b []byte) (unicode.Endianness, bool) {
	var even, odd int // NULs at even and at odd offsets
	for i, c := range b[:len(b)&^1] {
		if c == 0 {
			if i&1 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	units := len(b) / 2
	switch {
	case units == 0:
		return false, false
	case odd*10 >= units*3 && even*20 <= odd:
		return unicode.LittleEndian, true
	case even*10 >= units*3 && odd*20 <= even:
		return unicode.BigEndian, true
	}
	return false, false
}

// cutIncomplete drops a UTF-8 sequence cut by the end of the sniffed
// prefix.
func cutIncomplete(b []byte) []byte {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				return b[:i]
			}
			break
		}
	}
	return b
}

// cutShiftJIS drops a lead byte left alone by the end of the prefix.
func cutShiftJIS(b []byte) []byte {
	for i := 0; i < len(b); i++ {
		c := b[i]
		if 0x81 <= c && c <= 0x9F || 0xE0 <= c && c <= 0xFC {
			if i+1 == len(b) {
				return b[:i]
			}
			i++
		}
	}
	return b
}

// cutEUCJP drops a multi-byte sequence cut by the end of the prefix.
func cutEUCJP(b []byte) []byte {
	for i := 0; i < len(b); {
		n := 1
		switch c := b[i]; {
		case c == 0x8F:
			n = 3
		case c == 0x8E || 0xA1 <= c && c <= 0xFE:
			n = 2
		}
		if i+n > len(b) {
			return b[:i]
		}
		i += n
	}
	return b
}

// japaneseScore decodes b with enc and returns how many Japanese
// characters (kana, kanji, full-width forms and CJK punctuation) the text
// holds, or 0 when b does not decode cleanly or does not read as
// Japanese: no Japanese character, or fewer of them than of the unlikely
// ones (half-width katakana, private use, C1 controls), which is what
// text in another encoding mostly decodes to. Other characters of JIS X
// 0208, such as Greek, Cyrillic and "×", count for neither.
func japaneseScore(enc encoding.Encoding, b []byte) int {
	text, err := enc.NewDecoder().Bytes(b)
	if err != nil || bytes.ContainsRune(text, utf8.RuneError) {
		return 0
	}
	jp, unlikely := 0, 0
	for _, r := range string(text) {
		switch {
		case r < utf8.RuneSelf:
		case 0x3000 <= r && r <= 0x30FF, // CJK punctuation, hiragana, katakana
			0x4E00 <= r && r <= 0x9FFF, // CJK unified ideographs
			0xFF01 <= r && r <= 0xFF5E: // full-width ASCII
			jp++
		case 0xFF61 <= r && r <= 0xFF9F, // half-width katakana
			0xE000 <= r && r <= 0xF8FF, // private use
			0x80 <= r && r <= 0x9F:
			unlikely++
		}
	}
	if jp == 0 || jp <= unlikely {
		return 0
	}
	return jp
}

// controlRunes returns the number of characters of the valid UTF-8 text b
// and how many of them are control characters other than white space.
func controlRunes(b []byte) (n, ctl int) {
	for _, r := range string(b) {
		n++
		if isNoiseControl(r) {
			ctl++
		}
	}
	return n, ctl
}

func isNoiseControl(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r':
		return false
	}
	return r < 0x20 || 0x7F <= r && r <= 0x9F
}

// noiseBytes returns how many bytes of b are in no valid UTF-8 sequence
// or encode a control character other than white space.
func noiseBytes(b []byte) int {
	bad := 0
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 || isNoiseControl(r) {
			bad += n
		}
		b = b[n:]
	}
	return bad
}
