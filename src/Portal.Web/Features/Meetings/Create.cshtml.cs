using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Platform.Auditing;
using Portal.Web.Platform.Security;
using Portal.Web.Platform.Time;
using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.Meetings;

/// <summary>Creates a meeting with its invitation, then shows the personal link and a text to send or print (once).</summary>
public sealed class CreateModel(MeetingService meetings, AfParticipants afParticipants, TimeProvider time) : StaffPageModel
{
    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public string? Link { get; private set; }

    public string? InvitationText { get; private set; }

    public Guid? CreatedId { get; private set; }

    /// <summary>The handläggare at Arbetsförmedlingen who can be named (omställningsmöte and gemensam kartläggning).</summary>
    public IReadOnlyList<AfParticipants.Choice> AfChoices { get; private set; } = [];

    /// <summary>Nothing is chosen in advance: the handläggare picks the type and the channel.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SetLayout("Nytt möte");
        AfChoices = await afParticipants.ListAsync(time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SetLayout("Nytt möte");
        var now = time.GetUtcNow().UtcDateTime;
        AfChoices = await afParticipants.ListAsync(now, cancellationToken);
        var input = Input.Validate(now, AddError);
        if (input is not null)
        {
            input = await afParticipants.WithParticipantAsync(input, Input.AfCaseOfficer, AddError, cancellationToken);
        }

        if (input is null)
        {
            Input.Personnummer = null;
            return Page();
        }

        var (meeting, token) = await meetings.CreateAsync(
            input with { CaseOfficerId = User.StaffId()! },
            new ProcessContext(User.StaffActor(), now, null, ClientAddress),
            cancellationToken: cancellationToken);
        CreatedId = meeting.Id;
        Link = Questionnaire.InvitationLink.Absolute(HttpContext, token);
        InvitationText = Text(meeting, Link);
        SetLayout("Mötet är skapat");
        return Page();
    }

    public static string Text(Meeting meeting, string link)
    {
        var local = StockholmTime.ToLocal(meeting.StartsAtUtc);
        var sv = CultureInfo.GetCultureInfo("sv-SE");
        return $"""
            Hej!

            Du är välkommen till ett {MeetingTypes.Name(meeting.Type)} med Försäkringskassan och Arbetsförmedlingen {local.ToString("dddd d MMMM yyyy 'kl.' HH:mm", sv)} ({MeetingChannels.Name(meeting.Channel)}).

            Före mötet kan du berätta vad du behöver och vad du vill prata om. Det tar ungefär 10 minuter och är frivilligt. Öppna din personliga länk och skriv ditt personnummer:

            {link}

            Länken är bara till dig. Den slutar fungera efter mötet.

            Välkommen!
            """;
    }
}
