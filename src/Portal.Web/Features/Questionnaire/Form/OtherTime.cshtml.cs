using Microsoft.AspNetCore.Mvc;
using Portal.Web.Features.Meetings;
using Portal.Web.Platform.Data;

namespace Portal.Web.Features.Questionnaire.Form;

/// <summary>
/// "Jag vill ha en annan tid": the free offered times to pick one from (booked at once if still free), or a short
/// wish with another channel or an interpreter, which waits for the handläggare.
/// </summary>
public sealed class OtherTimeModel(PortalDbContext db, InvitationService invitations, TimeProvider time)
    : InvitationPageModel(db, invitations, time)
{
    [BindProperty]
    public Guid? TimeId { get; set; }

    [BindProperty]
    public string? Wish { get; set; }

    [BindProperty]
    public string? WishChannel { get; set; }

    [BindProperty]
    public bool Interpreter { get; set; }

    public IReadOnlyList<BookableTime> FreeTimes { get; private set; } = [];

    /// <summary>Set when the time the person picked was taken or withdrawn a moment before.</summary>
    public string? TimeMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (!CanAnswer)
        {
            return Refused();
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostBookAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (TimeId is not { } timeId)
        {
            AddError("time", Text.FreeTimes, Text.ChooseTime);
            return await ShowAsync(cancellationToken);
        }

        var outcome = await Invitations.BookAsync(InvitationId, timeId, Context("Bokar en annan tid"), cancellationToken);
        switch (outcome)
        {
            case InvitationService.Outcome.Saved:
                return Redirect(FormUrl());
            case InvitationService.Outcome.TimeTaken:
                TimeMessage = Text.TimeTaken;
                break;
            case InvitationService.Outcome.TimeNotOffered:
                TimeMessage = Text.TimeGone;
                break;
            default:
                return Refused();
        }

        TimeId = null;
        AddError("time", Text.FreeTimes, TimeMessage);
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostWishAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        var wish = Wish?.Trim();
        if (string.IsNullOrEmpty(wish))
        {
            AddError("wish", Text.WishLabel, Text.WishRequired);
        }
        else if (wish.Length > DeclineReasons.MaxTextLength)
        {
            AddError("wish", Text.WishLabel, Text.WishTooLong);
        }

        var channel = string.IsNullOrEmpty(WishChannel) || WishChannel == "samma" ? null : WishChannel;
        if (channel is not null && !MeetingChannels.All.Contains(channel))
        {
            channel = null;
        }

        if (Errors.Count > 0)
        {
            return await ShowAsync(cancellationToken);
        }

        var outcome = await Invitations.WishAsync(InvitationId, wish, channel, Interpreter, Context("Önskar en annan tid"), cancellationToken);
        return outcome == InvitationService.Outcome.Saved ? Redirect(FormUrl()) : Refused();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        FreeTimes = await Invitations.FreeTimesAsync(Meeting, NowUtc, cancellationToken);
        SetLayout(Text.OtherTitle);
        return Page();
    }
}
