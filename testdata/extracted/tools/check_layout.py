#!/usr/bin/env python3
"""Checks that every partner of NAME.truth.tsv appears, in order, in NAME.layout.txt, possibly
wrapped over several lines with other cells (dates, quotas, labels) between its pieces.

The layout text and each partner are compared without whitespace; a partner may be split into at
most 4 pieces of at least 3 characters each, each piece starting at most GAP characters after the
previous one ended. Matches must come in truth order.

usage: check_layout.py FILE.layout.txt...    prints per file: rows, wrapped rows, pages; exits 1 on a miss"""
import bisect, re, sys, unicodedata

GAP = 80


def squeeze(text):
    chars, lines = [], []
    ln = 1
    for ch in text:
        if ch == '\n':
            ln += 1
        elif not ch.isspace():
            chars.append(ch); lines.append(ln)
    return ''.join(chars), lines


def common(stream, q, s):
    n = 0
    while n < len(s) and q + n < len(stream) and stream[q + n] == s[n]:
        n += 1
    return n


def match(stream, start, want):
    """Returns (end, [piece starts]) of the first place at or after start where want appears
    in at most 4 pieces (each of 3 or more characters, GAP characters apart at most), or None."""
    k = min(len(want), 3)
    q = stream.find(want[:k], start)
    found, limit = [], None
    while q != -1:
        n = common(stream, q, want)
        pieces, p, s = [q], q + n, want[n:]
        while s and len(pieces) <= 4:
            best, bq = 0, None
            for c in range(p, min(len(stream), p + GAP)):
                m = common(stream, c, s)
                if m > best:
                    best, bq = m, c
                    if m == len(s):
                        break
            if bq is None or best < min(3, len(s)):
                break
            pieces.append(bq); p = bq + best; s = s[best:]
        if not s and len(pieces) <= 4:
            found.append((len(pieces), q, p, pieces))
            if limit is None:
                limit = q + 400
        q = stream.find(want[:k], q + 1)
        if limit is not None and (q == -1 or q > limit):
            break
    if not found:
        return None
    _, _, p, pieces = min(found)   # fewest pieces, then earliest
    return p, pieces


def main():
    bad = 0
    for f in sys.argv[1:]:
        base = f[:-len('.layout.txt')]
        text = open(f, encoding='utf-8').read()
        with open(base + '.truth.tsv', encoding='utf-8') as t:
            head = t.readline().rstrip('\n').split('\t')
            truth = [dict(zip(head, l.rstrip('\n').split('\t'))) for l in t if l.strip()]
        stream, lines = squeeze(text)
        pos, wrapped, spans, misses = 0, 0, {}, []
        found, midword = [], []
        for r in truth:
            want = re.sub(r'\s+', '', r['partner'])
            m = match(stream, pos, want)
            if not m:
                misses.append(r['partner']); continue
            end, starts = m
            l0, l1 = lines[starts[0]], lines[end - 1]
            n = l1 - l0 + 1
            spans[n] = spans.get(n, 0) + 1
            pos = starts[0] + 1
            found.append((starts[0], end, r['partner'], l0))
            # where the pieces meet, the partner should have a space, a hyphen or a CJK letter
            nows = re.sub(r'\s+', '', r['partner'])
            k = 0
            for i in range(len(starts) - 1):
                k += common(stream, starts[i], nows[k:])
                raw = r['partner']
                # position in the partner with spaces: the k-th non-space character
                j = [m for m, ch in enumerate(raw) if not ch.isspace()][k]
                prev, nxt = raw[j - 1], raw[j]
                if not (prev.isspace() or prev == '-' or ord(nxt) > 0x2e80 or ord(raw[j - 1]) > 0x2e80):
                    midword.append((r['partner'], raw[:j] + '|' + raw[j:]))
        # a partner whose text is split by the start of the next one: pdftotext printed the rows
        # out of order (seen where a centred CJK label sits between two rows)
        inter = [(a[2], a[3]) for a, b in zip(found, found[1:]) if b[0] < a[1]]
        pages = text.count('\f')
        print(f"{f.split('/')[-1]}: {len(truth)} rows, found {len(truth) - len(misses)}, "
              f"lines per partner {dict(sorted(spans.items()))}, pages {pages}")
        for p, cutp in midword:
            print(f'   wrapped inside a word: {cutp}')
        for p, l in inter:
            print(f'   out of order near line {l}: {p}')
        for m in misses:
            print('   MISSING:', m); bad += 1
    sys.exit(1 if bad else 0)


main()
