using Portal.Web.Features.AfMeetings;
using Portal.Web.Features.CaseSystems;
using Portal.Web.Features.DevIdentityProvider;
using Portal.Web.Features.Editor;
using Portal.Web.Features.Errors;
using Portal.Web.Features.Feedback;
using Portal.Web.Features.FollowUp;
using Portal.Web.Features.Guidance;
using Portal.Web.Features.Meetings;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Features.SgiCheck;
using Portal.Web.Features.StaffAccounts;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Security;

var builder = WebApplication.CreateBuilder(ContentCommand.HostArguments(args));
builder.AddPortalPlatform();
builder.Services
    .AddGuidance()
    .AddFeedback()
    .AddSgiCheck()
    .AddQuestionnaire(builder.Configuration, builder.Environment)
    .AddMeetings(builder.Configuration)
    .AddAfMeetings()
    .AddEditor(builder.Configuration)
    .AddFollowUp()
    .AddStaffAccounts(builder.Configuration, builder.Environment)
    .AddCaseSystems()
    .AddDevIdentityProvider(builder.Configuration, builder.Environment)
    .AddErrorPages();

var app = builder.Build();

// "content export <dir>" and "content import <dir> [--publish]" run against the database and exit.
if (ContentCommand.Matches(args))
{
    return await ContentCommand.RunAsync(app.Services, args, Console.Out);
}

await app.Services.InitializeDatabaseAsync();
await app.Services.InitializeOpenIdServerAsync();
await app.Services.InitializeDevIdentityProviderAsync();
await app.Services.InitializeContentAsync();
await app.Services.InitializeStaffAccountsAsync();
await app.Services.InitializeFollowUpAsync();
await app.Services.InitializeMeetingsAsync();
await app.Services.InitializeCaseSystemsAsync();

// "admin create-user --email <address> --name <name>" creates an Administratör with a one-time password and exits.
if (AdminCommand.Matches(args))
{
    return await AdminCommand.RunAsync(app.Services, args, Console.Out);
}

app.UsePortalPlatform();
app.MapPortalPlatform();
app.MapGuidance();
app.MapSgiCheck();
app.MapMeetings();
app.MapAfMeetings();
app.MapOpenIdServer();
app.MapDevIdentityProvider();

await app.RunAsync();
return 0;

/// <summary>Exposed for WebApplicationFactory in the test projects.</summary>
public partial class Program;
