using Microsoft.Playwright;
using Portal.Web.Platform.Security;

namespace Portal.EndToEndTests.Journeys;

/// <summary>A second app host with four eyes before publishing (Editor:RequireReview), for the review journeys only.</summary>
public sealed class ReviewHost : IAsyncLifetime
{
    public PortalHost Host { get; } = new(0, "BrowserTest", new Dictionary<string, string?> { ["Editor:RequireReview"] = "true" });

    public Task InitializeAsync()
    {
        Host.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>
/// Four eyes in a real browser: an editor asks for review, a second Redaktör reads the diff and sends it back with a
/// comment, the author changes it and asks again, the reviewer approves, the page is published and the citizen sees
/// it; and an Administratör's urgent correction, recorded as such. Axe on every page visited.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ReviewJourneyTests(BrowserFixture browser, ReviewHost review) : IClassFixture<ReviewHost>
{
    private Task<IPage> StaffAsync(string userId, params string[] roles) => browser.StaffPageAsync(userId, review.Host, roles: roles);

    /// <summary>Opens the Swedish page <paramref name="title"/> from the content list and returns the path of its edit page.</summary>
    private static async Task<string> OpenForEditingAsync(IPage page, string query, string title)
    {
        await page.GotoAsync($"/redaktion?q={query}&sprak=sv");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        return new Uri(page.Url).AbsolutePath;
    }

    private static async Task<string> BodyAsync(IPage page, string editPath)
    {
        await page.GotoAsync(editPath);
        return await page.Locator("#Input_Body").InputValueAsync();
    }

    [Fact]
    public async Task Author_AsksForReview_ReviewerSendsBack_AuthorChanges_ReviewerApproves_PageIsPublished()
    {
        // Arrange
        var author = await StaffAsync("e2e-forfattare");
        var reviewer = await StaffAsync("e2e-granskare");
        var citizen = await browser.NewPageAsync(host: review.Host);
        var edit = await OpenForEditingAsync(author, "ordlista", "Ordlista");
        var original = await BodyAsync(author, edit);
        await author.SaveDraftAsync(edit, "Förklarar omställning", ("Input_Body", original + "\nOmställning betyder att byta arbete.\n"));

        // Act 1: the author cannot publish, asks for review, and cannot review the change herself
        await author.GotoAsync(edit + "/publicering");
        await Assertions.Expect(author.GetByRole(AriaRole.Button, new() { Name = "Publicera version", Exact = false })).ToHaveCountAsync(0);
        await author.AssertNoAxeViolationsAsync();
        await author.GetByRole(AriaRole.Button, new() { Name = "Be om granskning", Exact = false }).ClickAsync();
        await Assertions.Expect(author.GetByRole(AriaRole.Status)).ToContainTextAsync("Du har bett om granskning");
        await author.AssertNoAxeViolationsAsync();
        await author.GotoAsync(edit + "/granskning");
        await Assertions.Expect(author.GetByRole(AriaRole.Main)).ToContainTextAsync("En annan redaktör måste granska den.");
        await Assertions.Expect(author.GetByRole(AriaRole.Button, new() { Name = "Godkänn", Exact = false })).ToHaveCountAsync(0);

        // Act 2: the reviewer reads the diff against the published version and sends it back with a comment
        await reviewer.GotoAsync(edit + "/publicering");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "Granska ändringen" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator(".editor-diff ins", new() { HasText = "Omställning betyder att byta arbete." })).ToHaveCountAsync(1);
        await reviewer.AssertNoAxeViolationsAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Skicka tillbaka" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("#error-summary")).ToBeVisibleAsync();
        await reviewer.AssertNoAxeViolationsAsync();
        await reviewer.GetByLabel("Vad behöver ändras?").FillAsync("Skriv att det också kan betyda en utbildning.");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Skicka tillbaka" }).ClickAsync();
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Status)).ToContainTextAsync("skickad tillbaka");

        // Assert 2: the author sees the comment where she publishes
        await author.GotoAsync(edit + "/publicering");
        await Assertions.Expect(author.Locator(".review-comment")).ToHaveTextAsync("Skriv att det också kan betyda en utbildning.");
        await author.AssertNoAxeViolationsAsync();

