using Microsoft.AspNetCore.Mvc.ApplicationModels;

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
        conventions.AuthorizeFolder("/Questionnaire/Form", CitizenAccess.Policy);
    }
}
