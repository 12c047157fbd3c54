using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AfFollowUpFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AfConsentGiven",
                table: "FollowUpFacts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "AfConsentWithdrawn",
                table: "FollowUpFacts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "AfTakesPart",
                table: "FollowUpFacts",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AfConsentGiven",
                table: "FollowUpFacts");

            migrationBuilder.DropColumn(
                name: "AfConsentWithdrawn",
                table: "FollowUpFacts");

            migrationBuilder.DropColumn(
                name: "AfTakesPart",
                table: "FollowUpFacts");
        }
    }
}
