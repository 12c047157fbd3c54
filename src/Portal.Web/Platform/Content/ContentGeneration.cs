using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Portal.Web.Platform.Content;

/// <summary>
/// The one row that says which state of the published content the database holds. Every change of what is public
/// or planned (publish, unpublish, a planned publish, an import) gives it a new <see cref="Stamp"/> in the same
/// transaction (<see cref="MarkIfChanged"/>, called by the context's SaveChanges), and each app instance compares the
/// stamp it loaded with the row (<see cref="ContentChangeWatcher"/>). A new random stamp rather than a counter: two
/// instances publishing at once both write, neither reads first, and the stamp that stays differs from every earlier one.
/// </summary>
public sealed class ContentGeneration
{
    public const int RowId = 1;

    public int Id { get; set; }

    public Guid Stamp { get; set; }

    /// <summary>The stamp the database starts with (the migration inserts the row).</summary>
    public static readonly Guid Initial = new("00000000-0000-0000-0000-000000000001");

    /// <summary>
    /// When the tracked changes alter what is published or planned, adds a new stamp to them, so it is written by the
    /// same SaveChanges, in the same transaction. Drafts and other saves leave the stamp alone.
    /// </summary>
    public static void MarkIfChanged(DbContext db)
    {
        if (!db.ChangeTracker.Entries().Any(ChangesPublished))
        {
            return;
        }

        var row = db.ChangeTracker.Entries<ContentGeneration>().FirstOrDefault()?.Entity;
        if (row is null)
        {
            row = new ContentGeneration { Id = RowId };
            db.Attach(row);
        }

        row.Stamp = Guid.NewGuid();
        db.Entry(row).Property(g => g.Stamp).IsModified = true;
    }

    private static bool ChangesPublished(EntityEntry entry) => entry.State switch
    {
        EntityState.Added => entry.Entity switch
        {
            ContentVersion version => version.IsPublished,
            ContentSchedule => true,
            _ => false,
        },
        EntityState.Modified => entry.Entity switch
        {
            ContentVersion => entry.Property(nameof(ContentVersion.IsPublished)).IsModified,
            ContentSchedule => true,
            _ => false,
        },
        EntityState.Deleted => entry.Entity is ContentItem or ContentVersion or ContentSchedule,
        _ => false,
    };
}
