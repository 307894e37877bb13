#!/usr/bin/env python3
"""Prints a listing (LISTING.tsv + LISTING.truth.tsv: line, country, partner, effective_since) as
the PDF a university would publish, then extracts it with `pdftotext -layout`.

Adapted from the printing tool that made the seed's PDF, with settings for the page:
  --font 10pt            body font size
  --page 'A4 landscape'  CSS @page size
  --widths 12,50,20,18   CSS widths (%) of the columns (table-layout: fixed); omit for auto layout
  --table-width 60%      CSS width of the table (default 100%)
  --merge 0              columns printed as one rowspan cell per group of consecutive rows with
                         one truth country (default: columns filled on fewer than half the rows)
  --no-header            the listing has no header line (its first tabbed line is a heading)
  --lang ja|tc|ko|es     HTML lang (picks the CJK font for Han characters)
Lines that are neither truth rows, the header (or a repeat of it), the title nor blank are country
headings: they become full-width bold rows. A row with fewer cells than the table has its last cell
spanning the rest. The header is a <thead>, so Chromium repeats it on every page, as real listings do.

usage: make_layout.py LISTING.tsv OUTDIR [--pdfdir DIR] [options]
writes OUTDIR/NAME.layout.txt and OUTDIR/NAME.truth.tsv (partner, country, effective_since)"""
import argparse, html, os, re, shutil, subprocess, tempfile

ap = argparse.ArgumentParser()
ap.add_argument('listing'); ap.add_argument('outdir')
ap.add_argument('--pdfdir')
ap.add_argument('--font', default='10pt')
ap.add_argument('--page', default='A4')
ap.add_argument('--margin', default='12mm')
ap.add_argument('--widths')
ap.add_argument('--merge')
ap.add_argument('--padding', default='2px 4px')
ap.add_argument('--table-width', default='100%')
ap.add_argument('--no-header', action='store_true')
ap.add_argument('--lang', default='en')
a = ap.parse_args()

name = os.path.basename(a.listing)[:-4]
lines = re.split(r'\r\n|\r|\n', open(a.listing, encoding='utf-8-sig').read())
truth = {}
with open(a.listing[:-4] + '.truth.tsv', encoding='utf-8') as f:
    head = f.readline().rstrip('\n').split('\t')
    for l in f:
        if l.strip():
            r = dict(zip(head, l.rstrip('\n').split('\t')))
            truth[int(r['line'])] = r
first = min(truth)
title = lines[0] if '\t' not in lines[0] and 1 not in truth else None
header = None
if not a.no_header:
    header = next(l.split('\t') for i, l in enumerate(lines, 1) if i < first and '\t' in l and i not in truth)
items = []   # ('row', truth, cells) or ('heading', cells)
for i, l in enumerate(lines, 1):
    if i in truth:
        items.append(('row', truth[i], l.split('\t')))
    elif l.strip() and l != title and (header is None or l.split('\t') != header) and i > (1 if title else 0):
        items.append(('heading', None, l.split('\t')))
ncol = max(len(c) for _, _, c in items)
if header:
    ncol = max(ncol, len(header))
rows = [c for k, _, c in items if k == 'row']
if a.merge is not None:
    merged = {int(x) for x in a.merge.split(',') if x != ''}
else:
    fill = [sum(1 for c in rows if k < len(c) and c[k].strip()) / len(rows) for k in range(ncol)]
    merged = {k for k in range(ncol) if 0 < fill[k] < 0.5}
# groups: runs of consecutive rows with one truth country (a heading ends a run)
runs, cur = [], None
for k, t, c in items:
    if k == 'row':
        if cur is None or cur[0] != t['country']:
            cur = [t['country'], 0]; runs.append(cur)
        cur[1] += 1
    else:
        cur = None
