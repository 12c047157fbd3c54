namespace Portal.Web.Platform.Hosting;

/// <summary>The loop of the background jobs that run a round now and then on every tick (retention, scheduled publishing, reminders).</summary>
public static class PeriodicJob
{
    /// <summary>
    /// Runs <paramref name="round"/> at once and then every <paramref name="interval"/> until the app stops. A failed
    /// round is logged as <paramref name="failure"/> and the next tick tries again.
    /// </summary>
    public static async Task RunAsync(TimeSpan interval, TimeProvider time, ILogger logger, string failure, Func<CancellationToken, Task> round, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await round(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
#pragma warning disable CA2254 // The message is one of the jobs' fixed texts, not built from data.
                logger.LogError(ex, failure);
#pragma warning restore CA2254
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
