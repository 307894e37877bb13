#!/usr/bin/env python3
"""Writes the hand-made listings and their truth files from listings_data.py.

usage: build_listings.py OUTROOT        (writes OUTROOT/tsv, OUTROOT/csv, OUTROOT/md)

Every printed value comes from one record (ISO country code, label, partner, ISO date), so the
truth is right by construction: line numbers are counted while the lines are written."""
import csv, datetime as dt, io, os, random, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from listings_data import LISTINGS

# Columns of each column-style listing, in printed order.
COLS = {
    'eng-seed-style': ['country', 'partner', 'date', 'quota'],
    'narrow-country': ['country', 'partner', 'date', 'quota'],
    'numbered-first': ['no', 'country', 'partner', 'level', 'date', 'valid'],
    'country-last': ['partner', 'city', 'type', 'date', 'valid', 'country'],
    'web-remarks': ['no', 'country', 'partner', 'web', 'remarks', 'date'],
    'japanese-full': ['country', 'partner', 'city', 'body', 'date', 'content'],
    'japanese-bilingual': ['country', 'partner', 'date', 'quota'],
    'chinese-columns': ['country', 'partner', 'level', 'date', 'remarks'],
    'korean': ['country', 'partner', 'date'],
    'spanish-columns': ['no', 'country', 'partner', 'city', 'date'],
}
SEMICOLON = {'numbered-first', 'spanish-columns'}
MARKDOWN = {'eng-seed-style', 'japanese-bilingual', 'korean'}


def key(s):
    """Comparison key: accents and case ignored."""
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).casefold()


def english(s):
    """The Latin-script part of a two-script cell ('オーストリア Austria' -> 'Austria')."""
    i = next((k for k, c in enumerate(s) if c.isascii() and c.isalpha()), 0)
    return s[i:]


def wareki(d):
    if d >= dt.date(2019, 5, 1):
        era, y = '令和', d.year - 2018
    elif d >= dt.date(1989, 1, 8):
        era, y = '平成', d.year - 1988
    else:
        era, y = '昭和', d.year - 1925
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def fmt(d, f):
    return {
        'ymd_slash': f'{d.year}/{d.month:02d}/{d.day:02d}',
        'ymd_slash_nopad': f'{d.year}/{d.month}/{d.day}',
        'iso': d.isoformat(),
        'ymd_dot': f'{d.year}.{d.month:02d}.{d.day:02d}',
        'ymd_dot_nopad': f'{d.year}.{d.month}.{d.day}',
        'dmy_slash': f'{d.day:02d}/{d.month:02d}/{d.year}',
        'kanji': f'{d.year}年{d.month}月{d.day}日',
        'wareki': wareki(d),
    }[f]


def valid_until(d):
    try:
        e = d.replace(year=d.year + 5)
    except ValueError:  # 29 February
        e = d.replace(year=d.year + 5, day=28)
    return e - dt.timedelta(days=1)


def parse(name, L):
    """Groups of records: [(code, label, [rec, ...]), ...]."""
    rng = random.Random('fixture-' + name)
    lo, hi = (dt.date(1990, 1, 1) if L.get('date_fmt') == 'wareki' else dt.date(1995, 1, 1)), dt.date(2024, 3, 31)
    pin = L.get('pin', {})
    groups = []
    for line in L['data'].strip('\n').split('\n'):
        if line.startswith('@'):
            code, label = line[1:].split(' ', 1)
            groups.append((code, label, []))
            continue
        vals = [v.strip() for v in line.split(' | ')]
        assert len(vals) == len(L['fields']), (name, line)
        rec = dict(zip(L['fields'], vals))
        code, _, recs = groups[-1]
        p = pin.get((code, len(recs)))
        rec['iso'] = (dt.date.fromisoformat(p) if p else
                      lo + dt.timedelta(days=rng.randrange((hi - lo).days))) if L.get('date_fmt') else None
        recs.append(rec)
    if L['order'] == 'date':
        for _, _, recs in groups:
            recs.sort(key=lambda r: r['iso'])
    return groups


def check_order(name, L, groups):
    """Asserts the sort order the README claims."""
    o = L['order']
    labels = [g[1] for g in groups]
    codes = [g[0] for g in groups]
    assert len(set(codes)) == len(codes), (name, 'a country in two groups')
    if o in ('alpha', 'alpha-en'):
        k = english if o == 'alpha-en' else (lambda s: s)
        assert [key(k(x)) for x in labels] == sorted(key(k(x)) for x in labels), (name, labels)
        for _, lab, recs in groups:
            ps = [key(k(r['partner'])) for r in recs]
            assert ps == sorted(ps), (name, lab, ps)


