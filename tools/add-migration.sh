#!/usr/bin/env bash
# Adds one EF Core migration for each database provider, under the same name:
#   SQLite     (PortalDbContext)         -> src/Portal.Web/Platform/Data/Migrations/Sqlite
#   PostgreSQL (PostgresPortalDbContext) -> src/Portal.Web/Platform/Data/Migrations/Postgres
# Usage: tools/add-migration.sh <Name>    (a PascalCase name saying what changes, e.g. MeetingFacts)
# Uses the dotnet-ef tool pinned in .config/dotnet-tools.json. Review both generated migrations and both
# model snapshots before committing; MigrationTests fails while the model has changes that no migration holds.
set -euo pipefail
name=${1:?usage: tools/add-migration.sh <Name>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
project=src/Portal.Web/Portal.Web.csproj
dotnet build "$project" -nologo -clp:ErrorsOnly
for context in Sqlite:PortalDbContext Postgres:PostgresPortalDbContext; do
    IFS=: read -r folder type <<<"$context"
    dotnet ef migrations add "$name" --no-build --project "$project" --startup-project "$project" \
        --context "$type" --output-dir "Platform/Data/Migrations/$folder"
done
# The model changed, so the compiled model the app runs with must follow.
tools/compiled-model.sh
