#!/usr/bin/env bash
# The EF Core compiled model of each database context, which the app uses at run time (Platform/Hosting/DatabaseSetup):
#   SQLite     (PortalDbContext)         -> src/Portal.Web/Platform/Data/CompiledModels/Sqlite
#   PostgreSQL (PostgresPortalDbContext) -> src/Portal.Web/Platform/Data/CompiledModels/Postgres
# Usage: tools/compiled-model.sh           regenerate both (after any change to the model; tools/add-migration.sh runs it)
#        tools/compiled-model.sh --check   generate both into a temporary folder and fail if they differ from the
#                                          committed ones, but for the random model id (tests/run.sh; needs a
#                                          built src/Portal.Web)
set -euo pipefail
cd "$(dirname "$0")/.."
check=${1:-}
project=src/Portal.Web/Portal.Web.csproj
dotnet tool restore >/dev/null
if [ "$check" != "--check" ]; then
    dotnet build "$project" -nologo -clp:ErrorsOnly
fi
target=src/Portal.Web/Platform/Data/CompiledModels
out=$target
if [ "$check" = "--check" ]; then
    out=$(mktemp -d /tmp/portal-compiled-model.XXXXXX)
    trap 'rm -rf "$out"' EXIT
fi
for context in Sqlite:PortalDbContext Postgres:PostgresPortalDbContext; do
    IFS=: read -r folder type <<<"$context"
    rm -rf "${out:?}/$folder"
    dotnet ef dbcontext optimize --no-build --project "$project" --startup-project "$project" --context "$type" \
        --output-dir "$(realpath -m "$out/$folder")" --namespace "Portal.Web.Platform.Data.CompiledModels.$folder" >/dev/null
done
if [ "$check" = "--check" ]; then
    if ! diff -r -I 'modelId: new Guid(' "$target" "$out" >/dev/null; then
        diff -r -I 'modelId: new Guid(' "$target" "$out" | head -40 >&2
        echo "compiled-model.sh: the committed compiled model is stale; run tools/compiled-model.sh and commit the result." >&2
        exit 1
    fi
    echo "compiled-model.sh: the compiled models are current."
fi
