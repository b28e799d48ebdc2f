#!/usr/bin/env bash
# Builds everything and runs every test: unit tests, UI tests (under Xvfb when there is no DISPLAY)
# and the install-into-IDE test. On a new machine it first installs what is missing.
set -euo pipefail
cd "$(dirname "$0")"
source releng/scripts/setup.sh
start=$(date +%s)
say "building and testing (mvn clean verify)"
with_display "$MVN" clean verify "$@"
if [[ " $* " == *" -DskipTests "* || " $* " == *" -Dmaven.test.skip=true "* ]]; then
  say "built in $(( $(date +%s) - start )) s; tests were skipped (-DskipTests)"
else
  say "all tests passed in $(( $(date +%s) - start )) s"
fi
