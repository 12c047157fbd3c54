using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire;

/// <summary>Questionnaire definitions from the content store: the published one per language, and any stored version.</summary>
public sealed class QuestionnaireCatalog(IServiceScopeFactory scopes)
{
    public const string PreMeetingId = "formote";

    private readonly ConcurrentDictionary<Guid, QuestionnaireDefinition> _byVersion = new();

    public sealed record Published(QuestionnaireDefinition Definition, Guid VersionId);

    /// <summary>The published definition in the language, or the Swedish one when there is no translation.</summary>
    public async Task<Published> PublishedAsync(string id, Language language, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var versions = await db.ContentVersions.AsNoTracking()
            .Where(v => v.IsPublished && v.Item!.ContentType == ContentTypes.Questionnaire && v.Item.TranslationKey == id)
            .Select(v => new { v.Id, v.Item!.Language })
            .ToListAsync(cancellationToken);
        var chosen = versions.FirstOrDefault(v => v.Language == language.Code) ?? versions.FirstOrDefault(v => v.Language == Languages.Swedish.Code)
            ?? throw new InvalidOperationException($"No published questionnaire '{id}'.");
        return new Published(await ByVersionAsync(chosen.Id, cancellationToken), chosen.Id);
    }

    public async Task<QuestionnaireDefinition> ByVersionAsync(Guid versionId, CancellationToken cancellationToken = default)
    {
        if (_byVersion.TryGetValue(versionId, out var cached))
        {
            return cached;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var body = await db.ContentVersions.AsNoTracking().Where(v => v.Id == versionId).Select(v => v.Body).SingleAsync(cancellationToken);
        var definition = QuestionnaireDefinition.Parse($"version {versionId}", body);
        return _byVersion.GetOrAdd(versionId, definition);
    }
}
