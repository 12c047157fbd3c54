namespace Portal.Web.Hosting;

/// <summary>The FKUI error summary at the top of a form: one link per field that needs correcting.</summary>
public sealed record ErrorSummary(string Heading, IReadOnlyList<ErrorSummaryItem> Errors);

public sealed record ErrorSummaryItem(string FieldId, string Label, string Message);
