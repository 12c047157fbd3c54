namespace Portal.Web.Features.Meetings;

/// <summary>
/// E-mail reminders (section "Reminders"). Without Smtp:Host the portal offers no reminders and stores no address.
/// </summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>How often the sender looks for reminders that are due.</summary>
    public int PollSeconds { get; set; } = 60;

    /// <summary>How long one instance's claim on a reminder holds before another instance may take it over.</summary>
    public int ClaimMinutes { get; set; } = 5;

    /// <summary>Whether reminders are offered and sent: an SMTP server is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Smtp.Host);

    public sealed class SmtpOptions
    {
        /// <summary>The SMTP server; empty turns reminders off.</summary>
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        /// <summary>"starttls" (default), "tls" (implicit TLS, usually port 465) or "none" (only for a server on the same host or a test sink).</summary>
        public string Security { get; set; } = "starttls";

        public string? UserName { get; set; }

        public string? Password { get; set; }

        /// <summary>The sender address, for example no-reply@omstallning.myndigheten.se.</summary>
        public string? From { get; set; }

        public string FromName { get; set; } = "Omställningsportalen";
    }
}
