#!/usr/bin/env bash
# Installs the Marginalia feature into an IDE-style Eclipse from the built update site with the p2 director,
# as a user would with Help > Install New Software, then starts that IDE with the smoke-test bundle and
# checks what it reports: the bundles resolved, the Marginalia perspective and editor open a seed document.
# Usage: install-test.sh IDE_DIR UPDATE_SITE SMOKE_REPO SEEDS WORK_DIR
set -euo pipefail
ide_template=$1 update_site=$2 smoke_repo=$3 seeds=$4 work=$5
java="${JAVA_HOME:?JAVA_HOME must name a JDK >= 21}/bin/java"

rm -rf "$work" && mkdir -p "$work"
ide="$work/eclipse"
cp -r "$ide_template" "$ide"
launcher=$(ls "$ide"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)

echo "[install-test] installing org.marginalia.feature from $update_site"
"$java" -jar "$launcher" -nosplash -consoleLog -application org.eclipse.equinox.p2.director \
  -repository "file:$update_site,file:$smoke_repo" \
  -installIU org.marginalia.feature.feature.group,org.marginalia.install.smoke \
  > "$work/director.log" 2>&1 || { cat "$work/director.log"; echo "[install-test] FAIL: the p2 director could not install the feature"; exit 1; }

for bundle in org.marginalia.model org.marginalia.core org.marginalia.ui; do
  grep -q "^$bundle," "$ide/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
    || { echo "[install-test] FAIL: $bundle is not in bundles.info after the install"; exit 1; }
done

echo "[install-test] starting the IDE with the smoke test"
report="$work/smoke-report.txt"
run_ide() {
  timeout 300 "$java" -Dmarginalia.smoke.report="$report" -Dmarginalia.smoke.seeds="$seeds" \
    -jar "$launcher" -nosplash -consoleLog -data "$work/workspace" > "$work/ide.log" 2>&1
}
if [ -n "${DISPLAY:-}" ]; then run_ide; else xvfb-run -a -s "-screen 0 1600x1000x24" bash -c "$(declare -f run_ide); java='$java' report='$report' seeds='$seeds' launcher='$launcher' work='$work' run_ide"; fi || true

if [ ! -f "$report" ]; then
  cat "$work/ide.log"; echo "[install-test] FAIL: the IDE wrote no smoke report"; exit 1
fi
cat "$report"
if grep -q '^FAIL' "$report" || [ "$(grep -c '^OK' "$report")" -lt 7 ]; then
  echo "[install-test] FAIL"; exit 1
fi
echo "[install-test] OK: Marginalia installed into the IDE from the update site; it opened a seed document, tagged, saved and reopened it"
