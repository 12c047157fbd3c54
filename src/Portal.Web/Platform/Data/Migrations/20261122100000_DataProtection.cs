using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Data.Migrations;

/// <summary>The Data Protection key ring and protected application secrets.</summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261122100000_DataProtection")]
public sealed class DataProtection : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FriendlyName = table.Column<string>(maxLength: 200, nullable: true),
                Xml = table.Column<string>(nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));

        migrationBuilder.CreateTable(
            name: "AppSecrets",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 100, nullable: false),
                ProtectedValue = table.Column<string>(nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AppSecrets", x => x.Name));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AppSecrets");
        migrationBuilder.DropTable(name: "DataProtectionKeys");
    }
}
