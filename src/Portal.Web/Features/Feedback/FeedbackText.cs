using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Feedback;

/// <summary>The texts of "Hittade du det du sökte?" in the page's language (text table: Texts/FeedbackText.*.yml).</summary>
public sealed class FeedbackText
{
    public required string Question { get; init; }

    public required string Yes { get; init; }

    public required string No { get; init; }

    public required string CommentLabel { get; init; }

    public required string CommentHint { get; init; }

    public required string Send { get; init; }

    public required string ChooseAnswer { get; init; }

    public required string CommentTooLong { get; init; }

    public required string ThanksTitle { get; init; }

    public required string ThanksText { get; init; }

    public required string BackToPage { get; init; }

    public required string FormTitle { get; init; }

    public static FeedbackText For(Language language) => TextTables.Get<FeedbackText>(language);
}

/// <summary>The model of the form partial: the page it is about and the answer so far (after an error).</summary>
public sealed record FeedbackFormView(Guid ItemId, Language Language, string? Answer = null, string? Comment = null, IReadOnlyDictionary<string, string>? Errors = null)
{
    public FeedbackText Text => FeedbackText.For(Language);

    public string? ErrorFor(string field) => Errors?.GetValueOrDefault(field);
}
