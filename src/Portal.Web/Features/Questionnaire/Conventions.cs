using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire;

/// <summary>
/// Who may open the questionnaire: anyone may open an invitation link and be told when it does not work; the form
/// itself only the person who confirmed who they are for that invitation.
/// </summary>
public static class QuestionnaireConventions
{
    public static void Apply(PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToPage("/Questionnaire/Open");
        conventions.AllowAnonymousToPage("/Questionnaire/LinkNotValid");
        // The end of the e-legitimation: it signs the person in, or says why not.
        conventions.AllowAnonymousToPage("/Questionnaire/SignInReturn");
        conventions.AuthorizeFolder("/Questionnaire/Form", CitizenAccess.Policy);
        // In English too: /en/mote/{token}, /en/formular/... (the Swedish invitation link /mote/{token} is unchanged).
        conventions.AddLanguageRoutesToFolder("/Questionnaire", Languages.English);
    }
}
