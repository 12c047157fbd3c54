using Portal.Web.Platform.Content;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.SgiCheck;

/// <summary>
/// The SGI-skyddskoll texts as a content type: content/sgi-koll/texts.{sv,en,lattlast}.yml, checked as YAML with no
/// empty text, published as one <see cref="SgiTexts"/>.
/// </summary>
public sealed class SgiTextsContent : ContentType
{
    public const string TypeName = "sgi-koll-texts";

    public override string Name => TypeName;

    public override string DisplayName => "SGI-skyddskollens texter";

    public override string Folder => "sgi-koll";

    public override string FilePattern => "*.yml";

    public override Type PublishedType => typeof(SgiTexts);

    public override ContentFile Read(string fileName, string text)
    {
        var bundle = StructuredTexts.Parse(fileName, text);
        var language = Languages.Get(bundle.Language);
        var title = language.Code == Languages.English.Code ? "SGI check: questions and results" : "SGI-skyddskollen: frågor och resultat";
        return new ContentFile(TypeName, TypeName, language, PageMetadata.ForStructured(TypeName, title), text, ContentFile.HashOf(text));
    }

    public override (string Path, string Text) Write(StoredContent content) => (Path.Combine(Folder, $"texts.{content.Language.Code}.yml"), content.Body);

    public override object Build(IReadOnlyList<StoredContent> published) =>
        new SgiTexts(published.ToDictionary(c => c.Language.Code, c => StructuredTexts.Parse($"version {c.VersionId}", c.Body), StringComparer.Ordinal));
}

/// <summary>
/// The published SGI-skyddskoll texts per language, used by the step-by-step pages and the JSON API.
/// </summary>
public sealed class SgiTexts(IReadOnlyDictionary<string, TextBundle> byLanguage)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TextBundle> _layered = new(StringComparer.Ordinal);

    /// <summary>
    /// The texts in the language: English for <c>en</c>; for lättläst, the lättläst texts over the Swedish ones (what
    /// has no lättläst version, such as the questions, is shown in Swedish); otherwise Swedish. The Swedish ones stand
    /// in when a language has no published texts.
    /// </summary>
    public TextBundle For(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var code = language.Code == Languages.English.Code || language.Code == Languages.EasySwedish.Code ? language.Code : Languages.Swedish.Code;
        return _layered.GetOrAdd(code, c =>
        {
            var swedish = byLanguage.GetValueOrDefault(Languages.Swedish.Code)
                ?? throw new InvalidOperationException("The SGI-skyddskoll texts are not published (content/sgi-koll).");
            var own = byLanguage.GetValueOrDefault(c);
            return c == Languages.EasySwedish.Code && own is not null ? Over(swedish, own) : own ?? swedish;
        });
    }

    /// <summary>The texts of <paramref name="top"/> where it has them, the others from <paramref name="bottom"/>.</summary>
    public static TextBundle Over(TextBundle bottom, TextBundle top)
    {
        ArgumentNullException.ThrowIfNull(bottom);
        ArgumentNullException.ThrowIfNull(top);
        return new TextBundle
        {
            Language = top.Language,
            Texts = Merge(bottom.Texts, top.Texts),
            Questions = Merge(bottom.Questions, top.Questions),
            Errors = Merge(bottom.Errors, top.Errors),
            Ui = Merge(bottom.Ui, top.Ui),
        };

        static Dictionary<string, T> Merge<T>(Dictionary<string, T> under, Dictionary<string, T> over)
        {
            var merged = new Dictionary<string, T>(under, StringComparer.Ordinal);
            foreach (var (k, v) in over)
            {
                merged[k] = v;
            }

            return merged;
        }
    }

}

/// <summary>Reads the SGI-skyddskoll texts of a language from the published content (the one content cache).</summary>
public sealed class SgiTextCatalog(PublishedContent content)
{
    public async ValueTask<TextBundle> GetAsync(Language language, CancellationToken cancellationToken = default) =>
        (await content.GetAsync<SgiTexts>(cancellationToken)).For(language);
}
