using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Features.Guidance;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Editor;

/// <summary>What an editor wrote: the metadata and the text of one new version.</summary>
public sealed record EditorDraft(PageMetadata Metadata, string Body);

/// <summary>A problem with a field of the editor form, in Swedish.</summary>
public sealed record FieldProblem(string Field, string Message);

public abstract record EditResult
{
    public sealed record Saved(ContentVersion Version) : EditResult;

    /// <summary>Someone else saved a newer version since the editor opened the form.</summary>
    public sealed record Conflict(ContentVersion Latest) : EditResult;

    public sealed record Invalid(IReadOnlyList<FieldProblem> Problems) : EditResult;
}

public abstract record PublishResult
{
    public sealed record Published(ContentVersion Version) : PublishResult;

    public sealed record Refused(IReadOnlyList<string> Problems) : PublishResult;
}

/// <summary>
/// The editor's state changes on the versioned content store: save a draft, publish, unpublish, schedule, restore.
/// Each writes its audit event in the same transaction as the change (and, for what is published or planned, a new
/// content generation: see <see cref="ContentGeneration"/>), and publishing drops this instance's content cache.
/// Each content type checks its own versions (<see cref="ContentType.CheckAsync"/>). Used by the editor pages and the
/// scheduled publisher.
/// </summary>
public sealed class ContentEditor(PortalDbContext db, ContentTypeRegistry types, PublishedContent content, IOptions<EditorOptions> options)
{
    public const string SubjectType = ContentItem.SubjectType;

    /// <summary>A page is due for review this long after it was last reviewed.</summary>
    public static readonly int ReviewIntervalMonths = 12;

    public static DateOnly? ReviewDue(DateOnly? lastReviewed) => lastReviewed?.AddMonths(ReviewIntervalMonths);

    public bool IsStructured(string contentType) => types.Get(contentType).Structured;