        // Act 3: the author changes the text and asks again; the reviewer approves; the author publishes
        await author.SaveDraftAsync(edit, "Lade till utbildning", ("Input_Body", original + "\nOmställning betyder att byta arbete eller börja en utbildning.\n"));
        await author.GotoAsync(edit + "/publicering");
        await author.GetByRole(AriaRole.Button, new() { Name = "Be om granskning", Exact = false }).ClickAsync();
        await Assertions.Expect(author.GetByRole(AriaRole.Status)).ToContainTextAsync("Du har bett om granskning");
        await reviewer.GotoAsync(edit + "/granskning");
        await Assertions.Expect(reviewer.Locator(".editor-diff")).ToContainTextAsync("börja en utbildning");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Godkänn version", Exact = false }).ClickAsync();
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Status)).ToContainTextAsync("godkänd");
        await reviewer.AssertNoAxeViolationsAsync();
        await author.PublishAsync(edit);
        await citizen.GotoAsync("/ordlista");

        // Assert 3: the citizen sees the approved text; the history tells the whole story
        await Assertions.Expect(citizen.Locator("article")).ToContainTextAsync("Omställning betyder att byta arbete eller börja en utbildning.");
        await author.GotoAsync(edit + "/historik");
        var events = author.Locator(".editor-events");
        await Assertions.Expect(events.Locator("tr", new() { HasText = "Skickad tillbaka vid granskning" })).ToContainTextAsync("Skriv att det också kan betyda en utbildning.");
        await Assertions.Expect(events.Locator("tr", new() { HasText = "Godkänd vid granskning" })).ToHaveCountAsync(1);
        await Assertions.Expect(events.Locator("tr", new() { HasText = "Bad om granskning" })).ToHaveCountAsync(2);
        await Assertions.Expect(events.Locator("tr", new() { HasText = "Publicerad" })).ToHaveCountAsync(1);
        await author.AssertNoAxeViolationsAsync();
        await author.Context.CloseAsync();
        await reviewer.Context.CloseAsync();
        await citizen.Context.CloseAsync();
    }

    [Fact]
    public async Task Administrator_PublishesAnUrgentCorrectionAlone_RecordedAsSuch()
    {
        // Arrange: an Administratör who is also Redaktör corrects a page
        var admin = await StaffAsync("e2e-admin", StaffRoles.Redaktor, StaffRoles.Administrator);
        var citizen = await browser.NewPageAsync(host: review.Host);
        var edit = await OpenForEditingAsync(admin, "kontakt", "Kontakt");
        var original = await BodyAsync(admin, edit);
        await admin.SaveDraftAsync(edit, "Rättat telefonnumret", ("Input_Body", original + "\nTelefontiden är ändrad från och med i dag.\n"));

        // Act: without a reason first, then with one
        await admin.GotoAsync(edit + "/publicering");
        var urgent = admin.GetByRole(AriaRole.Button, new() { Name = "Publicera som brådskande rättelse" });
        await urgent.ClickAsync();
        await Assertions.Expect(admin.Locator("#error-summary")).ToContainTextAsync("Skriv varför rättelsen inte kan vänta på granskning.");
        await admin.AssertNoAxeViolationsAsync();
        await admin.GetByLabel("Varför kan rättelsen inte vänta på granskning?").FillAsync("Fel telefontid i ett utskick");
        await urgent.ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("syns nu för besökarna");
        await citizen.GotoAsync("/kontakt");

        // Assert: published at once, and the history records it as an urgent correction with the reason
        await Assertions.Expect(citizen.Locator("article")).ToContainTextAsync("Telefontiden är ändrad från och med i dag.");
        await admin.GotoAsync(edit + "/historik");
        await Assertions.Expect(admin.Locator(".editor-events tr", new() { HasText = "brådskande rättelse" })).ToContainTextAsync("Fel telefontid i ett utskick");
        await admin.AssertNoAxeViolationsAsync();
        await admin.Context.CloseAsync();
        await citizen.Context.CloseAsync();
    }
}
