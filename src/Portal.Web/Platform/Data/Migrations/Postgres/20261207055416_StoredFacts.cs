using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StoredFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AnswersStarted",
                table: "Meetings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ListFlags",
                table: "Meetings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "SgiAtRisk",
                table: "Meetings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SgiDeadline",
                table: "Meetings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SgiVerdict",
                table: "Meetings",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SubmissionCount",
                table: "Meetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "FollowUpFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: true),
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    MeetingType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Sex = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Opened = table.Column<bool>(type: "boolean", nullable: false),
                    Started = table.Column<bool>(type: "boolean", nullable: false),
                    Submitted = table.Column<bool>(type: "boolean", nullable: false),
                    SubmittedBeforeMeeting = table.Column<bool>(type: "boolean", nullable: false),
                    SgiRisk = table.Column<bool>(type: "boolean", nullable: false),
                    WantsAfHelp = table.Column<bool>(type: "boolean", nullable: false),
                    NeedsInterpreter = table.Column<bool>(type: "boolean", nullable: false),
                    ConsentsToShareWithAf = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpFacts_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpFacts_MeetingId",
                table: "FollowUpFacts",
                column: "MeetingId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FollowUpFacts");

            migrationBuilder.DropColumn(
                name: "AnswersStarted",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "ListFlags",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "SgiAtRisk",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "SgiDeadline",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "SgiVerdict",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "SubmissionCount",
                table: "Meetings");
        }
    }
}