    public Task<ContentItem?> LoadAsync(Guid itemId, CancellationToken cancellationToken = default) =>
        db.ContentItems.Include(i => i.Versions).SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);

    /// <summary>Checks the form's fields; for structured texts the body is parsed by the feature's own parser.</summary>
    public IReadOnlyList<FieldProblem> Validate(ContentItem item, EditorDraft draft, string? changeNote)
    {
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(changeNote))
        {
            problems.Add(new("ChangeNote", "Skriv kort vad du har ändrat."));
        }
        else if (changeNote.Trim().Length > 500)
        {
            problems.Add(new("ChangeNote", "Beskrivningen av ändringen får vara högst 500 tecken."));
        }

        var type = types.Get(item.ContentType);
        if (type.Structured)
        {
            if (type.CheckBody(item.TranslationKey, Languages.Get(item.Language), draft.Body) is { } problem)
            {
                problems.Add(new("Body", problem));
            }

            return problems;
        }

        var (slug, title, summary, section, order, lastReviewed, owner, related) = draft.Metadata;
        Require(problems, "Title", title, "Skriv en rubrik.", 300);
        Require(problems, "Summary", summary, "Skriv en sammanfattning.", 1000);
        Require(problems, "Owner", owner, "Skriv vem som äger sidan.", 200);
        if (string.IsNullOrWhiteSpace(slug))
        {
            problems.Add(new("Slug", "Skriv en adress."));
        }
        else if (!Slug.IsWellFormed(slug) || slug.Length > Slug.MaxLength)
        {
            problems.Add(new("Slug", "Adressen får bara innehålla små bokstäver a–z, siffror och bindestreck, till exempel skydda-din-sgi."));
        }
        else if (slug is "en" or "lattlast" && item.TranslationKey != Languages.StartSlug)
        {
            problems.Add(new("Slug", "Adressen får inte vara en språkkod (en eller lattlast)."));
        }

        if (lastReviewed is null)
        {
            problems.Add(new("LastReviewed", "Skriv när sidan senast granskades, som ÅÅÅÅ-MM-DD, till exempel 2026-12-01."));
        }

        if (!GuidanceContent.Sections.Contains(section))
        {
            problems.Add(new("Section", "Välj en sektion."));
        }

        if (order is < 0 or > 10000)
        {
            problems.Add(new("Order", "Ordningen ska vara ett heltal mellan 0 och 10000."));
        }

        if (related.Any(r => !Slug.IsWellFormed(r)))
        {
            problems.Add(new("Related", "Relaterade sidor anges med sina nycklar, åtskilda med komma, till exempel af, moten."));
        }

        if (string.IsNullOrWhiteSpace(draft.Body))
        {
            problems.Add(new("Body", "Skriv sidans text."));
        }

        return problems;
    }

    /// <summary>Saves the draft as a new latest version, unless someone saved after <paramref name="baseVersionNumber"/>.</summary>
    public async Task<EditResult> SaveDraftAsync(
        Guid itemId, int baseVersionNumber, EditorDraft draft, string changeNote, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var item = await LoadAsync(itemId, cancellationToken) ?? throw new InvalidOperationException($"No content item {itemId}.");
        var problems = Validate(item, draft, changeNote);
        if (problems.Count > 0)
        {
            return new EditResult.Invalid(problems);
        }

        var latest = item.Versions.Single(v => v.IsLatest);
        if (latest.VersionNumber != baseVersionNumber)
        {
            return new EditResult.Conflict(latest);
        }

        var type = types.Get(item.ContentType);
        if (type.Structured)
        {
            // A structured text's metadata is the stored one, with the title its text gives.
            draft = draft with { Metadata = latest.Metadata with { Title = type.Read("texten", draft.Body).Metadata.Title, LastReviewed = draft.Metadata.LastReviewed, Owner = draft.Metadata.Owner } };
        }

        var version = NewVersion(item, latest, draft, changeNote.Trim(), context);
        version.AttachmentIds = latest.AttachmentIds;
        var saved = await AddLatestAsync(item, latest, version, AuditEventType.ContentDraftSaved, new { version.VersionNumber, BaseVersion = baseVersionNumber, version.Slug }, context, cancellationToken);
        if (!saved)
        {
            return await ConflictAsync(itemId, cancellationToken);
        }

        return new EditResult.Saved(version);
    }

    /// <summary>Copies an old version into a new draft. Nothing in the history changes.</summary>
    public async Task<EditResult> RestoreAsync(Guid itemId, int versionNumber, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var item = await LoadAsync(itemId, cancellationToken) ?? throw new InvalidOperationException($"No content item {itemId}.");
        var source = item.Versions.Single(v => v.VersionNumber == versionNumber);
        var latest = item.Versions.Single(v => v.IsLatest);
        var draft = new EditorDraft(source.Metadata, source.Body);
        var version = NewVersion(item, latest, draft, $"Återställd från version {versionNumber}", context);
        version.AttachmentIds = source.AttachmentIds;
        var saved = await AddLatestAsync(item, latest, version, AuditEventType.ContentRestored, new { version.VersionNumber, RestoredFrom = versionNumber }, context, cancellationToken);
        if (!saved)
        {
            return await ConflictAsync(itemId, cancellationToken);
        }

        return new EditResult.Saved(version);
    }

    /// <summary>
    /// Adds an uploaded image or PDF file to the page as a new version (the latest's text, with the file), replacing a
    /// file of the same name in that version. Files are versioned with the page: older versions keep theirs.
    /// </summary>
    public async Task<EditResult> AddAttachmentAsync(
        Guid itemId, int baseVersionNumber, string name, InspectedFile file, string? altText, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var item = await LoadAsync(itemId, cancellationToken) ?? throw new InvalidOperationException($"No content item {itemId}.");
        var latest = item.Versions.Single(v => v.IsLatest);
        if (latest.VersionNumber != baseVersionNumber)
        {
            return new EditResult.Conflict(latest);
        }

        var attachment = new ContentAttachment
        {
            Id = Guid.NewGuid(),
            ContentItemId = itemId,
            Name = name,
            MediaType = file.MediaType,
            Data = file.Data,
            Length = file.Data.Length,
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file.Data)),
            AltText = file.IsImage ? altText : null,
            UploadedUtc = context.NowUtc,
            UploadedBy = context.Actor,
        };
        var kept = (await ContentAttachments.OfAsync(db, latest, withData: false, cancellationToken)).Where(a => a.Name != name).Select(a => a.Id);
        var version = NewVersion(item, latest, new EditorDraft(latest.Metadata, latest.Body), $"Filen {name} tillagd", context);
        version.AttachmentIds = string.Join(',', kept.Append(attachment.Id));
        db.ContentAttachments.Add(attachment);
        var saved = await AddLatestAsync(item, latest, version, AuditEventType.ContentAttachmentAdded, new { version.VersionNumber, attachment.Id, name, file.MediaType, attachment.Length }, context, cancellationToken);
        if (!saved)
        {
            return await ConflictAsync(itemId, cancellationToken);
        }

        return new EditResult.Saved(version);
    }

    /// <summary>Takes a file off the page as a new version; older versions keep it.</summary>
    public async Task<EditResult> RemoveAttachmentAsync(Guid itemId, int baseVersionNumber, string name, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var item = await LoadAsync(itemId, cancellationToken) ?? throw new InvalidOperationException($"No content item {itemId}.");
        var latest = item.Versions.Single(v => v.IsLatest);
        if (latest.VersionNumber != baseVersionNumber)
        {
            return new EditResult.Conflict(latest);
        }

        var files = await ContentAttachments.OfAsync(db, latest, withData: false, cancellationToken);
        if (files.All(a => a.Name != name))
        {
            return new EditResult.Invalid([new FieldProblem("Name", $"Sidan har ingen fil som heter {name}.")]);
        }

        var version = NewVersion(item, latest, new EditorDraft(latest.Metadata, latest.Body), $"Filen {name} borttagen", context);
        version.AttachmentIds = string.Join(',', files.Where(a => a.Name != name).Select(a => a.Id));
        var saved = await AddLatestAsync(item, latest, version, AuditEventType.ContentAttachmentRemoved, new { version.VersionNumber, name }, context, cancellationToken);
        if (!saved)
        {
            return await ConflictAsync(itemId, cancellationToken);
        }

        return new EditResult.Saved(version);
    }

    /// <summary>A translation key (the part that links the language versions of a page): like a slug.</summary>
    public static bool IsValidKey(string key) => key.Length <= Slug.MaxLength && Slug.IsWellFormed(key);

    public Task<bool> GuidanceExistsAsync(string key, Language language, CancellationToken cancellationToken = default) =>
        db.ContentItems.AnyAsync(i => i.ContentType == GuidanceContent.TypeName && i.TranslationKey == key && i.Language == language.Code, cancellationToken);

    /// <summary>
    /// Creates a page (or a translation of one) with a first, unpublished draft. Null when the page already exists in
    /// that language (also when another editor created it a moment earlier: the key and language are unique).
    /// </summary>
    public async Task<ContentItem?> CreateGuidanceAsync(string key, Language language, EditorDraft draft, string changeNote, ProcessContext context, CancellationToken cancellationToken = default)
    {
        if (await GuidanceExistsAsync(key, language, cancellationToken))
        {
            return null;
        }

        var item = new ContentItem
        {
            Id = Guid.NewGuid(),
            ContentType = GuidanceContent.TypeName,
            TranslationKey = key,
            Language = language.Code,
            CreatedUtc = context.NowUtc,
        };
        var version = NewVersion(item, null, draft, changeNote.Trim(), context);
        item.Versions.Add(version);
        db.ContentItems.Add(item);
        db.AuditEvents.Add(context.Event(AuditEventType.ContentCreated, SubjectType, item.Id.ToString(), new { item.ContentType, item.TranslationKey, item.Language, version.Slug }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await GuidanceExistsAsync(key, language, cancellationToken))
            {
                return null;
            }

            throw;
        }

        return item;
    }

    /// <summary>Everything that stops a version from being published, in Swedish (the content type's checks). Empty when it may be published.</summary>
    public Task<IReadOnlyList<string>> CheckAsync(ContentItem item, ContentVersion version, CancellationToken cancellationToken = default) =>
        types.Get(item.ContentType).CheckAsync(StoredContent.From(item, version), db, cancellationToken);

    /// <summary>True when publishing needs a second Redaktör's approval (Editor:RequireReview).</summary>
    public bool RequiresReview => options.Value.RequireReview;

    public const string ReviewNeeded = "Versionen måste granskas och godkännas av en annan redaktör innan den kan publiceras.";

    /// <summary>The newest review of the version, or null.</summary>
    public Task<ContentReview?> ReviewOfAsync(Guid itemId, int versionNumber, CancellationToken cancellationToken = default) =>
        db.ContentReviews.AsNoTracking().Where(r => r.ContentItemId == itemId && r.VersionNumber == versionNumber)
            .OrderByDescending(r => r.RequestedUtc).ThenByDescending(r => r.Status == ReviewStatus.Requested).FirstOrDefaultAsync(cancellationToken);

    public Task<bool> IsApprovedAsync(Guid itemId, int versionNumber, CancellationToken cancellationToken = default) =>
        db.ContentReviews.AnyAsync(r => r.ContentItemId == itemId && r.VersionNumber == versionNumber && r.Status == ReviewStatus.Approved, cancellationToken);

    /// <summary>Asks a second Redaktör to review the version; an open request for an older version of the page is replaced.</summary>
    public async Task<ContentReview> RequestReviewAsync(Guid itemId, int versionNumber, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var open = await db.ContentReviews.Where(r => r.ContentItemId == itemId && r.Status == ReviewStatus.Requested).ToListAsync(cancellationToken);
        foreach (var old in open)
        {
            old.Status = ReviewStatus.Replaced;
            old.DecidedUtc = context.NowUtc;
        }

        var review = new ContentReview
        {
            Id = Guid.NewGuid(),
            ContentItemId = itemId,
            VersionNumber = versionNumber,
            Status = ReviewStatus.Requested,
            RequestedUtc = context.NowUtc,
            RequestedBy = context.Actor,
        };
        db.ContentReviews.Add(review);
        db.AuditEvents.Add(context.Event(AuditEventType.ContentReviewRequested, SubjectType, itemId.ToString(), new { VersionNumber = versionNumber, Replaced = open.Count }));
        await db.SaveChangesAsync(cancellationToken);
        return review;
    }

    /// <summary>
    /// The reviewer's decision on an open request: approve, or send back with a comment (the context's reason). Null
    /// when done; otherwise why not, in Swedish (the reviewer wrote or asked for the change, or it is no longer open).
    /// </summary>
    public async Task<string?> DecideReviewAsync(Guid itemId, int versionNumber, bool approve, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var review = await db.ContentReviews.Where(r => r.ContentItemId == itemId && r.VersionNumber == versionNumber && r.Status == ReviewStatus.Requested)
            .SingleOrDefaultAsync(cancellationToken);
        if (review is null)
        {
            return "Det finns ingen öppen begäran om granskning av den versionen.";
        }

        var author = await db.ContentVersions.Where(v => v.ContentItemId == itemId && v.VersionNumber == versionNumber).Select(v => v.CreatedBy).SingleAsync(cancellationToken);
        if (review.RequestedBy == context.Actor || author == context.Actor)
        {
            return "Du har själv gjort eller skickat ändringen. En annan redaktör måste granska den.";
        }

        if (!approve && string.IsNullOrWhiteSpace(context.Reason))
        {
            return "Skriv vad som behöver ändras.";
        }

        review.Status = approve ? ReviewStatus.Approved : ReviewStatus.SentBack;
        review.DecidedUtc = context.NowUtc;
        review.DecidedBy = context.Actor;
        review.Comment = approve ? null : context.Reason!.Trim();
        db.AuditEvents.Add(context.Event(approve ? AuditEventType.ContentReviewApproved : AuditEventType.ContentReviewSentBack, SubjectType, itemId.ToString(), new { VersionNumber = versionNumber, RequestedBy = review.RequestedBy }));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// Publishes the version after its checks. With Editor:RequireReview the version must be approved, unless
    /// <paramref name="urgent"/> (an Administratör's urgent correction, audited with its reason as such).
    /// </summary>
    public async Task<PublishResult> PublishAsync(Guid itemId, int versionNumber, ProcessContext context, bool urgent = false, CancellationToken cancellationToken = default)
    {
        var item = await LoadAsync(itemId, cancellationToken) ?? throw new InvalidOperationException($"No content item {itemId}.");
        var version = item.Versions.SingleOrDefault(v => v.VersionNumber == versionNumber);
        if (version is null)
        {
            return new PublishResult.Refused([$"Version {versionNumber} finns inte."]);
        }

        var problems = await CheckAsync(item, version, cancellationToken);
        if (problems.Count > 0)
        {
            return new PublishResult.Refused(problems);
        }

        if (RequiresReview && !urgent && !await IsApprovedAsync(itemId, versionNumber, cancellationToken))
        {
            return new PublishResult.Refused([ReviewNeeded]);
        }

        var previous = item.Versions.SingleOrDefault(v => v.IsPublished);
        await InTransactionAsync(async () =>
        {
            // Clear the old flag first: the unique filtered index allows one published version per item at any moment.
            await db.ContentVersions.Where(v => v.ContentItemId == itemId && v.IsPublished && v.Id != version.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.IsPublished, false), cancellationToken);
            if (previous is not null && previous != version)
            {
                db.Entry(previous).Property(v => v.IsPublished).OriginalValue = false;
                previous.IsPublished = false;
            }

            version.IsPublished = true;
            version.PublishedUtc = context.NowUtc;
            version.PublishedBy = context.Actor;
            if (item.ContentType == GuidanceContent.TypeName)
            {
                var language = Languages.Get(item.Language);
                var oldPath = previous is null ? null : ContentRedirects.NormalizePath(language.PageUrl(previous.Slug));
                await ContentRedirects.RecordPublishedAsync(db, itemId, oldPath, ContentRedirects.NormalizePath(language.PageUrl(version.Slug))!, context, cancellationToken);
            }

            db.AuditEvents.Add(context.Event(AuditEventType.ContentPublished, SubjectType, itemId.ToString(), new
            {
                item.ContentType,
                item.TranslationKey,
                item.Language,
                version.VersionNumber,
                PreviousVersion = previous?.VersionNumber,
                version.Slug,
                Urgent = urgent,
            }));
            if (urgent)
            {
                db.AuditEvents.Add(context.Event(AuditEventType.ContentPublishedUrgently, SubjectType, itemId.ToString(), new { version.VersionNumber, Reviewed = await IsApprovedAsync(itemId, versionNumber, cancellationToken) }));
            }

            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

        content.Invalidate();
        return new PublishResult.Published(version);
    }

    /// <summary>
    /// Takes the page off the public site; its versions stay in the history, and its address (and every address that
    /// led to it) answers that the page is removed. The reason is the context's <see cref="ProcessContext.Reason"/>.
    /// </summary>
    public async Task<bool> UnpublishAsync(Guid itemId, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var item = await LoadAsync(itemId, cancellationToken) ?? throw new InvalidOperationException($"No content item {itemId}.");
        var published = item.Versions.SingleOrDefault(v => v.IsPublished);
        if (published is null)
        {
            return false;
        }

        await InTransactionAsync(async () =>
        {
            published.IsPublished = false;
            db.AuditEvents.Add(context.Event(AuditEventType.ContentUnpublished, SubjectType, itemId.ToString(), new { item.ContentType, item.TranslationKey, item.Language, published.VersionNumber }));
            if (item.ContentType == GuidanceContent.TypeName)
            {
                var path = ContentRedirects.NormalizePath(Languages.Get(item.Language).PageUrl(published.Slug))!;
                await ContentRedirects.RecordUnpublishedAsync(db, itemId, path, context, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        content.Invalidate();
        return true;
    }

    /// <summary>Plans a publish; a newer plan for the same page replaces the older one.</summary>
    public async Task<ContentSchedule> ScheduleAsync(Guid itemId, int versionNumber, DateTime publishAtUtc, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var pending = await db.ContentSchedules.Where(s => s.ContentItemId == itemId && s.Status == ScheduleStatus.Scheduled).ToListAsync(cancellationToken);
        foreach (var old in pending)
        {
            old.Status = ScheduleStatus.Cancelled;
            old.CompletedUtc = context.NowUtc;
            old.Outcome = "Ersatt av en ny planerad publicering.";
        }

        var schedule = new ContentSchedule
        {
            Id = Guid.NewGuid(),
            ContentItemId = itemId,
            VersionNumber = versionNumber,
            PublishAtUtc = publishAtUtc,
            Status = ScheduleStatus.Scheduled,
            CreatedUtc = context.NowUtc,
            CreatedBy = context.Actor,
        };
        db.ContentSchedules.Add(schedule);
        db.AuditEvents.Add(context.Event(AuditEventType.ContentPublishScheduled, SubjectType, itemId.ToString(), new { versionNumber, PublishAtUtc = publishAtUtc, Replaced = pending.Count }));
        await db.SaveChangesAsync(cancellationToken);
        return schedule;
    }

    public async Task<bool> CancelScheduleAsync(Guid itemId, ProcessContext context, CancellationToken cancellationToken = default)
    {
        var pending = await db.ContentSchedules.Where(s => s.ContentItemId == itemId && s.Status == ScheduleStatus.Scheduled).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return false;
        }

        foreach (var schedule in pending)
        {
            schedule.Status = ScheduleStatus.Cancelled;
            schedule.CompletedUtc = context.NowUtc;
            schedule.Outcome = "Avbruten av " + context.Actor;
        }

        db.AuditEvents.Add(context.Event(AuditEventType.ContentScheduleCancelled, SubjectType, itemId.ToString(), new { Versions = pending.Select(p => p.VersionNumber).ToList() }));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await work();
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await work();
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Moves the latest flag from <paramref name="latest"/> to <paramref name="version"/> with a conditional update, so
    /// of two editors saving on the same base only the first succeeds. False when someone else got there first.
    /// </summary>
    private async Task<bool> AddLatestAsync(
        ContentItem item, ContentVersion latest, ContentVersion version, AuditEventType eventType, object payload, ProcessContext context, CancellationToken cancellationToken)
    {
        var saved = false;
        try
        {
            await InTransactionAsync(async () =>
            {
                var moved = await db.ContentVersions.Where(v => v.Id == latest.Id && v.IsLatest)
                    .ExecuteUpdateAsync(s => s.SetProperty(v => v.IsLatest, false), cancellationToken);
                if (moved != 1)
                {
                    return;
                }

                db.Entry(latest).Property(v => v.IsLatest).OriginalValue = false;
                latest.IsLatest = false;
                item.Versions.Add(version);
                db.ContentVersions.Add(version);
                db.AuditEvents.Add(context.Event(eventType, SubjectType, item.Id.ToString(), payload));
                await db.SaveChangesAsync(cancellationToken);
                saved = true;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The version number was taken by a concurrent save: the same conflict as above.
            return false;
        }

        return saved;
    }

    /// <summary>Someone else saved first: forget this attempt and answer with their latest version.</summary>
    private async Task<EditResult> ConflictAsync(Guid itemId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = await db.ContentVersions.AsNoTracking().SingleAsync(v => v.ContentItemId == itemId && v.IsLatest, cancellationToken);
        return new EditResult.Conflict(now);
    }

    private static ContentVersion NewVersion(ContentItem item, ContentVersion? latest, EditorDraft draft, string changeNote, ProcessContext context) =>
        ContentVersion.Create(item.Id, (latest?.VersionNumber ?? 0) + 1, draft.Metadata, NormalizeBody(draft.Body), null, publish: false, changeNote, context);

    /// <summary>Line endings as in the content/ files, and one closing newline, so saves and exports compare equal.</summary>
    public static string NormalizeBody(string body) => body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";

    private static void Require(List<FieldProblem> problems, string field, string value, string message, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, message));
        }
        else if (value.Trim().Length > max)
        {
            problems.Add(new(field, $"Texten får vara högst {max} tecken."));
        }
    }
}
