using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Portal.TestSupport;
using Portal.Web.Features.Editor;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Security;

namespace Portal.IntegrationTests.Pages.Editor;

/// <summary>The app with four eyes before publishing switched on (Editor:RequireReview), over its own database.</summary>
public sealed class ReviewApp : IDisposable
{
    public ReviewApp() => App = Factory.WithWebHostBuilder(builder => builder.UseSetting("Editor:RequireReview", "true"));

    public PortalAppFactory Factory { get; } = new();

    public WebApplicationFactory<Program> App { get; }

    public EditorClient SignedIn(string userId, params string[] roles)
    {
        var http = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        http.DefaultRequestHeaders.Add(TestStaffAuth.Header, TestStaffAuth.Value(userId, roles.Length == 0 ? [StaffRoles.Redaktor] : roles));
        return EditorClient.Over(http);
    }

    public void Dispose()
    {
        App.Dispose();
        Factory.Dispose();
    }
}

/// <summary>Four eyes: ask for review, a second Redaktör sees the diff and approves or sends back; urgent corrections by an Administratör.</summary>
public sealed class ReviewTests(ReviewApp app) : IClassFixture<ReviewApp>
{
    [Fact]
    public async Task Author_AsksForReview_CannotReviewOwnChange_SecondEditorApproves_ThenItIsPublished()
    {
        // Arrange
        using var anna = app.SignedIn("anna");
        using var bo = app.SignedIn("bo");
        using var visitor = app.App.CreateClient();
        var id = await EditorClient.ItemIdAsync(app.Factory, "personuppgifter");
        const string Sentence = "Vi sparar inga uppgifter längre än vi måste.";
        await SaveAsync(anna, id, Sentence);

        // Act 1: the publish page offers review only; a forged publish is refused
        var publish = await anna.GetAsync(PublishUrl(id));
        var latest = publish.QuerySelector("input[name=VersionNumber]")!.GetAttribute("value")!;
        using var forged = await anna.SubmitToAsync(publish, PublishUrl(id) + "?handler=Publish", ("VersionNumber", latest));
        using var asked = await anna.SubmitAsync(publish, "handler=RequestReview");
        var ownReview = await anna.GetAsync(ReviewUrl(id));

        // Assert 1
        Assert.Null(publish.QuerySelector("form[action*='handler=Publish']"));
        Assert.Contains(ContentEditor.ReviewNeeded, (await PortalAppFactory.ParseAsync(forged)).QuerySelector("#publish")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Sentence, await visitor.GetStringAsync("/personuppgifter"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("Du har själv gjort", ownReview.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(ownReview.QuerySelector("form[action*='handler=Approve']"));

        // Act 2: Bo sees the change against the published version and approves
        var review = await bo.GetAsync(ReviewUrl(id));
        using var approved = await bo.SubmitAsync(review, "handler=Approve");
        var afterApproval = await anna.GetAsync(PublishUrl(id));
        using var published = await anna.SubmitAsync(afterApproval, "handler=Publish");

        // Assert 2
        Assert.Contains(Sentence, review.QuerySelector(".editor-diff ins")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("är godkänd av bo", afterApproval.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains(Sentence, await visitor.GetStringAsync("/personuppgifter"), StringComparison.Ordinal);
        var events = await AuditAsync(id);
        Assert.Contains(events, e => e.EventType == AuditEventType.ContentReviewRequested.Name && e.Actor == "staff:anna");
        Assert.Contains(events, e => e.EventType == AuditEventType.ContentReviewApproved.Name && e.Actor == "staff:bo");
        Assert.Contains(events, e => e.EventType == AuditEventType.ContentPublished.Name && e.Actor == "staff:anna");
    }

    [Fact]
    public async Task Reviewer_SendsBackWithAComment_AuthorSeesIt_AndCannotPublishOrSchedule()
    {
        // Arrange
        using var anna = app.SignedIn("anna");
        using var bo = app.SignedIn("bo");
        var id = await EditorClient.ItemIdAsync(app.Factory, "tillganglighet");
        await SaveAsync(anna, id, "En mening som behöver rättas.");
        using var _ = await anna.SubmitAsync(await anna.GetAsync(PublishUrl(id)), "handler=RequestReview");

        // Act
        var review = await bo.GetAsync(ReviewUrl(id));
        using var noComment = await bo.SubmitAsync(review, "handler=SendBack", ("Comment", " "));
        using var sentBack = await bo.SubmitAsync(review, "handler=SendBack", ("Comment", "Skriv ut vad WCAG betyder."));
        var publish = await anna.GetAsync(PublishUrl(id));
        var latest = publish.QuerySelector("input[name=VersionNumber]")!.GetAttribute("value")!;
        using var scheduled = await anna.SubmitToAsync(publish, PublishUrl(id) + "?handler=Schedule", ("VersionNumber", latest), ("Date", "2027-01-15"), ("Time", "08:00"));

        // Assert
        Assert.Contains("Skriv vad som behöver ändras.", (await PortalAppFactory.ParseAsync(noComment)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        Assert.Equal("Skriv ut vad WCAG betyder.", publish.QuerySelector(".review-comment")!.TextContent);
        Assert.Null(publish.QuerySelector("form[action*='handler=Publish']"));
        Assert.Contains(ContentEditor.ReviewNeeded, (await PortalAppFactory.ParseAsync(scheduled)).QuerySelector("#publish")!.TextContent, StringComparison.Ordinal);
        Assert.False(await EditorClient.WithDbAsync(app.Factory, db => db.ContentSchedules.AnyAsync(s => s.ContentItemId == id)));
        Assert.Contains(await AuditAsync(id), e => e.EventType == AuditEventType.ContentReviewSentBack.Name && e.Actor == "staff:bo" && e.Reason == "Skriv ut vad WCAG betyder.");
    }

    [Fact]
    public async Task Administrator_PublishesAnUrgentCorrectionAlone_WithAReason_RecordedAsSuch_ARedaktorCannot()
    {
        // Arrange
        using var cecilia = app.SignedIn("cecilia", StaffRoles.Redaktor, StaffRoles.Administrator);
        using var anna = app.SignedIn("anna");
        using var visitor = app.App.CreateClient();
        var id = await EditorClient.ItemIdAsync(app.Factory, "kontakt");
        const string Sentence = "Telefontiden är ändrad från och med i dag.";
        await SaveAsync(cecilia, id, Sentence);

        // Act
        var publish = await cecilia.GetAsync(PublishUrl(id));
        using var noReason = await cecilia.SubmitAsync(publish, "handler=Urgent", ("UrgentReason", ""));
        using var byRedaktor = await anna.SubmitToAsync(await anna.GetAsync(PublishUrl(id)), PublishUrl(id) + "?handler=Urgent", ("UrgentReason", "Bråttom"));
        using var urgent = await cecilia.SubmitAsync(publish, "handler=Urgent", ("UrgentReason", "Fel telefontid stod på sidan"));

        // Assert
        Assert.Null((await anna.GetAsync(PublishUrl(id))).QuerySelector("form[action*='handler=Urgent']"));
        Assert.Contains("Skriv varför rättelsen inte kan vänta", (await PortalAppFactory.ParseAsync(noReason)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byRedaktor.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, urgent.StatusCode);
        Assert.Contains(Sentence, await visitor.GetStringAsync("/kontakt"), StringComparison.Ordinal);
        var events = await AuditAsync(id);
        Assert.Contains(events, e => e.EventType == AuditEventType.ContentPublishedUrgently.Name && e.Actor == "staff:cecilia" && e.Reason == "Fel telefontid stod på sidan");
        Assert.Contains(events, e => e.EventType == AuditEventType.ContentPublished.Name && e.PayloadJson.Contains("\"Urgent\":true", StringComparison.Ordinal));
        var history = (await anna.GetAsync(EditUrl(id) + "/historik")).QuerySelectorAll(".editor-events tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("Fel telefontid stod på sidan", Assert.Single(history, r => r.Contains("brådskande rättelse", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    private static string EditUrl(Guid id) => $"/redaktion/innehall/{id}";

    private static string PublishUrl(Guid id) => $"/redaktion/innehall/{id}/publicering";

    private static string ReviewUrl(Guid id) => $"/redaktion/innehall/{id}/granskning";

    private static async Task SaveAsync(EditorClient editor, Guid id, string sentence)
    {
        var edit = await editor.GetAsync(EditUrl(id));
        var body = edit.QuerySelector("textarea[name='Input.Body']")!.TextContent + "\n" + sentence + "\n";
        using var saved = await editor.SubmitAsync(edit, null, ("Input.Body", body), ("Input.ChangeNote", "Ny mening"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private async Task<List<AuditEvent>> AuditAsync(Guid id) =>
        await EditorClient.WithDbAsync(app.Factory, db => db.AuditEvents.AsNoTracking().Where(e => e.SubjectId == id.ToString()).ToListAsync());
}
