using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Data.Migrations;

/// <summary>
/// The content generation row: one row whose stamp changes in the same transaction as every publish, unpublish,
/// planned publish and import, read by each instance to see another instance's content changes.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261207120000_ContentGeneration")]
public sealed class ContentGenerationRow : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ContentGeneration",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                Stamp = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ContentGeneration", x => x.Id));
        migrationBuilder.InsertData("ContentGeneration", ["Id", "Stamp"], [1, new Guid("00000000-0000-0000-0000-000000000001")]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ContentGeneration");
}
