using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Portal.Web.Features.Meetings;

/// <summary>Sends one plain-text e-mail with MailKit over the configured SMTP server (Reminders:Smtp).</summary>
public sealed class SmtpMailer(IOptions<ReminderOptions> options)
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        var host = smtp.Host ?? throw new InvalidOperationException("Reminders:Smtp:Host is not set.");
        var from = smtp.From ?? throw new InvalidOperationException("Reminders:Smtp:From is not set.");
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.FromName, from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        using var client = new SmtpClient();
        var security = smtp.Security switch
        {
            "none" => SecureSocketOptions.None,
            "tls" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(host, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    /// <summary>Whether the text is one e-mail address a person could have meant (name@domain.tld, no display name).</summary>
    public static bool IsAddress(string text) =>
        text.Length <= MaxAddressLength
        && MailboxAddress.TryParse(text, out var mailbox)
        && mailbox.Name is null or ""
        && mailbox.Address == text
        && text.IndexOf('@', StringComparison.Ordinal) is > 0 and var at
        && text.IndexOf('.', at) > at + 1
        && !text.EndsWith('.')
        && !text.Any(char.IsWhiteSpace);

    public const int MaxAddressLength = 254;
}
