#!/bin/sh
# Installs the Debian packages the test suite uses, when they are missing:
#   chromium, chromium-driver  headless browser for the HTML tests (Playwright drives it)
#   poppler-utils              pdftoppm/pdftotext, to look at the PDF's pages
#   r-base-core, r-cran-metafor   R's metafor, the reference the meta-analysis is tested against
#   slurm-wlm, munge           a one-node SLURM cluster on 127.0.0.1 for the SLURM profile's test
# A browser named by $CHROMIUM (e.g. Google Chrome on GitHub's runners) counts as present.
# Needs root or passwordless sudo. Without them it prints what to install and exits 0: the
# browser tests then skip locally, and fail under CI=true, where they must run.
set -eu
missing=""
if [ -z "${CHROMIUM:-}" ] || [ ! -x "${CHROMIUM:-}" ]; then
  command -v chromium >/dev/null 2>&1 || missing="$missing chromium chromium-driver"
fi
command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"
command -v slurmctld >/dev/null 2>&1 || missing="$missing slurm-wlm munge"
if ! command -v Rscript >/dev/null 2>&1 || ! Rscript -e 'library(metafor)' >/dev/null 2>&1; then
  missing="$missing r-base-core r-cran-metafor"
fi
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
  echo "system-deps: please install:$missing (e.g. sudo apt-get install$missing)" >&2
  exit 0
fi
echo "system-deps: installing$missing"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
