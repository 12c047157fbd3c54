using Portal.Web.Platform.Data;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Platform.Content;

/// <summary>
/// One kind of published content (a guidance page, the SGI-skyddskoll texts, a questionnaire definition). A feature
/// registers its kind with <see cref="ContentSetup.AddContentType{T}"/>; the platform then reads its files, checks a
/// version before it is published and builds what the public side reads from the published versions, without
/// knowing the feature.
/// </summary>
public abstract class ContentType
{
    /// <summary>The value of <see cref="ContentItem.ContentType"/>, such as "guidance".</summary>
    public abstract string Name { get; }

    /// <summary>The Swedish name editors see.</summary>
    public abstract string DisplayName { get; }

    /// <summary>The folder below content/ that holds this kind's files.</summary>
    public abstract string Folder { get; }

    /// <summary>The file name pattern within <see cref="Folder"/>, such as "*.md".</summary>
    public abstract string FilePattern { get; }

    /// <summary>Whether files are read from the folders below <see cref="Folder"/> too.</summary>
    public virtual bool Recursive => false;

    /// <summary>True for YAML texts edited as one text field; false for pages with metadata and Markdown.</summary>
    public virtual bool Structured => true;

    /// <summary>The type of what <see cref="Build"/> returns; <see cref="PublishedContent.GetAsync{T}"/> finds the kind by it.</summary>
    public abstract Type PublishedType { get; }

    /// <summary>Parses and checks one file; throws <see cref="ContentFormatException"/> naming the file and the problem.</summary>
    public abstract ContentFile Read(string fileName, string text);

    /// <summary>Problems between the files of this kind (two pages with one address, a link to a key that is missing).</summary>
    public virtual IEnumerable<string> CheckTogether(IReadOnlyList<ContentFile> files) => [];

    /// <summary>The path below content/ and the text of the file a published version is written to by an export.</summary>
    public abstract (string Path, string Text) Write(StoredContent content);

    /// <summary>
    /// Everything that stops <paramref name="content"/> from being published, in Swedish; empty when it may be. Runs
    /// once per publish. A structured text only has to be itself: valid, and naming the item it is stored as.
    /// </summary>
    public virtual Task<IReadOnlyList<string>> CheckAsync(StoredContent content, PortalDbContext db, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(CheckBody(content.Key, content.Language, content.Body) is { } problem ? [problem] : []);

    /// <summary>What the public side reads: built from every published version of this kind, kept until content changes.</summary>
    public abstract object Build(IReadOnlyList<StoredContent> published);

    /// <summary>One stored version (published or not) as the feature reads it; kept by version id, as versions never change.</summary>
    public virtual object ParseVersion(StoredContent content) => Build([content]);

    /// <summary>
    /// The problem with a structured text's body for the item it is saved to (wrong id or language), or a format
    /// problem; null when it is fine. Pages are checked field by field by the editor instead.
    /// </summary>
    public virtual string? CheckBody(string key, Language language, string body)
    {
        try
        {
            var file = Read("texten", body);
            return file.Key != key || file.Language.Code != language.Code ? WrongIdentity(key, language) : null;
        }
        catch (ContentFormatException ex)
        {
            return "Texten kan inte användas: " + ex.Problem;
        }
    }

    /// <summary>What the editor is told when a structured text names another item than the one it is saved to.</summary>
    protected virtual string WrongIdentity(string key, Language language) => $"Fältet 'language' måste vara {language.Code}.";
}

/// <summary>A stored version with the item it belongs to, as the content types see it.</summary>
public sealed record StoredContent(Guid ItemId, Guid VersionId, string ContentType, string Key, Language Language, PageMetadata Metadata, string Body)
{
    public static StoredContent From(ContentItem item, ContentVersion version) =>
        new(item.Id, version.Id, item.ContentType, item.TranslationKey, Languages.Get(item.Language), version.Metadata, version.Body);
}

/// <summary>The registered content types, by name and by what they publish.</summary>
public sealed class ContentTypeRegistry(IEnumerable<ContentType> types)
{
    private readonly IReadOnlyList<ContentType> _types = types.ToList();

    public IReadOnlyList<ContentType> All => _types;

    public ContentType Get(string name) =>
        _types.FirstOrDefault(t => t.Name == name) ?? throw new InvalidOperationException($"No content type '{name}' is registered.");

    public ContentType? Find(string name) => _types.FirstOrDefault(t => t.Name == name);

    public ContentType ByPublishedType(Type published) =>
        _types.FirstOrDefault(t => t.PublishedType == published) ?? throw new InvalidOperationException($"No content type publishes {published.Name}.");

    public string DisplayName(string name) => Find(name)?.DisplayName ?? name;
}
