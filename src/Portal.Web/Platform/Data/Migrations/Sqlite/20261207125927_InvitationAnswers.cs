using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InvitationAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "Meetings",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledUtc",
                table: "Meetings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactRoute",
                table: "Meetings",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TimeConfirmedUtc",
                table: "Meetings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TimeVersion",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "VideoLink",
                table: "Meetings",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Answer",
                table: "Invitations",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AnsweredUtc",
                table: "Invitations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeclineReason",
                table: "Invitations",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeclineTextProtected",
                table: "Invitations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstAnsweredUtc",
                table: "Invitations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WishChannel",
                table: "Invitations",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WishHandledUtc",
                table: "Invitations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "WishInterpreter",
                table: "Invitations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "WishTextProtected",
                table: "Invitations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Answer",
                table: "FollowUpFacts",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DaysToAnswer",
                table: "FollowUpFacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeclineReason",
                table: "FollowUpFacts",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BookableTimes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookableTimes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeetingReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmailProtected = table.Column<string>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SgiDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MeetingReminderSentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeadlineReminderSentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClaimedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingReminders_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TimeBookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookableTimeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimeBookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TimeBookings_BookableTimes_BookableTimeId",
                        column: x => x.BookableTimeId,
                        principalTable: "BookableTimes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TimeBookings_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BookableTimes_OwnerId_StartsAtUtc",
                table: "BookableTimes",
                columns: new[] { "OwnerId", "StartsAtUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingReminders_MeetingId",
                table: "MeetingReminders",
                column: "MeetingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimeBookings_BookableTimeId",
                table: "TimeBookings",
                column: "BookableTimeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimeBookings_MeetingId",
                table: "TimeBookings",
                column: "MeetingId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeetingReminders");

            migrationBuilder.DropTable(
                name: "TimeBookings");

            migrationBuilder.DropTable(
                name: "BookableTimes");

            migrationBuilder.DropColumn(
                name: "Address",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "CancelledUtc",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "ContactRoute",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "TimeConfirmedUtc",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "TimeVersion",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "VideoLink",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "Answer",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "AnsweredUtc",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "DeclineReason",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "DeclineTextProtected",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "FirstAnsweredUtc",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "WishChannel",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "WishHandledUtc",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "WishInterpreter",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "WishTextProtected",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "Answer",
                table: "FollowUpFacts");

            migrationBuilder.DropColumn(
                name: "DaysToAnswer",
                table: "FollowUpFacts");

            migrationBuilder.DropColumn(
                name: "DeclineReason",
                table: "FollowUpFacts");
        }
    }
}
