using Portal.Web.Platform.Hosting;

namespace Portal.Web.Features.Questionnaire;

/// <summary>The personal invitation link (/mote/{token}) as it leaves the portal: absolute, from PublicAddress:BaseUrl.</summary>
public static class InvitationLink
{
    /// <summary>The page the link opens: the person confirms who they are there.</summary>
    public const string PageName = "/Questionnaire/Open";

    public static string Absolute(HttpContext context, string token)
    {
        var services = context.RequestServices;
        var path = services.GetRequiredService<LinkGenerator>().GetPathByPage(PageName, values: new { token })
            ?? throw new InvalidOperationException($"The page {PageName} has no address.");
        return services.GetRequiredService<PublicAddress>().Absolute(path);
    }
}
