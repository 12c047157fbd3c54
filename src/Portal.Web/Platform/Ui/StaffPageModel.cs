using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Theme;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Platform.Ui;

/// <summary>The staff pages' common ground: Swedish, never indexed, never cached, with the staff navigation.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public abstract class StaffPageModel : PageModel
{
    public List<ErrorSummaryItem> Errors { get; } = [];

    public ErrorSummary ErrorSummary => new(Errors);

    public string? ErrorFor(string fieldId) => Errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;

    protected void AddError(string fieldId, string label, string message) => Errors.Add(new ErrorSummaryItem(fieldId, label, message));

    protected void SetLayout(string title) =>
        ViewData[PageLayout.ViewDataKey] = LayoutFactory.Create(Languages.Swedish, title, languageLinks: [], noIndex: true, staff: true);

    protected string? ClientAddress => HttpContext.Connection.RemoteIpAddress?.ToString();

    /// <summary>A local return address only; anything else goes to the staff start page.</summary>
    /// <remarks>
    /// Characters outside ASCII (<c>/å</c>) are percent-encoded, since a Location header carries ASCII only; a control
    /// character sends the person to the start page.
    /// </remarks>
    protected string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl)
            && !returnUrl.StartsWith(Url.Page("/StaffAccounts/SignIn")!, StringComparison.Ordinal)
            && !returnUrl.StartsWith(Url.Page("/StaffAccounts/SignOut")!, StringComparison.Ordinal)
            && AsciiLocation(returnUrl) is { } location
            ? location
            : Url.Page("/StaffAccounts/Index")!;

    private static string? AsciiLocation(string url)
    {
        var result = new System.Text.StringBuilder(url.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (System.Text.Rune.IsControl(rune))
            {
                return null;
            }

            if (rune.IsAscii)
            {
                result.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return result.ToString();
    }
}

/// <summary>One FKUI text field: label, optional hint and error inside the label, as FKUI does it.</summary>
public sealed record TextFieldView(string Id, string Name, string Label, string? Value = null, string? Error = null, string Type = "text", string? Autocomplete = null, string? Hint = null, int MaxLength = 200, string? InputMode = null);
