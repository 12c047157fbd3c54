using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AfAtTheTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AfCaseOfficerId",
                table: "Meetings",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AfConsent",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "AfConsentChangedUtc",
                table: "Meetings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_AfCaseOfficerId",
                table: "Meetings",
                column: "AfCaseOfficerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Meetings_AfCaseOfficerId",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "AfCaseOfficerId",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "AfConsent",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "AfConsentChangedUtc",
                table: "Meetings");
        }
    }
}
