using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Data.Migrations;

/// <summary>Scheduled publishing of content versions for the editor workspace.</summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261202110000_Editor")]
public sealed class Editor : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ContentSchedules",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ContentItemId = table.Column<Guid>(nullable: false),
                VersionNumber = table.Column<int>(nullable: false),
                PublishAtUtc = table.Column<DateTime>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 200, nullable: false),
                CompletedUtc = table.Column<DateTime>(nullable: true),
                Outcome = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ContentSchedules", x => x.Id);
                table.ForeignKey("FK_ContentSchedules_ContentItems_ContentItemId", x => x.ContentItemId, "ContentItems", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_ContentSchedules_ContentItemId", "ContentSchedules", "ContentItemId");
        migrationBuilder.CreateIndex("IX_ContentSchedules_Status_PublishAtUtc", "ContentSchedules", ["Status", "PublishAtUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ContentSchedules");
}
