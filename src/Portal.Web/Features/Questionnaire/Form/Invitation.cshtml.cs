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
public sealed class InvitationModel(PortalDbContext db, InvitationService invitations, ReminderService reminders, SavedSgiAnswers savedSgi, PublicAddress address, TimeProvider time)
    : InvitationPageModel(db, invitations, time)
{
    [BindProperty]
    public string? Answer { get; set; }

    /// <summary>The e-mail address the person types for reminders.</summary>
    [BindProperty]
    public string? ReminderEmail { get; set; }

    /// <summary>Whether reminders are offered (an SMTP server is configured).</summary>
    public bool RemindersOffered => reminders.Enabled;

    /// <summary>The address reminders go to, if the person asked for them.</summary>
    public string? ReminderAddress { get; private set; }

    /// <summary>"sparad" or "stoppad" after a change to the reminders.</summary>
    [FromQuery(Name = "paminnelse")]
    public string? ReminderDone { get; set; }

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

    /// <summary>Reminders by e-mail to the address given, for this meeting only; a wrong address is explained and nothing is stored.</summary>
    public async Task<IActionResult> OnPostReminderAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (!reminders.Enabled || Meeting.IsCancelled)
        {
            return Refused();
        }

        // The deadline of the SGI-skyddskoll result saved in this browser, if any, for the reminder on that day.
        var today = Portal.Web.Platform.Time.StockholmTime.DateOf(NowUtc);
        var deadline = savedSgi.Read(HttpContext) is { } check ? Portal.SgiCheck.SgiChecker.Evaluate(check.Answers, today).Deadline : null;
        if (!await reminders.RequestAsync(Meeting.Id, ReminderEmail, Language.Code, deadline, Context("Påminnelser via e-post"), cancellationToken))
        {
            AddError("reminder-email", Text.ReminderEmailLabel, Text.ReminderEmailInvalid);
            Answer = Invitation.Answer;
            return await ShowAsync(cancellationToken);
        }

        return Redirect(Url.PageIn(Language, "/Questionnaire/Form/Invitation", new { invitationId = InvitationId, paminnelse = "sparad" }));
    }

    /// <summary>No more reminders: the address is deleted.</summary>
    public async Task<IActionResult> OnPostStopReminderAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        await reminders.StopAsync(Meeting.Id, Context("Slutar med påminnelser"), cancellationToken);
        return Redirect(Url.PageIn(Language, "/Questionnaire/Form/Invitation", new { invitationId = InvitationId, paminnelse = "stoppad" }));
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
        ReminderAddress = reminders.Enabled ? await reminders.AddressAsync(Meeting.Id, cancellationToken) : null;
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
