using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Web.Platform.Data;

namespace Portal.Web.Platform.Data.Migrations;

/// <summary>
/// Sign-in guards counted in the database (issue 14): the staff account's own lock with a growing length, the last TOTP
/// step used, a forced password change; the invitation link's lock count.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261207010000_SignInGuard")]
public sealed class SignInGuard : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>("SignInLockedUntilUtc", "AspNetUsers", nullable: true);
        migrationBuilder.AddColumn<int>("SignInLockCount", "AspNetUsers", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<long>("LastTotpStep", "AspNetUsers", nullable: true);
        migrationBuilder.AddColumn<bool>("MustChangePassword", "AspNetUsers", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<int>("LockCount", "Invitations", nullable: false, defaultValue: 0);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("LockCount", "Invitations");
        migrationBuilder.DropColumn("MustChangePassword", "AspNetUsers");
        migrationBuilder.DropColumn("LastTotpStep", "AspNetUsers");
        migrationBuilder.DropColumn("SignInLockCount", "AspNetUsers");
        migrationBuilder.DropColumn("SignInLockedUntilUtc", "AspNetUsers");
    }
}
