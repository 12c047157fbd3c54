using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Data.Migrations;

/// <summary>
/// Facts stored when things happen (issue 20): what the meeting lists show of a meeting, on the meeting; and the
/// anonymous follow-up facts, one row per meeting. Existing rows are filled in once at start (MeetingFacts,
/// FollowUpFacts).
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261207020000_StoredFacts")]
public sealed class StoredFacts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>("AnswersStarted", "Meetings", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<int>("SubmissionCount", "Meetings", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<string>("SgiVerdict", "Meetings", maxLength: 40, nullable: true);
        migrationBuilder.AddColumn<DateOnly>("SgiDeadline", "Meetings", nullable: true);
        migrationBuilder.AddColumn<bool>("SgiAtRisk", "Meetings", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<string>("ListFlags", "Meetings", maxLength: 200, nullable: false, defaultValue: "");

        migrationBuilder.CreateTable(
            name: "FollowUpFacts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MeetingId = table.Column<Guid>(nullable: true),
                Month = table.Column<string>(maxLength: 7, nullable: false),
                MeetingType = table.Column<string>(maxLength: 40, nullable: false),
                Sex = table.Column<string>(maxLength: 10, nullable: false),
                Opened = table.Column<bool>(nullable: false),
                Started = table.Column<bool>(nullable: false),
                Submitted = table.Column<bool>(nullable: false),
                SubmittedBeforeMeeting = table.Column<bool>(nullable: false),
                SgiRisk = table.Column<bool>(nullable: false),
                WantsAfHelp = table.Column<bool>(nullable: false),
                NeedsInterpreter = table.Column<bool>(nullable: false),
                ConsentsToShareWithAf = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FollowUpFacts", x => x.Id);
                table.ForeignKey("FK_FollowUpFacts_Meetings_MeetingId", x => x.MeetingId, "Meetings", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex("IX_FollowUpFacts_MeetingId", "FollowUpFacts", "MeetingId", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("FollowUpFacts");
        migrationBuilder.DropColumn("ListFlags", "Meetings");
        migrationBuilder.DropColumn("SgiAtRisk", "Meetings");
        migrationBuilder.DropColumn("SgiDeadline", "Meetings");
        migrationBuilder.DropColumn("SgiVerdict", "Meetings");
        migrationBuilder.DropColumn("SubmissionCount", "Meetings");
        migrationBuilder.DropColumn("AnswersStarted", "Meetings");
    }
}
