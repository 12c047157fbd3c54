namespace Portal.Web.Platform.Data;

/// <summary>
/// The one-time fills of stored facts after an upgrade (the meeting lists', follow-up's) read and write a batch at a
/// time, so the memory they hold is one batch, whatever the size of the audit log or the number of meetings.
/// </summary>
public static class Backfill
{
    /// <summary>The setting for the rows per batch (tests set it low to cross many batch boundaries).</summary>
    public const string BatchSizeKey = "Upgrade:BackfillBatchSize";

    public const int DefaultBatchSize = 500;

    public static int BatchSize(IConfiguration configuration) => Math.Max(1, configuration.GetValue(BatchSizeKey, DefaultBatchSize));
}
