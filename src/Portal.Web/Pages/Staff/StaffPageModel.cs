using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Theme;
using Portal.Web.Hosting;
using Portal.Web.Localization;

namespace Portal.Web.Pages.Staff;

/// <summary>The staff pages' common ground: Swedish, never indexed, never cached, with the staff navigation.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public abstract class StaffPageModel : PageModel
{
    public List<ErrorSummaryItem> Errors { get; } = [];

    public ErrorSummary ErrorSummary => new(Errors);

    public string? ErrorFor(string fieldId) => Errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;

    protected void AddError(string fieldId, string label, string message) => Errors.Add(new ErrorSummaryItem(fieldId, label, message));

    protected void SetLayout(string title) =>
        ViewData[PageLayout.ViewDataKey] = LayoutFactory.Create(Languages.Swedish, title, languageLinks: [], noIndex: true);

    protected string? ClientAddress => HttpContext.Connection.RemoteIpAddress?.ToString();

    /// <summary>A local return address only; anything else goes to the staff start page.</summary>
    protected string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith("/personal/logga", StringComparison.Ordinal) ? returnUrl : "/personal";
}

/// <summary>One FKUI text field: label, optional hint and error inside the label, as FKUI does it.</summary>
public sealed record TextFieldView(string Id, string Name, string Label, string? Value = null, string? Error = null, string Type = "text", string? Autocomplete = null, string? Hint = null, int MaxLength = 200, string? InputMode = null);
