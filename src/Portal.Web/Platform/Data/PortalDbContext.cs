using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Web.Features.Editor;
using Portal.Web.Features.Feedback;
using Portal.Web.Features.Meetings;
using Portal.Web.Features.Questionnaire;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Content;
using Portal.Web.Platform.Privacy;
using Portal.Web.Platform.Security;

namespace Portal.Web.Platform.Data;

/// <summary>
/// The portal's one database context. SQLite (the embedded default) uses this type and the migrations in
/// <c>Data/Migrations</c>; PostgreSQL uses <see cref="PostgresPortalDbContext"/>, the same model with its own migrations.
/// </summary>
public class PortalDbContext : IdentityDbContext<StaffUser, IdentityRole, string>
{
    public PortalDbContext(DbContextOptions<PortalDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider-specific subclass, which brings its own options type and migration set.</summary>
    protected PortalDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<ContentItem> ContentItems => Set<ContentItem>();

    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();

    public DbSet<ContentSchedule> ContentSchedules => Set<ContentSchedule>();

    public DbSet<ContentRedirect> ContentRedirects => Set<ContentRedirect>();

    public DbSet<PageFeedback> PageFeedback => Set<PageFeedback>();

    public DbSet<ContentReview> ContentReviews => Set<ContentReview>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();

    public DbSet<AppSecret> AppSecrets => Set<AppSecret>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<QuestionnaireResponse> QuestionnaireResponses => Set<QuestionnaireResponse>();

    public DbSet<ResponseSubmission> ResponseSubmissions => Set<ResponseSubmission>();

    public DbSet<MeetingNote> MeetingNotes => Set<MeetingNote>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // All instants are stored as UTC; SQLite loses DateTimeKind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        var modelBuilder = builder;
        // The Identity tables (AspNetUsers, AspNetRoles, ...) for staff accounts.
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<StaffUser>().Property(x => x.DisplayName).HasMaxLength(200);

        modelBuilder.Entity<ContentItem>(item =>
        {
            item.ToTable("ContentItems");
            item.HasKey(x => x.Id);
            item.Property(x => x.ContentType).HasMaxLength(40);
            item.Property(x => x.TranslationKey).HasMaxLength(100);
            item.Property(x => x.Language).HasMaxLength(20);
            item.HasIndex(x => new { x.ContentType, x.TranslationKey, x.Language }).IsUnique();
            item.HasMany(x => x.Versions).WithOne(x => x.Item).HasForeignKey(x => x.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ContentVersion>(version =>
        {
            version.ToTable("ContentVersions");
            version.HasKey(x => x.Id);
            version.Property(x => x.Slug).HasMaxLength(200);
            version.Property(x => x.Title).HasMaxLength(300);
            version.Property(x => x.Summary).HasMaxLength(1000);
            version.Property(x => x.Section).HasMaxLength(100);
            version.Property(x => x.Owner).HasMaxLength(200);
            version.Property(x => x.RelatedKeys).HasMaxLength(1000);
            version.Property(x => x.SourceHash).HasMaxLength(64);
            version.Property(x => x.CreatedBy).HasMaxLength(200);
            version.Property(x => x.PublishedBy).HasMaxLength(200);
            version.Property(x => x.ChangeNote).HasMaxLength(500);
            version.HasIndex(x => new { x.ContentItemId, x.VersionNumber }).IsUnique();
            // At most one published and one latest version per item, enforced by the database.
            version.HasIndex(x => x.ContentItemId, "IX_ContentVersions_Published").IsUnique().HasFilter("\"IsPublished\"");
            version.HasIndex(x => x.ContentItemId, "IX_ContentVersions_Latest").IsUnique().HasFilter("\"IsLatest\"");
        });

        modelBuilder.Entity<ContentSchedule>(schedule =>
        {
            schedule.ToTable("ContentSchedules");
            schedule.HasKey(x => x.Id);
            schedule.Property(x => x.Status).HasMaxLength(20);
            schedule.Property(x => x.CreatedBy).HasMaxLength(200);
            schedule.Property(x => x.Outcome).HasMaxLength(1000);
            schedule.HasIndex(x => new { x.Status, x.PublishAtUtc });
            schedule.HasIndex(x => x.ContentItemId);
            schedule.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ContentRedirect>(redirect =>
        {
            redirect.ToTable("ContentRedirects");
            redirect.HasKey(x => x.Id);
            redirect.Property(x => x.FromPath).HasMaxLength(300);
            redirect.Property(x => x.ToPath).HasMaxLength(300);
            redirect.Property(x => x.CreatedBy).HasMaxLength(200);
            redirect.HasIndex(x => x.FromPath).IsUnique();
            redirect.HasIndex(x => x.ToPath);
        });

        modelBuilder.Entity<PageFeedback>(feedback =>
        {
            feedback.ToTable("PageFeedback");
            feedback.HasKey(x => x.Id);
            feedback.Property(x => x.Comment).HasMaxLength(1000);
            feedback.Property(x => x.HandledBy).HasMaxLength(200);
            feedback.HasIndex(x => new { x.ContentItemId, x.ReceivedOn });
            feedback.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ContentReview>(review =>
        {
            review.ToTable("ContentReviews");
            review.HasKey(x => x.Id);
            review.Property(x => x.Status).HasMaxLength(20);
            review.Property(x => x.RequestedBy).HasMaxLength(200);
            review.Property(x => x.DecidedBy).HasMaxLength(200);
            review.Property(x => x.Comment).HasMaxLength(1000);
            review.HasIndex(x => new { x.ContentItemId, x.VersionNumber });
            review.HasOne<ContentItem>().WithMany().HasForeignKey(x => x.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AuditEvent>(audit =>
        {
            audit.ToTable("AuditEvents");
            audit.HasKey(x => x.Id);
            audit.Property(x => x.EventType).HasMaxLength(100);
            audit.Property(x => x.Actor).HasMaxLength(200);
            audit.Property(x => x.SubjectType).HasMaxLength(100);
            audit.Property(x => x.SubjectId).HasMaxLength(200);
            audit.Property(x => x.Reason).HasMaxLength(500);
            audit.Property(x => x.ClientAddress).HasMaxLength(64);
            audit.HasIndex(x => x.OccurredUtc);
            audit.HasIndex(x => new { x.SubjectType, x.SubjectId });
        });

        modelBuilder.Entity<DataProtectionKeyRow>(key =>
        {
            key.ToTable("DataProtectionKeys");
            key.HasKey(x => x.Id);
            key.Property(x => x.FriendlyName).HasMaxLength(200);
        });

        modelBuilder.Entity<AppSecret>(secret =>
        {
            secret.ToTable("AppSecrets");
            secret.HasKey(x => x.Name);
            secret.Property(x => x.Name).HasMaxLength(100);
        });

        modelBuilder.Entity<Meeting>(meeting =>
        {
            meeting.ToTable("Meetings");
            meeting.HasKey(x => x.Id);
            meeting.Property(x => x.Type).HasMaxLength(40);
            meeting.Property(x => x.Channel).HasMaxLength(20);
            meeting.Property(x => x.CaseOfficerId).HasMaxLength(200);
            meeting.Property(x => x.PersonnummerHash).HasMaxLength(64);
            meeting.Property(x => x.CreatedBy).HasMaxLength(200);
            meeting.Property(x => x.ReadBy).HasMaxLength(200);
            meeting.HasMany(x => x.Notes).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
            meeting.HasIndex(x => x.StartsAtUtc);
            meeting.HasIndex(x => x.CaseOfficerId);
            meeting.HasIndex(x => x.PersonnummerHash);
            meeting.HasOne(x => x.Invitation).WithOne(x => x.Meeting).HasForeignKey<Invitation>(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
            meeting.HasMany<QuestionnaireResponse>().WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<MeetingNote>(note =>
        {
            note.ToTable("MeetingNotes");
            note.HasKey(x => x.Id);
            note.Property(x => x.AuthorId).HasMaxLength(200);
            note.Property(x => x.AuthorName).HasMaxLength(200);
            note.HasIndex(x => x.MeetingId);
        });

        modelBuilder.Entity<Invitation>(invitation =>
        {
            invitation.ToTable("Invitations");
            invitation.HasKey(x => x.Id);
            invitation.Property(x => x.TokenHash).HasMaxLength(64);
            invitation.HasIndex(x => x.TokenHash).IsUnique();
            invitation.HasIndex(x => x.MeetingId).IsUnique();
        });

        modelBuilder.Entity<QuestionnaireResponse>(response =>
        {
            response.ToTable("QuestionnaireResponses");
            response.HasKey(x => x.Id);
            response.Property(x => x.ReferenceNumber).HasMaxLength(20);
            response.Property(x => x.Revision).IsConcurrencyToken();
            response.HasIndex(x => x.MeetingId).IsUnique();
            response.HasMany(x => x.Submissions).WithOne().HasForeignKey(x => x.ResponseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ResponseSubmission>(submission =>
        {
            submission.ToTable("ResponseSubmissions");
            submission.HasKey(x => x.Id);
            submission.HasIndex(x => new { x.ResponseId, x.Number }).IsUnique();
        });
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
