using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Theme;
using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Time;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.Feedback;

/// <summary>
/// Receives "Hittade du det du sökte?" from a guidance page. The form sits on output-cached anonymous pages, so it
/// carries no antiforgery token (a token needs a cookie, and a page with a cookie cannot be cached, nor is a cookie
/// wanted). Instead: the POST must come from this site (Sec-Fetch-Site, else Origin), is rate limited per address
/// (RateLimits:FeedbackPerMinute), changes nothing but adds one anonymous answer, and sets no cookie. A forged post can
/// at most add an answer, as a visitor could.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SendModel(PortalDbContext db, PublishedContent content, PublicAddress address, TimeProvider time) : PageModel
{
    public const int MaxCommentLength = 500;

    public const string Anonymous = "anonymous";

    public GuidancePage Article { get; private set; } = null!;

    public FeedbackFormView Form { get; private set; } = null!;

    public bool Thanks { get; private set; }

    public Dictionary<string, string> Errors { get; } = [];

    public ErrorSummary Summary => new(
        Errors.Select(e => new ErrorSummaryItem(e.Key, e.Key == "svar" ? Form.Text.Question : Form.Text.CommentLabel, e.Value)).ToList(),
        Article.Language);

    /// <summary>The thank-you page (/synpunkt/tack?sida=…), or the form alone for a page (/synpunkt?sida=…).</summary>
    public async Task<IActionResult> OnGetAsync(Guid? sida, string? tack, CancellationToken cancellationToken)
    {
        Thanks = tack == "tack";
        if (!await LoadAsync(sida, cancellationToken))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? sida, string? svar, string? kommentar, CancellationToken cancellationToken)
    {
        if (!FromThisSite())
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!await LoadAsync(sida, cancellationToken))
        {
            return BadRequest();
        }

        var comment = kommentar?.Trim() ?? "";
        var text = Form.Text;
        if (svar is not ("ja" or "nej"))
        {
            Errors["svar"] = text.ChooseAnswer;
        }

        if (comment.Length > MaxCommentLength)
        {
            Errors["kommentar"] = text.CommentTooLong;
        }

        if (Errors.Count > 0)
        {
            Form = Form with { Answer = svar, Comment = kommentar, Errors = Errors };
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var feedback = new PageFeedback
        {
            Id = Guid.NewGuid(),
            ContentItemId = Article.ItemId,
            ReceivedOn = StockholmTime.DateOf(now),
            FoundIt = svar == "ja",
            Comment = comment.Length == 0 ? null : CommentMasker.Mask(comment),
        };
        db.PageFeedback.Add(feedback);
        // Anonymous: no actor, no client address; the event says which page and whether a comment came, never its text.
        var context = new ProcessContext(Anonymous, now);
        db.AuditEvents.Add(context.Event(AuditEventType.FeedbackReceived, nameof(PageFeedback), feedback.Id.ToString(), new
        {
            ItemId = Article.ItemId,
            feedback.FoundIt,
            HasComment = feedback.Comment is not null,
            Masked = feedback.Comment is not null && feedback.Comment != comment,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Feedback/Send", new { tack = "tack", sida = Article.ItemId });
    }

    /// <summary>
    /// True when the browser says the form was posted from this site. Browsers send Sec-Fetch-Site (and Origin) with
    /// every cross-site POST; a request with neither comes from a tool, not from another site's page in a browser.
    /// </summary>
    private bool FromThisSite()
    {
        var headers = Request.Headers;
        var site = headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site == "same-origin";
        }

        var origin = headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        var own = $"{Request.Scheme}://{Request.Host}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) || string.Equals(origin, address.Absolute(""), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<bool> LoadAsync(Guid? itemId, CancellationToken cancellationToken)
    {
        var snapshot = await content.GetAsync<GuidanceSnapshot>(cancellationToken);
        var article = itemId is null ? null : snapshot.Pages.FirstOrDefault(p => p.ItemId == itemId);
        if (article is null)
        {
            return false;
        }

        Article = article;
        Form = new FeedbackFormView(article.ItemId, article.Language);
        var text = Form.Text;
        ViewData[PageLayout.ViewDataKey] = LayoutFactory.Create(
            article.Language,
            Thanks ? text.ThanksTitle : text.FormTitle,
            LayoutFactory.StartPageLinks(article.Language),
            LayoutFactory.Crumbs(article.Language, article.Title, article.Url),
            noIndex: true,
            url: Url);
        return true;
    }
}
