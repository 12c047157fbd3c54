using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Portal.Web.Platform.Data.Migrations;

/// <summary>
/// Issue 16: the OpenID Connect server's tables (OpenIddict's applications, authorizations, scopes and tokens), its
/// signing and encryption keys (ServerKeys) and the registered case systems. The script is EF's create script for
/// these tables on SQLite (MigrationTests checks it against the model).
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261207060000_OpenIdServerTables")]
public sealed class OpenIdServerTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE "CaseSystems" (
            "Id" TEXT NOT NULL CONSTRAINT "PK_CaseSystems" PRIMARY KEY,
            "Name" TEXT NOT NULL,
            "ClientId" TEXT NOT NULL,
            "ActsForUserId" TEXT NOT NULL,
            "Scopes" TEXT NOT NULL,
            "CreatedUtc" TEXT NOT NULL,
            "SecretIssuedUtc" TEXT NOT NULL,
            "RevokedUtc" TEXT NULL
        );

        CREATE TABLE "OpenIddictApplications" (
            "Id" TEXT NOT NULL CONSTRAINT "PK_OpenIddictApplications" PRIMARY KEY,
            "ApplicationType" TEXT NULL,
            "ClientId" TEXT NULL,
            "ClientSecret" TEXT NULL,
            "ClientType" TEXT NULL,
            "ConcurrencyToken" TEXT NULL,
            "ConsentType" TEXT NULL,
            "DisplayName" TEXT NULL,
            "DisplayNames" TEXT NULL,
            "JsonWebKeySet" TEXT NULL,
            "Permissions" TEXT NULL,
            "PostLogoutRedirectUris" TEXT NULL,
            "Properties" TEXT NULL,
            "RedirectUris" TEXT NULL,
            "Requirements" TEXT NULL,
            "Settings" TEXT NULL
        );

        CREATE TABLE "OpenIddictScopes" (
            "Id" TEXT NOT NULL CONSTRAINT "PK_OpenIddictScopes" PRIMARY KEY,
            "ConcurrencyToken" TEXT NULL,
            "Description" TEXT NULL,
            "Descriptions" TEXT NULL,
            "DisplayName" TEXT NULL,
            "DisplayNames" TEXT NULL,
            "Name" TEXT NULL,
            "Properties" TEXT NULL,
            "Resources" TEXT NULL
        );

        CREATE TABLE "ServerKeys" (
            "Id" TEXT NOT NULL CONSTRAINT "PK_ServerKeys" PRIMARY KEY,
            "Use" TEXT NOT NULL,
            "Sequence" INTEGER NOT NULL,
            "CreatedUtc" TEXT NOT NULL,
            "NotBeforeUtc" TEXT NOT NULL,
            "NotAfterUtc" TEXT NOT NULL,
            "ProtectedCertificate" TEXT NOT NULL
        );

        CREATE TABLE "OpenIddictAuthorizations" (
            "Id" TEXT NOT NULL CONSTRAINT "PK_OpenIddictAuthorizations" PRIMARY KEY,
            "ApplicationId" TEXT NULL,
            "ConcurrencyToken" TEXT NULL,
            "CreationDate" TEXT NULL,
            "Properties" TEXT NULL,
            "Scopes" TEXT NULL,
            "Status" TEXT NULL,
            "Subject" TEXT NULL,
            "Type" TEXT NULL,
            CONSTRAINT "FK_OpenIddictAuthorizations_OpenIddictApplications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "OpenIddictApplications" ("Id")
        );

        CREATE TABLE "OpenIddictTokens" (
            "Id" TEXT NOT NULL CONSTRAINT "PK_OpenIddictTokens" PRIMARY KEY,
            "ApplicationId" TEXT NULL,
            "AuthorizationId" TEXT NULL,
            "ConcurrencyToken" TEXT NULL,
            "CreationDate" TEXT NULL,
            "ExpirationDate" TEXT NULL,
            "Payload" TEXT NULL,
            "Properties" TEXT NULL,
            "RedemptionDate" TEXT NULL,
            "ReferenceId" TEXT NULL,
            "Status" TEXT NULL,
            "Subject" TEXT NULL,
            "Type" TEXT NULL,
            CONSTRAINT "FK_OpenIddictTokens_OpenIddictApplications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "OpenIddictApplications" ("Id"),
            CONSTRAINT "FK_OpenIddictTokens_OpenIddictAuthorizations_AuthorizationId" FOREIGN KEY ("AuthorizationId") REFERENCES "OpenIddictAuthorizations" ("Id")
        );

        CREATE UNIQUE INDEX "IX_CaseSystems_ClientId" ON "CaseSystems" ("ClientId");

        CREATE UNIQUE INDEX "IX_OpenIddictApplications_ClientId" ON "OpenIddictApplications" ("ClientId");

        CREATE INDEX "IX_OpenIddictAuthorizations_ApplicationId_Status_Subject_Type" ON "OpenIddictAuthorizations" ("ApplicationId", "Status", "Subject", "Type");

        CREATE UNIQUE INDEX "IX_OpenIddictScopes_Name" ON "OpenIddictScopes" ("Name");

        CREATE INDEX "IX_OpenIddictTokens_ApplicationId_Status_Subject_Type" ON "OpenIddictTokens" ("ApplicationId", "Status", "Subject", "Type");

        CREATE INDEX "IX_OpenIddictTokens_AuthorizationId" ON "OpenIddictTokens" ("AuthorizationId");

        CREATE UNIQUE INDEX "IX_OpenIddictTokens_ReferenceId" ON "OpenIddictTokens" ("ReferenceId");

        CREATE UNIQUE INDEX "IX_ServerKeys_Use_Sequence" ON "ServerKeys" ("Use", "Sequence");
        """);

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("OpenIddictTokens");
        migrationBuilder.DropTable("OpenIddictAuthorizations");
        migrationBuilder.DropTable("ServerKeys");
        migrationBuilder.DropTable("OpenIddictScopes");
        migrationBuilder.DropTable("OpenIddictApplications");
        migrationBuilder.DropTable("CaseSystems");
    }
}
