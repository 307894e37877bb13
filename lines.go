package agreements

import (
	"bytes"
	"io"
	"unicode/utf8"
)

// lineReader splits its input into lines ended by "\n", "\r\n" or a lone
// "\r", of any length. A line longer than max bytes is cut to max bytes
// (at a character boundary) and the rest of it skipped, so memory stays
// bounded by max whatever the input.
type lineReader struct {
	r      io.Reader
	buf    []byte
	start  int // first unread byte in buf
	end    int // end of valid data in buf
	err    error
	skipLF bool // the last line ended with "\r": a "\n" right after it is part of that ending
	max    int
	line   int // number of the line last returned
	long   []byte
	nl     int // index in buf of the next "\n" at or after the search, l.end if none before it; -1 unknown

	encoding string // the encoding the input was decoded from, for messages; "" for UTF-8
}

const minRead = 32 << 10

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{r: r, buf: make([]byte, 64<<10), max: max, nl: -1}
}

// fill reads more input into buf, compacting or growing it as needed.
// It returns false when no byte could be added.
func (l *lineReader) fill() bool {
	if l.err != nil {
		return false
	}
	l.nl = -1 // the buffer moves or grows
	if l.start > 0 && (l.start == l.end || l.end+minRead > len(l.buf)) {
		l.end = copy(l.buf, l.buf[l.start:l.end])
		l.start = 0
	}
	if len(l.buf)-l.end < minRead {
		nb := make([]byte, 2*len(l.buf)+minRead)
		l.end = copy(nb, l.buf[l.start:l.end])
		l.start = 0
		l.buf = nb
	}
	for i := 0; i < 100; i++ {
		n, err := l.r.Read(l.buf[l.end:])
		l.end += n
		if err != nil {
			l.err = err
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
	l.err = io.ErrNoProgress
	return false
}

// next returns the next line without its ending, and whether the line was
// cut to the limit. The slice is valid until the following call. At the
// end of the input it returns io.EOF; a final line without an ending is
// still a line.
func (l *lineReader) next() (line []byte, truncated bool, err error) {
	scanned := 0 // bytes of the current line already searched
	l.long = l.long[:0]
	for {
		if l.skipLF && l.start < l.end {
			if l.buf[l.start] == '\n' {
				l.start++
			}
			l.skipLF = false
		}
		data := l.buf[l.start:l.end]
		// Find the next "\n" once per fill, and the next "\r" only up to it,
		// so that input with lone "\r" endings is not searched again line
		// after line for a "\n" far away.
		if l.nl < l.start+scanned {
			l.nl = l.end
			if j := bytes.IndexByte(data[scanned:], '\n'); j >= 0 {
				l.nl = l.start + scanned + j
			}
		}
		lf := l.nl - l.start
		i := bytes.IndexByte(data[scanned:lf], '\r')
		if i >= 0 {
			i += scanned
		} else if lf < len(data) {
			i = lf
		}
		if i >= 0 {
			line = data[:i]
			l.skipLF = data[i] == '\r'
			l.start += i + 1
			l.line++
			if truncated {
				return l.long, true, nil
			}
			if l.max > 0 && len(line) > l.max {
				return cutUTF8(line, l.max), true, nil
			}
			return line, false, nil
		}
		scanned = len(data)
		if l.max > 0 && len(data) > l.max {
			// Keep the first max bytes of the line aside and drop the rest
			// of what is buffered, so a huge line never fills memory.
			if !truncated {
				l.long = append(l.long, cutUTF8(data, l.max)...)
				truncated = true
			}
			l.start = l.end
			scanned = 0
		}
		if !l.fill() {
			if l.skipLF {
				l.skipLF = false
			}
			data = l.buf[l.start:l.end]
			if len(data) == 0 && !truncated {
				if l.err == io.EOF || l.err == nil {
					return nil, false, io.EOF
				}
				return nil, false, l.err
			}
			// The last line has no line ending.
			l.start = l.end
			l.line++
			if truncated {
				return l.long, true, nil
			}
			if l.max > 0 && len(data) > l.max {
				return cutUTF8(data, l.max), true, nil
			}
			return data, false, nil
		}
	}
}

// cutUTF8 returns b cut to at most n bytes without splitting a UTF-8
// sequence.
func cutUTF8(b []byte, n int) []byte {
	if len(b) <= n {
		return b
	}
	for i := n - 1; i >= 0 && i > n-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:n]) {
				return b[:i] // the character starting at i does not fit
			}
			break
		}
	}
	return b[:n]
}
