using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Portal.Theme;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Localization;
using Portal.Web.Platform.Time;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.Editor;

/// <summary>What every editor page shares: its layout, who is acting, and the Swedish names of things.</summary>
public static class EditorSupport
{
    /// <summary>The hint under a guidance page's Markdown text.</summary>
    public const string MarkdownHint = "Rubriker med ##, listor med - och rutor med :::info Rubrik eller :::warning Rubrik och ::: på en egen rad. HTML visas som vanlig text.";

    /// <summary>The address of one of an item's editor pages (Edit, Preview, Publish, History), with query values.</summary>
    public static string ItemPage(this IUrlHelper url, string page, Guid id, object? values = null, string? handler = null)
    {
        var routeValues = new RouteValueDictionary(values) { ["id"] = id };
        return url.Page("/Editor/" + page, handler, routeValues) ?? throw new InvalidOperationException($"The editor page {page} has no address.");
    }

    public static string EditUrl(this IUrlHelper url, Guid id, object? values = null) => url.ItemPage("Edit", id, values);

    public static string PreviewUrl(this IUrlHelper url, Guid id, object? values = null) => url.ItemPage("Preview", id, values);

    public static string PublishUrl(this IUrlHelper url, Guid id, object? values = null) => url.ItemPage("Publish", id, values);

    public static string HistoryUrl(this IUrlHelper url, Guid id, object? values = null) => url.ItemPage("History", id, values);

    public static string ReviewUrl(this IUrlHelper url, Guid id, object? values = null) => url.ItemPage("Review", id, values);

    public static PageLayout Layout(IUrlHelper url, string title, params LayoutLink[] crumbs) => LayoutFactory.Create(
        Languages.Swedish,
        title,
        languageLinks: [],
        breadcrumbs: crumbs.Length == 0 ? [] : [new LayoutLink("Redaktion", url.Page("/Editor/Index")!), .. crumbs],
        noIndex: true,
        staff: true);

    /// <summary>The audit actor of the signed-in editor: staff:{user id}.</summary>
    public static ProcessContext Context(HttpContext http, TimeProvider time, string? reason = null)
    {
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? http.User.Identity?.Name ?? "unknown";
        return new ProcessContext($"staff:{userId}", time.GetUtcNow().UtcDateTime, reason, http.Connection.RemoteIpAddress?.ToString());
    }

    public static string LanguageName(string code) => code switch
    {
        "sv" => "Svenska",
        "en" => "Engelska",
        "lattlast" => "Lättläst",
        _ => code,
    };

    public static string SectionName(string section) =>
        section.Length == 0 ? "–" : Languages.Swedish.Text.SectionName(section);

    /// <summary>"staff:abc" is shown as "abc"; system actors get a Swedish name.</summary>
    public static string ActorName(string actor) => actor switch
    {
        ContentImporter.ImportActor => "Import av content/",
        ScheduledPublisher.Actor => "Planerad publicering",
        ContentFiles.Actor => "Inläsning från filer",
        _ => actor,
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The editor form's fields as typed, so nothing is lost when something needs correcting.</summary>
public sealed class DraftForm
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["Title"] = "Rubrik",
        ["Summary"] = "Sammanfattning",
        ["Slug"] = "Adress",
        ["Section"] = "Sektion",
        ["Order"] = "Ordning",
        ["LastReviewed"] = "Senast granskad",
        ["Owner"] = "Ägare",
        ["Related"] = "Relaterade sidor",
        ["Body"] = "Text",
        ["ChangeNote"] = "Vad har du ändrat?",
        ["Key"] = "Nyckel",
        ["Language"] = "Språk",
    };

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string Slug { get; set; } = "";

    public string Section { get; set; } = "";

    public string Order { get; set; } = "";

    public string LastReviewed { get; set; } = "";

    public string Owner { get; set; } = "";

    public string Related { get; set; } = "";

    public string Body { get; set; } = "";

    public string ChangeNote { get; set; } = "";

    /// <summary>The version the editor started from; a save on an older base is a conflict.</summary>
    public int BaseVersion { get; set; }

    public static DraftForm From(ContentVersion version)
    {
        var m = version.Metadata;
        return new()
        {
            Title = m.Title,
            Summary = m.Summary,
            Slug = m.Slug,
            Section = m.Section,
            Order = m.Order.ToString(CultureInfo.InvariantCulture),
            LastReviewed = m.LastReviewed is { } d ? EditorSupport.Iso(d) : "",
            Owner = m.Owner,
            Related = string.Join(", ", m.Related),
            Body = version.Body,
            BaseVersion = version.VersionNumber,
        };
    }

    public EditorDraft ToDraft() => new(
        new PageMetadata(
            (Slug ?? "").Trim(),
            Title ?? "",
            Summary ?? "",
            Section ?? "",
            int.TryParse(Order, NumberStyles.Integer, CultureInfo.InvariantCulture, out var order) ? order : -1,
            StockholmTime.TryParseDate(LastReviewed, out var reviewed) ? reviewed : null,
            Owner ?? "",
            (Related ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
        Body ?? "");

    public static ErrorSummary ErrorSummaryFor(IReadOnlyDictionary<string, string> errors) =>
        new(errors.Select(e => new ErrorSummaryItem(FieldId(e.Key), Labels.GetValueOrDefault(e.Key, e.Key), e.Value)).ToList());

    public static string FieldId(string field) => "Input_" + field;
}

/// <summary>The model of the shared form fields partial.</summary>
public sealed record DraftFieldsView(DraftForm Input, IReadOnlyDictionary<string, string> Errors, bool Structured, string BodyLabelHint);