fam = {'ja': '"Noto Sans CJK JP"', 'tc': '"Noto Sans CJK TC"', 'ko': '"Noto Sans CJK KR"'}.get(a.lang)
# CJK listings are set in one CJK font (as a Japanese, Chinese or Korean office document would be):
# mixing DejaVu for Latin with a CJK fallback gives runs of different heights on one line, and
# pdftotext then scrambles the order of the pieces of a wrapped cell.
family = (fam + ',"DejaVu Sans"' if fam else '"DejaVu Sans"') + ',sans-serif'
out = ['<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><style>' % a.lang,
       '@page{size:%s;margin:%s}' % (a.page, a.margin),
       'body{font-family:%s;font-size:%s;margin:0}' % (family, a.font),
       'table{border-collapse:collapse;width:%s%s}' % (a.table_width, ';table-layout:fixed' if a.widths else ''),
       'td,th{border:1px solid #000;padding:%s;vertical-align:middle;overflow-wrap:break-word}' % a.padding,
       'th{background:#e8e8e8} tr.h td{font-weight:bold;background:#f0f0f0}',
       'h3{font-size:1.2em;margin:0 0 6px 0}',
       '</style></head><body>']
if title:
    out.append('<h3>%s</h3>' % html.escape(title))
out.append('<table>')
w = [x for x in a.widths.split(',')] if a.widths else None
if w:
    out.append('<colgroup>' + ''.join('<col style="width:%s%%">' % x for x in w) + '</colgroup>')
if header:
    out.append('<thead><tr>' + ''.join('<th>%s</th>' % html.escape(h) for h in header + [''] * (ncol - len(header))) + '</tr></thead>')
out.append('<tbody>')
ri = 0        # index into runs
left = 0      # rows left in the current run
pos = 0
for k, t, c in items:
    if k == 'heading':
        cells = c
        tds = [('<td>%s</td>' % html.escape(x)) for x in cells[:-1]]
        tds.append('<td colspan="%d">%s</td>' % (ncol - len(cells) + 1, html.escape(cells[-1])))
        out.append('<tr class="h">' + ''.join(tds) + '</tr>')
        continue
    if left == 0:
        run_len = runs[ri][1]; ri += 1; left = run_len; pos = 0
        # the rows of this run, to pick the merged cells' text
        start = [j for j, it in enumerate(items) if it[0] == 'row' and it[2] is c][0]
        run_rows = [it[2] for it in items[start:start + run_len]]
    cells = c + [''] * (ncol - len(c))
    tds = []
    short = len(c) < ncol and not merged
    for j in range(ncol):
        if j in merged:
            if pos == 0:
                v = next((r[j] for r in run_rows if j < len(r) and r[j].strip()), '')
                tds.append('<td rowspan="%d">%s</td>' % (left, html.escape(v)))
        elif short and j >= len(c):
            continue
        elif short and j == len(c) - 1:
            tds.append('<td colspan="%d">%s</td>' % (ncol - len(c) + 1, html.escape(c[j])))
        else:
            tds.append('<td>%s</td>' % html.escape(cells[j]))
    out.append('<tr>' + ''.join(tds) + '</tr>')
    pos += 1; left -= 1
out.append('</tbody></table></body></html>')

d = tempfile.mkdtemp(prefix='mklayout-')
hp = os.path.join(d, 'l.html'); open(hp, 'w', encoding='utf-8').write('\n'.join(out))
pdf = os.path.join(d, name + '.pdf')
subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                '--disable-component-update', '--disable-sync', '--no-first-run',
                '--user-data-dir=' + os.path.join(d, 'profile'), '--no-pdf-header-footer',
                '--print-to-pdf=' + pdf, 'file://' + hp], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
os.makedirs(a.outdir, exist_ok=True)
subprocess.run(['pdftotext', '-layout', pdf, os.path.join(a.outdir, name + '.layout.txt')], check=True)
pages = re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1)
if a.pdfdir:
    os.makedirs(a.pdfdir, exist_ok=True)
    shutil.copy(pdf, os.path.join(a.pdfdir, name + '.pdf'))
    open(os.path.join(a.pdfdir, name + '.html'), 'w', encoding='utf-8').write('\n'.join(out))
shutil.rmtree(d, ignore_errors=True)
with open(os.path.join(a.outdir, name + '.truth.tsv'), 'w', encoding='utf-8') as f:
    f.write('partner\tcountry\teffective_since\n')
    for i in sorted(truth):
        t = truth[i]
        f.write(f"{t['partner']}\t{t['country']}\t{t.get('effective_since', '')}\n")
print(name, 'merged', sorted(merged), 'rows', len(truth), 'pages', pages)
