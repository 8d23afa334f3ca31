#!/bin/sh
# dump pdfplumber text of the given case folders (author K helper)
cd "$(dirname "$0")"
/work/main/.venv/bin/python - "$@" <<'PY'
import sys, pdfplumber, glob
for c in sys.argv[1:]:
    for f in sorted(glob.glob(c + "/*.pdf")):
        with pdfplumber.open(f) as p:
            print("=====", f, len(p.pages), "pages")
            for pg in p.pages:
                print(pg.extract_text()); print("--pg--")
PY
