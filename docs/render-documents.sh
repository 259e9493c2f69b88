#!/usr/bin/env bash
# Renders the first page of each document the product writes into docs/documents/<name>.png for the README.
# Needs LibreOffice and poppler from Debian's packages:
#   apt-get install -y libreoffice-writer-nogui poppler-utils fonts-liberation
# (Times New Roman is not free: LibreOffice shows Liberation Serif, metrically the same, in its place.)
# The documents come from PartyDocumentsIT, which keeps them in target/documents/ on its H2 run:
#   ./mvnw verify -Dit.test=PartyDocumentsIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
set -euo pipefail
cd "$(dirname "$0")/.."
in=target/documents
out=docs/documents
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
for name in programme review-report study-report inspection-conclusion; do
  test -f "$in/$name.docx" || { echo "missing $in/$name.docx: run PartyDocumentsIT first" >&2; exit 1; }
  # a profile of its own, so that a LibreOffice already open elsewhere is not disturbed
  soffice -env:UserInstallation=file://"$work"/profile --headless --convert-to pdf --outdir "$work" "$in/$name.docx" > /dev/null
  pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$work/$name.pdf" "$out/$name"
  echo "$out/$name.png"
done
