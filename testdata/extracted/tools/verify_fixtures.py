#!/usr/bin/env python3
"""Re-reads every written fixture and checks it against its truth, independently of the code
that wrote it:
- tsv/csv/md: line N of the file (lines end at \\n, \\r\\n or \\r) holds the truth's partner as a
  whole cell, and a cell that reads back as the truth's date (in any of the listing formats);
  the rows of one group are contiguous, and every column listing prints its label exactly once
  per group (headings listings: one heading line right above each group);
- layout: the truth lists the same partners, countries and dates, in the same order, as the
  tsv truth.
usage: verify_fixtures.py ROOT"""
import csv, datetime as dt, io, os, re, sys

ROOT = sys.argv[1]
ERA = {'昭和': 1925, '平成': 1988, '令和': 2018}


def read_date(s):
    s = s.strip()
    m = re.fullmatch(r'(昭和|平成|令和)(元|\d+)年(\d+)月(\d+)日', s)
    if m:
        y = ERA[m.group(1)] + (1 if m.group(2) == '元' else int(m.group(2)))
        return dt.date(y, int(m.group(3)), int(m.group(4))).isoformat()
    m = re.fullmatch(r'(\d{4})[/.\-年](\d{1,2})[/.\-月](\d{1,2})日?', s)
    if m:
        return dt.date(*map(int, m.groups())).isoformat()
    m = re.fullmatch(r'(\d{2})/(\d{2})/(\d{4})', s)
    if m:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    return None


def lines_of(path):
    raw = open(path, encoding='utf-8').read()
    if raw.startswith('\ufeff'):
        raw = raw[1:]
    ls = re.split(r'\r\n|\r|\n', raw)
    if ls and ls[-1] == '':
        ls.pop()
    return ls


def truth_of(path):
    with open(path, encoding='utf-8') as f:
        head = f.readline().rstrip('\n').split('\t')
        return [dict(zip(head, l.rstrip('\n').split('\t'))) for l in f if l.strip()]


def check(path, cells_of, truth, headings):
    ls = lines_of(path)
    errs = []
    byline = {int(t['line']): t for t in truth}
    for t in truth:
        n = int(t['line'])
        cells = [c.strip() for c in cells_of(ls[n - 1])]
        if t['partner'] not in cells:
            errs.append(f'line {n}: partner {t["partner"]!r} not a cell of {cells}')
        if t['effective_since'] and t['effective_since'] not in [read_date(c) for c in cells]:
            errs.append(f'line {n}: no cell reads as {t["effective_since"]}')
    # groups contiguous: same country never reappears after another
    seen, prev = set(), None
    for t in truth:
        if t['country'] != prev:
            if t['country'] in seen:
                errs.append(f'{t["country"]} in two groups')
            seen.add(t['country']); prev = t['country']
    # labels: among each group's rows exactly one non-empty first/last "label" cell differing
    # from a row-number; for headings listings, a heading line right above the group
    groups = []
    for t in truth:
        if groups and groups[-1][0] == t['country']:
            groups[-1][1].append(int(t['line']))
        else:
            groups.append((t['country'], [int(t['line'])]))
    for c, rows in groups:
        if headings:
            h = ls[rows[0] - 2]
            if int(rows[0]) - 1 in byline or not h.strip():
                errs.append(f'{c}: no heading above line {rows[0]}')
            if rows != list(range(rows[0], rows[0] + len(rows))):
                errs.append(f'{c}: rows not consecutive')
        else:
            labelled = []
            for n in rows:
                cells = cells_of(ls[n - 1])
                others = [x for x in cells if x.strip() == '']
                labelled.append(len(others))
            if max(labelled) - min(labelled) != 1 and len(rows) > 1:
                errs.append(f'{c}: label count pattern {labelled}')
            if sum(1 for k in labelled if k == min(labelled)) != 1 and len(rows) > 1:
                errs.append(f'{c}: label not on exactly one row {labelled}')
    return errs


def main():
    bad = 0
    tsvs = sorted(f[:-4] for f in os.listdir(os.path.join(ROOT, 'tsv')) if f.endswith('.tsv') and not f.endswith('.truth.tsv'))
    for name in tsvs:
        headings = name.startswith('headings')
        base = truth_of(os.path.join(ROOT, 'tsv', name + '.truth.tsv'))
        jobs = [(os.path.join(ROOT, 'tsv', name + '.tsv'), lambda l: l.split('\t'))]
        for suf, delim in (('', ','), ('.semicolon', ';')):
            p = os.path.join(ROOT, 'csv', name + suf + '.csv')
            if os.path.exists(p):
                jobs.append((p, lambda l, d=delim: next(csv.reader([l], delimiter=d))))
        p = os.path.join(ROOT, 'md', name + '.md')
        if os.path.exists(p):
            jobs.append((p, lambda l: [x for x in l.strip().strip('|').split('|')]))
        for path, cells_of in jobs:
            tp = path.rsplit('.', 1)[0] + '.truth.tsv'
            truth = truth_of(tp)
            errs = check(path, cells_of, truth, headings)
            same = [(t['country'], t['partner'], t['effective_since']) for t in truth] == \
                   [(t['country'], t['partner'], t['effective_since']) for t in base]
            if not same:
                errs.append('truth differs from the tsv truth')
            print(f'{os.path.relpath(path, ROOT)}: {len(truth)} rows, {len(errs)} problems')
            for e in errs[:10]:
                print('   ', e)
            bad += len(errs)
        lt = truth_of(os.path.join(ROOT, 'layout', name + '.truth.tsv'))
        ok = [(t['country'], t['partner'], t['effective_since']) for t in lt] == \
             [(t['country'], t['partner'], t['effective_since']) for t in base]
        print(f'layout/{name}.truth.tsv: {len(lt)} rows, {"same as" if ok else "DIFFERS from"} the tsv truth')
        bad += not ok
    sys.exit(1 if bad else 0)


main()
