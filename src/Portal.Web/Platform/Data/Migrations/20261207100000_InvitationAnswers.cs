using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Data.Migrations;

/// <summary>
/// Issue 17: the person's answer to the invitation (coming, another time, declined with a reason), the meeting's
/// practicalities (address, video link, contact route), cancellation and time version, and the bookable times with
/// one booking per time and per meeting (unique indexes).
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261207100000_InvitationAnswers")]
public sealed class InvitationAnswers : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("Address", "Meetings", maxLength: 300, nullable: true);
        migrationBuilder.AddColumn<string>("VideoLink", "Meetings", maxLength: 500, nullable: true);
        migrationBuilder.AddColumn<string>("ContactRoute", "Meetings", maxLength: 300, nullable: true);
        migrationBuilder.AddColumn<DateTime>("CancelledUtc", "Meetings", nullable: true);
        migrationBuilder.AddColumn<int>("TimeVersion", "Meetings", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<DateTime>("TimeConfirmedUtc", "Meetings", nullable: true);

        migrationBuilder.AddColumn<string>("Answer", "Invitations", maxLength: 20, nullable: true);
        migrationBuilder.AddColumn<DateTime>("FirstAnsweredUtc", "Invitations", nullable: true);
        migrationBuilder.AddColumn<DateTime>("AnsweredUtc", "Invitations", nullable: true);
        migrationBuilder.AddColumn<string>("DeclineReason", "Invitations", maxLength: 40, nullable: true);
        migrationBuilder.AddColumn<string>("DeclineTextProtected", "Invitations", nullable: true);
        migrationBuilder.AddColumn<string>("WishTextProtected", "Invitations", nullable: true);
        migrationBuilder.AddColumn<string>("WishChannel", "Invitations", maxLength: 20, nullable: true);
        migrationBuilder.AddColumn<bool>("WishInterpreter", "Invitations", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<DateTime>("WishHandledUtc", "Invitations", nullable: true);

        migrationBuilder.CreateTable(
            name: "BookableTimes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OwnerId = table.Column<string>(maxLength: 200, nullable: false),
                StartsAtUtc = table.Column<DateTime>(nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_BookableTimes", x => x.Id));

        migrationBuilder.CreateTable(
            name: "TimeBookings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                BookableTimeId = table.Column<Guid>(nullable: false),
                MeetingId = table.Column<Guid>(nullable: false),
                BookedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TimeBookings", x => x.Id);
                table.ForeignKey("FK_TimeBookings_BookableTimes_BookableTimeId", x => x.BookableTimeId, "BookableTimes", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_TimeBookings_Meetings_MeetingId", x => x.MeetingId, "Meetings", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_BookableTimes_OwnerId_StartsAtUtc", "BookableTimes", ["OwnerId", "StartsAtUtc"], unique: true);
        migrationBuilder.CreateIndex("IX_TimeBookings_BookableTimeId", "TimeBookings", "BookableTimeId", unique: true);
        migrationBuilder.CreateIndex("IX_TimeBookings_MeetingId", "TimeBookings", "MeetingId", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("TimeBookings");
        migrationBuilder.DropTable("BookableTimes");
        foreach (var column in new[] { "WishHandledUtc", "WishInterpreter", "WishChannel", "WishTextProtected", "DeclineTextProtected", "DeclineReason", "AnsweredUtc", "FirstAnsweredUtc", "Answer" })
        {
            migrationBuilder.DropColumn(column, "Invitations");
        }

        foreach (var column in new[] { "TimeConfirmedUtc", "TimeVersion", "CancelledUtc", "ContactRoute", "VideoLink", "Address" })
        {
            migrationBuilder.DropColumn(column, "Meetings");
        }
    }
}
