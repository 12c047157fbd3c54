using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Data.Migrations;

/// <summary>Issue 19: addresses that never break (old addresses and where they lead), "Hittade du det du sökte?", four eyes before publishing.</summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261207050000_RedirectsAndFeedback")]
public sealed class RedirectsAndFeedback : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ContentRedirects",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FromPath = table.Column<string>(maxLength: 300, nullable: false),
                ToPath = table.Column<string>(maxLength: 300, nullable: true),
                ContentItemId = table.Column<Guid>(nullable: true),
                IsAutomatic = table.Column<bool>(nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 200, nullable: false),
                LastUsedUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ContentRedirects", x => x.Id));
        migrationBuilder.CreateIndex("IX_ContentRedirects_FromPath", "ContentRedirects", "FromPath", unique: true);
        migrationBuilder.CreateIndex("IX_ContentRedirects_ToPath", "ContentRedirects", "ToPath");

        migrationBuilder.CreateTable(
            name: "PageFeedback",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ContentItemId = table.Column<Guid>(nullable: false),
                ReceivedOn = table.Column<DateOnly>(nullable: false),
                FoundIt = table.Column<bool>(nullable: false),
                Comment = table.Column<string>(maxLength: 1000, nullable: true),
                HandledUtc = table.Column<DateTime>(nullable: true),
                HandledBy = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PageFeedback", x => x.Id);
                table.ForeignKey("FK_PageFeedback_ContentItems_ContentItemId", x => x.ContentItemId, "ContentItems", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PageFeedback_ContentItemId_ReceivedOn", "PageFeedback", ["ContentItemId", "ReceivedOn"]);

        migrationBuilder.CreateTable(
            name: "ContentReviews",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ContentItemId = table.Column<Guid>(nullable: false),
                VersionNumber = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                RequestedUtc = table.Column<DateTime>(nullable: false),
                RequestedBy = table.Column<string>(maxLength: 200, nullable: false),
                DecidedUtc = table.Column<DateTime>(nullable: true),
                DecidedBy = table.Column<string>(maxLength: 200, nullable: true),
                Comment = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ContentReviews", x => x.Id);
                table.ForeignKey("FK_ContentReviews_ContentItems_ContentItemId", x => x.ContentItemId, "ContentItems", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ContentReviews_ContentItemId_VersionNumber", "ContentReviews", ["ContentItemId", "VersionNumber"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ContentReviews");
        migrationBuilder.DropTable("PageFeedback");
        migrationBuilder.DropTable("ContentRedirects");
    }
}
