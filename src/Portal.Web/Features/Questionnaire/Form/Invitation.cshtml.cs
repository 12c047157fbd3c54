using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Features.Meetings;
using Portal.Web.Features.SgiCheck;
using Portal.Web.Platform.Data;
using Portal.Web.Platform.Hosting;
using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Questionnaire.Form;

/// <summary>
/// The invitation after the person has confirmed who they are: the meeting (type, time, channel, who takes part, what
/// it is for, that it is voluntary, the practicalities) and the three answers, changeable until the cut-off. A
/// cancelled meeting says so instead. The meeting's calendar file is <c>?handler=kalender</c>.
/// </summary>
public sealed class InvitationModel(PortalDbContext db, InvitationService invitations, PublicAddress address, TimeProvider time)
    : InvitationPageModel(db, invitations, time)
{
    [BindProperty]
    public string? Answer { get; set; }

    /// <summary>The offered time the meeting holds, if the person picked one.</summary>
    public BookableTime? BookedTime { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        Answer = Invitation.Answer;
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (!CanAnswer)
        {
            return await ShowAsync(cancellationToken);
        }

        switch (Answer)
        {
            case InvitationAnswers.Coming:
                var outcome = await Invitations.AnswerAsync(InvitationId, InvitationAnswers.Coming, null, null, Context("Svar på inbjudan"), cancellationToken);
                return outcome == InvitationService.Outcome.Saved ? Redirect(QuestionnaireUrl) : Refused();
            case InvitationAnswers.OtherTime:
                return Redirect(FormUrl("/Questionnaire/Form/OtherTime"));
            case InvitationAnswers.Declined:
                return Redirect(FormUrl("/Questionnaire/Form/Decline"));
            default:
                AddError("answer", Text.AnswerLegend, Text.ChooseOne);
                Answer = null;
                return await ShowAsync(cancellationToken);
        }
    }

    /// <summary>The meeting as a calendar file: time, type, channel, the video link or address, never anything about the person.</summary>
    public async Task<IActionResult> OnGetKalenderAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        var file = MeetingCalendar.File(Meeting, Language, address.Absolute("/"), new DateTimeOffset(NowUtc, TimeSpan.Zero));
        return File(file, IcsCalendar.ContentType, string.Create(CultureInfo.InvariantCulture, $"mote-{Portal.Web.Platform.Time.StockholmTime.ToLocal(Meeting.StartsAtUtc):yyyy-MM-dd}.ics"));
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        BookedTime = await Invitations.BookedTimeAsync(Meeting.Id, cancellationToken);
        SetLayout(Meeting.IsCancelled ? Text.CancelledTitle : Text.Title);
        return Page();
    }
}

/// <summary>The meeting's calendar file in the reader's language (also used for a moved meeting: same UID, higher SEQUENCE).</summary>
public static class MeetingCalendar
{
    public static byte[] File(Meeting meeting, Language language, string portalAddress, DateTimeOffset now)
    {
        var text = InvitationText.For(language);
        var english = language == Languages.English;
        var summary = (english ? "Meeting: " : "Möte: ") + MeetingTypes.Name(meeting.Type, english);
        var how = meeting.Channel switch
        {
            MeetingChannels.Video => meeting.VideoLink is { Length: > 0 } link ? text.VideoWithLink + " " + link : text.VideoWithoutLink,
            MeetingChannels.Phone => text.PhoneText,
            _ => meeting.Address is { Length: > 0 } place ? text.OnSiteWithAddress + " " + place : text.OnSiteWithoutAddress,
        };
        var description = string.Join("\n", new[]
        {
            InvitationText.Format(text.Invited, MeetingTypes.Name(meeting.Type, english)),
            how,
            text.ContactHeading + ": " + (meeting.ContactRoute is { Length: > 0 } contact ? contact : text.ContactDefault),
            portalAddress,
        });
        var location = meeting.Channel switch
        {
            MeetingChannels.Video => meeting.VideoLink,
            MeetingChannels.OnSite => meeting.Address,
            _ => null,
        };
        return IcsCalendar.ForMeeting(meeting.StartsAtUtc, InvitationService.MeetingLength, summary, description, location, "meeting|" + meeting.Id, meeting.TimeVersion, meeting.IsCancelled, now);
    }
}
