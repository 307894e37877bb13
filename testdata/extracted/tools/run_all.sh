#!/bin/sh
# Rebuilds the first twelve fixtures of testdata/extracted in place (needs: python3, chromium,
# poppler-utils, fonts-noto-cjk). The six listings added later are kept as they are.
set -e
R=$(cd "$(dirname "$0")/.." && pwd)
T=$R/tools
mkdir -p $R/tsv $R/csv $R/md $R/layout $R/pdf
python3 $T/build_listings.py $R
L="python3 $T/make_layout.py"
O="$R/layout --pdfdir $R/pdf"
$L $R/tsv/eng-seed-style.tsv     $O --font 11pt   --widths 19,46,20,15 --merge 0
$L $R/tsv/narrow-country.tsv     $O --font 10.5pt --widths 13,53,20,14 --merge 0 --padding '4px 4px'
$L $R/tsv/numbered-first.tsv     $O --font 9pt    --page 'A4 landscape' --merge 1
$L $R/tsv/country-last.tsv       $O --font 9pt    --widths 29,14,16,13,13,15 --merge 5
$L $R/tsv/web-remarks.tsv        $O --font 10pt   --page 'A4 landscape' --merge 1
$L $R/tsv/japanese-full.tsv      $O --font 11pt   --widths 15,25,14,12,12,22 --merge 0 --lang ja
$L $R/tsv/japanese-bilingual.tsv $O --font 10pt   --widths 20,50,15,15 --merge 0 --lang ja
$L $R/tsv/chinese-columns.tsv    $O --font 10pt   --merge 0 --lang tc
$L $R/tsv/korean.tsv             $O --font 11pt   --widths 15,60,25 --merge 0 --lang ko
$L $R/tsv/spanish-columns.tsv    $O --font 10pt   --page 'A4 landscape' --merge 1 --lang es
$L $R/tsv/headings-region.tsv    $O --font 11pt   --widths 9,47,44 --merge '' --lang tc
$L $R/tsv/headings-caps.tsv      $O --font 11pt   --table-width 45% --widths 10,90 --merge '' --no-header --lang es
python3 $T/check_layout.py $R/layout/*.layout.txt
