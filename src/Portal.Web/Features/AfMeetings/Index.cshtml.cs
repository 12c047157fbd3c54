using Portal.Web.Platform.Ui;

namespace Portal.Web.Features.AfMeetings;

/// <summary>"Möten med Arbetsförmedlingen": the meetings the AF handläggare takes part in, from yesterday on, with the consent as it is now.</summary>
public sealed class IndexModel(AfMeetingService meetings, TimeProvider time) : StaffPageModel
{
    public IReadOnlyList<AfMeetingService.Row> Rows { get; private set; } = [];

    public AfMeetingService Meetings => meetings;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await meetings.ListAsync(User, time.GetUtcNow().UtcDateTime.AddDays(-1), null, cancellationToken);
        SetLayout("Möten med Arbetsförmedlingen");
    }
}
