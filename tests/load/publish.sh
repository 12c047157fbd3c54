#!/usr/bin/env bash
# tests/load/publish.sh OUTDIR: publishes the app as it is deployed (README, "Deploying"): Release, ReadyToRun,
# linux-x64, framework-dependent, into OUTDIR. The publish runs in a copy of the working tree (in OUTDIR.source,
# removed afterwards), since a runtime-specific restore rewrites the packages.lock.json files. Used by run.sh --full
# and speed.sh.
set -euo pipefail
out=${1:?usage: tests/load/publish.sh OUTDIR}
cd "$(dirname "$0")/../.."
copy="$out.source"
rm -rf "$copy"
mkdir -p "$copy"
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$copy"
(cd "$copy" && dotnet publish src/Portal.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$out" -nologo -clp:ErrorsOnly)
rm -rf "$copy"
