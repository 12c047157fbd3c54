namespace Portal.Web.Platform.Content;

public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>Where the content/ baseline is read from. Defaults to the copy next to the application.</summary>
    public string? SourceDirectory { get; set; }

    /// <summary>Import content/ on start-up (idempotent).</summary>
    public bool ImportOnStartup { get; set; } = true;

    /// <summary>How often each instance looks for content changes made by other instances.</summary>
    public int ChangePollMilliseconds { get; set; } = 1000;

    /// <summary>How often each instance looks for planned publications that are due (at least 1 s).</summary>
    public int SchedulePollSeconds { get; set; } = 30;

    public string ResolveSourceDirectory() =>
        string.IsNullOrWhiteSpace(SourceDirectory) ? Path.Combine(AppContext.BaseDirectory, "content") : SourceDirectory;
}
