using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Data.Migrations;

/// <summary>
/// Content store (items and versions) and the audit log. Migrations are written by hand because the EF Core design
/// package is not available from our NuGet source; column types are left to the provider so the same migration
/// serves every database we support, and a test checks that the migrated schema equals the model.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261122090000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ContentItems",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ContentType = table.Column<string>(maxLength: 40, nullable: false),
                TranslationKey = table.Column<string>(maxLength: 100, nullable: false),
                Language = table.Column<string>(maxLength: 20, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ContentItems", x => x.Id));

        migrationBuilder.CreateTable(
            name: "ContentVersions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ContentItemId = table.Column<Guid>(nullable: false),
                VersionNumber = table.Column<int>(nullable: false),
                IsLatest = table.Column<bool>(nullable: false),
                IsPublished = table.Column<bool>(nullable: false),
                Slug = table.Column<string>(maxLength: 200, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Summary = table.Column<string>(maxLength: 1000, nullable: false),
                Section = table.Column<string>(maxLength: 100, nullable: false),
                SortOrder = table.Column<int>(nullable: false),
                LastReviewed = table.Column<DateOnly>(nullable: true),
                Owner = table.Column<string>(maxLength: 200, nullable: false),
                RelatedKeys = table.Column<string>(maxLength: 1000, nullable: false),
                Body = table.Column<string>(nullable: false),
                SourceHash = table.Column<string>(maxLength: 64, nullable: true),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 200, nullable: false),
                ChangeNote = table.Column<string>(maxLength: 500, nullable: true),
                PublishedUtc = table.Column<DateTime>(nullable: true),
                PublishedBy = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ContentVersions", x => x.Id);
                table.ForeignKey(
                    name: "FK_ContentVersions_ContentItems_ContentItemId",
                    column: x => x.ContentItemId,
                    principalTable: "ContentItems",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AuditEvents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EventType = table.Column<string>(maxLength: 100, nullable: false),
                OccurredUtc = table.Column<DateTime>(nullable: false),
                Actor = table.Column<string>(maxLength: 200, nullable: false),
                SubjectType = table.Column<string>(maxLength: 100, nullable: false),
                SubjectId = table.Column<string>(maxLength: 200, nullable: false),
                Reason = table.Column<string>(maxLength: 500, nullable: true),
                PayloadJson = table.Column<string>(nullable: false),
                ClientAddress = table.Column<string>(maxLength: 64, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditEvents", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_ContentItems_ContentType_TranslationKey_Language",
            table: "ContentItems",
            columns: ["ContentType", "TranslationKey", "Language"],
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ContentVersions_ContentItemId_VersionNumber",
            table: "ContentVersions",
            columns: ["ContentItemId", "VersionNumber"],
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ContentVersions_Published",
            table: "ContentVersions",
            column: "ContentItemId",
            unique: true,
            filter: "\"IsPublished\"");

        migrationBuilder.CreateIndex(
            name: "IX_ContentVersions_Latest",
            table: "ContentVersions",
            column: "ContentItemId",
            unique: true,
            filter: "\"IsLatest\"");

        migrationBuilder.CreateIndex(
            name: "IX_AuditEvents_OccurredUtc",
            table: "AuditEvents",
            column: "OccurredUtc");

        migrationBuilder.CreateIndex(
            name: "IX_AuditEvents_SubjectType_SubjectId",
            table: "AuditEvents",
            columns: ["SubjectType", "SubjectId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AuditEvents");
        migrationBuilder.DropTable(name: "ContentVersions");
        migrationBuilder.DropTable(name: "ContentItems");
    }
}
