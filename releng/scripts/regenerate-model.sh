#!/usr/bin/env bash
# Regenerates bundles/org.marginalia.model/src-gen and model/marginalia.genmodel from model/marginalia.ecore
# with EMF's code generator. Run it after editing the .ecore; commit the result.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
rm -rf "$MARGINALIA_ROOT/bundles/org.marginalia.model/src-gen"
cd "$MARGINALIA_ROOT/releng/org.marginalia.model.codegen"
"$MVN" -q compile exec:java