def build(name, L, root):
    groups = parse(name, L)
    check_order(name, L, groups)
    lines, kinds, truth = [], [], []   # kinds: title / header / blank / heading / row

    def emit(text, kind, t=None):
        lines.append(text); kinds.append(kind)
        if t:
            truth.append((len(lines), *t))

    df = L.get('date_fmt')
    if L.get('title'):
        emit(L['title'], 'title')
    if L.get('header'):
        emit('\t'.join(L['header']), 'header')
    n = 0
    if L.get('headings'):
        for code, label, recs in groups:
            if name == 'headings-caps':
                emit(f'{len(recs)}\t{label}', 'heading')
            else:
                emit(label, 'heading')
            for r in recs:
                n += 1
                iso = r['iso'].isoformat() if r['iso'] else ''
                cells = [r['partner']] if not df else [str(n), r['partner'], fmt(r['iso'], df)]
                emit('\t'.join(cells), 'row', (code, r['partner'], iso))
    else:
        cols = COLS[name]
        for code, label, recs in groups:
            at = 0 if L['label_pos'] == 'first' else len(recs) // 2
            for j, r in enumerate(recs):
                n += 1
                if L.get('page_break_after') and n == L['page_break_after'] + 1:
                    emit('', 'blank'); emit(L['title'], 'title'); emit('', 'blank')
                    emit('\t'.join(L['header']), 'header')
                cells = []
                for c in cols:
                    cells.append({'no': str(n), 'country': label if j == at else '',
                                  'date': fmt(r['iso'], df) if df else '',
                                  'valid': fmt(valid_until(r['iso']), df) if r['iso'] else ''}.get(c, r.get(c)))
                assert all('\t' not in x and '|' not in x for x in cells)
                emit('\t'.join(cells), 'row', (code, r['partner'], r['iso'].isoformat()))
    assert len(truth) == sum(len(g[2]) for g in groups)

    def write_truth(path, tr):
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write('line\tcountry\tpartner\teffective_since\n')
            for t in tr:
                f.write('%d\t%s\t%s\t%s\n' % t)

    # Tab-separated text.
    d = os.path.join(root, 'tsv'); os.makedirs(d, exist_ok=True)
    nl = '\r\n' if L.get('crlf_bom') else '\n'
    with open(os.path.join(d, name + '.tsv'), 'w', encoding='utf-8-sig' if L.get('crlf_bom') else 'utf-8', newline='') as f:
        f.write(nl.join(lines) + nl)
    write_truth(os.path.join(d, name + '.truth.tsv'), truth)

    # CSV as Tabula exports it: table rows only (no title, no blank lines), each padded to the
    # table's column count; the country on the same row as in the .tsv.
    ncol = max(len(l.split('\t')) for l, k in zip(lines, kinds) if k in ('header', 'row', 'heading'))
    recs, ctruth, tmap = [], [], {t[0]: t for t in truth}
    for i, (l, k) in enumerate(zip(lines, kinds), 1):
        if k in ('header', 'row', 'heading'):
            cells = l.split('\t')
            recs.append(cells + [''] * (ncol - len(cells)))
            if i in tmap:
                ctruth.append((len(recs),) + tmap[i][1:])
    d = os.path.join(root, 'csv'); os.makedirs(d, exist_ok=True)
    for delim, suffix in [(',', '')] + ([(';', '.semicolon')] if name in SEMICOLON else []):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=delim, quoting=csv.QUOTE_MINIMAL, lineterminator='\r\n' if delim == ';' else '\n')
        w.writerows(recs)
        with open(os.path.join(d, name + suffix + '.csv'), 'w', encoding='utf-8', newline='') as f:
            f.write(buf.getvalue())
        write_truth(os.path.join(d, name + suffix + '.truth.tsv'), ctruth)

    # Markdown pipe table (one table per PDF page: a repeated header starts a new table).
    if name in MARKDOWN:
        out, mtruth = [], []
        for i, (l, k) in enumerate(zip(lines, kinds), 1):
            cells = l.split('\t')
            if k == 'header':
                if out:
                    out.append('')
                out.append('| ' + ' | '.join(cells) + ' |')
                out.append('|' + '|'.join('---' for _ in cells) + '|')
            elif k == 'row':
                out.append('| ' + ' | '.join(cells) + ' |')
                mtruth.append((len(out),) + tmap[i][1:])
        d = os.path.join(root, 'md'); os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, name + '.md'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(out) + '\n')
        write_truth(os.path.join(d, name + '.truth.tsv'), mtruth)
    return len(truth), len(groups), sorted({g[0] for g in groups})


if __name__ == '__main__':
    root = sys.argv[1]
    allc = set(); total = 0
    for name, L in LISTINGS.items():
        n, g, cs = build(name, L, root)
        allc |= set(cs); total += n
        print(f'{name}: {n} agreements, {g} groups')
    print(f'total {total} agreements, {len(allc)} countries: {" ".join(sorted(allc))}')
