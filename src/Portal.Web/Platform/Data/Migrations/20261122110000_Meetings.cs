using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Data.Migrations;

/// <summary>Meetings, invitations and the encrypted pre-meeting questionnaire responses.</summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261122110000_Meetings")]
public sealed class Meetings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Meetings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Type = table.Column<string>(maxLength: 40, nullable: false),
                StartsAtUtc = table.Column<DateTime>(nullable: false),
                Channel = table.Column<string>(maxLength: 20, nullable: false),
                CaseOfficerId = table.Column<string>(maxLength: 200, nullable: false),
                PersonnummerProtected = table.Column<string>(nullable: false),
                PersonnummerHash = table.Column<string>(maxLength: 64, nullable: false),
                PersonNameProtected = table.Column<string>(nullable: false),
                HasProtectedIdentity = table.Column<bool>(nullable: false),
                IsDemo = table.Column<bool>(nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Meetings", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Invitations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MeetingId = table.Column<Guid>(nullable: false),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                ExpiresUtc = table.Column<DateTime>(nullable: false),
                FailedAttempts = table.Column<int>(nullable: false),
                LockedUntilUtc = table.Column<DateTime>(nullable: true),
                FirstVerifiedUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Invitations", x => x.Id);
                table.ForeignKey("FK_Invitations_Meetings_MeetingId", x => x.MeetingId, "Meetings", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "QuestionnaireResponses",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MeetingId = table.Column<Guid>(nullable: false),
                DefinitionVersionId = table.Column<Guid>(nullable: false),
                AnswersProtected = table.Column<string>(nullable: false),
                Revision = table.Column<int>(nullable: false),
                StartedUtc = table.Column<DateTime>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
                SubmittedUtc = table.Column<DateTime>(nullable: true),
                SubmittedRevision = table.Column<int>(nullable: true),
                ReferenceNumber = table.Column<string>(maxLength: 20, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_QuestionnaireResponses", x => x.Id);
                table.ForeignKey("FK_QuestionnaireResponses_Meetings_MeetingId", x => x.MeetingId, "Meetings", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ResponseSubmissions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ResponseId = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                DefinitionVersionId = table.Column<Guid>(nullable: false),
                AnswersProtected = table.Column<string>(nullable: false),
                SubmittedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ResponseSubmissions", x => x.Id);
                table.ForeignKey("FK_ResponseSubmissions_QuestionnaireResponses_ResponseId", x => x.ResponseId, "QuestionnaireResponses", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Meetings_StartsAtUtc", "Meetings", "StartsAtUtc");
        migrationBuilder.CreateIndex("IX_Meetings_CaseOfficerId", "Meetings", "CaseOfficerId");
        migrationBuilder.CreateIndex("IX_Meetings_PersonnummerHash", "Meetings", "PersonnummerHash");
        migrationBuilder.CreateIndex("IX_Invitations_TokenHash", "Invitations", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_Invitations_MeetingId", "Invitations", "MeetingId", unique: true);
        migrationBuilder.CreateIndex("IX_QuestionnaireResponses_MeetingId", "QuestionnaireResponses", "MeetingId", unique: true);
        migrationBuilder.CreateIndex("IX_ResponseSubmissions_ResponseId_Number", "ResponseSubmissions", ["ResponseId", "Number"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ResponseSubmissions");
        migrationBuilder.DropTable(name: "QuestionnaireResponses");
        migrationBuilder.DropTable(name: "Invitations");
        migrationBuilder.DropTable(name: "Meetings");
    }
}
