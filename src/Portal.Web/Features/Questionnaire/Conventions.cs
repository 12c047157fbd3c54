using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire;

/// <summary>
/// Who may open the questionnaire: anyone may open an invitation link and be told when it does not work; the form
/// itself only the person who confirmed who they are for that invitation.
/// </summary>
public static class QuestionnaireConventions
{
    /// <summary>The pages of the invitation, which exist in Swedish, English and lättläst.</summary>
    public static readonly IReadOnlyList<string> InvitationPages =
        ["/Questionnaire/Form/Invitation", "/Questionnaire/Form/OtherTime", "/Questionnaire/Form/Decline", "/Questionnaire/Form/WithoutMeeting", "/Questionnaire/Form/Consent"];

    public static void Apply(PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToPage("/Questionnaire/Open");
        conventions.AllowAnonymousToPage("/Questionnaire/LinkNotValid");
        // The end of the e-legitimation: it signs the person in, or says why not.
        conventions.AllowAnonymousToPage("/Questionnaire/SignInReturn");
        conventions.AuthorizeFolder("/Questionnaire/Form", CitizenAccess.Policy);
        // In English too: /en/mote/{token}, /en/formular/... (the Swedish invitation link /mote/{token} is unchanged).
        conventions.AddLanguageRoutesToFolder("/Questionnaire", Languages.English);
        // The invitation and the pages for another time and for declining are in lättläst as well (the questionnaire
        // itself is not: from there a lättläst reader goes on in Swedish).
        foreach (var page in InvitationPages)
        {
            conventions.AddLanguageRoutes(page, new LanguageRoute(Languages.EasySwedish));
        }
    }
}
